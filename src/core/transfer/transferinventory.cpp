#include "transferinventory.h"

#include <QRegularExpression>

namespace hpg {

namespace {

const char *const schemaFilter = "n.nspname NOT IN ('pg_catalog', 'information_schema', '_heroku') "
                                 "AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";

QString relationsSql()
{
    return QStringLiteral(
               "SELECT n.nspname, c.relname, (pg_catalog.pg_relation_size(c.oid) + CASE WHEN c.reltoastrelid <> 0 "
               "THEN pg_catalog.pg_total_relation_size(c.reltoastrelid) ELSE 0 END)::bigint "
               "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
               "WHERE c.relkind = 'r' AND %1 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d "
               "WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid AND d.deptype = 'e') "
               "ORDER BY 1, 2")
        .arg(QLatin1String(schemaFilter));
}

QString indexesSql()
{
    return QStringLiteral(
               "SELECT n.nspname, ic.relname, pg_catalog.pg_relation_size(ic.oid)::bigint "
               "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
               "JOIN pg_catalog.pg_class t ON t.oid = i.indrelid "
               "JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace "
               "WHERE t.relkind IN ('r', 'p', 'm') AND %1 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d "
               "WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = t.oid AND d.deptype = 'e') "
               "ORDER BY 1, 2")
        .arg(QLatin1String(schemaFilter));
}

QList<TransferInventory::Relation> relationsOf(const PgQuery::Rows &rows)
{
    QList<TransferInventory::Relation> relations;
    for (const QStringList &row : rows)
        relations.append({ row.value(0), row.value(1), row.value(2).toLongLong() });
    return relations;
}

// One part (schema or name) of a psql pattern as an anchored regular expression.
QString partToRegex(const QString &part)
{
    QString regex;
    bool quoted = false;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const QChar c = part.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < part.size() && part.at(i + 1) == QLatin1Char('"')) {
                regex += QLatin1Char('"');
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (quoted) {
            regex += QRegularExpression::escape(QString(c));
        } else if (c == QLatin1Char('*')) {
            regex += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            regex += QLatin1Char('.');
        } else if (c == QLatin1Char('$')) {
            regex += QStringLiteral("\\$");
        } else {
            regex += c.toLower();
        }
    }
    return QStringLiteral("\\A(?:%1)\\z").arg(regex);
}

// Splits at dots outside double quotes.
QStringList splitDots(const QString &pattern)
{
    QStringList parts { QString() };
    bool quoted = false;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char('.') && !quoted)
            parts.append(QString());
        else
            parts.last() += c;
    }
    return parts;
}

} // namespace

QList<PgQuery::Statement> TransferInventory::statements()
{
    return {
        { QStringLiteral("SELECT pg_catalog.current_setting('server_version'), "
                         "pg_catalog.pg_database_size(pg_catalog.current_database())::bigint"),
          {} },
        { relationsSql(), {} },
        { indexesSql(), {} },
        { QStringLiteral("SELECT extname FROM pg_catalog.pg_extension ORDER BY extname"), {} },
    };
}

TransferInventory TransferInventory::fromResult(const PgQuery::Result &result)
{
    TransferInventory inventory;
    if (!result.ok || result.rows.size() < 4)
        return inventory;
    inventory.serverVersion = result.serverVersion;
    inventory.serverVersionText = result.value(0, 0, 0);
    inventory.databaseBytes = result.value(0, 0, 1).toLongLong();
    inventory.tables = relationsOf(result.rows.at(1));
    inventory.indexes = relationsOf(result.rows.at(2));
    for (const QStringList &row : result.rows.at(3))
        inventory.extensions.append(row.value(0));
    return inventory;
}

QList<TransferInventory::Relation> TransferInventory::tablesWithData(const QStringList &excludeTableData) const
{
    QList<Relation> result;
    for (const Relation &table : tables) {
        const bool excluded = std::any_of(excludeTableData.begin(), excludeTableData.end(), [&](const QString &p) {
            return matchesPattern(p, table.schema, table.name);
        });
        if (!excluded)
            result.append(table);
    }
    return result;
}

qint64 TransferInventory::dataBytes(const QStringList &excludeTableData) const
{
    qint64 bytes = 0;
    for (const Relation &table : tablesWithData(excludeTableData))
        bytes += table.bytes;
    return bytes;
}

qint64 TransferInventory::indexBytes() const
{
    qint64 bytes = 0;
    for (const Relation &index : indexes)
        bytes += index.bytes;
    return bytes;
}

bool TransferInventory::matchesPattern(const QString &pattern, const QString &schema, const QString &table)
{
    QStringList parts = splitDots(pattern.trimmed());
    if (parts.size() > 2)
        parts = parts.mid(parts.size() - 2); // database.schema.table: the database part is not checked
    const QString schemaPattern = parts.size() == 2 ? parts.first() : QStringLiteral("public");
    const QRegularExpression schemaRegex(partToRegex(schemaPattern));
    const QRegularExpression tableRegex(partToRegex(parts.last()));
    if (!schemaRegex.isValid() || !tableRegex.isValid())
        return false;
    return schemaRegex.match(schema).hasMatch() && tableRegex.match(table).hasMatch();
}

QStringList TransferInventory::missingExtensions(const QStringList &needed, const QStringList &present)
{
    QStringList missing;
    for (const QString &name : needed) {
        if (!present.contains(name) && !missing.contains(name))
            missing.append(name);
    }
    return missing;
}

QStringList TransferInventory::splitPatterns(const QString &text)
{
    QStringList patterns;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            patterns.append(trimmed);
    }
    return patterns;
}

} // namespace hpg
