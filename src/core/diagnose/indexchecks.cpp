// The checks over pg_statio_* and pg_stat_user_indexes: table and index cache hit ratios,
// unused indexes and duplicate indexes.
#include "core/settings/languagemanager.h"
#include "diagnosechecks.h"
#include "diagnoserows.h"

namespace hpg {

namespace {

const char *const tableHitSql = R"SQL(
SELECT coalesce(sum(heap_blks_hit), 0)::bigint AS hits, coalesce(sum(heap_blks_read), 0)::bigint AS reads,
       round(coalesce(sum(heap_blks_hit) / nullif(sum(heap_blks_hit) + sum(heap_blks_read), 0), 1), 4) AS ratio
  FROM pg_statio_user_tables
)SQL";

const char *const indexHitSql = R"SQL(
SELECT coalesce(sum(idx_blks_hit), 0)::bigint AS hits, coalesce(sum(idx_blks_read), 0)::bigint AS reads,
       round(coalesce(sum(idx_blks_hit) / nullif(sum(idx_blks_hit) + sum(idx_blks_read), 0), 1), 4) AS ratio
  FROM pg_statio_user_indexes
)SQL";

// As pg-extras' unused_indexes: not unique, not a primary key, at least 1 MB, scanned fewer than 50 times.
const char *const unusedIndexesSql = R"SQL(
SELECT s.schemaname AS schema, s.relname AS table, s.indexrelname AS index, s.idx_scan AS scans,
       pg_relation_size(s.indexrelid) AS bytes, pg_size_pretty(pg_relation_size(s.indexrelid)) AS size
  FROM pg_stat_user_indexes s
  JOIN pg_index i ON i.indexrelid = s.indexrelid
 WHERE NOT i.indisunique AND NOT i.indisprimary AND s.idx_scan < 50
   AND pg_relation_size(s.indexrelid) >= 1048576
 ORDER BY pg_relation_size(s.indexrelid) DESC
)SQL";

// Same table, columns, operator classes, expressions and predicate.
const char *const duplicateIndexesSql = R"SQL(
SELECT n.nspname AS schema, t.relname AS table,
       string_agg(c.relname, ', ' ORDER BY c.relname) AS indexes,
       sum(pg_relation_size(i.indexrelid))::bigint AS bytes,
       pg_size_pretty(sum(pg_relation_size(i.indexrelid))::bigint) AS size
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
 GROUP BY n.nspname, t.relname, i.indrelid, i.indkey::text, i.indclass::text,
          coalesce(pg_get_expr(i.indexprs, i.indrelid), ''), coalesce(pg_get_expr(i.indpred, i.indrelid), '')
HAVING count(*) > 1
 ORDER BY bytes DESC
)SQL";

// Below this many block accesses a ratio says little (a new or idle database).
constexpr double minimumAccesses = 50000;

QString trimmed(const char *sql)
{
    return QString::fromLatin1(sql).trimmed();
}

void judgeHitRatio(DiagnoseFinding &finding)
{
    const double hits = DiagnoseRows::number(finding.rows, 0, "hits");
    const double reads = DiagnoseRows::number(finding.rows, 0, "reads");
    const double ratio = hits + reads > 0 ? hits / (hits + reads) : 1;
    finding.facts = { { QStringLiteral("ratio"), ratio }, { QStringLiteral("accesses"), hits + reads } };
    if (hits + reads < minimumAccesses)
        finding.status = DiagnoseStatus::Green;
    else
        finding.status = ratio < 0.95 ? DiagnoseStatus::Red
            : ratio < 0.99            ? DiagnoseStatus::Yellow
                                      : DiagnoseStatus::Green;
}

} // namespace

