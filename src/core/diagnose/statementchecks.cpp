// The checks over pg_stat_statements (outliers and most-called statements, like pg:outliers and
// pg-extras' calls) and over replication (follower lag).
#include "diagnosechecks.h"
#include "diagnoserows.h"

namespace hpg {

namespace {

// %1: the schema's quoted name. total_exec_time from PostgreSQL 13 on (Heroku runs 14 and later).
const char *const outliersSql = R"SQL(
SELECT round(total_exec_time::numeric, 1) AS total_ms,
       round((100 * total_exec_time / nullif(sum(total_exec_time) OVER (), 0))::numeric, 1) AS percent,
       calls, round(mean_exec_time::numeric, 2) AS mean_ms, rows,
       left(regexp_replace(query, '\s+', ' ', 'g'), 300) AS query
  FROM %1.pg_stat_statements
 WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
 ORDER BY total_exec_time DESC
 LIMIT 10
)SQL";

const char *const callsSql = R"SQL(
SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 2) AS mean_ms,
       left(regexp_replace(query, '\s+', ' ', 'g'), 300) AS query
  FROM %1.pg_stat_statements
 WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
 ORDER BY calls DESC
 LIMIT 10
)SQL";

// On the primary: each follower's distance in bytes and time; NULL columns when the credential
// may not read them.
const char *const leaderLagSql = R"SQL(
SELECT application_name AS follower, state,
       pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint AS bytes,
       round(extract(epoch FROM replay_lag)::numeric, 1) AS seconds
  FROM pg_stat_replication
 ORDER BY application_name
)SQL";

// On a follower: WAL received but not replayed, and the age of the last replayed commit.
const char *const followerLagSql = R"SQL(
SELECT 'this follower' AS follower,
       pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::bigint AS bytes,
       round(extract(epoch FROM now() - pg_last_xact_replay_timestamp())::numeric, 1) AS seconds
)SQL";

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

constexpr double sixteenMegabytes = 16.0 * 1024 * 1024;
constexpr double oneGigabyte = 1024.0 * 1024 * 1024;

} // namespace

QList<DiagnoseCheck> StatementChecks::all()
{
    QList<DiagnoseCheck> checks;

    const auto needsExtension = [](const DiagnoseContext &context) {
        if (!context.statementsSchema.isEmpty())
            return QString();
        return tr("pg_stat_statements is not installed in this database. To see which statements take the most "
                  "time, run CREATE EXTENSION pg_stat_statements; as the default credential (heroku pg:psql), "
                  "then run the diagnosis again after the app has done some work.");
    };
    const auto ownStatementsOnly = [](const DiagnoseContext &context) {
        if (context.readAllStats || context.statementsSchema.isEmpty())
            return QString();
        return tr("This credential sees the text of its own statements only; the others show as "
                  "<insufficient privilege>.");
    };

    DiagnoseCheck outliers;
    outliers.id = QStringLiteral("outliers");
    outliers.title = [] {
        return tr("Statements that take the most time (outliers)");
    };
    outliers.threshold = [] {
        return tr("Yellow when one of the ten takes 1 s or more on average.");
    };
    outliers.cannotRun = needsExtension;
    outliers.sql = [](const DiagnoseContext &context) {
        return QString::fromLatin1(outliersSql).trimmed().arg(quoted(context.statementsSchema));
    };
    outliers.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        const double slowest = DiagnoseRows::maximum(finding.rows, "mean_ms");
        finding.facts = { { QStringLiteral("slowest"), slowest },
                          { QStringLiteral("top"), DiagnoseRows::number(finding.rows, 0, "percent") } };
        finding.status = slowest >= 1000 ? DiagnoseStatus::Yellow : DiagnoseStatus::Green;
    };
    outliers.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        const QString top = QLocale().toString(f.facts.value(QStringLiteral("top")).toDouble(), 'f', 1);
        if (f.status == DiagnoseStatus::Green)
            return tr("No frequent statement is slow on average; the first one takes %1 % of the time.").arg(top);
        return tr("A statement takes %1 ms on average. Run EXPLAIN (ANALYZE, BUFFERS) on it to see whether it "
                  "lacks an index or reads too much; the first statement takes %2 % of all the time spent.")
            .arg(QLocale().toString(f.facts.value(QStringLiteral("slowest")).toDouble(), 'f', 0), top);
    };
    outliers.limitation = ownStatementsOnly;
    checks.append(outliers);

    DiagnoseCheck calls;
    calls.id = QStringLiteral("most_called");
    calls.title = [] {
        return tr("Most-called statements");
    };
    calls.threshold = [] {
        return tr("For information: the ten statements called most often.");
    };
    calls.cannotRun = needsExtension;
    calls.sql = [](const DiagnoseContext &context) {
        return QString::fromLatin1(callsSql).trimmed().arg(quoted(context.statementsSchema));
    };
    calls.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        finding.facts = { { QStringLiteral("calls"), DiagnoseRows::number(finding.rows, 0, "calls") } };
        finding.status = DiagnoseStatus::Green;
    };
    calls.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        return tr("The most-called statement ran %1 times. A statement called far more often than expected often "
                  "means an N+1 query in the app.")
            .arg(QLocale().toString(f.facts.value(QStringLiteral("calls")).toLongLong()));
    };
    calls.limitation = ownStatementsOnly;
    checks.append(calls);

    DiagnoseCheck lag;
    lag.id = QStringLiteral("follower_lag");
    lag.title = [] {
        return tr("Follower lag");
    };
    lag.threshold = [] {
        return tr("Yellow from 16 MB of WAL or 1 min behind, red from 1 GB or 10 min.");
    };
    lag.cannotRun = [](const DiagnoseContext &context) {
        if (context.inRecovery)
            return QString();
        if (context.followers == 0)
            return tr("This database has no followers streaming from it.");
        if (!context.readAllStats)
            return tr("This credential may not read the followers' replication state (pg_stat_replication); "
                      "it needs pg_monitor, which the default credential of a production plan has.");
        return QString();
    };
    lag.sql = [](const DiagnoseContext &context) {
        return QString::fromLatin1(context.inRecovery ? followerLagSql : leaderLagSql).trimmed();
    };
    lag.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        const double bytes = DiagnoseRows::maximum(finding.rows, "bytes");
        // Time counts only while WAL waits: an idle leader's last commit may be old.
        const double seconds = bytes > 0 ? DiagnoseRows::maximum(finding.rows, "seconds") : 0;
        finding.facts = { { QStringLiteral("bytes"), bytes }, { QStringLiteral("seconds"), seconds } };
        finding.status = bytes >= oneGigabyte || seconds >= 600 ? DiagnoseStatus::Red
            : bytes >= sixteenMegabytes || seconds >= 60        ? DiagnoseStatus::Yellow
                                                                : DiagnoseStatus::Green;
    };
    lag.explain = [](const DiagnoseContext &context, const DiagnoseFinding &f) {
        const QString bytes = DiagnoseRows::bytes(f.facts.value(QStringLiteral("bytes")).toDouble());
        if (f.status == DiagnoseStatus::Green)
            return context.inRecovery ? tr("This follower is %1 behind its leader.").arg(bytes)
                                      : tr("The followers are at most %1 behind.").arg(bytes);
        return tr("A follower is %1 (%2 s) behind. Reads from it see old data, and a switch to it would wait for "
                  "it to catch up. Look for heavy writes (bulk loads, migrations) or long queries on the follower.")
            .arg(bytes)
            .arg(QLocale().toString(f.facts.value(QStringLiteral("seconds")).toDouble(), 'f', 0));
    };
    checks.append(lag);
    return checks;
}

} // namespace hpg
