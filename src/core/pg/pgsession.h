#pragma once

#include "conninfo.h"
#include "pgsessionresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <memory>

class QThread;

namespace hpg {

class PgSessionWorker;
struct PgCancelHandle;

// One PostgreSQL connection on its own thread. Everything is asynchronous:
// open() and exec() return at once and report through signals or callbacks on
// the thread the PgSession lives in (the UI thread), with the rows already
// copied into plain values. cancel() asks the server to stop the statement
// that runs now without blocking the caller (PQcancel runs on a pool thread).
//
// Connection parameters: application_name=hpgdesk, sslmode as SslPolicy says
// (require for anything but a loopback host), a connect
// timeout and TCP keepalives so that a vanished server is noticed. The
// ConnInfo (and its password) is held in memory only while the session lives.
class PgSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Connected };
    Q_ENUM(State)
    using Callback = std::function<void(const PgSessionResult &)>;

    explicit PgSession(QObject *parent = nullptr);
    ~PgSession() override; // closes the connection (cancelling a running statement) and stops the thread

    static constexpr int defaultConnectTimeoutMs = 15000;
    static constexpr const char *applicationName = "hpgdesk";

    // The libpq keywords and values used for `conn`.
    static QList<QPair<QByteArray, QByteArray>> connectionParameters(const ConnInfo &conn);

    // Connects (closing any previous connection); opened() or openFailed() follow.
    void open(const ConnInfo &conn);
    // Closes at once. Callbacks of statements not yet finished are dropped.
    void close();
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Connected; }
    int backendPid() const { return m_backendPid; }
    int serverVersion() const { return m_serverVersion; } // e.g. 150020
    void setConnectTimeout(int milliseconds) { m_connectTimeoutMs = milliseconds; }
    int connectTimeout() const { return m_connectTimeoutMs; }

    // Queues a statement (several commands when `parameters` is empty; $1… otherwise,
    // a null QString being SQL NULL). Statements queued while connecting wait for the
    // connection. `done` is called with the result, then finished() is emitted.
    quint64 exec(const QString &sql, const QStringList &parameters = {}, Callback done = {});
    bool isBusy() const { return !m_callbacks.isEmpty(); }
    int pendingCount() const { return int(m_callbacks.size()); }

    // Asks the server to cancel the statement that runs now; cancelSent() follows.
    // The statement then finishes with PgSessionError::Kind::QueryCanceled.
    void cancel();

signals:
    void stateChanged(hpg::PgSession::State state);
    void opened();
    void openFailed(const hpg::PgSessionError &error);
    // The connection broke after opened() (server stopped, session terminated, network).
    void connectionLost(const hpg::PgSessionError &error);
    void finished(quint64 id, const hpg::PgSessionResult &result);
    // `error` is empty when the cancel request reached the server.
    void cancelSent(const QString &error);

private:
    void setState(State state);
    void onOpened(quint64 generation, int backendPid, int serverVersion);
    void onOpenFailed(quint64 generation, const PgSessionError &error);
    void onLost(quint64 generation, const PgSessionError &error);
    void onFinished(quint64 id, const PgSessionResult &result);

    QThread *m_thread;
    PgSessionWorker *m_worker;
    std::shared_ptr<PgCancelHandle> m_cancel;
    State m_state = State::Closed;
    int m_backendPid = 0;
    int m_serverVersion = 0;
    int m_connectTimeoutMs = defaultConnectTimeoutMs;
    quint64 m_nextId = 1;
    quint64 m_generation = 0; // of the latest open(); signals of earlier ones are ignored
    QHash<quint64, Callback> m_callbacks;
};

} // namespace hpg
