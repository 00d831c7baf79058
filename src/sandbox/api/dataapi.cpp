#include "dataapi.h"

#include "addonsapi.h"
#include "platformapi.h"
#include "rangepager.h"
#include "sandbox/databasefleet.h"
#include "sandbox/state/plancatalog.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

namespace hpg::sandbox {

namespace {

using H = ApiRouter::Handler;


ApiResponse message(const QString &text, int status = 200)
{
    return ApiResponse::json(QJsonObject { { QStringLiteral("message"), text } }, status);
}


QString humanPlan(const QString &plan)
{
    QString shortName = plan.section(QLatin1Char(':'), 1);
    if (shortName.isEmpty())
        return plan;
    shortName[0] = shortName[0].toUpper();
    return shortName.replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Storage limit of a plan, for "Data Size: 8.4 MB / 64 GB (0.01%)".
qint64 planLimitBytes(const PlanInfo *plan)
{
    constexpr qint64 gb = 1024LL * 1024 * 1024;
    if (!plan)
        return 64 * gb;
    if (plan->isEssential())
        return plan->shortName.endsWith(QLatin1String("-0"))
            ? gb
            : (plan->shortName.endsWith(QLatin1String("-1")) ? 10 * gb : 32 * gb);
    static const QHash<QString, qint64> bySize
        = { { QStringLiteral("0"), 64 * gb },   { QStringLiteral("2"), 256 * gb },  { QStringLiteral("3"), 512 * gb },
            { QStringLiteral("4"), 768 * gb },  { QStringLiteral("5"), 1024 * gb }, { QStringLiteral("6"), 1536 * gb },
            { QStringLiteral("7"), 2048 * gb }, { QStringLiteral("8"), 3072 * gb }, { QStringLiteral("9"), 4096 * gb },
            { QStringLiteral("10"), 8192 * gb } };
    return bySize.value(plan->shortName.section(QLatin1Char('-'), 1), 64 * gb);
}

QJsonObject row(const QString &name, const QStringList &values, bool resolveDbName = false)
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("values"), QJsonArray::fromStringList(values) } };
    if (resolveDbName)
        o.insert(QStringLiteral("resolve_db_name"), true);
    return o;
}

QString dayPlusOne(const QString &day)
{
    static const QStringList days
        = { QStringLiteral("Sundays"),    QStringLiteral("Mondays"),   QStringLiteral("Tuesdays"),
            QStringLiteral("Wednesdays"), QStringLiteral("Thursdays"), QStringLiteral("Fridays"),
            QStringLiteral("Saturdays") };
    const qsizetype i = days.indexOf(day);
    return i < 0 ? day : days.at((i + 1) % 7);
}

} // namespace

DataApi::DataApi(World &world, DatabaseFleet &fleet, AddonsApi &addons)
    : m_world(world)
    , m_fleet(fleet)
    , m_addons(addons)
    , m_present(world)
{ }

AddonRecord *DataApi::database(const QString &key) const
{
    AddonRecord *addon = m_world.addon(key);
    return addon && addon->service == QLatin1String("heroku-postgresql") ? addon : nullptr;
}

QString DataApi::windowText(const AddonRecord &addon)
{
    const QTime start = QTime::fromString(addon.windowTime, QStringLiteral("HH:mm"));
    const QTime end = start.isValid() ? start.addSecs(4 * 3600) : QTime();
    const QString endText = end.isValid() ? end.toString(QStringLiteral("HH:mm")) : addon.windowTime;
    // Heroku names the second day only when the window crosses midnight:
    // "Mondays 14:30 to 18:30 UTC", "Thursdays 22:00 to Fridays 02:00 UTC".
    if (start.isValid() && end < start)
        return QStringLiteral("%1 %2 to %3 %4 UTC")
            .arg(addon.windowDay, addon.windowTime, dayPlusOne(addon.windowDay), endText);
    return QStringLiteral("%1 %2 to %3 UTC").arg(addon.windowDay, addon.windowTime, endText);
}

QString DataApi::maintenanceText(const MaintenanceRecord *maintenance)
{
    if (!maintenance)
        return QStringLiteral("not required");
    if (maintenance->status == QLatin1String("running"))
        return QStringLiteral("in progress");
    // The forms of the Dev Center's "Heroku Postgres maintenance": "required by R", or
    // "scheduled for S, required by R, replacement currently being prepared".
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss +0000");
    QString text = QStringLiteral("required by %1").arg(maintenance->requiredBy.toString(format));
    if (maintenance->scheduledFor.isValid())
        text = QStringLiteral("scheduled for %1, %2").arg(maintenance->scheduledFor.toString(format), text);
    if (maintenance->status == QLatin1String("preparing"))
        text += QStringLiteral(", replacement currently being prepared");
    return text;
}

