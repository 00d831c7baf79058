#pragma once

#include "core/fleet/maintenancefleet.h"
#include "ui/widgets/columnfit.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QTimer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTabWidget;
class QToolButton;

namespace hpg {

class ApiClient;
class MaintenanceFleet;
class MaintenanceFilter;
class MaintenanceCalendarView;
struct FleetDatabase;

// Tools ▸ Maintenance Calendar…: every Heroku Postgres database the account can see, across
// teams and apps, with its next maintenance, required-by date, status and weekly window in local
// time (UTC in the tooltips). Filled as the answers arrive (bounded parallel requests, a progress
// bar, Cancel), kept between openings with an "as of" time; sortable; filtered by text and by
// "required within N days"; a double-click opens the database; Export iCalendar… writes the
// windows and maintenances for a DBA's calendar (RFC 5545). Beside the table, the same databases
// (as filtered) drawn as a week or a month (MaintenanceCalendarView).
class MaintenanceCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MaintenanceCalendarDialog(ApiClient *api, QWidget *parent = nullptr);
    ~MaintenanceCalendarDialog() override;

    // Reads the fleet again (also the first time the dialog is shown).
    void reload();
    QStandardItemModel *model() const { return m_model; }
    MaintenanceFleet *fleet() const { return m_fleet; }
    MaintenanceCalendarView *view() const { return m_view; }

signals:
    // The key of the database in the browser tree: "db:<app>/<add-on>".
    void openDatabase(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void queueRow(const FleetDatabase &database);
    void addQueuedRows();
    void addRow(const FleetDatabase &database);
    void fitColumns();
    void onFinished();
    void finish();
    void describeAsOf();
    void exportCalendar();
    void updateView();
    void updateViewTitle();

    ApiClient *m_api;
    MaintenanceFleet *m_fleet;
    QStandardItemModel *m_model;
    MaintenanceFilter *m_filter;
    QTableView *m_table;
    QLineEdit *m_filterEdit;
    QSpinBox *m_within;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_reload;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QDateTime m_asOf;
    QList<FleetDatabase> m_rows; // the model's rows, in order
    // Databases found and not yet in the model: added a batch at a time (the table repainted once per
    // batch, not once per database, while 2,000 are read), at most kRowsPerBatch at once.
    QList<FleetDatabase> m_queued;
    QTimer m_addQueued;
    bool m_finishing = false; // the reading ended: finish() once the queue is empty
    // Per column, the rows with the longest texts: fitting the columns measures these, not every row.
    LongestTexts m_longest; // per column, the rows of m_model that fitColumns() measures
    QTabWidget *m_tabs;
    MaintenanceCalendarView *m_view;
    QToolButton *m_week;
    QToolButton *m_month;
    QToolButton *m_previous;
    QToolButton *m_today;
    QToolButton *m_next;
    QLabel *m_range;
    QTimer m_viewUpdate;
};

} // namespace hpg
