#pragma once

#include "pgquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hpg {

// What a transfer will move, read from the source's catalog before it starts: the tables whose
// data pg_dump writes, the indexes pg_restore builds, their sizes (for progress and the
// estimate), the installed extensions and the server version.
struct TransferInventory
{
    struct Relation
    {
        QString schema;
        QString name;
        qint64 bytes = 0;
        QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    };

    QList<Relation> tables; // ordinary tables (partitions included), outside _heroku and system schemas
    QList<Relation> indexes; // every index pg_restore builds (CREATE INDEX, primary keys, unique constraints)
    QStringList extensions; // installed on the source
    int serverVersion = 0; // server_version_num
    QString serverVersionText; // server_version ("15.20 (Debian …)")
    qint64 databaseBytes = 0; // pg_database_size
    bool isValid() const { return serverVersion > 0; }

    // The statements to run on the source database, in order; parse their result with fromResult().
    static QList<PgQuery::Statement> statements();
    static TransferInventory fromResult(const PgQuery::Result &result);

    // The tables whose data is dumped with these --exclude-table-data patterns.
    QList<Relation> tablesWithData(const QStringList &excludeTableData) const;
    qint64 dataBytes(const QStringList &excludeTableData) const;
    qint64 indexBytes() const;
    // Matches pg_dump's pattern rules closely enough for counting: "schema.table" or "table"
    // (then in the public schema), * and ? wildcards, double quotes keep case and dots.
    static bool matchesPattern(const QString &pattern, const QString &schema, const QString &table);
    // The names in `needed` that `present` lacks, in `needed`'s order (extensions compared before
    // and after a transfer).
    static QStringList missingExtensions(const QStringList &needed, const QStringList &present);
    // Splits the CLI's --exclude-table-data value ("a;b") into patterns.
    static QStringList splitPatterns(const QString &text);
};

} // namespace hpg
