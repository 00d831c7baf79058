#pragma once

// Internal to PgSession: the side of a session that lives on its own thread and
// talks to libpq. Not for use elsewhere.

#include "pgsessionresult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QQueue>

#include <memory>

struct pg_conn;
struct pg_cancel;
struct pg_result;
class QSocketNotifier;
class QTimer;

namespace hpg {

// The PGcancel of a session's connection, shared between its worker (which
// creates and frees it) and the thread that sends a cancel request.
struct PgCancelHandle
{
    QMutex mutex;
    pg_cancel *cancel = nullptr;

    // Asks the server to cancel what the connection runs now. Blocks for one
    // short connection to the server: never call it on the UI thread.
    // Empty on success, else libpq's reason.
    QString send();
};

using PgConnectionParameters = QList<QPair<QByteArray, QByteArray>>;

// Runs one PGconn with libpq's non-blocking API (PQconnectPoll,
// PQsendQuery, PQconsumeInput) driven by socket notifiers, so its thread is
// never stuck in libpq and closes at once. Statements run one at a time, in
// the order they were queued.
class PgSessionWorker : public QObject
{
    Q_OBJECT
public:
    explicit PgSessionWorker(std::shared_ptr<PgCancelHandle> cancel);
    ~PgSessionWorker() override;

    void open(const hpg::PgConnectionParameters &parameters, int connectTimeoutMs, quint64 generation);
    void exec(quint64 id, const QString &sql, const QStringList &parameters);
    // Closes the connection (cancelling a running statement first); queued
    // statements finish with NotConnected.
    void close();

signals:
    // `generation` is the one given to open().
    void opened(quint64 generation, int backendPid, int serverVersion);
    void openFailed(quint64 generation, const hpg::PgSessionError &error);
    // The open connection broke (after opened()).
    void lost(quint64 generation, const hpg::PgSessionError &error);
    void finished(quint64 id, const hpg::PgSessionResult &result);

private:
    enum class Phase { Closed, Connecting, Idle, Busy };
    struct Pending
    {
        quint64 id = 0;
        QString sql;
        QStringList parameters;
    };

    void pollConnect();
    void watch(bool read, bool write);
    void onReadable();
    void onWritable();
    void startNext();
    void flush();
    void readResults();
    void collect(pg_result *result);
    void completeCurrent();
    void breakConnection(const PgSessionError &error);
    void failQueued(const PgSessionError &error);
    void releaseConnection();

    std::shared_ptr<PgCancelHandle> m_cancel;
    pg_conn *m_conn = nullptr;
    Phase m_phase = Phase::Closed;
    int m_socket = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_connectTimer;
    int m_connectTimeoutMs = 0;
    quint64 m_generation = 0;
    QQueue<Pending> m_queue;
    Pending m_current;
    PgSessionResult m_result;
    QElapsedTimer m_clock;
    bool m_flushing = false;
};

} // namespace hpg
