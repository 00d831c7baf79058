#include "activitymonitor.h"

#include "activityqueries.h"
#include "core/memory/releasefreememory.h"
#include "core/stall/operationscope.h"
#include "pgsession.h"

namespace hpg {

ActivityMonitor::ActivityMonitor(QObject *parent)
    : QObject(parent)
    , m_session(new PgSession(this))
{
    qRegisterMetaType<hpg::ActivitySnapshot>();
    qRegisterMetaType<hpg::BackendSignalResult>();
}

ActivityMonitor::~ActivityMonitor() = default;

void ActivityMonitor::setConnection(const ConnInfo &conn)
{
    m_session->close();
    m_refreshing = false;
    m_hasSnapshot = false;
    m_snapshot = ActivitySnapshot();
    m_conn = conn;
    if (!m_conn.isEmpty() && m_conn.option(QStringLiteral("options")).isEmpty())
        m_conn.setOption(QStringLiteral("options"), QStringLiteral("-c statement_timeout=%1").arg(statementTimeoutMs));
}

void ActivityMonitor::clear()
{
    setConnection(ConnInfo());
}

void ActivityMonitor::reconnect()
{
    m_session->close();
    m_refreshing = false;
}

void ActivityMonitor::ensureOpen()
{
    // Statements queued while connecting wait for the connection, or fail with its error.
    if (m_session->state() == PgSession::State::Closed)
        m_session->open(m_conn);
}

bool ActivityMonitor::refresh()
{
    if (!hasConnection() || m_refreshing)
        return false;
    m_refreshing = true;
    ensureOpen();
    const bool withLocks = m_includeLocks;
    m_session->exec(ActivityQueries::snapshotSql(withLocks), {}, [this, withLocks](const PgSessionResult &result) {
        m_refreshing = false;
        if (!result.ok()) {
            emit refreshFailed(result.error);
            return;
        }
        ActivitySnapshot snapshot;
        QString problem;
        if (!ActivityQueries::parseSnapshot(result, withLocks, &snapshot, &problem)) {
            PgSessionError error;
            error.kind = PgSessionError::Kind::Query;
            error.message = problem;
            emit refreshFailed(error);
            return;
        }
        m_snapshot = snapshot;
        m_hasSnapshot = true;
        if (++m_refreshes % releaseMemoryEvery == 0) {
            const OperationScope scope("sessions: release free memory");
            releaseFreeMemory();
        }
        emit refreshed(m_snapshot);
    });
    return true;
}

void ActivityMonitor::cancelBackend(int pid)
{
    signalBackend(BackendSignalResult::Action::Cancel, pid);
}

void ActivityMonitor::terminateBackend(int pid)
{
    signalBackend(BackendSignalResult::Action::Terminate, pid);
}

void ActivityMonitor::signalBackend(BackendSignalResult::Action action, int pid)
{
    if (!hasConnection()) {
        BackendSignalResult outcome;
        outcome.action = action;
        outcome.pid = pid;
        outcome.error = PgSessionError::notConnected();
        emit backendSignalled(outcome);
        return;
    }
    ensureOpen();
    // The server version is known once connected; until then assume a current server
    // (Heroku runs 14 and later).
    const int version = m_session->serverVersion() > 0 ? m_session->serverVersion() : 150000;
    m_session->exec(ActivityQueries::signalSql(action, version), { QString::number(pid) },
                    [this, action, pid, version](const PgSessionResult &result) {
                        emit backendSignalled(ActivityQueries::parseSignal(action, pid, version, result));
                    });
}

} // namespace hpg
