#pragma once

#include "activitysnapshot.h"
#include "backendsignalresult.h"
#include "conninfo.h"

#include <QObject>

namespace hpg {

class PgSession;

// Watches one database's sessions for the sessions view: each refresh() is one
// round trip on a PgSession of its own (pg_stat_activity, the connection count
// and, when asked, pg_locks). It connects on the first refresh and again on
// the next one after the connection failed or broke, so a view that refreshes
// on a timer retries by itself. Cancel and terminate go over the same session.
class ActivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ActivityMonitor(QObject *parent = nullptr);
    ~ActivityMonitor() override;

    // statement_timeout of the watching session, so a stuck catalog query cannot pile up.
    static constexpr int statementTimeoutMs = 20000;
    // Every so many refreshes, the memory the allocator keeps free is given back to the system
    // (releaseFreeMemory, about 1 ms): a sessions view left open refreshes for hours, each refresh
    // allocating and freeing hundreds of rows, and glibc would keep what other work freed in
    // between resident under them. Every 8 minutes at the fastest interval (1 s).
    static constexpr int releaseMemoryEvery = 500;

    // Watches `conn` from now on; the previous connection is closed. Nothing connects
    // before the next refresh() or action.
    void setConnection(const ConnInfo &conn);
    void clear();
    bool hasConnection() const { return !m_conn.isEmpty(); }
    // Closes the watching connection (e.g. after every connection was reset); the next
    // refresh() connects again.
    void reconnect();

    void setIncludeLocks(bool include) { m_includeLocks = include; }
    bool includeLocks() const { return m_includeLocks; }

    // Starts a refresh; false (nothing started) without a connection or while one is under way.
    bool refresh();
    bool isRefreshing() const { return m_refreshing; }

    // pg_cancel_backend / pg_terminate_backend; backendSignalled() follows.
    void cancelBackend(int pid);
    void terminateBackend(int pid);

    PgSession *session() const { return m_session; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    const ActivitySnapshot &lastSnapshot() const { return m_snapshot; }

signals:
    void refreshed(const hpg::ActivitySnapshot &snapshot);
    void refreshFailed(const hpg::PgSessionError &error);
    void backendSignalled(const hpg::BackendSignalResult &result);

private:
    void ensureOpen();
    void signalBackend(BackendSignalResult::Action action, int pid);

    PgSession *m_session;
    ConnInfo m_conn;
    bool m_includeLocks = true;
    bool m_refreshing = false;
    bool m_hasSnapshot = false;
    int m_refreshes = 0;
    ActivitySnapshot m_snapshot;
};

} // namespace hpg
