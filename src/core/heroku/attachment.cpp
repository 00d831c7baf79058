#include "attachment.h"

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
    const auto plan = addon.value(QStringLiteral("plan")).toObject();
    a.plan.id = plan.value(QStringLiteral("id")).toString();
    a.plan.name = plan.value(QStringLiteral("name")).toString();
    for (const auto &var : json.value(QStringLiteral("config_vars")).toArray())
        a.configVars.append(var.toString());
    return a;
}

QList<Attachment> Attachment::listFromJson(const QJsonArray &json)
{
    QList<Attachment> list;
    list.reserve(json.size());
    for (const auto &value : json)
        list.append(fromJson(value.toObject()));
    return list;
}

} // namespace hpg
