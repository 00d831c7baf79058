#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace hpg {

// One row of pg_stat_activity, as the sessions view shows it. Durations are
// computed by the server (now() minus the start), so the client's clock does
// not matter. -1 means "not set" (e.g. no transaction).
struct SessionInfo
{
    int pid = 0;
    QString user;
    QString application; // application_name (pg:ps calls it "source")
    QString clientAddress; // client_addr, empty for Unix sockets and background processes
    int clientPort = -1;
    QString database;
    QString backendType; // "client backend", "autovacuum worker", …
    QString state; // active, idle, idle in transaction, … ; empty for background processes
    QString waitEventType; // Lock, LWLock, IO, Client, …
    QString waitEvent; // relation, transactionid, ClientRead, PgSleep, …
    QDateTime backendStart;
    QDateTime transactionStart;
    QDateTime queryStart;
    QDateTime stateChange;
    qint64 transactionMs = -1; // now() - xact_start: pg:ps's "running for"
    qint64 queryMs = -1; // now() - query_start
    QString query; // the full text (pg_stat_activity keeps track_activity_query_size bytes)
    QList<int> blockedBy; // pg_blocking_pids(pid) when waiting on a lock
    bool own = false; // the backend hpgdesk itself uses to watch

    bool isIdle() const { return state.isEmpty() || state == QLatin1String("idle"); }
    bool isBlocked() const { return !blockedBy.isEmpty(); }
    // "Lock: transactionid", or empty when not waiting.
    QString wait() const
    {
        if (waitEventType.isEmpty())
            return waitEvent;
        return waitEvent.isEmpty() ? waitEventType : waitEventType + QStringLiteral(": ") + waitEvent;
    }
    // What the sessions view ranks as running time: the transaction's age, else the query's
    // while active (-1 when idle outside a transaction).
    qint64 runningMs() const
    {
        if (transactionMs >= 0)
            return transactionMs;
        return state == QLatin1String("active") ? queryMs : -1;
    }

    bool operator==(const SessionInfo &other) const = default;
};

} // namespace hpg
