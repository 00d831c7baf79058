#include "activityqueries.h"

#include <QCoreApplication>

namespace hpg::ActivityQueries {

namespace {

const char *const headerSql = R"SQL(
SELECT (extract(epoch FROM now()) * 1000)::bigint AS now_ms,
       pg_backend_pid() AS own_pid,
       current_setting('max_connections')::int AS max_connections,
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS client_connections,
       current_database() AS database
)SQL";

// greatest() skips NULLs: durations of unset timestamps must stay NULL explicitly.
// pg_blocking_pids() takes the lock manager's locks: only ask for sessions that wait on a
// heavyweight lock (relation, tuple, transactionid, …) or a safe snapshot.
const char *const sessionsQuery = R"SQL(
SELECT pid, usename, application_name, host(client_addr) AS client_addr, client_port, datname,
       backend_type, state, wait_event_type, wait_event,
       (extract(epoch FROM backend_start) * 1000)::bigint AS backend_start_ms,
       (extract(epoch FROM xact_start) * 1000)::bigint AS xact_start_ms,
       (extract(epoch FROM query_start) * 1000)::bigint AS query_start_ms,
       (extract(epoch FROM state_change) * 1000)::bigint AS state_change_ms,
       CASE WHEN xact_start IS NOT NULL
            THEN greatest(0, extract(epoch FROM now() - xact_start) * 1000)::bigint END AS xact_ms,
       CASE WHEN query_start IS NOT NULL
            THEN greatest(0, extract(epoch FROM now() - query_start) * 1000)::bigint END AS query_ms,
       CASE WHEN wait_event_type = 'Lock' OR wait_event = 'SafeSnapshot' THEN pg_blocking_pids(pid) END AS blocked_by,
       pid = pg_backend_pid() AS own,
       query
  FROM pg_stat_activity
 ORDER BY pid
)SQL";

// Relations of other databases are shown by OID: regclass would look them up here.
const char *const locksQuery = R"SQL(
SELECT concat_ws('/', l.locktype, l.database, l.relation, l.page, l.tuple, l.virtualxid, l.transactionid,
                 l.classid, l.objid, l.objsubid, l.virtualtransaction, l.mode) AS key,
       l.pid, l.locktype, l.mode, l.granted,
       CASE WHEN l.relation IS NULL THEN NULL
            WHEN l.database IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
                 THEN l.relation::regclass::text
            ELSE l.relation::text END AS relation,
       l.transactionid::text AS transactionid, l.virtualxid,
       a.usename, a.application_name, a.state,
       CASE WHEN a.query_start IS NOT NULL
            THEN greatest(0, extract(epoch FROM now() - a.query_start) * 1000)::bigint END AS query_ms,
       a.query
  FROM pg_locks l
  LEFT JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE l.pid IS DISTINCT FROM pg_backend_pid()
 ORDER BY l.granted, a.query_start NULLS LAST, l.pid
)SQL";

QDateTime fromMs(const QString &text)
{
    if (text.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(text.toLongLong(), Qt::UTC);
}

qint64 msOrUnset(const QString &text)
{
    return text.isNull() ? -1 : text.toLongLong();
}

// Column indexes looked up once per result.
struct Columns
{
    explicit Columns(const PgResultSet &set)
        : m_set(set)
    { }
    int operator()(const char *name) const { return m_set.column(QLatin1String(name)); }
    const PgResultSet &m_set;
};

QString value(const QStringList &row, int index)
{
    return index >= 0 && index < row.size() ? row.at(index) : QString();
}

} // namespace

QList<int> parseIntArray(const QString &text)
{
    QList<int> values;
    QStringView view(text);
    if (view.startsWith(u'{'))
        view = view.mid(1);
    if (view.endsWith(u'}'))
        view.chop(1);
    if (view.isEmpty())
        return values;
    for (QStringView part : view.split(u',')) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (ok)
            values.append(v);
    }
    return values;
}

QString sessionsSql()
{
    return QString::fromLatin1(sessionsQuery).trimmed();
}

QString locksSql()
{
    return QString::fromLatin1(locksQuery).trimmed();
}

QString snapshotSql(bool withLocks)
{
    QString sql
        = QString::fromLatin1(headerSql).trimmed() + QStringLiteral(";\n") + sessionsSql() + QStringLiteral(";\n");
    if (withLocks)
        sql += locksSql() + QStringLiteral(";\n");
    return sql;
}

QList<SessionInfo> parseSessions(const PgResultSet &set)
{
    const Columns col(set);
    const int pid = col("pid"), user = col("usename"), app = col("application_name"), addr = col("client_addr"),
              port = col("client_port"), db = col("datname"), type = col("backend_type"), state = col("state"),
              waitType = col("wait_event_type"), wait = col("wait_event"), backendStart = col("backend_start_ms"),
              xactStart = col("xact_start_ms"), queryStart = col("query_start_ms"),
              stateChange = col("state_change_ms"), xactMs = col("xact_ms"), queryMs = col("query_ms"),
              blockedBy = col("blocked_by"), own = col("own"), query = col("query");
    QList<SessionInfo> sessions;
    sessions.reserve(set.rows.size());
    for (const QStringList &row : set.rows) {
        SessionInfo s;
        s.pid = value(row, pid).toInt();
        s.user = value(row, user);
        s.application = value(row, app);
        s.clientAddress = value(row, addr);
        const QString portText = value(row, port);
        s.clientPort = portText.isNull() ? -1 : portText.toInt();
        s.database = value(row, db);
        s.backendType = value(row, type);
        s.state = value(row, state);
        s.waitEventType = value(row, waitType);
        s.waitEvent = value(row, wait);
        s.backendStart = fromMs(value(row, backendStart));
        s.transactionStart = fromMs(value(row, xactStart));
        s.queryStart = fromMs(value(row, queryStart));
        s.stateChange = fromMs(value(row, stateChange));
        s.transactionMs = msOrUnset(value(row, xactMs));
        s.queryMs = msOrUnset(value(row, queryMs));
        s.blockedBy = parseIntArray(value(row, blockedBy));
        s.own = value(row, own) == QLatin1String("t");
        s.query = value(row, query);
        sessions.append(std::move(s));
    }
    return sessions;
}

