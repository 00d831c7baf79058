#include "mainwindow.h"

#include "core/heroku/connectclient.h"
#include "core/heroku/credential.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/memory/codeprefetch.h"
#include "core/runbooks/auditlog.h"
#include "core/runbooks/journal.h"
#include "core/runbooks/runbookregistry.h"
#include "core/runbooks/runbookservices.h"
#include "core/session/accountstore.h"
#include "core/session/session.h"
#include "core/settings/appsettings.h"
#include "core/settings/usersettings.h"
#include "core/stall/operationscope.h"
#include "core/threads/workerpool.h"
#include "firstrunpanel.h"
#include "ui/browser/browsercontroller.h"
#include "ui/browser/browsermodel.h"
#include "ui/connect/connectpanel.h"
#include "ui/credentials/accountscontroller.h"
#include "ui/credentials/signindialog.h"
#include "ui/database/backupspage.h"
#include "ui/database/connectioninfopage.h"
#include "ui/database/diagnosepage.h"
#include "ui/database/maintenancepage.h"
#include "ui/database/overviewpage.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/auditlogdialog.h"
#include "ui/dialogs/maintenancecalendardialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/sessions/sessionspage.h"
#include "ui/transfer/transferwizard.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/secretclipboard.h"
#include "ui/wizards/followerswitchwizard.h"
#include "ui/wizards/planchangewizard.h"
#include "unfinishedruns.h"

#include "ui/widgets/steadylabel.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>

