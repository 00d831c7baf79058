#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace hpg {

class ApiClient;
class MaintenanceFleet;
class MaintenanceFilter;
struct FleetDatabase;

// Tools ▸ Maintenance Calendar…: every Heroku Postgres database the account can see, across
// teams and apps, with its next maintenance, required-by date, status and weekly window in local
// time (UTC in the tooltips). Filled as the answers arrive (bounded parallel requests, a progress
// bar, Cancel), kept between openings with an "as of" time; sortable; filtered by text and by
// "required within N days"; a double-click opens the database; Export iCalendar… writes the
// windows and maintenances for a DBA's calendar (RFC 5545).
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

signals:
    // The key of the database in the browser tree: "db:<app>/<add-on>".
    void openDatabase(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addRow(const FleetDatabase &database);
    void onFinished();
    void exportCalendar();

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
};

} // namespace hpg
