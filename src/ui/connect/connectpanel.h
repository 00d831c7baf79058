#pragma once

#include "core/heroku/connectconnection.h"
#include "core/runbooks/auditlog.h"
#include "core/runbooks/connectmappingreloader.h"
#include "core/runbooks/connectpauser.h"
#include "core/runbooks/runbookregistry.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QStandardItemModel;

namespace Ui {
class ConnectPanel;
}

namespace hpg {

class ApiCall;
class ConnectClient;
struct ApiResult;

// The Heroku Connect connections of one app (heroku connect:info): each
// connection's state, schema and database, the selected connection's mappings
// with their states, refreshed every few seconds, and Pause / Resume
// (heroku connect:pause / connect:resume). Pause asks for a confirmation first.
// Heroku Connect pauses only from IDLE: asked while it is POLLING_DB_CHANGES
// (or another busy state) the panel says that it waits (Stop Waiting calls it
// off), and pauses as soon as the connection is idle. Every pause and resume
// request sent is written to the audit log ("connect.pause" / "connect.resume":
// app, connection, cli, ok, result, detail, request_id), the way the sessions
// page writes its actions. The rules and the audit record are ConnectPauser's;
// the panel shows and asks.
//
// Reload Mappings… reloads every mapping of the selected connection from Salesforce
// (heroku connect:mapping:reload), after a confirmation that says why: the Heroku Connect
// maintenance page asks for it after a database rollback. ConnectMappingReloader sends the
// requests and writes "connect.mapping_reload" audit records.
class ConnectPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectPanel(ConnectClient *client, QWidget *parent = nullptr);
    ~ConnectPanel() override;

    // Lists the connections of appName and keeps them fresh; an empty name clears the panel.
    void showApp(const QString &appName);
    QString appName() const { return m_app; }

    // Milliseconds between refreshes (default 5000; 0: only on demand). While a pause
    // waits for IDLE the panel polls every second at most.
    void setRefreshInterval(int milliseconds);
    int refreshInterval() const { return m_interval; }

    QStandardItemModel *connectionsModel() const { return m_connectionsModel; }
    QStandardItemModel *mappingsModel() const { return m_mappingsModel; }
    QList<ConnectConnection> connections() const { return m_connections; }
    // The id of the connection whose pause waits for IDLE; empty when none.
    QString pendingPause() const { return m_pauser->pendingPause(); }

    // Where pause and resume are recorded (default: AuditLog::defaultPath()).
    void setAuditLog(const AuditLog &log)
    {
        m_audit = log;
        m_reloader->setAuditLog(log);
    }
    const AuditLog &auditLog() const { return m_audit; }

    // Where the panel learns which unfinished runs hold the app (a run that paused Heroku Connect
    // resumes it itself), and how to open such a run. While one holds it, Pause and Resume are
    // off and the panel offers to open the run instead.
    using HoldLookup = std::function<QList<RunHold>(const QString &app)>;
    void setRunHolds(const HoldLookup &lookup, const std::function<void(const QString &journalPath)> &openRun);

    static QString pauseCommand(const QString &app) { return ConnectPauser::pauseCommand(app); }
    static QString resumeCommand(const QString &app) { return ConnectPauser::resumeCommand(app); }

public slots:
    void refresh();

signals:
    // After each successful read of the app's connections.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    // A message made again in the current language when the language changes.
    using Text = std::function<QString()>;

    void retranslate();
    void onConnections(const ApiResult &result);
    void onSelectionChanged();
    void fillConnections();
    void fillMappings();
    void readDetails(); // the selected connection's mappings (GET <region>/api/v3/connections/{id})
    void updateButtons();
    void pauseSelected();
    void pauseConfirmed(const QString &id);
    void stopWaiting();
    void resumeSelected();
    void reloadSelected();
    void reloadConfirmed(const QString &id);
    void onReloadFinished(const QString &name, int reloaded, const QStringList &failures);
    QList<ConnectConnection::Mapping> mappingsOf(const ConnectConnection &c) const;
    void onRequestSent(const ConnectConnection &connection, bool pause);
    void onRequestFinished(const ConnectConnection &connection, bool pause, const ApiResult &result);
    void onWaiting(const ConnectConnection &connection);
    void onPausedMeanwhile(const ConnectConnection &connection);
    void scheduleRefresh();
    void showMessage(Text text);
    void readHolds();
    void showHold();
    int selectedRow() const;
    const ConnectConnection *find(const QString &id) const;

    std::unique_ptr<Ui::ConnectPanel> m_ui;
    ConnectClient *m_client;
    QStandardItemModel *m_connectionsModel;
    QStandardItemModel *m_mappingsModel;
    QList<ConnectConnection> m_connections;
    QString m_app;
    QString m_selectedId;
    ConnectPauser *m_pauser;
    ConnectMappingReloader *m_reloader;
    QString m_reloadingName; // the connection whose mappings the reloader reloads
    QPointer<ApiCall> m_refreshCall;
    QPointer<ApiCall> m_detailCall;
    QHash<QString, QList<ConnectConnection::Mapping>> m_mappings; // by connection id, from the details
    AuditLog m_audit;
    QTimer m_timer;
    int m_interval = 5000;
    Text m_message;
    bool m_readMessage = false; // the message is about reading the list, not about an action
    HoldLookup m_holdLookup;
    std::function<void(const QString &)> m_openRun;
    std::optional<RunHold> m_hold; // the run that holds this app's Heroku Connect
};

} // namespace hpg