void DataApi::install(ApiRouter &router)
{
    router.add("GET", QStringLiteral("/client/v11/databases/{}"),
               H([this](const ApiRequest &r, const Respond &respond) { info(r, respond); }));
    router.add("GET", QStringLiteral("/client/v11/databases/{}/wait_status"),
               H([this](const ApiRequest &r, const Respond &respond) { waitStatus(r, respond); }));
    router.add("PUT", QStringLiteral("/client/v11/databases/{}/unfollow"),
               H([this](const ApiRequest &r, const Respond &respond) { unfollow(r, respond); }));
    router.add("POST", QStringLiteral("/client/v11/databases/{}/connection_reset"),
               H([this](const ApiRequest &r, const Respond &respond) { connectionReset(r, respond); }));
    router.add("PUT", QStringLiteral("/client/v11/databases/{}/reset"),
               H([this](const ApiRequest &r, const Respond &respond) { reset(r, respond); }));
    router.add("POST", QStringLiteral("/client/v11/databases/{}/connection-pooling"),
               ApiRouter::SyncHandler([this](const ApiRequest &r) { return connectionPooling(r); }));
    const auto empty = [this](const ApiRequest &r) {
        return database(r.param(0)) ? ApiResponse::json(QJsonObject()) : ApiResponse::databaseNotFound();
    };
    router.add("GET", QStringLiteral("/client/v11/databases/{}/metrics"), ApiRouter::SyncHandler(empty));
    router.add("GET", QStringLiteral("/client/v11/databases/{}/burst_status"), ApiRouter::SyncHandler(empty));
    // The CLI asks for the bastion of Private-plan databases before pg:psql, pg:ps, pg:kill, push and pull.
    // Sandbox databases are reached directly on 127.0.0.1: no host and no key means "no tunnel".
    router.add("GET", QStringLiteral("/client/v11/databases/{}/bastion"),
               ApiRouter::SyncHandler([this](const ApiRequest &r) {
                   if (!database(r.param(0)))
                       return ApiResponse::databaseNotFound();
                   return ApiResponse::json(QJsonObject { { QStringLiteral("host"), QJsonValue::Null },
                                                          { QStringLiteral("private_key"), QJsonValue::Null } });
               }));
}

QString DataApi::publicUrl(const QString &addonId) const
{
    const auto endpoint = m_fleet.clusters().endpoint(addonId);
    if (!endpoint)
        return {};
    return QStringLiteral("postgres://%1:%2/%3").arg(endpoint->host).arg(endpoint->port).arg(endpoint->database);
}

