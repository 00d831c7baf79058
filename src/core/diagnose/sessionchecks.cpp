// The checks over pg_stat_activity: connections against the plan's limit, long-running
// queries, sessions idle in a transaction, and sessions blocked by another one's locks.
#include "diagnosechecks.h"
#include "diagnoserows.h"

namespace hpg {

namespace {

// Sessions this credential cannot see show "<insufficient privilege>" as their query.
const char *const connectionsSql = R"SQL(
SELECT coalesce(usename, '') AS role, coalesce(application_name, '') AS application,
       coalesce(state, '') AS state, count(*)::int AS connections
  FROM pg_stat_activity
 WHERE backend_type = 'client backend'
    OR (query = '<insufficient privilege>' AND usesysid IS NOT NULL)
 GROUP BY 1, 2, 3
 ORDER BY 4 DESC, 1, 2, 3
)SQL";

const char *const longRunningSql = R"SQL(
SELECT pid, usename AS role, application_name AS application,
       round(extract(epoch FROM now() - query_start))::bigint AS seconds,
       wait_event_type, left(query, 300) AS query
  FROM pg_stat_activity
 WHERE state IN ('active', 'fastpath function call') AND backend_type = 'client backend'
   AND pid <> pg_backend_pid() AND now() - query_start >= interval '1 minute'
 ORDER BY query_start
)SQL";

const char *const idleInTransactionSql = R"SQL(
SELECT pid, usename AS role, application_name AS application, state,
       round(extract(epoch FROM now() - state_change))::bigint AS seconds,
       round(extract(epoch FROM now() - xact_start))::bigint AS transaction_seconds,
       left(query, 300) AS last_query
  FROM pg_stat_activity
 WHERE state IN ('idle in transaction', 'idle in transaction (aborted)') AND backend_type = 'client backend'
   AND now() - state_change >= interval '30 seconds'
 ORDER BY state_change
)SQL";

const char *const blockingSql = R"SQL(
SELECT blocked.pid AS blocked_pid, blocked.usename AS blocked_role,
       round(extract(epoch FROM now() - blocked.query_start))::bigint AS seconds,
       blocking.pid AS blocking_pid, blocking.usename AS blocking_role, blocking.state AS blocking_state,
       left(blocked.query, 200) AS blocked_query, left(blocking.query, 200) AS blocking_query
  FROM pg_stat_activity blocked
  JOIN LATERAL unnest(pg_blocking_pids(blocked.pid)) AS b(pid) ON true
  JOIN pg_stat_activity blocking ON blocking.pid = b.pid
 WHERE blocked.wait_event_type = 'Lock' AND now() - blocked.query_start >= interval '5 seconds'
 ORDER BY seconds DESC
)SQL";

QString trimmed(const char *sql)
{
    return QString::fromLatin1(sql).trimmed();
}

// A check that lists sessions with their "seconds": yellow for any, red from `redSeconds`; its
// texts get the count and the longest. Sessions of other roles may be hidden from the credential.
DiagnoseCheck sessionList(const char *id, const char *sql, double redSeconds, std::function<QString()> title,
                          std::function<QString()> threshold, std::function<QString()> green,
                          std::function<QString(int count, qint64 longest)> problem)
{
    DiagnoseCheck check;
    check.id = QLatin1String(id);
    check.title = std::move(title);
    check.threshold = std::move(threshold);
    check.sql = [sql](const DiagnoseContext &) {
        return trimmed(sql);
    };
    check.judge = [redSeconds](const DiagnoseContext &, DiagnoseFinding &finding) {
        const double longest = DiagnoseRows::maximum(finding.rows, "seconds");
        DiagnoseRows::judgeList(finding, longest >= redSeconds ? DiagnoseStatus::Red : DiagnoseStatus::Yellow);
        finding.facts.insert(QStringLiteral("longest"), longest);
    };
    check.explain = [green, problem](const DiagnoseContext &, const DiagnoseFinding &f) {
        if (f.status == DiagnoseStatus::Green)
            return green();
        return problem(f.facts.value(QStringLiteral("count")).toInt(),
                       f.facts.value(QStringLiteral("longest")).toLongLong());
    };
    check.limitation = &SessionChecks::hiddenSessions;
    return check;
}

} // namespace