QList<DiagnoseCheck> IndexChecks::all()
{
    QList<DiagnoseCheck> checks;

    const auto hitThreshold = [] {
        return tr("Yellow below 99 %, red below 95 % (judged from 50,000 block reads on).");
    };
    const auto hitExplain = [](bool tables) {
        return [tables](const DiagnoseContext &, const DiagnoseFinding &f) {
            const QString ratio = DiagnoseRows::percent(f.facts.value(QStringLiteral("ratio")).toDouble());
            if (f.facts.value(QStringLiteral("accesses")).toDouble() < minimumAccesses)
                return tr("Too few blocks were read since the statistics were reset to judge the ratio (%1 %).")
                    .arg(ratio);
            if (f.status == DiagnoseStatus::Green)
                return tables ? tr("%1 % of table reads are served from memory.").arg(ratio)
                              : tr("%1 % of index reads are served from memory.").arg(ratio);
            return tables ? tr("Only %1 % of table reads are served from memory; the rest wait for the disk. The "
                               "data that is used often no longer fits in the plan's memory: move to a plan with "
                               "more memory, or read less (indexes instead of sequential scans, archive old rows).")
                                .arg(ratio)
                          : tr("Only %1 % of index reads are served from memory; the rest wait for the disk. Drop "
                               "unused indexes, or move to a plan with more memory.")
                                .arg(ratio);
        };
    };

    DiagnoseCheck tableHit;
    tableHit.id = QStringLiteral("table_cache_hit");
    tableHit.title = [] {
        return tr("Table cache hit ratio");
    };
    tableHit.threshold = hitThreshold;
    tableHit.sql = [](const DiagnoseContext &) {
        return trimmed(tableHitSql);
    };
    tableHit.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        judgeHitRatio(finding);
    };
    tableHit.explain = hitExplain(true);
    checks.append(tableHit);

    DiagnoseCheck indexHit = tableHit;
    indexHit.id = QStringLiteral("index_cache_hit");
    indexHit.title = [] {
        return tr("Index cache hit ratio");
    };
    indexHit.sql = [](const DiagnoseContext &) {
        return trimmed(indexHitSql);
    };
    indexHit.explain = hitExplain(false);
    checks.append(indexHit);

    DiagnoseCheck unused;
    unused.id = QStringLiteral("unused_indexes");
    unused.title = [] {
        return tr("Unused indexes");
    };
    unused.threshold = [] {
        return tr("Yellow for an index of 1 MB or more scanned fewer than 50 times, red when they take 1 GB or more.");
    };
    unused.sql = [](const DiagnoseContext &) {
        return trimmed(unusedIndexesSql);
    };
    unused.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        const double bytes = DiagnoseRows::sum(finding.rows, "bytes");
        finding.facts = { { QStringLiteral("count"), finding.rows.rows.size() }, { QStringLiteral("bytes"), bytes } };
        finding.status = finding.rows.rows.isEmpty() ? DiagnoseStatus::Green
            : bytes >= 1024.0 * 1024 * 1024          ? DiagnoseStatus::Red
                                                     : DiagnoseStatus::Yellow;
    };
    unused.explain = [](const DiagnoseContext &context, const DiagnoseFinding &f) {
        if (f.status == DiagnoseStatus::Green)
            return tr("Every index of 1 MB or more is used.");
        QString text = tr("%1 indexes (%2) are hardly ever used, yet every write updates them and they take "
                          "memory. Check that the app and any followers really do not need them, then drop them "
                          "with DROP INDEX CONCURRENTLY.")
                           .arg(f.facts.value(QStringLiteral("count")).toInt())
                           .arg(DiagnoseRows::bytes(f.facts.value(QStringLiteral("bytes")).toDouble()));
        if (context.inRecovery)
            text = LanguageManager::joinSentences(
                { text, tr("On a follower these counts cover only the queries the follower served.") });
        return text;
    };
    checks.append(unused);

    DiagnoseCheck duplicate;
    duplicate.id = QStringLiteral("duplicate_indexes");
    duplicate.title = [] {
        return tr("Duplicate indexes");
    };
    duplicate.threshold = [] {
        return tr("Yellow when two indexes of a table have the same columns and definition.");
    };
    duplicate.sql = [](const DiagnoseContext &) {
        return trimmed(duplicateIndexesSql);
    };
    duplicate.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        DiagnoseRows::judgeList(finding);
    };
    duplicate.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        if (f.status == DiagnoseStatus::Green)
            return tr("No table has two identical indexes.");
        return tr("%1 groups of identical indexes were found. Only one of each group is needed; the others cost "
                  "space and slow every write. Keep the one a constraint uses and drop the rest with DROP INDEX "
                  "CONCURRENTLY.")
            .arg(f.facts.value(QStringLiteral("count")).toInt());
    };
    checks.append(duplicate);
    return checks;
}

} // namespace hpg
