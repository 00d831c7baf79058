#include "records.h"

namespace hpg::sandbox::records {

namespace {

// Small helpers so that each record's fields are listed once per direction.
struct Writer
{
    QJsonObject o;
    Writer &s(const char *key, const QString &value)
    {
        o.insert(QLatin1String(key), value);
        return *this;
    }
    Writer &b(const char *key, bool value)
    {
        o.insert(QLatin1String(key), value);
        return *this;
    }
    Writer &i(const char *key, qint64 value)
    {
        o.insert(QLatin1String(key), value);
        return *this;
    }
    Writer &t(const char *key, const QDateTime &value)
    {
        o.insert(QLatin1String(key), timestamp(value));
        return *this;
    }
    Writer &v(const char *key, const QJsonValue &value)
    {
        o.insert(QLatin1String(key), value);
        return *this;
    }
};

struct Reader
{
    const QJsonObject &o;
    const Reader &s(const char *key, QString &value) const
    {
        if (o.contains(QLatin1String(key)))
            value = o.value(QLatin1String(key)).toString();
        return *this;
    }
    const Reader &b(const char *key, bool &value) const
    {
        if (o.contains(QLatin1String(key)))
            value = o.value(QLatin1String(key)).toBool();
        return *this;
    }
    const Reader &i(const char *key, int &value) const
    {
        if (o.contains(QLatin1String(key)))
            value = o.value(QLatin1String(key)).toInt();
        return *this;
    }
    const Reader &l(const char *key, qint64 &value) const
    {
        if (o.contains(QLatin1String(key)))
            value = qint64(o.value(QLatin1String(key)).toDouble());
        return *this;
    }
    const Reader &t(const char *key, QDateTime &value) const
    {
        if (o.contains(QLatin1String(key)))
            value = parseTimestamp(o.value(QLatin1String(key)).toString());
        return *this;
    }
};

} // namespace

QString timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QJsonObject toJson(const AccountRecord &r)
{
    return Writer().s("id", r.id).s("email", r.email).s("name", r.name).t("created_at", r.createdAt).o;
}

QJsonObject toJson(const TeamRecord &r)
{
    return Writer().s("id", r.id).s("name", r.name).t("created_at", r.createdAt).o;
}

QJsonObject toJson(const SpaceRecord &r)
{
    return Writer()
        .s("id", r.id)
        .s("name", r.name)
        .s("team_id", r.teamId)
        .s("region", r.region)
        .b("shield", r.shield)
        .s("state", r.state)
        .s("cidr", r.cidr)
        .s("data_cidr", r.dataCidr)
        .t("created_at", r.createdAt)
        .o;
}

QJsonObject toJson(const AppRecord &r)
{
    QJsonObject vars;
    for (auto it = r.configVars.cbegin(); it != r.configVars.cend(); ++it)
        vars.insert(it.key(), it.value());
    QJsonArray formation;
    for (const auto &f : r.formation) {
        formation.append(Writer()
                             .s("id", f.id)
                             .s("type", f.type)
                             .i("quantity", f.quantity)
                             .s("size", f.size)
                             .s("command", f.command)
                             .t("created_at", f.createdAt)
                             .t("updated_at", f.updatedAt)
                             .o);
    }
    QJsonArray releases;
    for (const auto &rel : r.releases) {
        releases.append(Writer()
                            .s("id", rel.id)
                            .i("version", rel.version)
                            .s("description", rel.description)
                            .s("status", rel.status)
                            .t("created_at", rel.createdAt)
                            .o);
    }
    return Writer()
        .s("id", r.id)
        .s("name", r.name)
        .s("team_id", r.teamId)
        .s("space_id", r.spaceId)
        .s("region", r.region)
        .s("stack", r.stack)
        .b("maintenance", r.maintenance)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt)
        .t("released_at", r.releasedAt)
        .v("config_vars", vars)
        .v("formation", formation)
        .v("releases", releases)
        .o;
}

