#include "switchfindings.h"

namespace hpg {

bool SwitchFindings::isDefaultPool(const Link &link)
{
    return link.name == QLatin1String("DATABASE_CONNECTION_POOL")
        && link.nameSpace == QLatin1String("connection-pooling:default");
}

QJsonArray SwitchFindings::linksToJson(const QList<Link> &links)
{
    QJsonArray array;
    for (const Link &link : links) {
        array.append(QJsonObject { { QStringLiteral("app"), link.app },
                                   { QStringLiteral("name"), link.name },
                                   { QStringLiteral("namespace"), link.nameSpace } });
    }
    return array;
}

QList<SwitchFindings::Link> SwitchFindings::linksFromJson(const QJsonArray &json)
{
    QList<Link> links;
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        links.append({ o.value(QStringLiteral("app")).toString(), o.value(QStringLiteral("name")).toString(),
                       o.value(QStringLiteral("namespace")).toString() });
    }
    return links;
}

QJsonObject SwitchFindings::toJson() const
{
    QJsonArray connectionList;
    for (const Connection &c : connections) {
        connectionList.append(QJsonObject { { QStringLiteral("id"), c.id },
                                            { QStringLiteral("name"), c.name },
                                            { QStringLiteral("region_url"), c.regionUrl },
                                            { QStringLiteral("db_key"), c.dbKey },
                                            { QStringLiteral("state_before"), c.stateBefore } });
    }
    return {
        { QStringLiteral("refusal"), refusal },
        { QStringLiteral("app"), app },
        { QStringLiteral("app_in_space"), appInSpace },
        { QStringLiteral("maintenance_before"), maintenanceBefore },
        { QStringLiteral("target_app"), targetApp },
        { QStringLiteral("target_space"), targetSpace },
        { QStringLiteral("target_shield"), targetShield },
        { QStringLiteral("source_addon_id"), sourceAddonId },
        { QStringLiteral("source_addon_name"), sourceAddonName },
        { QStringLiteral("source_plan"), sourcePlan },
        { QStringLiteral("source_attachment_names"), QJsonArray::fromStringList(sourceAttachmentNames) },
        { QStringLiteral("pools"), linksToJson(pools) },
        { QStringLiteral("other_apps"), linksToJson(otherApps) },
        { QStringLiteral("connections"), connectionList },
        { QStringLiteral("followers"), QJsonArray::fromStringList(followers) },
        { QStringLiteral("existing_follower_id"), existingFollowerId },
        { QStringLiteral("existing_follower_name"), existingFollowerName },
        { QStringLiteral("scheduler"), scheduler },
        { QStringLiteral("connect_checked"), connectChecked },
        { QStringLiteral("connect_error"), connectError },
    };
}

SwitchFindings SwitchFindings::fromJson(const QJsonObject &json)
{
    const auto strings = [&json](const char *key) {
        QStringList list;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            list.append(v.toString());
        return list;
    };
    SwitchFindings f;
    f.refusal = json.value(QStringLiteral("refusal")).toString();
    f.app = json.value(QStringLiteral("app")).toString();
    f.appInSpace = json.value(QStringLiteral("app_in_space")).toBool();
    f.maintenanceBefore = json.value(QStringLiteral("maintenance_before")).toBool();
    f.targetApp = json.value(QStringLiteral("target_app")).toString();
    f.targetSpace = json.value(QStringLiteral("target_space")).toString();
    f.targetShield = json.value(QStringLiteral("target_shield")).toBool();
    f.sourceAddonId = json.value(QStringLiteral("source_addon_id")).toString();
    f.sourceAddonName = json.value(QStringLiteral("source_addon_name")).toString();
    f.sourcePlan = json.value(QStringLiteral("source_plan")).toString();
    f.sourceAttachmentNames = strings("source_attachment_names");
    f.pools = linksFromJson(json.value(QStringLiteral("pools")).toArray());
    f.otherApps = linksFromJson(json.value(QStringLiteral("other_apps")).toArray());
    for (const QJsonValue &value : json.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject o = value.toObject();
        f.connections.append({ o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                               o.value(QStringLiteral("region_url")).toString(),
                               o.value(QStringLiteral("db_key")).toString(),
                               o.value(QStringLiteral("state_before")).toString() });
    }
    f.followers = strings("followers");
    f.existingFollowerId = json.value(QStringLiteral("existing_follower_id")).toString();
    f.existingFollowerName = json.value(QStringLiteral("existing_follower_name")).toString();
    f.scheduler = json.value(QStringLiteral("scheduler")).toBool();
    f.connectChecked = json.value(QStringLiteral("connect_checked")).toBool();
    f.connectError = json.value(QStringLiteral("connect_error")).toString();
    return f;
}

} // namespace hpg
