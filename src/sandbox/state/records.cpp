#include "records.h"

#include <concepts>
#include <type_traits>

namespace hpg::sandbox::records {

namespace {

template<class Record> QJsonObject write(const Record &r);
template<class Record> void read(const QJsonObject &o, Record &r);

// The two directions share one field list per record (fields() below): a Writer puts each
// field into a JSON object, a Reader takes it back where the key is present.
struct Writer
{
    QJsonObject o;
    Writer &s(const char *key, const QString &value) { return put(key, value); }
    Writer &b(const char *key, bool value) { return put(key, value); }
    Writer &i(const char *key, qint64 value) { return put(key, value); }
    Writer &t(const char *key, const QDateTime &value) { return put(key, timestamp(value)); }
    Writer &a(const char *key, const QJsonArray &value) { return put(key, value); }
    Writer &m(const char *key, const QMap<QString, QString> &value)
    {
        QJsonObject map;
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            map.insert(it.key(), it.value());
        return put(key, map);
    }
    template<class T> Writer &list(const char *key, const QList<T> &items)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(write(item));
        return put(key, array);
    }

private:
    Writer &put(const char *key, const QJsonValue &value)
    {
        o.insert(QLatin1String(key), value);
        return *this;
    }
};

struct Reader
{
    const QJsonObject &o;
    Reader &s(const char *key, QString &value)
    {
        return get(key, value, [](const QJsonValue &v) { return v.toString(); });
    }
    Reader &b(const char *key, bool &value)
    {
        return get(key, value, [](const QJsonValue &v) { return v.toBool(); });
    }
    Reader &i(const char *key, int &value)
    {
        return get(key, value, [](const QJsonValue &v) { return v.toInt(); });
    }
    Reader &i(const char *key, qint64 &value)
    {
        return get(key, value, [](const QJsonValue &v) { return qint64(v.toDouble()); });
    }
    Reader &t(const char *key, QDateTime &value)
    {
        return get(key, value, [](const QJsonValue &v) { return parseTimestamp(v.toString()); });
    }
    // Logs, config vars and lists are read whether or not the key is there (absent: empty).
    Reader &a(const char *key, QJsonArray &value)
    {
        value = o.value(QLatin1String(key)).toArray();
        return *this;
    }
    Reader &m(const char *key, QMap<QString, QString> &value)
    {
        const QJsonObject map = o.value(QLatin1String(key)).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            value.insert(it.key(), it.value().toString());
        return *this;
    }
    template<class T> Reader &list(const char *key, QList<T> &items)
    {
        const QJsonArray array = o.value(QLatin1String(key)).toArray();
        for (const QJsonValue &value : array) {
            T item;
            read(value.toObject(), item);
            items.append(item);
        }
        return *this;
    }

private:
    template<class T, class Convert> Reader &get(const char *key, T &value, Convert convert)
    {
        if (o.contains(QLatin1String(key)))
            value = convert(o.value(QLatin1String(key)));
        return *this;
    }
};

// R is `const Record` when writing and `Record` when reading.
template<class R, class Record>
concept RecordOf = std::same_as<std::remove_const_t<R>, Record>;

template<class V, RecordOf<AccountRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id).s("email", r.email).s("name", r.name).t("created_at", r.createdAt);
}

template<class V, RecordOf<TeamRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id).s("name", r.name).t("created_at", r.createdAt);
}

template<class V, RecordOf<SpaceRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id)
        .s("name", r.name)
        .s("team_id", r.teamId)
        .s("region", r.region)
        .b("shield", r.shield)
        .s("state", r.state)
        .s("cidr", r.cidr)
        .s("data_cidr", r.dataCidr)
        .t("created_at", r.createdAt);
}

template<class V, RecordOf<FormationRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id)
        .s("type", r.type)
        .i("quantity", r.quantity)
        .s("size", r.size)
        .s("command", r.command)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt);
}

template<class V, RecordOf<ReleaseRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id)
        .i("version", r.version)
        .s("description", r.description)
        .s("status", r.status)
        .t("created_at", r.createdAt);
}

