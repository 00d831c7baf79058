#include "sessionspage.h"

#include "blockingmodel.h"
#include "core/heroku/apiclient.h"
#include "core/heroku/dataclient.h"
#include "core/pg/activitymonitor.h"
#include "core/pg/pgsessionerror.h"
#include "core/settings/appsettings.h"
#include "core/settings/languagemanager.h"
#include "core/stall/operationscope.h"
#include "locksmodel.h"
#include "sessionsfiltermodel.h"
#include "sessionsmodel.h"
#include "sessiontexts.h"
#include "ui/dialogs/typedconfirmationdialog.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/columnfit.h"
#include "ui/widgets/steadylabel.h"

#include "ui_sessionspage.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTime>

namespace hpg {

namespace {

const QString refreshKey = QStringLiteral("sessions/refreshSeconds");
const QString longRunningKey = QStringLiteral("sessions/longRunningSeconds");

} // namespace

SessionsPage::SessionsPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionsPage>())
    , m_api(api)
    , m_monitor(new ActivityMonitor(this))
    , m_sessions(new SessionsModel(this))
    , m_filter(new SessionsFilterModel(this))
    , m_locks(new LocksModel(this))
    , m_locksSort(new QSortFilterProxyModel(this))
    , m_blocking(new BlockingModel(this))
{
    m_ui->setupUi(this);
    Appearance::keepPanelStyled(m_ui->errorLabel, Appearance::Tone::Error);
    m_ui->errorLabel->hide();
    m_ui->queryDetailPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_filter->setSessionsModel(m_sessions);
    QTableView *table = m_ui->sessionsTableView;
    table->setModel(m_filter);
    table->sortByColumn(SessionsModel::RunningForColumn, Qt::DescendingOrder);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();

    m_locksSort->setSourceModel(m_locks);
    m_locksSort->setSortRole(LocksModel::SortRole);
    m_ui->locksTableView->setModel(m_locksSort);
    m_ui->locksTableView->sortByColumn(LocksModel::GrantedColumn, Qt::AscendingOrder);
    m_ui->locksTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->locksTableView->verticalHeader()->hide();

    m_ui->blockingTreeView->setModel(m_blocking);
    m_ui->blockingTreeView->header()->setStretchLastSection(true);
    connect(m_blocking, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->blockingTreeView->expandAll();
        for (int column : { BlockingModel::PidColumn, BlockingModel::StateColumn, BlockingModel::WaitColumn })
            m_ui->blockingTreeView->resizeColumnToContents(column);
    });

    m_ui->refreshIntervalSpinBox->setValue(AppSettings::value(refreshKey, 5).toInt());
    m_ui->longRunningSpinBox->setValue(AppSettings::value(longRunningKey, 60).toInt());
    m_sessions->setLongRunningThresholdMs(qint64(m_ui->longRunningSpinBox->value()) * 1000);

    m_timer.setInterval(m_ui->refreshIntervalSpinBox->value() * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SessionsPage::onTick);
    connect(m_ui->refreshIntervalSpinBox, &QSpinBox::valueChanged, this, [this](int seconds) {
        AppSettings::setValue(refreshKey, seconds);
        updateTimer();
    });
    connect(m_ui->longRunningSpinBox, &QSpinBox::valueChanged, this, [this](int seconds) {
        AppSettings::setValue(longRunningKey, seconds);
        m_sessions->setLongRunningThresholdMs(qint64(seconds) * 1000);
    });
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &SessionsPage::refresh);
    connect(m_ui->hideIdleCheckBox, &QCheckBox::toggled, this,
            [this](bool hide) { keepSelection([this, hide] { m_filter->setHideIdle(hide); }); });
    connect(m_ui->hideOwnCheckBox, &QCheckBox::toggled, this,
            [this](bool hide) { keepSelection([this, hide] { m_filter->setHideOwn(hide); }); });
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { keepSelection([this, text] { m_filter->setFilterText(text); }); });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_keepingSelection)
            m_selectedPid = selectedPid();
        updateDetail();
        updateActions();
    });
    connect(m_ui->blockingTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SessionsPage::updateActions);
    connect(m_blocking, &QAbstractItemModel::modelReset, this, &SessionsPage::updateActions);
    connect(table, &QWidget::customContextMenuRequested, this, &SessionsPage::showContextMenu);
    connect(m_ui->cancelQueryPushButton, &QPushButton::clicked, this, &SessionsPage::cancelSelectedQuery);
    connect(m_ui->terminateSessionPushButton, &QPushButton::clicked, this, &SessionsPage::terminateSelectedSession);
    connect(m_ui->terminateRootBlockerPushButton, &QPushButton::clicked, this, &SessionsPage::terminateRootBlocker);
    connect(m_ui->killAllPushButton, &QPushButton::clicked, this, &SessionsPage::killAllConnections);

    connect(m_monitor, &ActivityMonitor::refreshed, this, &SessionsPage::onRefreshed);
    connect(m_monitor, &ActivityMonitor::refreshFailed, this, &SessionsPage::onRefreshFailed);
    connect(m_monitor, &ActivityMonitor::backendSignalled, this, &SessionsPage::onBackendSignalled);
    retranslate();
    updateActions();
}

