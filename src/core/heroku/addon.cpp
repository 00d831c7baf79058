#include "addon.h"

#include "jsonlist.h"

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
    a.plan = Plan::fromJson(json.value(QStringLiteral("plan")).toObject());
    a.state = json.value(QStringLiteral("state")).toString();
    for (const auto &var : json.value(QStringLiteral("config_vars")).toArray())
        a.configVars.append(var.toString());
    a.createdAt = QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    return a;
}

QList<Addon> Addon::listFromJson(const QJsonArray &json)
{
    return jsonList<Addon>(json);
}

} // namespace hpg