template<class V, RecordOf<AppRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id)
        .s("name", r.name)
        .s("team_id", r.teamId)
        .s("space_id", r.spaceId)
        .s("region", r.region)
        .s("stack", r.stack)
        .b("maintenance", r.maintenance)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt)
        .t("released_at", r.releasedAt)
        .m("config_vars", r.configVars)
        .list("formation", r.formation)
        .list("releases", r.releases);
}

template<class V, RecordOf<AddonRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("service", r.service)
        .s("plan", r.plan)
        .s("state", r.state)
        .s("follow_id", r.followId)
        .s("fork_id", r.forkId)
        .s("upgrading_to_plan", r.upgradingToPlan)
        .i("pg_version", r.pgVersion)
        .i("upgrade_prepared_version", r.upgradePreparedVersion)
        .b("read_only", r.readOnly)
        .b("virtual_database", r.virtualDatabase)
        .s("window_day", r.windowDay)
        .s("window_time", r.windowTime)
        .s("previous_window", r.previousWindow)
        .t("window_updated_at", r.windowUpdatedAt)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt)
        .s("error", r.error)
        .b("stuck_transaction", r.stuckTransaction);
}

template<class V, RecordOf<AttachmentRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("addon_id", r.addonId)
        .s("namespace", r.ns)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt);
}

template<class V, RecordOf<MaintenanceRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id)
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

template<class V, RecordOf<ConnectMappingRecord> R> void fields(V &v, R &r)
{
    v.i("id", r.id).s("object_name", r.objectName).s("state", r.state);
}

template<class V, RecordOf<ConnectConnectionRecord> R> void fields(V &v, R &r)
{
    v.s("id", r.id)
        .s("name", r.name)
        .s("app_id", r.appId)
        .s("resource_name", r.resourceName)
        .s("db_key", r.dbKey)
        .s("schema_name", r.schemaName)
        .s("state", r.state)
        .s("internal_name", r.internalName)
        .t("state_changed_at", r.stateChangedAt)
        .list("mappings", r.mappings);
}

template<class V, RecordOf<TransferRecord> R> void fields(V &v, R &r)
{
    v.s("uuid", r.uuid)
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
        .t("canceled_at", r.canceledAt)
        .t("updated_at", r.updatedAt)
        .a("logs", r.logs)
        .s("from_type", r.fromType)
        .s("to_type", r.toType)
        .s("schedule_id", r.scheduleId);
}

template<class V, RecordOf<BackupScheduleRecord> R> void fields(V &v, R &r)
{
    v.s("uuid", r.uuid)
        .s("addon_id", r.addonId)
        .s("name", r.name)
        .i("hour", r.hour)
        .s("timezone", r.timezone)
        .t("created_at", r.createdAt)
        .t("updated_at", r.updatedAt)
        .s("last_run_date", r.lastRunDate);
}

template<class Record> QJsonObject write(const Record &r)
{
    Writer writer;
    fields(writer, r);
    return writer.o;
}

template<class Record> void read(const QJsonObject &o, Record &r)
{
    Reader reader { o };
    fields(reader, r);
}

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

// The public overloads declared in records.h, a pair per record type.
#define HPG_RECORD_JSON(Record)                                                                                        \
    QJsonObject toJson(const Record &r)                                                                                \
    {                                                                                                                  \
        return write(r);                                                                                               \
    }                                                                                                                  \
    void fromJson(const QJsonObject &o, Record &r)                                                                     \
    {                                                                                                                  \
        read(o, r);                                                                                                    \
    }

HPG_RECORD_JSON(AccountRecord)
HPG_RECORD_JSON(TeamRecord)
HPG_RECORD_JSON(SpaceRecord)
HPG_RECORD_JSON(AppRecord)
HPG_RECORD_JSON(AddonRecord)
HPG_RECORD_JSON(AttachmentRecord)
HPG_RECORD_JSON(MaintenanceRecord)
HPG_RECORD_JSON(ConnectConnectionRecord)
HPG_RECORD_JSON(TransferRecord)
HPG_RECORD_JSON(BackupScheduleRecord)

#undef HPG_RECORD_JSON

} // namespace hpg::sandbox::records