QList<LockInfo> parseLocks(const PgResultSet &set)
{
    const Columns col(set);
    const int key = col("key"), pid = col("pid"), type = col("locktype"), mode = col("mode"), granted = col("granted"),
              relation = col("relation"), xid = col("transactionid"), vxid = col("virtualxid"), user = col("usename"),
              app = col("application_name"), state = col("state"), queryMs = col("query_ms"), query = col("query");
    QList<LockInfo> locks;
    locks.reserve(set.rows.size());
    QHash<QString, int> seen;
    for (const QStringList &row : set.rows) {
        LockInfo l;
        l.key = value(row, key);
        // Two rows with the same key (fast-path and main table during a transfer) stay distinct.
        const int n = seen[l.key]++;
        if (n > 0)
            l.key += QStringLiteral("#%1").arg(n);
        l.pid = value(row, pid).toInt();
        l.lockType = value(row, type);
        l.mode = value(row, mode);
        l.granted = value(row, granted) == QLatin1String("t");
        l.relation = value(row, relation);
        l.transactionId = value(row, xid);
        l.virtualXid = value(row, vxid);
        l.user = value(row, user);
        l.application = value(row, app);
        l.state = value(row, state);
        l.queryMs = msOrUnset(value(row, queryMs));
        l.query = value(row, query);
        locks.append(std::move(l));
    }
    return locks;
}

bool parseSnapshot(const PgSessionResult &result, bool withLocks, ActivitySnapshot *snapshot, QString *error)
{
    const int expected = withLocks ? 3 : 2;
    if (result.sets.size() != expected || result.sets.constFirst().rows.size() != 1) {
        if (error)
            *error = QCoreApplication::translate("hpg::ActivityQueries",
                                                 "The server answered the activity query in an unexpected shape.");
        return false;
    }
    const PgResultSet &header = result.sets.at(0);
    const QStringList &row = header.rows.constFirst();
    snapshot->serverTime = fromMs(value(row, header.column(QStringLiteral("now_ms"))));
    snapshot->ownPid = value(row, header.column(QStringLiteral("own_pid"))).toInt();
    snapshot->maxConnections = value(row, header.column(QStringLiteral("max_connections"))).toInt();
    snapshot->clientConnections = value(row, header.column(QStringLiteral("client_connections"))).toInt();
    snapshot->database = value(row, header.column(QStringLiteral("database")));
    snapshot->sessions = parseSessions(result.sets.at(1));
    snapshot->hasLocks = withLocks;
    snapshot->locks = withLocks ? parseLocks(result.sets.at(2)) : QList<LockInfo>();
    snapshot->queryMs = result.elapsedMs;
    return true;
}

QString signalSql(BackendSignalResult::Action action, int serverVersion)
{
    QString call;
    if (action == BackendSignalResult::Action::Cancel)
        call = QStringLiteral("pg_cancel_backend($1::int)");
    else if (serverVersion >= 140000)
        call = QStringLiteral("pg_terminate_backend($1::int, 5000::bigint)"); // waits until it has ended
    else
        call = QStringLiteral("pg_terminate_backend($1::int)");
    // Auxiliary processes (checkpointer, …) are listed but cannot be signalled.
    return QStringLiteral(
               "WITH target AS (SELECT count(*) > 0 AS existed FROM pg_stat_activity WHERE pid = $1::int\n"
               "  AND (backend_type IS NULL -- another role's session: the server decides\n"
               "       OR backend_type NOT IN ('checkpointer', 'background writer', 'walwriter', 'archiver',\n"
               "                               'startup', 'walreceiver')))\n"
               "SELECT existed, CASE WHEN existed THEN %1 ELSE false END AS signalled FROM target")
        .arg(call);
}

BackendSignalResult parseSignal(BackendSignalResult::Action action, int pid, int serverVersion,
                                const PgSessionResult &result)
{
    BackendSignalResult outcome;
    outcome.action = action;
    outcome.pid = pid;
    if (!result.ok()) {
        outcome.error = result.error;
        return outcome;
    }
    const PgResultSet &set = result.first();
    if (set.rows.isEmpty())
        return outcome;
    const bool existed = value(set.rows.constFirst(), set.column(QStringLiteral("existed"))) == QLatin1String("t");
    const bool returned = value(set.rows.constFirst(), set.column(QStringLiteral("signalled"))) == QLatin1String("t");
    if (action == BackendSignalResult::Action::Terminate && serverVersion >= 140000) {
        // With a timeout, false means "signalled but not ended yet" when the backend existed.
        outcome.signalled = existed;
        outcome.ended = existed && returned;
    } else {
        outcome.signalled = existed && returned;
    }
    return outcome;
}

} // namespace hpg::ActivityQueries
