#include "connectpanel.h"

#include "core/heroku/apicall.h"
#include "core/heroku/apiresult.h"
#include "core/heroku/connectclient.h"
#include "core/settings/languagemanager.h"
#include "ui/widgets/statewords.h"

#include "ui_connectpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>

#include <algorithm>

namespace hpg {

namespace {

const QString kPaused = QStringLiteral("PAUSED");

// Sets row `row` of `model` to `texts`, reusing the items (keeps the selection).
void setRow(QStandardItemModel *model, int row, const QStringList &texts)
{
    for (int column = 0; column < texts.size(); ++column) {
        QStandardItem *item = model->item(row, column);
        if (!item) {
            item = new QStandardItem;
            item->setEditable(false);
            model->setItem(row, column, item);
        }
        if (item->text() != texts.at(column))
            item->setText(texts.at(column));
    }
}

} // namespace

ConnectPanel::ConnectPanel(ConnectClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectPanel>())
    , m_client(client)
    , m_connectionsModel(new QStandardItemModel(0, 4, this))
    , m_mappingsModel(new QStandardItemModel(0, 2, this))
    , m_pauser(new ConnectPauser(client, this))
    , m_reloader(new ConnectMappingReloader(client, this))
{
    m_ui->setupUi(this);
    retranslate();
    m_ui->connectionsTableView->setModel(m_connectionsModel);
    m_ui->mappingsTableView->setModel(m_mappingsModel);
    for (QTableView *view : { m_ui->connectionsTableView, m_ui->mappingsTableView }) {
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
    }
    // States such as POLLING_DB_CHANGES are read whole, not elided.
    for (int column = 0; column < 3; ++column)
        m_ui->connectionsTableView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->mappingsTableView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_ui->connectionsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectPanel::onSelectionChanged);
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &ConnectPanel::refresh);
    m_ui->heldFrame->hide();
    connect(m_ui->openRunPushButton, &QPushButton::clicked, this, [this] {
        if (m_hold && m_openRun)
            m_openRun(m_hold->journalPath);
    });
    connect(m_ui->pausePushButton, &QPushButton::clicked, this, &ConnectPanel::pauseSelected);
    connect(m_ui->resumePushButton, &QPushButton::clicked, this, &ConnectPanel::resumeSelected);
    connect(m_ui->reloadMappingsPushButton, &QPushButton::clicked, this, &ConnectPanel::reloadSelected);
    m_reloader->setAuditLog(m_audit);
    connect(m_reloader, &ConnectMappingReloader::finished, this, [this](int reloaded, const QStringList &failures) {
        onReloadFinished(m_reloadingName, reloaded, failures);
    });
    connect(m_reloader, &ConnectMappingReloader::mappingStarted, this,
            [this](const QString &object, int index, int count) {
                showMessage([object, index, count] {
                    return tr("Reloading mapping %1 (%2 of %3)…").arg(object).arg(index).arg(count);
                });
            });
    connect(m_ui->stopWaitingPushButton, &QPushButton::clicked, this, &ConnectPanel::stopWaiting);
    connect(m_pauser, &ConnectPauser::waiting, this, &ConnectPanel::onWaiting);
    connect(m_pauser, &ConnectPauser::pausedMeanwhile, this, &ConnectPanel::onPausedMeanwhile);
    connect(m_pauser, &ConnectPauser::requestSent, this, &ConnectPanel::onRequestSent);
    connect(m_pauser, &ConnectPauser::requestFinished, this, &ConnectPanel::onRequestFinished);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectPanel::refresh);
    updateButtons();
}

void ConnectPanel::retranslate()
{
    m_connectionsModel->setHorizontalHeaderLabels({ tr("Name"), tr("State"), tr("Schema"), tr("Database") });
    m_mappingsModel->setHorizontalHeaderLabels({ tr("Object"), tr("State") });
    showHold();
}

void ConnectPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateButtons(); // the tooltips
        m_ui->messageLabel->setText(m_message ? m_message() : QString());
        fillConnections(); // the states' words
        fillMappings();
    }
    QWidget::changeEvent(event);
}

ConnectPanel::~ConnectPanel()
{
    for (ApiCall *call : { m_refreshCall.data(), m_detailCall.data() }) {
        if (call)
            call->cancel();
    }
    m_pauser->cancel();
    m_reloader->cancel();
}

void ConnectPanel::showApp(const QString &appName)
{
    if (m_refreshCall)
        m_refreshCall->cancel();
    if (m_detailCall)
        m_detailCall->cancel();
    m_pauser->cancel();
    m_reloader->cancel();
    m_timer.stop();
    m_mappings.clear();
    m_app = appName;
    m_connections.clear();
    m_selectedId.clear();
    m_connectionsModel->setRowCount(0);
    m_mappingsModel->setRowCount(0);
    showMessage(appName.isEmpty() ? Text() : Text([appName] {
        return tr("Reading the Heroku Connect connections of %1…").arg(appName);
    }));
    m_readMessage = true;
    readHolds();
    updateButtons();
    if (!appName.isEmpty())
        refresh();
}

void ConnectPanel::setRunHolds(const HoldLookup &lookup, const std::function<void(const QString &)> &openRun)
{
    m_holdLookup = lookup;
    m_openRun = openRun;
    readHolds();
    updateButtons();
}

void ConnectPanel::readHolds()
{
    m_hold.reset();
    if (m_holdLookup && !m_app.isEmpty()) {
        for (const RunHold &hold : m_holdLookup(m_app)) {
            if (hold.holdsConnect()) {
                m_hold = hold;
                break;
            }
        }
    }
    showHold();
}

void ConnectPanel::showHold()
{
    m_ui->heldFrame->setVisible(m_hold.has_value());
    if (m_hold)
        m_ui->heldLabel->setText(
            tr("Held by “%1”, started %2: that run paused Heroku Connect on %3 and resumes it "
               "itself. Open the run rather than resuming here.")
                .arg(m_hold->title, QLocale().toString(m_hold->startedAt.toLocalTime(), QLocale::ShortFormat), m_app));
}

void ConnectPanel::setRefreshInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    if (!m_app.isEmpty() && !m_refreshCall)
        scheduleRefresh();
}

void ConnectPanel::refresh()
{
    if (m_app.isEmpty() || m_refreshCall)
        return;
    m_timer.stop();
    readHolds(); // a run may have finished (or paused Connect) meanwhile
    m_refreshCall = m_client->connections(m_app, this);
    connect(m_refreshCall, &ApiCall::finished, this, &ConnectPanel::onConnections);
}

void ConnectPanel::scheduleRefresh()
{
    int interval = m_interval;
    if (!pendingPause().isEmpty()) // show the state the pause waits on
        interval = interval > 0 ? std::min(interval, m_pauser->pollInterval()) : m_pauser->pollInterval();
    if (interval > 0)
        m_timer.start(interval);
    else
        m_timer.stop();
}

void ConnectPanel::onConnections(const ApiResult &result)
{
    m_refreshCall.clear();
    scheduleRefresh();
    if (!result.ok()) {
        showMessage([app = m_app, error = result.error] {
            return tr("Could not read the Heroku Connect connections of %1: %2").arg(app, error.userText());
        });
        m_readMessage = true;
        return;
    }
    m_connections = ConnectConnection::listFromJson(result.object());
    const QString selected = m_selectedId;
    fillConnections();
    int selectedRow = -1;
    for (int row = 0; row < m_connections.size(); ++row) {
        if (m_connections.at(row).id == selected)
            selectedRow = row;
    }
    if (selectedRow < 0 && !m_connections.isEmpty())
        selectedRow = 0; // the first connection, when none (or a vanished one) was selected
    if (selectedRow >= 0 && this->selectedRow() != selectedRow)
        m_ui->connectionsTableView->selectRow(selectedRow);
    m_selectedId = selectedRow >= 0 ? m_connections.at(selectedRow).id : QString();
    fillMappings();
    readDetails();

    if (!pendingPause().isEmpty()) {
        if (!find(pendingPause()))
            m_pauser->stop(); // the connection is gone
    } else if (m_connections.isEmpty()) {
        showMessage([app = m_app] { return tr("%1 has no Heroku Connect connections.").arg(app); });
    } else if (m_readMessage) {
        showMessage({}); // "Reading…" or an earlier read error
    }
    updateButtons();
    emit refreshed();
}