SessionsPage::~SessionsPage() = default;

void SessionsPage::showDatabase(const ConnInfo &conn, const QString &appName, const QString &addonName,
                                int connectionLimit)
{
    m_appName = appName;
    m_addonName = addonName;
    m_host = conn.host();
    m_database = conn.database();
    m_connectionLimit = connectionLimit;
    m_hasSnapshot = false;
    m_snapshotHeader = ActivitySnapshot();
    m_sessions->clear();
    m_locks->clear();
    m_blocking->clear();
    m_ui->errorLabel->hide();
    m_ui->statusLabel->clear();
    m_ui->lastRefreshLabel->clear();
    m_monitor->setConnection(conn);
    updateConnectionsLabel();
    updateActions();
    refresh();
    updateTimer();
}

void SessionsPage::clear()
{
    m_monitor->clear();
    m_appName.clear();
    m_addonName.clear();
    m_host.clear();
    m_database.clear();
    m_hasSnapshot = false;
    m_sessions->clear();
    m_locks->clear();
    m_blocking->clear();
    m_ui->errorLabel->hide();
    updateConnectionsLabel();
    updateActions();
    updateTimer();
}

void SessionsPage::refresh()
{
    m_monitor->refresh();
}

void SessionsPage::setRefreshInterval(int seconds)
{
    m_ui->refreshIntervalSpinBox->setValue(seconds);
}

int SessionsPage::refreshInterval() const
{
    return m_ui->refreshIntervalSpinBox->value();
}

void SessionsPage::setLongRunningThreshold(int seconds)
{
    m_ui->longRunningSpinBox->setValue(seconds);
}

