// The main window's database tabs: which tab shows what for the selected database, the View
// menu's tab actions, and the Sessions tab's credential.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "core/heroku/apicall.h"
#include "core/heroku/credential.h"
#include "core/heroku/dataclient.h"
#include "core/session/session.h"
#include "ui/browser/browsermodel.h"
#include "ui/database/backupspage.h"
#include "ui/database/connectioninfopage.h"
#include "ui/database/diagnosepage.h"
#include "ui/database/maintenancepage.h"
#include "ui/database/overviewpage.h"
#include "ui/sessions/sessionspage.h"

#include <QStatusBar>
#include <QTabWidget>

namespace hpg {

void MainWindow::onDatabaseTabChanged()
{
    // The tab's page is made the first time it is shown.
    const int tab = m_databaseTabs->currentIndex();
    databasePage(tab);
    // Credentials are fetched only when someone looks at them.
    if (m_overview->addonName().isEmpty())
        return;
    if (tab == ConnectionTab)
        m_connection->showDatabase(m_overview->appName(), m_overview->addonName());
    else if (tab == SessionsTab)
        watchSessions();
    else if (tab == DiagnoseTab)
        m_diagnose->showDatabase(m_overview->appName(), m_overview->addonName());
    else if (tab == MaintenanceTab) {
        const QStringList names = m_ui->browserTreeView->currentIndex().data(BrowserModel::AttachmentNamesRole).toStringList();
        m_maintenance->showDatabase(m_overview->appName(), m_overview->addonName(),
                                    names.contains(QStringLiteral("DATABASE")) ? QStringLiteral("DATABASE")
                                                                               : names.value(0));
    } else if (tab == BackupsTab) {
        const QModelIndex current = m_ui->browserTreeView->currentIndex();
        const QStringList names = current.data(BrowserModel::AttachmentNamesRole).toStringList();
        m_backups->showDatabase(m_overview->appName(), current.data(BrowserModel::AddonIdRole).toString(),
                                names.contains(QStringLiteral("DATABASE")) ? QStringLiteral("DATABASE")
                                                                           : names.value(0, m_overview->addonName()));
    }
}

QList<QAction *> MainWindow::databaseTabActions() const
{
    return { m_ui->overviewTabAction, m_ui->connectionTabAction, m_ui->sessionsTabAction, m_ui->maintenanceTabAction,
             m_ui->backupsTabAction, m_ui->diagnoseTabAction };
}

void MainWindow::watchSessions()
{
    const QString app = m_overview->appName();
    const QString addon = m_overview->addonName();
    sessionsPage();
    if (m_sessions->addonName() == addon && m_sessions->appName() == app)
        return;
    if (m_sessionsCredentialCall)
        m_sessionsCredentialCall->cancel();
    // The default credential, fetched for this and kept in memory only.
    m_sessionsCredentialCall = DataClient(m_session->api()).credentials(addon, this);
    connect(m_sessionsCredentialCall, &ApiCall::finished, this, [this, app, addon](const ApiResult &result) {
        if (!result.ok()) {
            m_ui->mainStatusBar->showMessage(result.error.userText());
            emit settled();
            return;
        }
        for (const auto &value : result.array()) {
            const Credential credential = Credential::fromJson(value.toObject());
            if (credential.name != QLatin1String("default"))
                continue;
            // "Connections: 12/500": the plan's limit, when pg:info has been read.
            const int limit
                = m_overview->info().value(QStringLiteral("Connections")).section(QLatin1Char('/'), 1).toInt();
            m_sessions->showDatabase(credential.connection, app, addon, limit);
            return;
        }
    });
}

void MainWindow::showDatabasePage(const QString &page)
{
    DatabaseTab tab = OverviewTab;
    if (page == QLatin1String("connection"))
        tab = ConnectionTab;
    else if (page == QLatin1String("sessions"))
        tab = SessionsTab;
    else if (page == QLatin1String("maintenance"))
        tab = MaintenanceTab;
    else if (page == QLatin1String("backups"))
        tab = BackupsTab;
    else if (page == QLatin1String("diagnose"))
        tab = DiagnoseTab;
    m_databaseTabs->setCurrentIndex(tab); // makes the page (onDatabaseTabChanged)
}

} // namespace hpg