void ConnectPanel::onSelectionChanged()
{
    const int row = selectedRow();
    m_selectedId = row >= 0 ? m_connections.value(row).id : QString();
    fillMappings();
    readDetails();
    updateButtons();
}

void ConnectPanel::readDetails()
{
    const ConnectConnection *c = find(m_selectedId);
    if (!c || m_detailCall)
        return;
    const QString id = c->id;
    m_detailCall = m_client->connection(c->regionUrl, id, this);
    connect(m_detailCall, &ApiCall::finished, this, [this, id](const ApiResult &result) {
        m_detailCall.clear();
        if (!result.ok())
            return; // the list still shows the connection's state; the next refresh tries again
        m_mappings.insert(id, ConnectConnection::fromJson(result.object()).mappings);
        fillMappings();
        if (id != m_selectedId)
            readDetails(); // the selection moved meanwhile
    });
}

void ConnectPanel::fillConnections()
{
    m_connectionsModel->setRowCount(int(m_connections.size()));
    for (int row = 0; row < m_connections.size(); ++row) {
        const ConnectConnection &c = m_connections.at(row);
        setRow(m_connectionsModel, row, { c.name, StateWords::connectState(c.state), c.schemaName, c.dbKey });
        m_connectionsModel->item(row, 1)->setToolTip(c.state); // the API's own name for it
        m_connectionsModel->item(row, 0)->setData(c.id, Qt::UserRole);
    }
}

void ConnectPanel::fillMappings()
{
    const ConnectConnection *c = find(m_selectedId);
    const QList<ConnectConnection::Mapping> mappings = c ? mappingsOf(*c) : QList<ConnectConnection::Mapping>();
    m_mappingsModel->setRowCount(int(mappings.size()));
    for (int row = 0; row < mappings.size(); ++row) {
        setRow(m_mappingsModel, row, { mappings.at(row).objectName, StateWords::connectState(mappings.at(row).state) });
        m_mappingsModel->item(row, 1)->setToolTip(mappings.at(row).state);
    }
}

QList<ConnectConnection::Mapping> ConnectPanel::mappingsOf(const ConnectConnection &c) const
{
    return c.mappings.isEmpty() ? m_mappings.value(c.id) : c.mappings;
}

void ConnectPanel::updateButtons()
{
    const ConnectConnection *c = find(m_selectedId);
    const bool sending = m_pauser->isSending();
    const bool busy = sending || !pendingPause().isEmpty();
    m_ui->pausePushButton->setEnabled(c && !busy && c->state != kPaused && !m_hold);
    m_ui->resumePushButton->setEnabled(c && !sending && c->state == kPaused && !m_hold);
    m_ui->reloadMappingsPushButton->setEnabled(c && !busy && c->state != kPaused && !m_hold
                                               && !m_reloader->isRunning() && !mappingsOf(*c).isEmpty());
    m_ui->reloadMappingsPushButton->setToolTip(
        m_app.isEmpty() ? QString()
                        : tr("Loads the data of every mapping of the selected connection from Salesforce again "
                             "(heroku connect:mapping:reload), as needed after a database rollback. Not while "
                             "the connection is paused."));
    // While a pause waits for IDLE (nothing sent yet), it can be called off.
    m_ui->stopWaitingPushButton->setVisible(!pendingPause().isEmpty() && !sending);
    m_ui->pausePushButton->setToolTip(m_app.isEmpty() ? QString()
                                                      : tr("Stops synchronization (heroku connect:pause -a %1). "
                                                           "Heroku Connect pauses only when it is IDLE.")
                                                            .arg(m_app));
    m_ui->resumePushButton->setToolTip(
        m_app.isEmpty() ? QString() : tr("Starts synchronization again (heroku connect:resume -a %1).").arg(m_app));
}

