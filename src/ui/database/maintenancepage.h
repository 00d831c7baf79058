#pragma once

#include "core/heroku/maintenance.h"
#include "core/heroku/maintenancewindow.h"
#include "core/runbooks/runmaintenance.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace hpg {

class ApiCall;
class ApiClient;
struct ApiResult;

// The Maintenance tab of a database (Dev Center "Heroku Postgres Maintenance"): what is scheduled,
// why, when (local time, UTC in the tooltip, a countdown) and by when it is required; the weekly
// window in UTC and local time, changed with a picker; postponing it by weeks
// (data:maintenances:schedule); running it now at a quiet moment (the RunMaintenance runbook,
// asked for through runNowRequested after a confirmation); and the history of past maintenances.
// Essential databases: says that windows do not apply. Every action shows its CLI equivalent.
class MaintenancePage : public QWidget
{
    Q_OBJECT
public:
    explicit MaintenancePage(ApiClient *api, QWidget *parent = nullptr);
    ~MaintenancePage() override;

    // `attachment`: the name the app knows the database by (DATABASE, HEROKU_POSTGRESQL_GRAY).
    void showDatabase(const QString &app, const QString &addon, const QString &attachment);
    void refresh();
    const Maintenance &maintenance() const { return m_maintenance; }

signals:
    void runNowRequested(const hpg::RunMaintenanceOptions &options);
    // The page shows what it read, or why a change or a read failed.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onAddon(const ApiResult &result);
    void describe();
    void fillHistory(const QList<Maintenance> &history);
    // Reads everything again once `change` has succeeded, or shows its error.
    void refreshAfter(ApiCall *change);
    void changeWindow();
    void postpone();
    void confirmRunNow();
    void finishedOne();

    ApiClient *m_api;
    QString m_app;
    QString m_addon;
    QString m_attachment;
    QString m_addonId;
    bool m_essential = false;
    int m_pending = 0;
    Maintenance m_maintenance;
    MaintenanceWindow m_window;
    QString m_error;

    QLabel *m_intro;
    QLabel *m_summary;
    QLabel *m_windowLabel;
    QPushButton *m_changeWindow;
    QSpinBox *m_weeks;
    QPushButton *m_postpone;
    QCheckBox *m_maintenanceMode;
    QPushButton *m_runNow;
    QLabel *m_cli;
    QLabel *m_historyLabel;
    QTableWidget *m_history;
    QTimer *m_countdown;
};

} // namespace hpg
