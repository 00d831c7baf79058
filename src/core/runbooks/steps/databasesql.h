#pragma once

#include "core/transfer/pgquery.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace hpg {

class StepContext;

// Read-only SQL that runbook steps run on an app's databases (a copy checked against its source,
// the row counts before and after a version upgrade): the app's config vars, one-shot queries on a
// worker thread (PgQuery) answered on the step's context, and the catalogue queries they share.
class DatabaseSql
{
public:
    // Reads `app`'s config vars and calls `next` with them (or fails the step).
    static void withConfigVars(StepContext &ctx, const QString &app,
                               const std::function<void(const QHash<QString, QString> &vars)> &next);
    // Runs `statements` on the database at `url` and calls `next` with the result (on the UI thread,
    // unless the step's phase was abandoned); fails the step when the URL cannot be read.
    static void query(StepContext &ctx, const QString &url, const QList<PgQuery::Statement> &statements,
                      const std::function<void(const PgQuery::Result &)> &next);

    // The number of user tables, as pg_dump sees them (system and Heroku's own schemas aside).
    static QString tableCountSql();
    // The `limit` largest user tables with their exact row counts ("schema.table", count), largest
    // first; every table when `limit` is 0.
    static QString tableRowCountsSql(int limit = 0);
    // The row counts of the tables named in $1 (a JSON array of qualified names), in that order.
    static QString rowCountsOfSql();
    // The installed extensions: name, installed version.
    static QString installedExtensionsSql();
    // The extensions the server offers: name, default version.
    static QString availableExtensionsSql();

    // {"schema.table": rows} from rows of (name, count).
    static QJsonObject countsToJson(const PgQuery::Rows &rows);
};

} // namespace hpg
