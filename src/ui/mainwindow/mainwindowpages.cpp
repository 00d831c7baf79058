// The database tabs' pages other than the Overview, made the first time they are needed (their
// tab is shown, or an action or a test asks for them). Making all five with the window cost about
// 8 ms of its start-up (measured with perf: Sessions 4.6 ms, Diagnose 1.2, Backups 1.1,
// Connection Info 0.9, Maintenance 0.7), for pages most runs never open. Until then, each tab
// holds an empty placeholder.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "core/runbooks/auditlog.h"
#include "core/session/session.h"
#include "ui/database/backupspage.h"
#include "ui/database/connectioninfopage.h"
#include "ui/database/diagnosepage.h"
#include "ui/database/maintenancepage.h"
#include "ui/database/overviewpage.h"
#include "ui/sessions/sessionspage.h"

#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>

namespace hpg {

void MainWindow::addDatabaseTabPlaceholders()
{
    for (int tab = ConnectionTab; tab <= DiagnoseTab; ++tab)
        m_databaseTabs->addTab(new QWidget(m_databaseTabs), QString());
}

void MainWindow::installDatabasePage(DatabaseTab tab, QWidget *page)
{
    QWidget *placeholder = m_databaseTabs->widget(tab);
    const QString text = m_databaseTabs->tabText(tab);
    const bool current = m_databaseTabs->currentIndex() == tab;
    // Swapped without a currentChanged(): the caller is often handling that signal for this tab.
    const QSignalBlocker blocker(m_databaseTabs);
    m_databaseTabs->removeTab(tab);
    m_databaseTabs->insertTab(tab, page, text);
    if (current)
        m_databaseTabs->setCurrentIndex(tab);
    placeholder->deleteLater();
}

QWidget *MainWindow::databasePage(int tab)
{
    switch (tab) {
    case ConnectionTab:
        return connectionInfoPage();
    case SessionsTab:
        return sessionsPage();
    case MaintenanceTab:
        return maintenancePage();
    case BackupsTab:
        return backupsPage();
    case DiagnoseTab:
        return diagnosePage();
    default:
        return m_overview;
    }
}

ConnectionInfoPage *MainWindow::connectionInfoPage()
{
    if (m_connection)
        return m_connection;
    m_connection = new ConnectionInfoPage(m_session->api(), m_clipboard, this);
    m_connection->setObjectName(QStringLiteral("connectionInfoPage"));
    connect(m_connection, &ConnectionInfoPage::loaded, this, &MainWindow::settled);
    connect(m_connection, &ConnectionInfoPage::failed, this, &MainWindow::settled);
    connect(m_connection, &ConnectionInfoPage::copied, this, [this](ConnectionInfoPage::Format format) {
        if (format == ConnectionInfoPage::Format::Url)
            m_ui->mainStatusBar->showMessage(
                tr("The URL of %1 was copied with its password; the clipboard is cleared after a while.")
                    .arg(m_overview->addonName()),
                5000);
    });
    installDatabasePage(ConnectionTab, m_connection);
    return m_connection;
}

SessionsPage *MainWindow::sessionsPage()
{
    if (m_sessions)
        return m_sessions;
    m_sessions = new SessionsPage(m_session->api(), this);
    m_sessions->setObjectName(QStringLiteral("sessionsPage"));
    connect(m_sessions, &SessionsPage::refreshed, this, &MainWindow::settled);
    connect(m_sessions, &SessionsPage::refreshFailed, this, &MainWindow::settled);
    installDatabasePage(SessionsTab, m_sessions);
    return m_sessions;
}

MaintenancePage *MainWindow::maintenancePage()
{
    if (m_maintenance)
        return m_maintenance;
    m_maintenance = new MaintenancePage(m_session->api(), this);
    m_maintenance->setObjectName(QStringLiteral("maintenancePage"));
    connect(m_maintenance, &MaintenancePage::loaded, this, &MainWindow::settled);
    wireMaintenancePage();
    installDatabasePage(MaintenanceTab, m_maintenance);
    return m_maintenance;
}

BackupsPage *MainWindow::backupsPage()
{
    if (m_backups)
        return m_backups;
    m_backups = new BackupsPage(m_session->api(), m_audit.get(), this);
    m_backups->setObjectName(QStringLiteral("backupsPage"));
    connect(m_backups, &BackupsPage::loaded, this, &MainWindow::settled);
    installDatabasePage(BackupsTab, m_backups);
    return m_backups;
}

DiagnosePage *MainWindow::diagnosePage()
{
    if (m_diagnose)
        return m_diagnose;
    m_diagnose = new DiagnosePage(m_session->api(), this);
    m_diagnose->setObjectName(QStringLiteral("diagnosePage"));
    connect(m_diagnose, &DiagnosePage::finished, this, &MainWindow::settled);
    connect(m_diagnose, &DiagnosePage::failed, this, &MainWindow::settled);
    installDatabasePage(DiagnoseTab, m_diagnose);
    return m_diagnose;
}

} // namespace hpg
