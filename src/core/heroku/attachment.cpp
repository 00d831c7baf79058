#include "attachment.h"

#include "jsonlist.h"

namespace hpg {

Attachment Attachment::fromJson(const QJsonObject &json)
{
    Attachment a;
    a.id = json.value(QStringLiteral("id")).toString();
    a.name = json.value(QStringLiteral("name")).toString();
    a.nameSpace = json.value(QStringLiteral("namespace")).toString();
    const auto app = json.value(QStringLiteral("app")).toObject();
    a.appId = app.value(QStringLiteral("id")).toString();
    a.appName = app.value(QStringLiteral("name")).toString();
    const auto addon = json.value(QStringLiteral("addon")).toObject();
    a.addonId = addon.value(QStringLiteral("id")).toString();
    a.addonName = addon.value(QStringLiteral("name")).toString();
    a.addonAppName = addon.value(QStringLiteral("app")).toObject().value(QStringLiteral("name")).toString();
    a.plan = Plan::fromJson(addon.value(QStringLiteral("plan")).toObject());
    for (const auto &var : json.value(QStringLiteral("config_vars")).toArray())
        a.configVars.append(var.toString());
    return a;
}

QList<Attachment> Attachment::listFromJson(const QJsonArray &json)
{
    return jsonList<Attachment>(json);
}

} // namespace hpg
