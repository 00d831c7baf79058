// The checks over tables: bloat estimate, sequential scans, dead tuples, vacuum and analyze,
// transaction-ID wraparound and sizes.
#include "diagnosechecks.h"
#include "diagnoserows.h"

namespace hpg {

namespace {

// An estimate from the planner's statistics (pg_stats, so only tables this credential may read
// and that were analyzed), as pg-extras' bloat: the pages the live rows need against the pages
// the relation has. Tables: 24-byte tuple header and 4-byte line pointer per row; b-tree indexes:
// 8-byte index tuple header, 4-byte line pointer, pages filled to 90 %.
const char *const bloatSql = R"SQL(
WITH widths AS (
  SELECT schemaname, tablename, attname, (1 - null_frac) * avg_width AS width
    FROM pg_stats WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
), tables AS (
  SELECT 'table' AS kind, n.nspname AS schema, c.relname AS table, c.relname AS object, c.relpages::bigint AS pages,
         ceil(c.reltuples * (24 + 4 + sum(w.width)) / (current_setting('block_size')::int - 24))::bigint AS expected
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN widths w ON w.schemaname = n.nspname AND w.tablename = c.relname
   WHERE c.relkind = 'r' AND c.reltuples > 0
   GROUP BY n.nspname, c.relname, c.relpages, c.reltuples
), indexes AS (
  SELECT 'index' AS kind, n.nspname AS schema, t.relname AS table, ci.relname AS object, ci.relpages::bigint AS pages,
         (1 + ceil(ci.reltuples * (8 + 4 + sum(w.width)) / ((current_setting('block_size')::int - 40) * 0.9)))::bigint
             AS expected
    FROM pg_index i
    JOIN pg_class ci ON ci.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = ci.relam AND am.amname = 'btree'
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (i.indkey)
    JOIN widths w ON w.schemaname = n.nspname AND w.tablename = t.relname AND w.attname = a.attname
   WHERE ci.reltuples > 0 AND i.indexprs IS NULL
   GROUP BY n.nspname, t.relname, ci.relname, ci.relpages, ci.reltuples
)
SELECT kind, schema, "table", object, pages, expected,
       round(pages::numeric / greatest(expected, 1), 1) AS ratio,
       ((pages - expected) * current_setting('block_size')::int)::bigint AS wasted_bytes,
       pg_size_pretty(((pages - expected) * current_setting('block_size')::int)::bigint) AS wasted
  FROM (SELECT * FROM tables UNION ALL SELECT * FROM indexes) r
 WHERE pages > expected
 ORDER BY wasted_bytes DESC
 LIMIT 50
)SQL";

const char *const seqScansSql = R"SQL(
SELECT schemaname AS schema, relname AS table, seq_scan, seq_tup_read, coalesce(idx_scan, 0) AS idx_scan,
       n_live_tup AS rows, pg_size_pretty(pg_relation_size(relid)) AS size
  FROM pg_stat_user_tables
 WHERE n_live_tup >= 10000 AND seq_scan >= 20 AND seq_scan > coalesce(idx_scan, 0)
 ORDER BY seq_tup_read DESC
 LIMIT 50
)SQL";

// Over autovacuum's default trigger (50 rows + 20 % of the table) and at least 1,000 rows.
const char *const deadTuplesSql = R"SQL(
SELECT schemaname AS schema, relname AS table, n_live_tup AS live, n_dead_tup AS dead,
       round(n_dead_tup::numeric / greatest(n_live_tup, 1), 2) AS dead_per_live,
       greatest(last_vacuum, last_autovacuum) AS last_vacuumed
  FROM pg_stat_user_tables
 WHERE n_dead_tup >= 1000 AND n_dead_tup > 50 + 0.2 * n_live_tup
 ORDER BY n_dead_tup DESC
 LIMIT 50
)SQL";

const char *const vacuumSql = R"SQL(
SELECT s.schemaname AS schema, s.relname AS table, s.n_live_tup AS rows,
       coalesce(c.reloptions::text, '') AS options,
       greatest(s.last_vacuum, s.last_autovacuum) AS last_vacuumed,
       greatest(s.last_analyze, s.last_autoanalyze) AS last_analyzed, s.n_mod_since_analyze AS changed_since_analyze
  FROM pg_stat_user_tables s
  JOIN pg_class c ON c.oid = s.relid
 WHERE 'autovacuum_enabled=false' = ANY (coalesce(c.reloptions, '{}'))
    OR (s.n_live_tup >= 10000 AND s.last_analyze IS NULL AND s.last_autoanalyze IS NULL)
 ORDER BY s.n_live_tup DESC
 LIMIT 50
)SQL";

const char *const wraparoundSql = R"SQL(
SELECT 'database' AS kind, datname AS name, age(datfrozenxid)::bigint AS xid_age, mxid_age(datminmxid)::bigint AS mxid_age
  FROM pg_database WHERE datname = current_database()