void SessionsPage::updateTimer()
{
    const int seconds = m_ui->refreshIntervalSpinBox->value();
    if (seconds > 0 && m_monitor->hasConnection() && isVisible()) {
        m_timer.setInterval(seconds * 1000);
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void SessionsPage::onTick()
{
    if (m_pauseDepth > 0 || !isVisible())
        return;
    m_monitor->refresh(); // does nothing while the previous refresh still runs
}

void SessionsPage::pauseRefresh()
{
    ++m_pauseDepth;
}

void SessionsPage::resumeRefresh()
{
    m_pauseDepth = qMax(0, m_pauseDepth - 1);
}

void SessionsPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    pauseRefresh();
    connect(dialog, &QDialog::finished, this, &SessionsPage::resumeRefresh);
    dialog->open();
}

void SessionsPage::onRefreshed(const ActivitySnapshot &snapshot)
{
    const OperationScope scope("sessions: show a refresh");
    m_ui->errorLabel->hide();
    keepSelection([this, &snapshot] { m_sessions->setSessions(snapshot.sessions); });
    if (snapshot.hasLocks)
        m_locks->setLocks(snapshot.locks);
    m_blocking->setSessions(snapshot.sessions);
    m_hasSnapshot = true;
    m_snapshotHeader = snapshot;
    m_snapshotHeader.sessions.clear();
    m_snapshotHeader.locks.clear();
    fitColumnsOnce(m_ui->sessionsTableView, m_sessionsSized);
    fitColumnsOnce(m_ui->locksTableView, m_locksSized);
    // Both labels change at every refresh: held at a steady size, they repaint themselves only,
    // not the whole page (see SteadyLabel).
    SteadyLabel::setText(m_ui->lastRefreshLabel,
                         tr("Updated at %1 in %2 ms.")
                             .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                             .arg(snapshot.queryMs));
    updateConnectionsLabel();
    updateDetail();
    updateActions();
    emit refreshed();
}

// Each table's columns fit its texts once, at the first refresh that shows it rows (those the
// filters leave: hpgdesk's own session alone, hidden, would size them to their headers for good).
void SessionsPage::fitColumnsOnce(QTableView *view, bool &fitted)
{
    if (fitted || view->model()->rowCount() == 0)
        return;
    fitted = true;
    const OperationScope scope("sessions: size the columns");
    LongestTexts longest(view->model()->columnCount());
    longest.noteModel(view->model());
    ColumnFit::fit(view, longest);
}

void SessionsPage::onRefreshFailed(const PgSessionError &error)
{
    QString text = tr("The sessions could not be read: %1 They are read again at the next refresh.").arg(error.message);
    if (!error.detail.isEmpty())
        text += QStringLiteral("\n") + error.detail;
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    emit refreshFailed(error.message);
}

void SessionsPage::updateConnectionsLabel()
{
    if (!m_hasSnapshot) {
        m_ui->connectionsLabel->clear();
        return;
    }
    const int limit = m_connectionLimit > 0 ? m_connectionLimit : m_snapshotHeader.maxConnections;
    const int used = m_snapshotHeader.clientConnections;
    const bool nearLimit = limit > 0 && used * 10 >= limit * 9;
    // Only when it changes: each setStyleSheet() repolishes the label with a new palette, and every
    // refresh near the limit would do so again (and fill Qt's pixmap cache with its renderings).
    const QString style = nearLimit ? Appearance::errorLabelStyle(palette(), true) : QString();
    if (m_ui->connectionsLabel->styleSheet() != style) {
        SteadyLabel::reset(m_ui->connectionsLabel); // bold or not: sized again below
        m_ui->connectionsLabel->setStyleSheet(style);
    }
    SteadyLabel::setText(m_ui->connectionsLabel, tr("Connections: %1 / %2").arg(used).arg(limit));
    m_ui->connectionsLabel->setToolTip(
        m_connectionLimit > 0 ? tr("Client connections to the server, against the plan's limit of %1.").arg(limit)
                              : tr("Client connections to the server, against its max_connections of %1.").arg(limit));
}

int SessionsPage::selectedPid() const
{
    const QModelIndexList rows = m_ui->sessionsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SessionsModel::PidRole).toInt();
}

bool SessionsPage::selectPid(int pid)
{
    const int sourceRow = m_sessions->rowOfPid(pid);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_sessions->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_ui->sessionsTableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->sessionsTableView->scrollTo(index);
    return true;
}