QJsonObject toJson(const AddonRecord &r)
{
    return Writer()
        .s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("service", r.service)
        .s("plan", r.plan)
        .s("state", r.state)
        .s("follow_id", r.followId)
        .s("fork_id", r.forkId)
        .s("upgrading_to_plan", r.upgradingToPlan)
        .b("read_only", r.readOnly)
        .s("window_day", r.windowDay)
        .s("window_time", r.windowTime)
        .s("previous_window", r.previousWindow)
        .t("window_updated_at", r.windowUpdatedAt)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt)
        .s("error", r.error)
        .o;
}

QJsonObject toJson(const AttachmentRecord &r)
{
    return Writer()
        .s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("addon_id", r.addonId)
        .s("namespace", r.ns)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt)
        .o;
}

QJsonObject toJson(const MaintenanceRecord &r)
{
    return Writer()
        .s("id", r.id)
        .s("addon_id", r.addonId)
        .s("status", r.status)
        .s("method", r.method)
        .s("reason", r.reason)
        .s("target_plan", r.targetPlan)
        .t("required_by", r.requiredBy)
        .t("scheduled_for", r.scheduledFor)
        .t("previously_scheduled_for", r.previouslyScheduledFor)
        .t("started_at", r.startedAt)
        .t("completed_at", r.completedAt)
        .t("created_at", r.createdAt)
        .i("duration_seconds", r.durationSeconds)
        .o;
}

QJsonObject toJson(const ConnectConnectionRecord &r)
{
    QJsonArray mappings;
    for (const auto &m : r.mappings)
        mappings.append(Writer().i("id", m.id).s("object_name", m.objectName).s("state", m.state).o);
    return Writer()
        .s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("resource_name", r.resourceName)
        .s("db_key", r.dbKey)
        .s("schema_name", r.schemaName)
        .s("state", r.state)
        .s("internal_name", r.internalName)
        .t("state_changed_at", r.stateChangedAt)
        .v("mappings", mappings)
        .o;
}

QJsonObject toJson(const TransferRecord &r)
{
    return Writer()
        .s("uuid", r.uuid)
        .i("num", r.num)
        .s("app_id", r.appId)
        .s("from_addon_id", r.fromAddonId)
        .s("to_addon_id", r.toAddonId)
        .s("from_name", r.fromName)
        .s("from_url", r.fromUrl)
        .s("to_name", r.toName)
        .s("to_url", r.toUrl)
        .i("source_bytes", r.sourceBytes)
        .i("processed_bytes", r.processedBytes)
        .b("succeeded", r.succeeded)
        .t("created_at", r.createdAt)
        .t("started_at", r.startedAt)
        .t("finished_at", r.finishedAt)
        .t("updated_at", r.updatedAt)
        .v("logs", r.logs)
        .o;
}

void fromJson(const QJsonObject &o, AccountRecord &r)
{
    Reader { o }.s("id", r.id).s("email", r.email).s("name", r.name).t("created_at", r.createdAt);
}

void fromJson(const QJsonObject &o, TeamRecord &r)
{
    Reader { o }.s("id", r.id).s("name", r.name).t("created_at", r.createdAt);
}

void fromJson(const QJsonObject &o, SpaceRecord &r)
{
    Reader { o }
        .s("id", r.id)
        .s("name", r.name)
        .s("team_id", r.teamId)
        .s("region", r.region)
        .b("shield", r.shield)
        .s("state", r.state)
        .s("cidr", r.cidr)
        .s("data_cidr", r.dataCidr)
        .t("created_at", r.createdAt);
}