// Pausing stops a production integration (Salesforce is no longer polled): it is asked first.
void ConnectPanel::pauseSelected()
{
    const ConnectConnection *c = find(m_selectedId);
    if (!c || m_pauser->isSending() || !pendingPause().isEmpty() || c->state == kPaused)
        return;
    const QString id = c->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Pause Heroku Connect"),
                                tr("Pause the Heroku Connect connection %1 of %2?").arg(c->name, m_app),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmPauseMessageBox"));
    box->setInformativeText(tr("Until you resume it, changes in Salesforce are not polled and changes in the "
                               "database wait in the trigger log; nothing is lost. Heroku Connect pauses only when "
                               "it is IDLE. The same with the Heroku CLI: %1")
                                .arg(pauseCommand(m_app)));
    QPushButton *yes = box->addButton(tr("Pause"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmPausePushButton"));
    QPushButton *no = box->addButton(tr("Keep Synchronizing"), QMessageBox::RejectRole);
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *button) {
        if (button == yes)
            pauseConfirmed(id);
    });
    box->open();
}

void ConnectPanel::pauseConfirmed(const QString &id)
{
    // The list may have been refreshed while the question was open: use the state as it is now.
    const ConnectConnection *c = find(id);
    if (!c || m_pauser->isSending() || !pendingPause().isEmpty() || c->state == kPaused)
        return;
    m_pauser->pause(*c);
}

void ConnectPanel::stopWaiting()
{
    const QString id = pendingPause();
    const ConnectConnection *c = find(id);
    const QString name = c ? c->name : id;
    if (!m_pauser->stop())
        return; // nothing waits, or the pause is already on its way
    showMessage([name] { return tr("Stopped waiting; Heroku Connect %1 was not paused.").arg(name); });
    updateButtons();
    scheduleRefresh();
}

void ConnectPanel::resumeSelected()
{
    const ConnectConnection *c = find(m_selectedId);
    if (!c || m_pauser->isSending() || c->state != kPaused)
        return;
    m_pauser->resume(*c);
}

// A reload reads every mapped object from Salesforce again: long on big objects, and it uses
// Salesforce API calls. It is asked first, with the reason the Dev Center gives for it.
void ConnectPanel::reloadSelected()
{
    const ConnectConnection *c = find(m_selectedId);
    if (!c || c->state == kPaused || m_reloader->isRunning() || mappingsOf(*c).isEmpty())
        return;
    const QString id = c->id;
    const qsizetype count = mappingsOf(*c).size();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reload Mappings"),
                                tr("Reload all %n mapping(s) of the Heroku Connect connection %1 of %2 from "
                                   "Salesforce?",
                                   nullptr, int(count))
                                    .arg(c->name, m_app),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmReloadMessageBox"));
    box->setInformativeText(
        tr("Do this after the database was rolled back (a rollback, a restored backup, or a database that "
           "replaced it with older data). Heroku Connect keeps a high-water mark of what it has synchronized, "
           "so after a rollback it would not synchronize the lost rows again and the data would be "
           "inconsistent. A reload loads every mapped object from Salesforce again: on large objects it "
           "takes a long time and uses Salesforce API calls. The same with the Heroku CLI: %1")
            .arg(ConnectMappingReloader::reloadCommand(m_app, *c, mappingsOf(*c).constFirst().objectName)));
    QPushButton *yes = box->addButton(tr("Reload"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmReloadPushButton"));
    QPushButton *no = box->addButton(tr("Do Not Reload"), QMessageBox::RejectRole);
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *button) {
        if (button == yes)
            reloadConfirmed(id);
    });
    box->open();
}