void SessionsPage::keepSelection(const std::function<void()> &change)
{
    m_keepingSelection = true;
    change();
    m_keepingSelection = false;
    // A single-selection view moves the selection to the next row when the selected one goes
    // away: never let a refresh or a filter pick another session for the user.
    if (selectedPid() == m_selectedPid)
        return;
    const int sourceRow = m_selectedPid ? m_sessions->rowOfPid(m_selectedPid) : -1;
    const QModelIndex index = sourceRow >= 0 ? m_filter->mapFromSource(m_sessions->index(sourceRow, 0)) : QModelIndex();
    if (index.isValid()) { // select it again where it is, without scrolling
        QTableView *table = m_ui->sessionsTableView;
        const bool autoScroll = table->hasAutoScroll();
        table->setAutoScroll(false);
        table->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->setAutoScroll(autoScroll);
    } else {
        QItemSelectionModel *selection = m_ui->sessionsTableView->selectionModel();
        selection->clearSelection();
        selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        m_selectedPid = 0;
    }
}

void SessionsPage::updateDetail()
{
    const int pid = selectedPid();
    const SessionInfo *s = pid ? m_sessions->sessionByPid(pid) : nullptr;
    const QString text = s ? SessionTexts::detail(*s) : QString();
    if (text != m_shownDetail) { // leave the user's text selection alone when nothing changed
        m_shownDetail = text;
        m_ui->queryDetailPlainTextEdit->setPlainText(text);
    }
}

void SessionsPage::updateActions()
{
    const int pid = selectedPid();
    const SessionInfo *s = pid ? m_sessions->sessionByPid(pid) : nullptr;
    const bool canSignal = s && !s->own && m_monitor->hasConnection();
    m_ui->cancelQueryPushButton->setEnabled(canSignal && !s->isIdle());
    m_ui->terminateSessionPushButton->setEnabled(canSignal);
    const QModelIndex blocker = m_ui->blockingTreeView->currentIndex();
    m_ui->terminateRootBlockerPushButton->setEnabled(m_monitor->hasConnection()
                                                     && (blocker.isValid() || m_blocking->rootCount() == 1));
    m_ui->killAllPushButton->setEnabled(m_api && !m_addonName.isEmpty() && !m_appName.isEmpty() && !m_killAllCall);
}

void SessionsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->sessionsTableView->indexAt(pos);
    if (!index.isValid())
        return;
    const int pid = index.data(SessionsModel::PidRole).toInt();
    selectPid(pid);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("sessionsContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *cancel = menu->addAction(tr("Cancel Query…"), this, &SessionsPage::cancelSelectedQuery);
    cancel->setEnabled(m_ui->cancelQueryPushButton->isEnabled());
    QAction *terminate = menu->addAction(tr("Terminate Session…"), this, &SessionsPage::terminateSelectedSession);
    terminate->setEnabled(m_ui->terminateSessionPushButton->isEnabled());
    menu->addSeparator();
    menu->addAction(tr("Copy Query"), this, [this, pid] {
        if (const SessionInfo *s = m_sessions->sessionByPid(pid))
            QApplication::clipboard()->setText(s->query);
    });
    menu->addAction(tr("Copy PID"), this, [pid] { QApplication::clipboard()->setText(QString::number(pid)); });
    pauseRefresh();
    connect(menu, &QMenu::aboutToHide, this, &SessionsPage::resumeRefresh);
    menu->popup(m_ui->sessionsTableView->viewport()->mapToGlobal(pos));
}

QString SessionsPage::killCommand(int pid, bool force, const QString &addonName, const QString &appName)
{
    return SessionTexts::killCommand(pid, force, addonName, appName);
}

QString SessionsPage::killAllCommand(const QString &addonName, const QString &appName)
{
    return SessionTexts::killAllCommand(addonName, appName);
}

QString SessionsPage::databaseLabel() const
{
    return m_addonName.isEmpty() ? m_database : m_addonName;
}

