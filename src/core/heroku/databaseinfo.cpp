#include "databaseinfo.h"

#include <QJsonArray>

namespace hpg {

QString DatabaseInfo::value(const QString &rowName) const
{
    for (const auto &row : rows) {
        if (row.name == rowName)
            return row.values.join(QStringLiteral(", ")); // not prose: as the CLI shows it
    }
    return {};
}

bool DatabaseInfo::hasRow(const QString &rowName) const
{
    return std::any_of(rows.begin(), rows.end(), [&rowName](const Row &row) { return row.name == rowName; });
}

DatabaseInfo DatabaseInfo::fromJson(const QJsonObject &json)
{
    DatabaseInfo info;
    info.addonId = json.value(QStringLiteral("addon_id")).toString();
    info.name = json.value(QStringLiteral("name")).toString();
    const auto plan = json.value(QStringLiteral("plan"));
    info.plan = plan.isObject() ? plan.toObject().value(QStringLiteral("name")).toString() : plan.toString();
    info.resourceUrl = json.value(QStringLiteral("resource_url")).toString();
    info.following = json.value(QStringLiteral("following")).toString();
    const auto leader = json.value(QStringLiteral("leader"));
    info.leader = leader.isObject() ? leader.toObject().value(QStringLiteral("name")).toString() : leader.toString();
    info.inRecovery = json.value(QStringLiteral("is_in_recovery")).toBool();
    info.numConnections = json.value(QStringLiteral("num_connections")).toInt();
    info.numTables = json.value(QStringLiteral("num_tables")).toInt();
    info.numBytes = qint64(json.value(QStringLiteral("num_bytes")).toDouble());
    info.postgresVersion = json.value(QStringLiteral("postgres_version")).toString();
    info.createdAt = json.value(QStringLiteral("created_at")).toString();
    info.waiting = json.value(QStringLiteral("waiting?")).toBool();
    for (const auto &value : json.value(QStringLiteral("info")).toArray()) {
        const auto object = value.toObject();
        Row row;
        row.name = object.value(QStringLiteral("name")).toString();
        for (const auto &v : object.value(QStringLiteral("values")).toArray())
            row.values.append(v.isString() ? v.toString() : QString::number(v.toDouble()));
        row.resolveDbName = object.value(QStringLiteral("resolve_db_name")).toBool();
        info.rows.append(row);
    }
    return info;
}

} // namespace hpg
