// The main window's plan change, copy and maintenance actions: the wizards and windows they open
// (a topic of its own, beside mainwindow.cpp).
#include "core/fleet/maintenancefleet.h"
#include "core/fleet/maintenancewatch.h"
#include "core/runbooks/runmaintenance.h"
#include "core/session/session.h"
#include "core/stall/operationscope.h"
#include "mainwindow.h"
#include "ui/browser/browsermodel.h"
#include "ui/database/maintenancepage.h"
#include "ui/dialogs/maintenancecalendardialog.h"
#include "ui/widgets/desktopnotifier.h"
#include "ui/wizards/planchangewizard.h"
#include "ui/wizards/runbookwizard.h"
#include "ui/wizards/versionupgradewizard.h"

#include "ui_mainwindow.h"

namespace hpg {

void MainWindow::setUpRunbookActions()
{
    const auto openPlanChange = [this](bool copy) {
        const QString app = m_ui->browserTreeView->currentIndex().data(BrowserModel::AppNameRole).toString();
        auto *wizard = new PlanChangeWizard(runbookServices(), app, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setCopyRoute(copy);
        wizard->show();
    };
    connect(m_ui->changePlanAction, &QAction::triggered, this, [openPlanChange] { openPlanChange(false); });
    connect(m_ui->copyToNewDatabaseAction, &QAction::triggered, this, [openPlanChange] { openPlanChange(true); });
    connect(m_ui->versionUpgradeAction, &QAction::triggered, this, [this] {
        const QString app = m_ui->browserTreeView->currentIndex().data(BrowserModel::AppNameRole).toString();
        auto *wizard = new VersionUpgradeWizard(runbookServices(), app, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
    });
    connect(m_ui->maintenanceCalendarAction, &QAction::triggered, this, [this] {
        if (!m_calendar) {
            m_calendar = new MaintenanceCalendarDialog(m_session->api(), this);
            connect(m_calendar, &MaintenanceCalendarDialog::openDatabase, this, &MainWindow::selectKey);
            // What the calendar read counts as a look for the maintenance notifications.
            MaintenanceFleet *fleet = m_calendar->fleet();
            connect(fleet, &MaintenanceFleet::finished, this, [this, fleet] {
                if (m_maintenanceWatch)
                    m_maintenanceWatch->consider(fleet->databases(), fleet->error().isEmpty());
            });
        }
        m_calendar->show();
        m_calendar->raise();
    });
}

void MainWindow::wireMaintenancePage()
{
    // Run Now: the RunMaintenance runbook in a window of its own, started at once (the DBA confirmed).
    connect(m_maintenance, &MaintenancePage::runNowRequested, this, [this](const RunMaintenanceOptions &options) {
        const Journal journal = RunMaintenance::newJournal(options, runbookServices());
        auto *wizard = new RunbookWizard(journal, runbookServices(), this);
        wizard->setStartAtOnce(true);
        connect(wizard, &QObject::destroyed, m_maintenance, &MaintenancePage::refresh);
        wizard->show();
    });
}

void MainWindow::watchMaintenances(bool signedIn)
{
    delete m_maintenanceWatch;
    m_maintenanceWatch = nullptr;
    if (!signedIn)
        return;
    if (!m_notifier)
        m_notifier = new DesktopNotifier(this);
    m_maintenanceWatch = new MaintenanceWatch(m_session->api(), this);
    connect(m_maintenanceWatch, &MaintenanceWatch::noticeDue, m_notifier, [this](const MaintenanceNotice &notice) {
        const OperationScope scope("maintenance notices: notify");
        m_notifier->notify(notice.summary, notice.body);
    });
    m_maintenanceWatch->start();
}

} // namespace hpg