void SessionsPage::cancelSelectedQuery()
{
    const int pid = selectedPid();
    const SessionInfo *s = pid ? m_sessions->sessionByPid(pid) : nullptr;
    if (!s || !m_ui->cancelQueryPushButton->isEnabled())
        return;
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Cancel Query"),
                          tr("Cancel the query that session %1 is running?").arg(pid), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCancelQueryMessageBox"));
    box->setInformativeText(tr("The session stays connected; only its current statement stops. The same with the "
                               "Heroku CLI: %1")
                                .arg(killCommand(pid, false, m_addonName, m_appName)));
    box->setDetailedText(s->query);
    QPushButton *yes = box->addButton(tr("Cancel Query"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmCancelQueryPushButton"));
    QPushButton *no = box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box->setDefaultButton(no);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, pid](QAbstractButton *button) {
        if (button == yes)
            m_monitor->cancelBackend(pid);
    });
    openDialog(box);
}

void SessionsPage::terminateSelectedSession()
{
    const int pid = selectedPid();
    if (!pid || !m_ui->terminateSessionPushButton->isEnabled())
        return;
    confirmTerminate(pid, false, 0);
}

void SessionsPage::terminateRootBlocker()
{
    QModelIndex index = m_ui->blockingTreeView->currentIndex();
    if (!index.isValid() && m_blocking->rootCount() == 1)
        index = m_blocking->index(0, 0);
    if (!index.isValid() || !m_monitor->hasConnection())
        return;
    const int root = index.data(BlockingModel::RootPidRole).toInt();
    const QModelIndex rootIndex = m_blocking->indexOfPid(root);
    confirmTerminate(root, true, rootIndex.data(BlockingModel::BlockedCountRole).toInt());
}

void SessionsPage::confirmTerminate(int pid, bool rootBlocker, int blockedCount)
{
    const SessionInfo *s = m_sessions->sessionByPid(pid);
    const QString who = s && !s->application.isEmpty() ? tr("session %1 (%2)").arg(pid).arg(s->application)
                                                       : tr("session %1").arg(pid);
    QString warning = tr("This disconnects %1 from %2 and rolls back its open transaction.").arg(who, databaseLabel());
    if (rootBlocker)
        warning
            = LanguageManager::joinSentences({ warning, tr("It blocks %n other session(s).", nullptr, blockedCount) });
    const QString cli = killCommand(pid, true, m_addonName, m_appName);
    const QString title = rootBlocker ? tr("Terminate Root Blocker") : tr("Terminate Session");
    const auto terminate = [this, pid, rootBlocker, blockedCount] {
        m_rootBlockerPid = rootBlocker ? pid : 0;
        m_rootBlockedCount = blockedCount;
        m_monitor->terminateBackend(pid);
    };
    if (m_appName.isEmpty()) {
        // Not an app's database (no name to type): a plain confirmation.
        auto *box = new QMessageBox(QMessageBox::Warning, title, warning, QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("confirmTerminateMessageBox"));
        box->setInformativeText(tr("The same with the Heroku CLI: %1").arg(cli));
        QPushButton *yes = box->addButton(tr("Terminate"), QMessageBox::DestructiveRole);
        yes->setObjectName(QStringLiteral("confirmTerminatePushButton"));
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
        connect(box, &QMessageBox::buttonClicked, this, [yes, terminate](QAbstractButton *button) {
            if (button == yes)
                terminate();
        });
        openDialog(box);
        return;
    }
    auto *dialog = new TypedConfirmationDialog(title, warning, cli, m_appName, this);
    dialog->setConfirmText(tr("Terminate"));
    connect(dialog, &QDialog::accepted, this, terminate);
    openDialog(dialog);
}

void SessionsPage::onBackendSignalled(const BackendSignalResult &result)
{
    const bool cancel = result.action == BackendSignalResult::Action::Cancel;
    const int pid = result.pid;
    const bool rootBlocker = !cancel && m_rootBlockerPid == pid;
    const QString message = SessionTexts::signalOutcome(result);
    showStatus(message, result.ok());
    QJsonObject extra;
    if (rootBlocker) {
        extra.insert(QStringLiteral("root_blocker"), true);
        extra.insert(QStringLiteral("blocked_sessions"), m_rootBlockedCount);
        m_rootBlockerPid = 0;
    }
    if (!cancel)
        extra.insert(QStringLiteral("ended"), result.ended);
    audit(cancel ? QStringLiteral("sessions.cancel") : QStringLiteral("sessions.terminate"), pid, result.ok(), message,
          result.error.detail, killCommand(pid, !cancel, m_addonName, m_appName), extra);
    emit actionFinished(cancel ? QStringLiteral("cancel") : QStringLiteral("terminate"), pid, result.ok(), message);
    refresh();
}

