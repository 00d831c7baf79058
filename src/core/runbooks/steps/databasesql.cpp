#include "databasesql.h"

#include "core/heroku/configvars.h"
#include "core/heroku/platformclient.h"
#include "core/pg/conninfo.h"
#include "core/runbooks/stepcontext.h"

#include <QFutureWatcher>

namespace hpg {

void DatabaseSql::withConfigVars(StepContext &ctx, const QString &app,
                                 const std::function<void(const QHash<QString, QString> &)> &next)
{
    ctx.watch(ctx.platform().configVars(app, ctx.owner()), [&ctx, next](const ApiResult &result) {
        if (!result.ok())
            ctx.fail(result.error);
        else
            next(ConfigVars::fromJson(result.object()));
    });
}

void DatabaseSql::query(StepContext &ctx, const QString &url, const QList<PgQuery::Statement> &statements,
                        const std::function<void(const PgQuery::Result &)> &next)
{
    QString error;
    const auto conn = ConnInfo::fromUrl(url, &error);
    if (!conn) {
        ctx.fail(error);
        return;
    }
    auto *watcher = new QFutureWatcher<PgQuery::Result>(ctx.owner());
    QObject::connect(watcher, &QFutureWatcher<PgQuery::Result>::finished, ctx.owner(), [watcher, next] {
        next(watcher->result());
    });
    watcher->setFuture(PgQuery::run(*conn, statements));
}

QString DatabaseSql::tableCountSql()
{
    return QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('information_schema', '_heroku') "
        "AND n.nspname NOT LIKE 'pg\\_%'");
}

QString DatabaseSql::tableRowCountsSql(int limit)
{
    // Exact counts through query_to_xml, which needs no more than SELECT on each table.
    QString sql = QStringLiteral(
        "SELECT format('%I.%I', n.nspname, c.relname), "
        "(xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), "
        "false, true, '')))[1]::text "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('information_schema', '_heroku') AND n.nspname NOT LIKE 'pg\\_%' "
        "ORDER BY pg_catalog.pg_total_relation_size(c.oid) DESC, 1");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

QString DatabaseSql::rowCountsOfSql()
{
    return QStringLiteral(
        "SELECT t, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s', t), false, true, "
        "'')))[1]::text FROM json_array_elements_text($1::json) AS t");
}

QString DatabaseSql::installedExtensionsSql()
{
    return QStringLiteral("SELECT extname, extversion FROM pg_catalog.pg_extension ORDER BY 1");
}

QString DatabaseSql::availableExtensionsSql()
{
    return QStringLiteral("SELECT name, default_version FROM pg_catalog.pg_available_extensions ORDER BY 1");
}

QJsonObject DatabaseSql::countsToJson(const PgQuery::Rows &rows)
{
    QJsonObject counts;
    for (const QStringList &row : rows)
        counts.insert(row.value(0), row.value(1).toDouble());
    return counts;
}

} // namespace hpg