UNION ALL
(SELECT 'table', c.oid::regclass::text, age(c.relfrozenxid)::bigint, mxid_age(c.relminmxid)::bigint
   FROM pg_class c
  WHERE c.relkind IN ('r', 'm', 't') AND c.relfrozenxid <> '0'
  ORDER BY age(c.relfrozenxid) DESC
  LIMIT 5)
)SQL";

const char *const sizesSql = R"SQL(
SELECT n.nspname AS schema, c.relname AS table,
       pg_total_relation_size(c.oid) AS total_bytes,
       pg_size_pretty(pg_total_relation_size(c.oid)) AS total,
       pg_size_pretty(pg_relation_size(c.oid)) AS table_size,
       pg_size_pretty(pg_indexes_size(c.oid)) AS index_size,
       c.reltuples::bigint AS estimated_rows
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'm', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg_toast%'
 ORDER BY pg_total_relation_size(c.oid) DESC
 LIMIT 20
)SQL";

QString trimmed(const char *sql)
{
    return QString::fromLatin1(sql).trimmed();
}

constexpr double tenMegabytes = 10.0 * 1024 * 1024;

} // namespace

QList<DiagnoseCheck> TableChecks::all()
{
    QList<DiagnoseCheck> checks;

    DiagnoseCheck bloat;
    bloat.id = QStringLiteral("bloat");
    bloat.title = [] {
        return tr("Table and index bloat (estimate)");
    };
    bloat.threshold = [] {
        return tr("For tables and indexes wasting 10 MB or more: yellow from twice the size they need, red from "
                  "five times.");
    };
    bloat.sql = [](const DiagnoseContext &) {
        return trimmed(bloatSql);
    };
    bloat.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        double worst = 0;
        int count = 0;
        for (int row = 0; row < finding.rows.rows.size(); ++row) {
            if (DiagnoseRows::number(finding.rows, row, "wasted_bytes") < tenMegabytes)
                continue;
            const double ratio = DiagnoseRows::number(finding.rows, row, "ratio");
            if (ratio >= 2)
                ++count;
            worst = qMax(worst, ratio);
        }
        finding.facts = { { QStringLiteral("count"), count },
                          { QStringLiteral("worst"), worst },
                          { QStringLiteral("wasted"), DiagnoseRows::sum(finding.rows, "wasted_bytes") } };
        finding.status = worst >= 5 ? DiagnoseStatus::Red : worst >= 2 ? DiagnoseStatus::Yellow : DiagnoseStatus::Green;
    };
    bloat.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        if (f.status == DiagnoseStatus::Green)
            return tr("No table or index wastes much space.");
        return tr("%1 tables or indexes take far more space than their rows need (up to %2 times; about %3 "
                  "wasted in all). Dead rows were left behind by updates and deletes that vacuum could not keep up "
                  "with. Make sure autovacuum runs (no long transactions), then rebuild the worst ones: REINDEX "
                  "INDEX CONCURRENTLY for indexes, pg_repack or VACUUM FULL (which locks the table) for tables.")
            .arg(f.facts.value(QStringLiteral("count")).toInt())
            .arg(QLocale().toString(f.facts.value(QStringLiteral("worst")).toDouble(), 'f', 1))
            .arg(DiagnoseRows::bytes(f.facts.value(QStringLiteral("wasted")).toDouble()));
    };
    bloat.limitation = [](const DiagnoseContext &context) {
        if (context.unreadableTables <= 0)
            return QString();
        return tr("This credential may not read %1 tables, so their statistics are hidden and they are not "
                  "estimated.")
            .arg(context.unreadableTables);
    };
    checks.append(bloat);

    DiagnoseCheck seq;
    seq.id = QStringLiteral("sequential_scans");
    seq.title = [] {
        return tr("Sequential scans on large tables");
    };
    seq.threshold = [] {
        return tr("Yellow for a table of 10,000 rows or more read by 20 or more sequential scans and by fewer "
                  "index scans; red from 1,000,000 rows.");
    };
    seq.sql = [](const DiagnoseContext &) {
        return trimmed(seqScansSql);
    };
    seq.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        DiagnoseRows::judgeList(finding,
                                DiagnoseRows::maximum(finding.rows, "rows") >= 1000000 ? DiagnoseStatus::Red
                                                                                       : DiagnoseStatus::Yellow);
    };
    seq.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        if (f.status == DiagnoseStatus::Green)
            return tr("No large table is read mostly by sequential scans.");
        return tr("%1 large tables are read mostly by sequential scans, which read every row each time. Find the "
                  "queries (see the outliers below, or EXPLAIN) and add the index their WHERE clause needs.")
            .arg(f.facts.value(QStringLiteral("count")).toInt());
    };
    checks.append(seq);

    DiagnoseCheck dead;
    dead.id = QStringLiteral("dead_tuples");
    dead.title = [] {
        return tr("Dead rows");
    };
    dead.threshold = [] {
        return tr("Yellow for a table with more dead rows than autovacuum's trigger (50 + 20 % of its rows), red "
                  "when it has more dead rows than live ones and 10,000 or more.");
    };
    dead.sql = [](const DiagnoseContext &) {
        return trimmed(deadTuplesSql);
    };
    dead.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        bool red = false;
        for (int row = 0; row < finding.rows.rows.size(); ++row) {
            const double deadRows = DiagnoseRows::number(finding.rows, row, "dead");
            red = red || (deadRows >= 10000 && deadRows > DiagnoseRows::number(finding.rows, row, "live"));
        }
        finding.facts = { { QStringLiteral("count"), finding.rows.rows.size() },
                          { QStringLiteral("dead"), DiagnoseRows::sum(finding.rows, "dead") } };
        finding.status = finding.rows.rows.isEmpty() ? DiagnoseStatus::Green
            : red                                    ? DiagnoseStatus::Red
                                                     : DiagnoseStatus::Yellow;
    };
    dead.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        if (f.status == DiagnoseStatus::Green)
            return tr("Autovacuum keeps up: no table holds many dead rows.");
        return tr("%1 tables hold %2 dead rows that vacuum has not removed. They slow down scans and make the "
                  "tables grow. Look for long transactions (idle in transaction) that keep vacuum from removing "
                  "them and for tables with autovacuum turned off; then run VACUUM (ANALYZE) on the tables.")
            .arg(f.facts.value(QStringLiteral("count")).toInt())
            .arg(QLocale().toString(f.facts.value(QStringLiteral("dead")).toLongLong()));
    };
    checks.append(dead);

    DiagnoseCheck vacuum;
    vacuum.id = QStringLiteral("vacuum_analyze");
    vacuum.title = [] {
        return tr("Vacuum and analyze");
    };
    vacuum.threshold = [] {
        return tr("Yellow for a table with autovacuum turned off, or of 10,000 rows or more that was never "
                  "analyzed.");
    };
    vacuum.sql = [](const DiagnoseContext &) {
        return trimmed(vacuumSql);
    };
    vacuum.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        DiagnoseRows::judgeList(finding);
    };
    vacuum.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        if (f.status == DiagnoseStatus::Green)
            return tr("Autovacuum is on for every table and large tables have statistics.");
        return tr("%1 tables have autovacuum turned off or were never analyzed. Without vacuum, dead rows pile up "
                  "and transaction IDs are not frozen; without statistics the planner guesses. Turn autovacuum back "
                  "on (ALTER TABLE … RESET (autovacuum_enabled)) and run ANALYZE.")
            .arg(f.facts.value(QStringLiteral("count")).toInt());
    };
    checks.append(vacuum);

    DiagnoseCheck wraparound;
    wraparound.id = QStringLiteral("xid_wraparound");
    wraparound.title = [] {
        return tr("Transaction ID wraparound");
    };
    wraparound.threshold = [] {
        return tr("Yellow from an age of 500 million transactions, red from 1.5 billion (writes stop near 2.1 "
                  "billion).");
    };
    wraparound.sql = [](const DiagnoseContext &) {
        return trimmed(wraparoundSql);
    };
    wraparound.judge = [](const DiagnoseContext &, DiagnoseFinding &finding) {
        const double age
            = qMax(DiagnoseRows::maximum(finding.rows, "xid_age"), DiagnoseRows::maximum(finding.rows, "mxid_age"));
        finding.facts = { { QStringLiteral("age"), age } };
        finding.status = age >= 1.5e9 ? DiagnoseStatus::Red
            : age >= 5e8              ? DiagnoseStatus::Yellow
                                      : DiagnoseStatus::Green;
    };
    wraparound.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        const QString age = QLocale().toString(f.facts.value(QStringLiteral("age")).toLongLong());
        if (f.status == DiagnoseStatus::Green)
            return tr("The oldest unfrozen transaction ID is %1 transactions old; far from wraparound.").arg(age);
        return tr("The oldest unfrozen transaction ID is %1 transactions old. Near 2.1 billion PostgreSQL stops "
                  "accepting writes to protect the data. Find what keeps autovacuum from freezing (long "
                  "transactions, autovacuum turned off) and run VACUUM (FREEZE) on the oldest tables.")
            .arg(age);
    };
    checks.append(wraparound);

    DiagnoseCheck sizes;
    sizes.id = QStringLiteral("sizes");
    sizes.title = [] {
        return tr("Table and index sizes");
    };
    sizes.threshold = [] {
        return tr("For information: the 20 largest tables with their indexes.");
    };
    sizes.sql = [](const DiagnoseContext &) {
        return trimmed(sizesSql);
    };
    sizes.judge = [](const DiagnoseContext &context, DiagnoseFinding &finding) {
        finding.facts = { { QStringLiteral("database"), context.databaseBytes },
                          { QStringLiteral("largest"), DiagnoseRows::maximum(finding.rows, "total_bytes") } };
        finding.status = DiagnoseStatus::Green;
    };
    sizes.explain = [](const DiagnoseContext &, const DiagnoseFinding &f) {
        return tr("The database takes %1; its largest table takes %2 with its indexes and TOAST data.")
            .arg(DiagnoseRows::bytes(f.facts.value(QStringLiteral("database")).toDouble()),
                 DiagnoseRows::bytes(f.facts.value(QStringLiteral("largest")).toDouble()));
    };
    checks.append(sizes);
    return checks;
}

} // namespace hpg
