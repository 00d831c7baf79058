#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace hpg {

class AccountStore;
class ApiCall;
class AuditLog;
class ConnectClient;
class ConnectPanel;
class FirstRunPanel;
class DataClient;
class PlatformClient;
class PsqlLauncher;
struct RunbookServices;
class AccountsController;
class DesktopNotifier;
class MaintenanceWatch;
class BrowserController;
class MessageBanner;
class UnfinishedRuns;
class BrowserModel;
class LanguageManager;
class ConnectionInfoPage;
class OverviewPage;
class SecretClipboard;
class SessionsPage;
class MaintenancePage;
class BackupsPage;
class DiagnosePage;
class MaintenanceCalendarDialog;
class Session;
struct Account;

// The shell: menus, the app/database tree on the left, pages on the right,
// the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `accounts` may be null: then nothing is remembered (tests, --sandbox).
    MainWindow(LanguageManager *languages, Session *session, AccountStore *accounts = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects a tree node by key ("app:NAME", "db:APP/ADDON") once it is loaded; emits
    // keyNotFound() when the tree is loaded and has no such node.
    void selectKey(const QString &key);
    // Keys that exist, for telling someone who asked for one that does not: the app's own
    // databases first when `key` names an app that exists, then the apps (at most `limit`).
    QStringList exampleKeys(const QString &key, int limit = 8) const;
    QString selectedKey() const;

    BrowserModel *browserModel() const { return m_model; }
    OverviewPage *overviewPage() const { return m_overview; }
    // The database pages other than the Overview are made when first needed (mainwindowpages.cpp).
    ConnectionInfoPage *connectionInfoPage();
    SessionsPage *sessionsPage();
    MaintenancePage *maintenancePage();
    BackupsPage *backupsPage();
    DiagnosePage *diagnosePage();
    MessageBanner *banner() const { return m_banner; }
    AccountsController *accountsController() const { return m_accountsController; }
    FirstRunPanel *firstRunPanel() const { return m_firstRun; }
    // Shows a page of the selected database: "overview", "connection", "sessions", "maintenance" or "diagnose".
    void showDatabasePage(const QString &page);

public slots:
    void showAbout();
    void showSettings();
    void showSignIn();
    // Signs in to the account used last (start-up); on the very first start, opens the sign-in dialog.
    void restoreAccount();
    // The follower switch / Private Space migration wizard for the selected app.
    void showFollowerSwitch();
    void refresh();

signals:
    // Nothing is loading any more: the tree (and the selected page) show their data or their error.
    void settled();
    // selectKey() asked for a node the loaded tree does not have.
    void keyNotFound(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpBrowser();
    void onSignedIn(const Account &account);
    void onSignedOut();
    void onCurrentChanged(const QModelIndex &current);
    void onFilterChanged(const QString &text);
    void onDatabaseTabChanged();
    // The database tabs, in their order.
    enum DatabaseTab { OverviewTab, ConnectionTab, SessionsTab, MaintenanceTab, BackupsTab, DiagnoseTab };
    void addDatabaseTabPlaceholders(); // mainwindowpages.cpp
    void installDatabasePage(DatabaseTab tab, QWidget *page);
    QWidget *databasePage(int tab); // made if it was not
    void wireMaintenancePage(); // mainwindowrunbooks.cpp: Run Now
    // View ▸ Overview … Backups: the database tabs, enabled while a database is selected.
    QList<QAction *> databaseTabActions() const;
    void watchSessions();
    RunbookServices runbookServices() const;
    void offerUnfinishedRunbooks();
    void applyPendingSelection();
    void setUpKeyboard();
    void setUpRunbookActions(); // mainwindowrunbooks.cpp
    void setUpToolboxActions(); // mainwindowtoolbox.cpp
    void openDatabaseAction(const QString &kind); // mainwindowtoolbox.cpp
    void openPsql(); // mainwindowtoolbox.cpp
    void watchMaintenances(bool signedIn); // mainwindowrunbooks.cpp
    void showTreeMenu(const QPoint &position);
    void pendingKeyNotFound();
    void updateStatus();
    void updateFirstRun();
    void fillAccountsMenu();
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_languages;
    Session *m_session;
    BrowserModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    BrowserController *m_controller = nullptr;
    QTabWidget *m_databaseTabs = nullptr;
    OverviewPage *m_overview = nullptr;
    ConnectionInfoPage *m_connection = nullptr;
    SessionsPage *m_sessions = nullptr;
    MaintenancePage *m_maintenance = nullptr;
    BackupsPage *m_backups = nullptr;
    DiagnosePage *m_diagnose = nullptr;
    MaintenanceCalendarDialog *m_calendar = nullptr; // kept between openings (its "as of"); per account
    MaintenanceWatch *m_maintenanceWatch = nullptr; // per account: desktop notifications
    DesktopNotifier *m_notifier = nullptr;
    QPointer<ApiCall> m_sessionsCredentialCall;
    PsqlLauncher *m_psql = nullptr; // Database ▸ Open in psql
    SecretClipboard *m_clipboard = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QString m_pendingKey;
    bool m_pendingKeyAsked = false; // selectKey() asked for it (not the selection remembered from last time)
    AccountStore *m_accounts = nullptr;
    AccountsController *m_accountsController = nullptr;
    MessageBanner *m_banner = nullptr;
    FirstRunPanel *m_firstRun = nullptr; // on the welcome page while nobody is signed in
    UnfinishedRuns *m_unfinishedRuns = nullptr;
    std::unique_ptr<PlatformClient> m_platform;
    std::unique_ptr<DataClient> m_data;
    std::unique_ptr<AuditLog> m_audit;
    QPointer<ConnectClient> m_connectClient;
    QPointer<ConnectPanel> m_connectPanel; // the app page: its Heroku Connect connections
};

} // namespace hpg