namespace hpg {

namespace {
const auto kLastSelectionKey = QStringLiteral("browser/lastSelection");
}

MainWindow::MainWindow(LanguageManager *languages, Session *session, AccountStore *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages)
    , m_session(session)
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    keepPaintThreads();
    m_platform = std::make_unique<PlatformClient>(m_session->api());
    m_data = std::make_unique<DataClient>(m_session->api());
    m_audit = std::make_unique<AuditLog>();
    m_banner = new MessageBanner(this);
    m_ui->centralLayout->insertWidget(0, m_banner);
    if (m_accounts) {
        m_accountsController = new AccountsController(m_session, m_accounts, m_banner, this);
        connect(m_accounts, &AccountStore::accountsChanged, this, &MainWindow::fillAccountsMenu);
    }
    setWindowIcon(QIcon(QStringLiteral(":/icons/hpgdesk.svg")));
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 300, 800 });
    QFont titleFont = m_ui->welcomeTitleLabel->font();
    titleFont.setPointSizeF(QFontInfo(titleFont).pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitleLabel->setFont(titleFont);
    m_firstRun = new FirstRunPanel(this);
    m_firstRun->setObjectName(QStringLiteral("firstRunPanel"));
    m_ui->welcomeLayout->insertWidget(m_ui->welcomeLayout->indexOf(m_ui->welcomeHintLabel) + 1, m_firstRun);
    connect(m_firstRun, &FirstRunPanel::signInRequested, this, &MainWindow::showSignIn);
    connect(m_firstRun, &FirstRunPanel::importRequested, this, [this](const QString &source) {
        if (m_accountsController)
            m_accountsController->showSignIn(source);
        else
            showSignIn();
    });

    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    m_ui->mainStatusBar->addPermanentWidget(m_rateLabel);
    m_ui->mainStatusBar->addPermanentWidget(m_accountLabel);

    m_clipboard = new SecretClipboard(this);
    m_databaseTabs = new QTabWidget(this);
    m_databaseTabs->setObjectName(QStringLiteral("databaseTabWidget"));
    m_overview = new OverviewPage(m_session->api(), this);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_databaseTabs->addTab(m_overview, QString());
    addDatabaseTabPlaceholders();
    m_ui->pagesStackedWidget->addWidget(m_databaseTabs);
    connect(m_databaseTabs, &QTabWidget::currentChanged, this, &MainWindow::onDatabaseTabChanged);
    connect(m_overview, &OverviewPage::loaded, this, &MainWindow::settled);
    connect(m_overview, &OverviewPage::failed, this, &MainWindow::settled);
    connect(m_overview, &OverviewPage::databaseLinkActivated, this, [this](const QString &app, const QString &name) {
        const QModelIndex appIndex = m_model->indexForKey(QStringLiteral("app:") + app);
        // Find the database on this app that is attached under that name.
        for (int i = 0; i < m_model->rowCount(appIndex); ++i) {
            std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &index) -> QModelIndex {
                if (index.data(BrowserModel::AttachmentNamesRole).toStringList().contains(name))
                    return index;
                for (int r = 0; r < m_model->rowCount(index); ++r) {
                    const QModelIndex found = find(m_model->index(r, 0, index));
                    if (found.isValid())
                        return found;
                }
                return {};
            };
            const QModelIndex found = find(m_model->index(i, 0, appIndex));
            if (found.isValid()) {
                selectKey(found.data(BrowserModel::KeyRole).toString());
                return;
            }
        }
    });

    setUpBrowser();
    setUpKeyboard();

    connect(m_ui->signInAction, &QAction::triggered, this, &MainWindow::showSignIn);
    connect(m_ui->signOutAction, &QAction::triggered, this, [this] {
        if (m_accountsController)
            m_accountsController->signOut();
        else
            m_session->signOut();
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->showBrowserAction, &QAction::toggled, m_ui->browserPaneWidget, &QWidget::setVisible);
    connect(m_ui->showStatusBarAction, &QAction::toggled, m_ui->mainStatusBar, &QWidget::setVisible);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->auditLogAction, &QAction::triggered, this, [this] {
        auto *dialog = new AuditLogDialog(m_audit->path(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->followerSwitchAction, &QAction::triggered, this, &MainWindow::showFollowerSwitch);
    setUpRunbookActions();
    setUpToolboxActions();
    connect(m_ui->pullAction, &QAction::triggered, this, [this] {
        TransferWizard::openPull(m_session->api(), m_overview->appName(), m_overview->addonName(), this);
    });
    connect(m_ui->pushAction, &QAction::triggered, this, [this] {
        // A push replaces the database: not while a run holds the app.
        if (m_unfinishedRuns && m_unfinishedRuns->offerHoldingRun(m_overview->appName(), tr("Push")))
            return;
        TransferWizard::openPush(m_session->api(), m_overview->appName(), m_overview->addonName(), this);
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &Session::signedOut, this, &MainWindow::onSignedOut);
    connect(m_session, &Session::signInFailed, this, &MainWindow::updateFirstRun);
    connect(m_session->api(), &ApiClient::rateLimitRemainingChanged, this, &MainWindow::updateStatus);
    connect(m_session->api(), &ApiClient::rateLimited, this, [this](int waitMs) {
        m_ui->mainStatusBar->showMessage(
            tr("Heroku's rate limit was reached; waiting %n second(s) before trying again.", nullptr,
               qMax(1, waitMs / 1000)),
            waitMs);
    });

    restoreLayout();
    // The code of every tab and wizard into the file cache, so that the first click on one does not
    // wait for a busy disk (the process's memory does not grow; a run maps its steps' code itself).
    CodePrefetch::inBackground(CodePrefetch::How::Cache);
    updateStatus();
    updateFirstRun();
    fillAccountsMenu();
    if (m_session->isSignedIn())
        onSignedIn(m_session->account());
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpBrowser()
{
    m_model = new BrowserModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterRole(BrowserModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->browserTreeView->setModel(m_proxy);
    m_controller = new BrowserController(m_session->api(), m_model, this);

    connect(m_ui->browserFilterLineEdit, &QLineEdit::textChanged, this, &MainWindow::onFilterChanged);
    connect(m_ui->browserTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(m_proxy->mapToSource(current)); });
    connect(m_controller, &BrowserController::appsLoaded, this, [this](int count) {
        m_ui->mainStatusBar->showMessage(tr("%n app(s) loaded.", nullptr, count), 5000);
        const OperationScope scope("browser: open the groups");
        for (int i = 0; i < m_proxy->rowCount(); ++i)
            m_ui->browserTreeView->expand(m_proxy->index(i, 0));
        if (count == 0 && !m_pendingKey.isEmpty())
            pendingKeyNotFound(); // an account without apps has no node to select
        applyPendingSelection();
        if (m_pendingKey.isEmpty() && selectedKey().isEmpty())
            emit settled();
    });
    connect(m_controller, &BrowserController::databasesLoaded, this, [this] { applyPendingSelection(); });
    connect(m_controller, &BrowserController::failed, this, [this](const QString &message) {
        m_ui->mainStatusBar->showMessage(message);
        emit settled();
    });
}

void MainWindow::onFilterChanged(const QString &text)
{
    const OperationScope scope("browser: filter");
    m_proxy->setFilterFixedString(text.trimmed());
    // Open groups and spaces so matching apps are visible; apps stay closed (opening one loads its databases).
    std::function<void(const QModelIndex &)> open = [&](const QModelIndex &parent) {
        for (int i = 0; i < m_proxy->rowCount(parent); ++i) {
            const QModelIndex index = m_proxy->index(i, 0, parent);
            const auto kind = BrowserModel::Kind(index.data(BrowserModel::KindRole).toInt());
            if (kind == BrowserModel::Kind::Group || kind == BrowserModel::Kind::Space) {
                m_ui->browserTreeView->expand(index);
                open(index);
            }
        }
    };
    open(QModelIndex());
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const auto kind = BrowserModel::Kind(current.data(BrowserModel::KindRole).toInt());
    const QString key = current.data(BrowserModel::KeyRole).toString();
    if (!key.isEmpty())
        AppSettings::setValue(kLastSelectionKey, key);
    m_ui->refreshAction->setEnabled(m_session->isSignedIn());
    const bool database = current.isValid() && kind == BrowserModel::Kind::Database;
    m_ui->pullAction->setEnabled(database);
    m_ui->pushAction->setEnabled(database);
    m_ui->copyUrlAction->setEnabled(database);
    for (QAction *tab : databaseTabActions())
        tab->setEnabled(database);
    m_ui->openConnectAction->setEnabled(current.isValid() && kind == BrowserModel::Kind::App && m_connectPanel);
    m_ui->followerSwitchAction->setEnabled(current.isValid()
                                           && !current.data(BrowserModel::AppNameRole).toString().isEmpty());
    m_ui->changePlanAction->setEnabled(m_ui->followerSwitchAction->isEnabled());
    m_ui->copyToNewDatabaseAction->setEnabled(m_ui->followerSwitchAction->isEnabled());
    m_ui->versionUpgradeAction->setEnabled(m_ui->followerSwitchAction->isEnabled());
    if (database) {
        const QString app = current.data(BrowserModel::AppNameRole).toString();
        const QString addon = current.data(BrowserModel::AddonNameRole).toString();
        const QStringList attachments = current.data(BrowserModel::AttachmentNamesRole).toStringList();
        // Just after the tree read its pg:info (placing followers), show that instead of asking again.
        if (const auto recent = m_controller->takeRecentInfo(current.data(BrowserModel::AddonIdRole).toString()))
            m_overview->showDatabase(app, addon, attachments, recent->database, recent->configVars);
        else
            m_overview->showDatabase(app, addon, attachments);
        m_ui->pagesStackedWidget->setCurrentWidget(m_databaseTabs);
        onDatabaseTabChanged();
        return;
    }
    if (kind == BrowserModel::Kind::App && m_connectPanel) {
        m_connectPanel->showApp(current.data(BrowserModel::AppNameRole).toString());
        m_ui->pagesStackedWidget->setCurrentWidget(m_connectPanel);
    } else {
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->welcomePage);
    }
    if (kind == BrowserModel::Kind::App)
        emit settled();
}

RunbookServices MainWindow::runbookServices() const
{
    return RunbookServices { m_platform.get(),
                             m_data.get(),
                             m_connectClient.data(),
                             m_audit.get(),
                             m_session->api()->baseUrl().toString(),
                             m_session->account().email };
}

void MainWindow::showFollowerSwitch()
{
    const QString app = m_ui->browserTreeView->currentIndex().data(BrowserModel::AppNameRole).toString();
    auto *wizard = new FollowerSwitchWizard(runbookServices(), app, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

void MainWindow::offerUnfinishedRunbooks()
{
    // A run that did not finish (a crash, a closed laptop) is offered again; resuming opens it paused.
    if (!m_unfinishedRuns) {
        auto *downBanner = new MessageBanner(this);
        downBanner->setObjectName(QStringLiteral("appDownBanner"));
        m_ui->centralLayout->insertWidget(0, downBanner);
        m_unfinishedRuns = new UnfinishedRuns(m_banner, downBanner, this);
    }
    m_unfinishedRuns->offer(runbookServices());
}

void MainWindow::onSignedIn(const Account &account)
{
    AuditLog::setAccount(account.email);
    fillAccountsMenu();
    delete m_connectPanel; // it uses the client
    delete m_connectClient;
    const QUrl base = m_session->api()->baseUrl();
    // The sandbox serves Heroku Connect on its own port; Heroku has its discovery server.
    m_connectClient
        = new ConnectClient(m_session->network(), m_session->api()->token(),
                            ApiClient::isLoopback(base) ? base : ConnectClient::defaultDiscoveryUrl(), this);
    delete m_connectPanel;
    m_connectPanel = new ConnectPanel(m_connectClient, this);
    m_connectPanel->setObjectName(QStringLiteral("connectPanel"));
    m_ui->pagesStackedWidget->addWidget(m_connectPanel);
    offerUnfinishedRunbooks();
    // A run that paused Heroku Connect holds it: the panel offers the run instead of Resume.
    m_connectPanel->setRunHolds(
        [this](const QString &app) {
            return RunbookRegistry::holds(Journal::defaultDir(runbookServices().apiUrl), app);
        },
        [this](const QString &path) { m_unfinishedRuns->open(path); });
    m_ui->signOutAction->setEnabled(true);
    m_ui->refreshAction->setEnabled(true);
    updateStatus();
    updateFirstRun();
    if (m_pendingKey.isEmpty()) {
        m_pendingKey = AppSettings::value(kLastSelectionKey).toString();
        m_pendingKeyAsked = false;
    }
    m_ui->maintenanceCalendarAction->setEnabled(true);
    watchMaintenances(true);
    m_ui->mainStatusBar->showMessage(tr("Loading apps for %1…").arg(account.email));
    m_controller->reload();
}

void MainWindow::onSignedOut()
{
    AuditLog::setAccount(QString());
    m_ui->signOutAction->setEnabled(false);
    m_ui->refreshAction->setEnabled(false);
    m_model->setApps({}, {}, {});
    for (QAction *action : databaseTabActions()
             + QList<QAction *> { m_ui->pullAction, m_ui->pushAction, m_ui->followerSwitchAction,
                                  m_ui->changePlanAction, m_ui->copyToNewDatabaseAction, m_ui->versionUpgradeAction, m_ui->copyUrlAction,
                                  m_ui->openConnectAction, m_ui->maintenanceCalendarAction })
        action->setEnabled(false);
    if (m_unfinishedRuns)
        m_unfinishedRuns->clear();
    // The calendar belongs to the account that signed in.
    delete m_calendar;
    m_calendar = nullptr;
    watchMaintenances(false);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->welcomePage);
    delete m_connectPanel;
    delete m_connectClient;
    if (m_sessions)
        m_sessions->clear(); // closes its connection to the database
    if (m_diagnose)
        m_diagnose->clear();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->welcomePage);
    m_ui->mainStatusBar->clearMessage(); // it was about the account that signed out
    updateStatus();
    updateFirstRun();
}

void MainWindow::updateFirstRun()
{
    // Signed in, the welcome page points at the tree; signed out, it says how to begin.
    const bool signedIn = m_session->isSignedIn();
    m_ui->welcomeHintLabel->setVisible(signedIn);
    m_firstRun->setVisible(!signedIn);
    // Not while a sign-in is on its way (--api-url starts one before the window): the panel is
    // about to go, and the scan starts secret-tool. A failed sign-in scans then.
    if (!signedIn && !m_session->isSigningIn())
        m_firstRun->scan();
}

void MainWindow::refresh()
{
    if (!m_session->isSignedIn())
        return;
    m_pendingKey = selectedKey();
    m_pendingKeyAsked = false;
    m_controller->reload();
    if (m_ui->pagesStackedWidget->currentWidget() == m_databaseTabs) {
        m_overview->refresh();
        const int tab = m_databaseTabs->currentIndex();
        if (tab == ConnectionTab)
            connectionInfoPage()->reload();
        else if (tab == SessionsTab)
            sessionsPage()->refresh();
        else if (tab == DiagnoseTab)
            diagnosePage()->runDiagnosis();
    }
}

void MainWindow::updateStatus()
{
    // This runs on every API answer: QTabBar::setTabText() lays the tab bar out again even for the
    // same text, and the QTabWidget then repaints all of itself (the whole database page; measured
    // in BENCH uistall while the maintenance watch read 2,000 databases).
    const auto tabText = [this](DatabaseTab tab, const QString &text) {
        if (m_databaseTabs->tabText(tab) != text)
            m_databaseTabs->setTabText(tab, text);
    };
    tabText(OverviewTab, tr("Overview"));
    tabText(ConnectionTab, tr("Connection Info"));
    tabText(SessionsTab, tr("Sessions"));
    tabText(MaintenanceTab, tr("Maintenance"));
    tabText(BackupsTab, tr("Backups"));
    tabText(DiagnoseTab, tr("Diagnose"));
    if (m_session->isSignedIn()) {
        m_accountLabel->setText(tr("Signed in as %1").arg(m_session->account().email));
        m_accountLabel->setToolTip(m_session->api()->baseUrl().toString());
        // No clearMessage() here: this runs on every answer (its RateLimit-Remaining), which would
        // wipe an error the moment the next answer came in.
    } else {
        m_accountLabel->setText(tr("Not signed in."));
        m_accountLabel->setToolTip(QString());
    }
    const int remaining = m_session->api()->rateLimitRemaining();
    m_rateLabel->setVisible(remaining >= 0);
    SteadyLabel::setText(m_rateLabel, tr("API requests left: %1").arg(remaining));
    m_rateLabel->setToolTip(tr("Heroku allows about 4,500 requests per account, refilled at about 75 per minute."));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_languages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSignIn()
{
    if (m_accountsController) {
        m_accountsController->showSignIn();
        return;
    }
    auto *dialog = new SignInDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreAccount()
{
    fillAccountsMenu();
    if (!m_accountsController)
        return;
    const bool firstStart = !UserSettings::firstStartDone();
    UserSettings::setFirstStartDone(true);
    if (m_accounts->current())
        m_accountsController->restore();
    else if (firstStart)
        showSignIn(); // the very first start: how to begin is the first thing asked
}

void MainWindow::fillAccountsMenu()
{
    QMenu *menu = m_ui->switchAccountMenu;
    menu->clear();
    const auto entries = m_accounts ? m_accounts->accounts() : QList<AccountStore::Entry>();
    const auto current = m_accounts ? m_accounts->current() : std::nullopt;
    for (const auto &entry : entries) {
        const QString label = entry.thisRunOnly ? tr("%1 (%2, this run only)").arg(entry.email, entry.apiUrl.host())
                                                : tr("%1 (%2)").arg(entry.email, entry.apiUrl.host());
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(current && current->key() == entry.key() && m_session->isSignedIn());
        connect(action, &QAction::triggered, this, [this, entry] { m_accountsController->switchTo(entry); });
    }
    menu->setEnabled(!entries.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        SteadyLabel::reset(m_rateLabel); // the new language's text may be shorter
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(AppSettings::value(QStringLiteral("mainwindow/geometry")).toByteArray());
    m_ui->mainSplitter->restoreState(AppSettings::value(QStringLiteral("mainwindow/splitter")).toByteArray());
    m_ui->showBrowserAction->setChecked(AppSettings::value(QStringLiteral("mainwindow/showBrowser"), true).toBool());
    m_ui->showStatusBarAction->setChecked(AppSettings::value(QStringLiteral("mainwindow/showStatusBar"), true).toBool());
}

void MainWindow::saveLayout() const
{
    AppSettings::setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    AppSettings::setValue(QStringLiteral("mainwindow/splitter"), m_ui->mainSplitter->saveState());
    AppSettings::setValue(QStringLiteral("mainwindow/showBrowser"), m_ui->showBrowserAction->isChecked());
    AppSettings::setValue(QStringLiteral("mainwindow/showStatusBar"), m_ui->showStatusBarAction->isChecked());
}

} // namespace hpg