void fromJson(const QJsonObject &o, AppRecord &r)
{
    Reader { o }
        .s("id", r.id)
        .s("name", r.name)
        .s("team_id", r.teamId)
        .s("space_id", r.spaceId)
        .s("region", r.region)
        .s("stack", r.stack)
        .b("maintenance", r.maintenance)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt)
        .t("released_at", r.releasedAt);
    const QJsonObject vars = o.value(QLatin1String("config_vars")).toObject();
    for (auto it = vars.begin(); it != vars.end(); ++it)
        r.configVars.insert(it.key(), it.value().toString());
    const QJsonArray formation = o.value(QLatin1String("formation")).toArray();
    for (const QJsonValue &value : formation) {
        FormationRecord f;
        Reader { value.toObject() }
            .s("id", f.id)
            .s("type", f.type)
            .i("quantity", f.quantity)
            .s("size", f.size)
            .s("command", f.command)
            .t("created_at", f.createdAt)
            .t("updated_at", f.updatedAt);
        r.formation.append(f);
    }
    const QJsonArray releases = o.value(QLatin1String("releases")).toArray();
    for (const QJsonValue &value : releases) {
        ReleaseRecord rel;
        Reader { value.toObject() }
            .s("id", rel.id)
            .i("version", rel.version)
            .s("description", rel.description)
            .s("status", rel.status)
            .t("created_at", rel.createdAt);
        r.releases.append(rel);
    }
}

void fromJson(const QJsonObject &o, AddonRecord &r)
{
    Reader { o }
        .s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("service", r.service)
        .s("plan", r.plan)
        .s("state", r.state)
        .s("follow_id", r.followId)
        .s("fork_id", r.forkId)
        .s("upgrading_to_plan", r.upgradingToPlan)
        .b("read_only", r.readOnly)
        .s("window_day", r.windowDay)
        .s("window_time", r.windowTime)
        .s("previous_window", r.previousWindow)
        .t("window_updated_at", r.windowUpdatedAt)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt)
        .s("error", r.error);
}

void fromJson(const QJsonObject &o, AttachmentRecord &r)
{
    Reader { o }
        .s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("addon_id", r.addonId)
        .s("namespace", r.ns)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt);
}

void fromJson(const QJsonObject &o, MaintenanceRecord &r)
{
    Reader { o }
        .s("id", r.id)
        .s("addon_id", r.addonId)
        .s("status", r.status)
        .s("method", r.method)
        .s("reason", r.reason)
        .s("target_plan", r.targetPlan)
        .t("required_by", r.requiredBy)
        .t("scheduled_for", r.scheduledFor)
        .t("previously_scheduled_for", r.previouslyScheduledFor)
        .t("started_at", r.startedAt)
        .t("completed_at", r.completedAt)
        .t("created_at", r.createdAt)
        .i("duration_seconds", r.durationSeconds);
}

void fromJson(const QJsonObject &o, ConnectConnectionRecord &r)
{
    Reader { o }
        .s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("resource_name", r.resourceName)
        .s("db_key", r.dbKey)
        .s("schema_name", r.schemaName)
        .s("state", r.state)
        .s("internal_name", r.internalName)
        .t("state_changed_at", r.stateChangedAt);
    const QJsonArray mappings = o.value(QLatin1String("mappings")).toArray();
    for (const QJsonValue &value : mappings) {
        ConnectMappingRecord m;
        Reader { value.toObject() }.i("id", m.id).s("object_name", m.objectName).s("state", m.state);
        r.mappings.append(m);
    }
}

void fromJson(const QJsonObject &o, TransferRecord &r)
{
    Reader { o }
        .s("uuid", r.uuid)
        .i("num", r.num)
        .s("app_id", r.appId)
        .s("from_addon_id", r.fromAddonId)
        .s("to_addon_id", r.toAddonId)
        .s("from_name", r.fromName)
        .s("from_url", r.fromUrl)
        .s("to_name", r.toName)
        .s("to_url", r.toUrl)
        .l("source_bytes", r.sourceBytes)
        .l("processed_bytes", r.processedBytes)
        .b("succeeded", r.succeeded)
        .t("created_at", r.createdAt)
        .t("started_at", r.startedAt)
        .t("finished_at", r.finishedAt)
        .t("updated_at", r.updatedAt);
    r.logs = o.value(QLatin1String("logs")).toArray();
}

} // namespace hpg::sandbox::records