QString SessionChecks::hiddenSessions(const DiagnoseContext &context)
{
    if (context.readAllStats || context.hiddenSessions <= 0)
        return {};
    return tr("This credential cannot see what %1 sessions of other roles are doing; they are left out. "
              "The default credential of a production plan (pg_monitor) sees them all.")
        .arg(context.hiddenSessions);
}

QList<DiagnoseCheck> SessionChecks::all()
{
    QList<DiagnoseCheck> checks;

    DiagnoseCheck connections;
    connections.id = QStringLiteral("connections");
    connections.title = [] {
        return tr("Connections against the plan's limit");
    };
    connections.threshold = [] {
        return tr("Yellow from 70 % of the limit, red from 90 %.");
    };
    connections.sql = [](const DiagnoseContext &) {
        return trimmed(connectionsSql);
    };
    connections.judge = [](const DiagnoseContext &context, DiagnoseFinding &finding) {
        const double used = DiagnoseRows::sum(finding.rows, "connections");
        const int limit = context.effectiveConnectionLimit();
        const double ratio = limit > 0 ? used / limit : 0;
        finding.facts = { { QStringLiteral("used"), used }, { QStringLiteral("limit"), limit } };
        finding.status = ratio >= 0.9 ? DiagnoseStatus::Red
            : ratio >= 0.7            ? DiagnoseStatus::Yellow
                                      : DiagnoseStatus::Green;
    };
    connections.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        const int used = f.facts.value(QStringLiteral("used")).toInt();
        const int limit = f.facts.value(QStringLiteral("limit")).toInt();
        if (f.status == DiagnoseStatus::Green)
            return tr("%1 of %2 connections are in use; there is room.").arg(used).arg(limit);
        return tr("%1 of %2 connections are in use. When the limit is reached, new connections are refused and "
                  "the app fails. Use a connection pool (pgbouncer or Heroku's connection pooling), lower each "
                  "dyno's pool size, or move to a plan with more connections.")
            .arg(used)
            .arg(limit);
    };
    connections.limitation = &SessionChecks::hiddenSessions;
    checks.append(connections);

    checks.append(sessionList(
        "long_running_queries", longRunningSql, 300, [] { return tr("Long-running queries"); },
        [] { return tr("Yellow for a query running 1 min or more, red from 5 min."); },
        [] { return tr("No query has been running for a minute or more."); },
        [](int count, qint64 longest) {
            return tr("%1 queries have been running for a minute or more (the longest for %2 s). Long queries hold "
                      "locks and old snapshots, which keeps vacuum from cleaning up. Find them in the Sessions tab; "
                      "cancel them, add the index they need, or set a statement_timeout.")
                .arg(count)
                .arg(longest);
        }));
    checks.append(sessionList(
        "idle_in_transaction", idleInTransactionSql, 60, [] { return tr("Idle in transaction"); },
        [] { return tr("Yellow for a session idle in a transaction for 30 s or more, red from 1 min."); },
        [] { return tr("No session has been idle in an open transaction for 30 s or more."); },
        [](int count, qint64 longest) {
            return tr("%1 sessions opened a transaction and then did nothing (the longest for %2 s). They hold "
                      "their locks and keep vacuum from removing dead rows, so tables bloat. Fix the app so that it "
                      "commits or rolls back, terminate the sessions in the Sessions tab, or set "
                      "idle_in_transaction_session_timeout.")
                .arg(count)
                .arg(longest);
        }));
    checks.append(sessionList(
        "blocking", blockingSql, 60, [] { return tr("Blocked queries"); },
        [] { return tr("Yellow for a query waiting 5 s or more for another session's lock, red from 1 min."); },
        [] { return tr("No query has been waiting for another session's lock for 5 s or more."); },
        [](int count, qint64 longest) {
            return tr("%1 queries wait for locks held by other sessions (the longest for %2 s). Look at the "
                      "blocking session in the Sessions tab: end its transaction or terminate it, and keep "
                      "transactions that take strong locks (migrations, ALTER TABLE) short.")
                .arg(count)
                .arg(longest);
        }));
    return checks;
}

} // namespace hpg