QJsonObject DataApi::infoJson(const AddonRecord &addon, const PgEndpoint &endpoint, const PgStats &stats) const
{
    const PlanInfo *plan = PlanCatalog::find(addon.plan);
    const bool essential = plan && plan->isEssential();
    const AppRecord *app = m_world.app(addon.appId);
    const MaintenanceRecord *maintenance = m_world.openMaintenance(addon.id);
    const qint64 limit = planLimitBytes(plan);
    QJsonArray info;
    info.append(row(QStringLiteral("Plan"), { humanPlan(addon.plan) }));
    QString status = stats.running ? QStringLiteral("Available") : QStringLiteral("Unavailable");
    if (stats.running && (addon.readOnly || stats.readOnly))
        status = QStringLiteral("Available (read-only while the plan changes)");
    if (maintenance && maintenance->status == QLatin1String("running"))
        status = QStringLiteral("Under maintenance");
    info.append(row(QStringLiteral("Status"), { status }));
    if (plan
        && (plan->tier == QLatin1String("premium") || plan->tier == QLatin1String("private")
            || plan->tier == QLatin1String("shield")))
        info.append(row(QStringLiteral("HA Status"), { QStringLiteral("Available") }));
    info.append(row(QStringLiteral("Data Size"),
                    { QStringLiteral("%1 / %2 (%3%)")
                          .arg(bytesText(stats.dataSizeBytes), bytesText(limit))
                          .arg(double(stats.dataSizeBytes) * 100.0 / double(limit), 0, 'f', 2) }));
    info.append(
        row(QStringLiteral("Tables"),
            { essential ? QStringLiteral("%1/4000").arg(stats.tableCount) : QString::number(stats.tableCount) }));
    info.append(row(QStringLiteral("PG Version"), { stats.serverVersion }));
    info.append(row(QStringLiteral("Connections"),
                    { QStringLiteral("%1/%2").arg(stats.connectionCount).arg(plan ? plan->connectionLimit : 120) }));
    if (!essential) {
        info.append(row(QStringLiteral("Connection Pooling"), { QStringLiteral("Available") }));
        info.append(row(QStringLiteral("Credentials"), { QString::number(endpoint.credentials.size()) }));
    }
    info.append(row(QStringLiteral("Fork/Follow"),
                    { essential ? QStringLiteral("Unsupported") : QStringLiteral("Available") }));
    info.append(row(QStringLiteral("Rollback"),
                    { essential ? QStringLiteral("Unsupported")
                                : QStringLiteral("earliest from %1 UTC")
                                      .arg(addon.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) }));
    info.append(
        row(QStringLiteral("Continuous Protection"), { essential ? QStringLiteral("Off") : QStringLiteral("On") }));
    info.append(row(QStringLiteral("Created"), { addon.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm UTC")) }));
    info.append(row(QStringLiteral("Region"), { app ? app->region : QStringLiteral("us") }));
    info.append(row(QStringLiteral("Data Encryption"), { QStringLiteral("In Use") }));
    if (const QString forkedFrom = publicUrl(addon.forkId); !forkedFrom.isEmpty()) // empty once the source is gone
        info.append(row(QStringLiteral("Forked From"), { forkedFrom }, true));
    QStringList followers;
    for (const AddonRecord *follower : m_world.followersOf(addon.id))
        followers.append(publicUrl(follower->id));
    followers.removeAll(QString());
    if (!followers.isEmpty())
        info.append(row(QStringLiteral("Followers"), followers, true));
    if (!addon.followId.isEmpty()) {
        info.append(row(QStringLiteral("Following"), { publicUrl(addon.followId) }, true));
        info.append(row(QStringLiteral("Behind By"),
                        { stats.behindByCommits < 0 ? QStringLiteral("unknown")
                                                    : QStringLiteral("%1 commits").arg(stats.behindByCommits) }));
    }
    if (!essential) {
        info.append(row(QStringLiteral("Maintenance"), { maintenanceText(maintenance) }));
        info.append(row(QStringLiteral("Maintenance window"), { windowText(addon) }));
    }

    const AddonRecord *leader = m_world.addon(addon.followId);
    const PgCredential *owner = endpoint.credentials.isEmpty() ? nullptr : &endpoint.credentials.constFirst();
    return {
        { QStringLiteral("addon_id"), addon.id },
        { QStringLiteral("name"), addon.name },
        { QStringLiteral("heroku_resource_id"), addon.id },
        { QStringLiteral("plan"), addon.plan.section(QLatin1Char(':'), 1) },
        { QStringLiteral("info"), info },
        { QStringLiteral("resource_url"), endpoint.url() },
        { QStringLiteral("following"), leader ? QJsonValue(publicUrl(leader->id)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("leader"), leader ? QJsonValue(leader->name) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("forked_from"),
          addon.forkId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(publicUrl(addon.forkId)) },
        { QStringLiteral("hot_standby?"), !addon.followId.isEmpty() },
        { QStringLiteral("is_in_recovery"), stats.inRecovery },
        { QStringLiteral("standalone?"), addon.followId.isEmpty() },
        { QStringLiteral("waiting?"), false },
        { QStringLiteral("available_for_ingress"), stats.running },
        { QStringLiteral("database_name"), endpoint.database },
        { QStringLiteral("database_user"), owner ? owner->user : QString() },
        { QStringLiteral("database_password"), owner ? owner->password : QString() },
        { QStringLiteral("num_bytes"), stats.dataSizeBytes },
        { QStringLiteral("num_tables"), stats.tableCount },
        { QStringLiteral("num_connections"), stats.connectionCount },
        { QStringLiteral("num_connections_waiting"), 0 },
        { QStringLiteral("postgres_version"), stats.serverVersion },
        { QStringLiteral("port"), endpoint.port },
        { QStringLiteral("credentials"), qsizetype(endpoint.credentials.size()) },
        { QStringLiteral("created_at"), records::timestamp(addon.createdAt) },
        { QStringLiteral("status_updated_at"), records::timestamp(addon.updatedAt) },
    };
}

void DataApi::info(const ApiRequest &request, const Respond &respond)
{
    AddonRecord *addon = database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    if (addon->state == QLatin1String("provisioning")) {
        respond(ApiResponse::notFoundWithoutMessage()); // the CLI then says "not provisioned yet"
        return;
    }
    const auto endpoint = m_fleet.clusters().endpoint(addon->id);
    if (!endpoint) {
        respond(
            ApiResponse::error(503, QStringLiteral("unavailable"),
                               QStringLiteral("The database %1 is unavailable. %2").arg(addon->name, addon->error)));
        return;
    }
    const QString addonId = addon->id;
    const PgEndpoint ep = *endpoint;
    m_fleet.when(
        m_fleet.clusters().stats(addonId),
        [this, addonId, ep, respond](const PgStats &stats) {
            const AddonRecord *current = m_world.addon(addonId);
            respond(current ? ApiResponse::json(infoJson(*current, ep, stats)) : ApiResponse::databaseNotFound());
        },
        [this, addonId, ep, respond](const QString &) {
            const AddonRecord *current = m_world.addon(addonId);
            PgStats down;
            respond(current ? ApiResponse::json(infoJson(*current, ep, down)) : ApiResponse::databaseNotFound());
        });
}

void DataApi::waitStatus(const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    auto status = [](bool waiting, const QString &text, bool error = false) {
        return ApiResponse::json(QJsonObject { { QStringLiteral("waiting?"), waiting },
                                               { QStringLiteral("message"), text },
                                               { QStringLiteral("error?"), error } });
    };
    if (addon->state == QLatin1String("provisioning")) {
        respond(addon->followId.isEmpty() ? status(true, QStringLiteral("provisioning"))
                                          : status(true, QStringLiteral("preparing follower")));
        return;
    }
    if (addon->state == QLatin1String("deprovisioned")) {
        respond(status(false, QStringLiteral("Provisioning failed: %1").arg(addon->error), true));
        return;
    }
    const MaintenanceRecord *maintenance = m_world.openMaintenance(addon->id);
    if (maintenance && maintenance->status == QLatin1String("running")) {
        respond(status(true, QStringLiteral("undergoing maintenance")));
        return;
    }
    if (addon->readOnly) {
        respond(status(true, QStringLiteral("changing plan")));
        return;
    }
    respond(status(false, QStringLiteral("available")));
}

void DataApi::unfollow(const ApiRequest &request, const Respond &respond)
{
    AddonRecord *addon = database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    if (addon->followId.isEmpty()) {
        respond(ApiResponse::invalidParams(QStringLiteral("%1 is not a follower.").arg(addon->name)));
        return;
    }
    const QString addonId = addon->id;
    const QString name = addon->name;
    stopFollowing(
        addonId,
        [respond, name] {
            respond(message(QStringLiteral("%1 stopped following its leader and is now writable.").arg(name)));
        },
        [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
}

void DataApi::stopFollowing(const QString &addonId, const std::function<void()> &done,
                            const std::function<void(const QString &)> &failed)
{
    m_fleet.when(
        m_fleet.clusters().unfollow(addonId),
        [this, addonId, done] {
            if (AddonRecord *current = m_world.addon(addonId)) {
                // As on Heroku, pg:info then shows the former leader under "Forked From".
                current->forkId = current->followId;
                current->followId.clear();
                current->updatedAt = QDateTime::currentDateTimeUtc();
                m_world.markDirty();
            }
            done();
        },
        failed);
}

void DataApi::connectionReset(const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    m_fleet.when(
        m_fleet.clusters().connectionReset(addon->id),
        [respond](int count) { respond(message(QStringLiteral("Terminated %1 connections.").arg(count))); },
        [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
}

void DataApi::reset(const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    if (!addon->followId.isEmpty()) {
        respond(ApiResponse::invalidParams(QStringLiteral("%1 is a follower and cannot be reset.").arg(addon->name)));
        return;
    }
    QStringList extensions;
    for (const QJsonValue &value : request.json().value(QLatin1String("extensions")).toArray())
        extensions.append(value.toString());
    const QString name = addon->name;
    m_fleet.when(
        m_fleet.clusters().reset(addon->id, extensions),
        [respond, name] { respond(message(QStringLiteral("%1 was reset.").arg(name))); },
        [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
}

ApiResponse DataApi::connectionPooling(const ApiRequest &request)
{
    AddonRecord *addon = database(request.param(0));
    if (!addon)
        return ApiResponse::databaseNotFound();
    const PlanInfo *plan = PlanCatalog::find(addon->plan);
    if (plan && plan->isEssential())
        return ApiResponse::invalidParams(QStringLiteral("Connection pooling is not available on Essential-tier databases."));
    const QJsonObject body = request.json();
    ApiResponse error;
    AppRecord *app = PlatformApi::findApp(m_world, body.value(QLatin1String("app")).toString(), &error);
    if (!app)
        return error;
    QString name = body.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = QStringLiteral("DATABASE_CONNECTION_POOL");
    const QString ns = QStringLiteral("connection-pooling:%1")
                           .arg(body.value(QLatin1String("credential")).toString(QStringLiteral("default")));
    if (m_world.attachmentNamed(app->id, name, ns))
        return ApiResponse::invalidParams(QStringLiteral("%1 is already used on %2.").arg(name.toUpper(), app->name));
    AttachmentRecord *attachment = m_addons.attach(*addon, *app, name, ns);
    return ApiResponse::json(m_present.attachment(*attachment, false, false), 201);
}

} // namespace hpg::sandbox