void ConnectPanel::reloadConfirmed(const QString &id)
{
    const ConnectConnection *c = find(id);
    if (!c || c->state == kPaused || m_reloader->isRunning())
        return;
    m_reloadingName = c->name;
    m_reloader->reload(m_app, *c, mappingsOf(*c));
    updateButtons();
}

void ConnectPanel::onReloadFinished(const QString &name, int reloaded, const QStringList &failures)
{
    showMessage([name, reloaded, failures] {
        QStringList sentences;
        if (reloaded > 0) {
            sentences << tr("Heroku Connect %1 is reloading %n mapping(s) from Salesforce; they show “Reloading the table” "
                            "until they are synchronized again.",
                            nullptr, reloaded)
                             .arg(name);
        }
        sentences << failures;
        return LanguageManager::joinSentences(sentences);
    });
    updateButtons();
    if (m_refreshCall)
        m_refreshCall->cancel();
    m_refreshCall.clear();
    if (m_detailCall)
        m_detailCall->cancel();
    m_detailCall.clear();
    refresh();
}

void ConnectPanel::onWaiting(const ConnectConnection &connection)
{
    showMessage([name = connection.name, state = connection.state] {
        return tr("Heroku Connect %1 is not idle (state: %2). It can be paused only when it is idle; waiting to "
                  "pause it…")
            .arg(name, StateWords::connectState(state));
    });
    updateButtons();
    if (!m_refreshCall)
        scheduleRefresh();
}

void ConnectPanel::onPausedMeanwhile(const ConnectConnection &connection)
{
    showMessage([name = connection.name] { return tr("Heroku Connect %1 is paused.").arg(name); });
    updateButtons();
    refresh();
}

void ConnectPanel::onRequestSent(const ConnectConnection &connection, bool pause)
{
    showMessage([name = connection.name, pause] {
        return pause ? tr("Pausing Heroku Connect %1…").arg(name) : tr("Resuming Heroku Connect %1…").arg(name);
    });
    updateButtons();
}

void ConnectPanel::onRequestFinished(const ConnectConnection &connection, bool pause, const ApiResult &result)
{
    const QString name = connection.name;
    Text message;
    if (result.ok()) {
        message = [name, pause] {
            return pause ? tr("Paused Heroku Connect %1.").arg(name) : tr("Resumed Heroku Connect %1.").arg(name);
        };
    } else if (pause && pendingPause() == connection.id) {
        // It left IDLE between the read and the request: the pauser keeps waiting.
        message = [name] {
            return tr("Heroku Connect %1 is busy. It can be paused only when it is IDLE; waiting to pause it…")
                .arg(name);
        };
    } else {
        message = [name, pause, error = result.error] {
            return pause ? tr("Could not pause Heroku Connect %1: %2").arg(name, error.userText())
                         : tr("Could not resume Heroku Connect %1: %2").arg(name, error.userText());
        };
    }
    showMessage(message);
    QString error;
    if (!ConnectPauser::audit(m_audit, m_app, connection, pause, result, message(), &error))
        showMessage([message, error] { return LanguageManager::joinSentences({ message(), error }); });
    updateButtons();
    if (m_refreshCall)
        m_refreshCall->cancel(); // it may have been sent before the action: read the state again
    m_refreshCall.clear();
    refresh();
}

void ConnectPanel::showMessage(Text text)
{
    m_readMessage = false;
    m_message = std::move(text);
    m_ui->messageLabel->setText(m_message ? m_message() : QString());
}

int ConnectPanel::selectedRow() const
{
    const QModelIndexList rows = m_ui->connectionsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

const ConnectConnection *ConnectPanel::find(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (const ConnectConnection &c : m_connections) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace hpg