void SessionsPage::killAllConnections()
{
    if (!m_api || m_addonName.isEmpty() || m_appName.isEmpty() || m_killAllCall)
        return;
    const QString warning = tr("Every connection to %1, for every credential, is terminated: your apps' "
                               "connections too. Apps reconnect on their own if they are built to.")
                                .arg(m_addonName);
    auto *dialog = new TypedConfirmationDialog(tr("Kill All Connections"), warning,
                                               killAllCommand(m_addonName, m_appName), m_appName, this);
    dialog->setConfirmText(tr("Kill All Connections"));
    connect(dialog, &QDialog::accepted, this, [this] {
        m_killAllCall = DataClient(m_api).connectionReset(m_addonName, this);
        updateActions();
        showStatus(tr("Resetting every connection to %1…").arg(m_addonName), true);
        connect(m_killAllCall, &ApiCall::finished, this, [this](const ApiResult &result) {
            m_killAllCall = nullptr;
            if (result.ok())
                onKillAllFinished(true, tr("Every connection to %1 was reset.").arg(m_addonName),
                                  result.object().value(QStringLiteral("message")).toString());
            else
                onKillAllFinished(
                    false, tr("The connections to %1 could not be reset: %2").arg(m_addonName, result.error.userText()),
                    result.error.message);
        });
    });
    openDialog(dialog);
}

void SessionsPage::onKillAllFinished(bool ok, const QString &message, const QString &detail)
{
    showStatus(message, ok);
    audit(QStringLiteral("sessions.killall"), 0, ok, message, detail, killAllCommand(m_addonName, m_appName));
    emit actionFinished(QStringLiteral("killall"), 0, ok, message);
    updateActions();
    if (ok) {
        m_monitor->reconnect(); // the watching connection was reset as well
        refresh();
    }
}

void SessionsPage::showStatus(const QString &message, bool ok)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setStyleSheet(ok ? QString() : Appearance::errorLabelStyle(palette()));
}

void SessionsPage::audit(const QString &action, int pid, bool ok, const QString &message, const QString &detail,
                         const QString &cli, const QJsonObject &extra)
{
    QJsonObject fields = extra;
    fields.insert(QStringLiteral("app"), m_appName);
    fields.insert(QStringLiteral("addon"), m_addonName);
    fields.insert(QStringLiteral("host"), m_host);
    fields.insert(QStringLiteral("database"), m_database);
    if (pid > 0)
        fields.insert(QStringLiteral("pid"), pid);
    fields.insert(QStringLiteral("cli"), cli);
    fields.insert(QStringLiteral("ok"), ok);
    fields.insert(QStringLiteral("result"), message);
    if (!detail.isEmpty())
        fields.insert(QStringLiteral("detail"), detail);
    QString error;
    if (!m_audit.append(action, fields, &error))
        showStatus(LanguageManager::joinSentences({ message, error }), false);
}

void SessionsPage::retranslate()
{
    SteadyLabel::reset(m_ui->connectionsLabel); // sized again for the texts of this language
    SteadyLabel::reset(m_ui->lastRefreshLabel);
    updateConnectionsLabel();
    m_shownDetail.clear();
    updateDetail();
}

void SessionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SessionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Hidden (another tab), the page does not refresh: catch up at once when it comes back.
    if (m_hasSnapshot && m_ui->refreshIntervalSpinBox->value() > 0 && !m_timer.isActive())
        refresh();
    updateTimer();
}

void SessionsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

} // namespace hpg
