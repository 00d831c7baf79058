#pragma once

#include "core/heroku/apiresult.h"
#include "core/heroku/connectconnection.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hpg {

class ApiCall;
class AuditLog;
class ConnectClient;

// Pauses and resumes one Heroku Connect connection the way Heroku Connect allows it
// (heroku connect:pause / connect:resume): the one implementation behind the Connect panel
// and the runbooks' Connect steps.
//
// pause() takes the connection's state as just read. Heroku Connect pauses only from IDLE:
// in another state (POLLING_DB_CHANGES…) the pauser says waiting() and reads the state
// again every pollInterval() until it is IDLE, then sends the pause. A 409 (it left IDLE
// between the read and the request) keeps it waiting. Found PAUSED while it waits (paused
// by someone else), it says pausedMeanwhile() and sends nothing. A waiting pause can be
// called off with stop(); once the request is sent it cannot. With a poll interval of 0 it
// does not wait: it says waiting() (or answers the 409) once and gives up, for a caller that
// polls by itself (the runbook engine).
//
// Every answer to a request sent comes as requestFinished(); audit() writes it to the audit
// log as "connect.pause" / "connect.resume" with app, connection, connection_name, cli, ok,
// result, detail and request_id.
class ConnectPauser : public QObject
{
    Q_OBJECT
public:
    explicit ConnectPauser(ConnectClient *client, QObject *parent = nullptr);
    ~ConnectPauser() override;

    static constexpr int kDefaultPollIntervalMs = 1000;
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }
    int pollInterval() const { return m_pollMs; }

    // Ignored while a pause is pending or a request is on its way.
    void pause(const ConnectConnection &connection);
    void resume(const ConnectConnection &connection);
    // Calls off a pause that waits for IDLE; false when none waits or its request is already sent.
    bool stop();
    // Drops everything, a request under way included; nothing more is said.
    void cancel();

    // The id of the connection whose pause waits for IDLE or is on its way; empty when none.
    QString pendingPause() const { return m_pending.id; }
    bool isSending() const { return m_sending; }

    static QString pauseCommand(const QString &app);
    static QString resumeCommand(const QString &app);
    // The audit record of an action on `connection` of `app` whose CLI equivalent is `cli`.
    static QJsonObject actionRecord(const QString &app, const ConnectConnection &connection, const QString &cli,
                                    const ApiResult &result, const QString &message);
    // The audit record of a pause or resume of `connection` on `app`; `message` says what came of it.
    static QJsonObject auditRecord(const QString &app, const ConnectConnection &connection, bool pause,
                                   const ApiResult &result, const QString &message);
    // Appends it to `log` (nothing for a cancelled request). False, with `error`, when it cannot be written.
    static bool audit(const AuditLog &log, const QString &app, const ConnectConnection &connection, bool pause,
                      const ApiResult &result, const QString &message, QString *error = nullptr);

signals:
    // The pause waits: `connection.state` is the state just read (not IDLE).
    void waiting(const hpg::ConnectConnection &connection);
    void pausedMeanwhile(const hpg::ConnectConnection &connection);
    void requestSent(const hpg::ConnectConnection &connection, bool pause);
    // The answer to a pause or resume sent. After a 409 to a pause the pauser may still wait
    // (pendingPause() says so).
    void requestFinished(const hpg::ConnectConnection &connection, bool pause, const hpg::ApiResult &result);

private:
    void decide();
    void readAgain();
    void send(bool pause, const ConnectConnection &connection);

    ConnectClient *m_client;
    ConnectConnection m_pending;
    QPointer<ApiCall> m_call;
    QTimer m_timer;
    int m_pollMs = kDefaultPollIntervalMs;
    bool m_sending = false;
};

} // namespace hpg
