#include "diagnoseprobe.h"

namespace hpg::DiagnoseProbe {

namespace {

const char *const probeSql = R"SQL(
SELECT current_user AS "user", current_database() AS database,
       current_setting('server_version') AS version, current_setting('server_version_num')::int AS version_num,
       coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) AS superuser,
       pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS read_all_stats,
       pg_is_in_recovery() AS in_recovery,
       current_setting('max_connections')::int AS max_connections,
       (SELECT count(*) FROM pg_stat_activity
         WHERE query = '<insufficient privilege>' AND usesysid IS NOT NULL)::int AS hidden_sessions,
       (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
           AND n.nspname NOT LIKE 'pg_toast%' AND NOT has_table_privilege(c.oid, 'SELECT'))::int AS unreadable_tables,
       (SELECT count(*) FROM pg_stat_replication)::int AS followers,
       (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
         WHERE e.extname = 'pg_stat_statements') AS statements_schema,
       pg_database_size(current_database()) AS database_bytes
)SQL";

} // namespace

QString sql()
{
    return QString::fromLatin1(probeSql).trimmed();
}

bool parse(const PgResultSet &set, DiagnoseContext *context)
{
    if (set.rows.size() != 1 || set.column(QStringLiteral("database_bytes")) < 0)
        return false;
    const QStringList &row = set.rows.constFirst();
    const auto text = [&](const char *name) {
        return row.value(set.column(QLatin1String(name)));
    };
    const auto flag = [&](const char *name) {
        return text(name) == QLatin1String("t");
    };
    context->user = text("user");
    context->database = text("database");
    context->serverVersion = text("version").section(QLatin1Char(' '), 0, 0);
    context->serverVersionNum = text("version_num").toInt();
    context->superuser = flag("superuser");
    context->readAllStats = flag("read_all_stats");
    context->inRecovery = flag("in_recovery");
    context->maxConnections = text("max_connections").toInt();
    context->hiddenSessions = text("hidden_sessions").toInt();
    context->unreadableTables = text("unreadable_tables").toInt();
    context->followers = text("followers").toInt();
    context->statementsSchema = text("statements_schema");
    context->databaseBytes = text("database_bytes").toLongLong();
    return true;
}

} // namespace hpg::DiagnoseProbe
