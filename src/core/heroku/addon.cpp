#include "addon.h"

namespace hpg {

Addon Addon::fromJson(const QJsonObject &json)
{
    Addon a;
    a.id = json.value(QStringLiteral("id")).toString();
    a.name = json.value(QStringLiteral("name")).toString();
    const auto app = json.value(QStringLiteral("app")).toObject();
    a.appId = app.value(QStringLiteral("id")).toString();
    a.appName = app.value(QStringLiteral("name")).toString();
    a.serviceName = json.value(QStringLiteral("addon_service")).toObject().value(QStringLiteral("name")).toString();
    const auto plan = json.value(QStringLiteral("plan")).toObject();
    a.plan.id = plan.value(QStringLiteral("id")).toString();
    a.plan.name = plan.value(QStringLiteral("name")).toString();
    a.state = json.value(QStringLiteral("state")).toString();
    for (const auto &var : json.value(QStringLiteral("config_vars")).toArray())
        a.configVars.append(var.toString());
    a.createdAt = QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    return a;
}

QList<Addon> Addon::listFromJson(const QJsonArray &json)
{
    QList<Addon> list;
    list.reserve(json.size());
    for (const auto &value : json)
        list.append(fromJson(value.toObject()));
    return list;
}

} // namespace hpg
