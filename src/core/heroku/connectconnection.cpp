#include "connectconnection.h"

namespace hpg {

ConnectConnection ConnectConnection::fromJson(const QJsonObject &json)
{
    ConnectConnection c;
    const QJsonValue id = json.value(QStringLiteral("id"));
    c.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    c.name = json.value(QStringLiteral("name")).toString();
    c.resourceName = json.value(QStringLiteral("resource_name")).toString();
    c.appName = json.value(QStringLiteral("app_name")).toString();
    c.dbKey = json.value(QStringLiteral("db_key")).toString();
    c.schemaName = json.value(QStringLiteral("schema_name")).toString();
    c.state = json.value(QStringLiteral("state")).toString();
    c.regionUrl = QUrl(json.value(QStringLiteral("region_url")).toString());
    for (const QJsonValue &value : json.value(QStringLiteral("mappings")).toArray()) {
        const QJsonObject m = value.toObject();
        const QJsonValue mid = m.value(QStringLiteral("id"));
        c.mappings.append({ mid.isDouble() ? QString::number(mid.toInteger()) : mid.toString(),
                            m.value(QStringLiteral("object_name")).toString(),
                            m.value(QStringLiteral("state")).toString() });
    }
    return c;
}

QList<ConnectConnection> ConnectConnection::listFromJson(const QJsonObject &json)
{
    QList<ConnectConnection> list;
    for (const QJsonValue &value : json.value(QStringLiteral("results")).toArray())
        list.append(fromJson(value.toObject()));
    return list;
}

} // namespace hpg
