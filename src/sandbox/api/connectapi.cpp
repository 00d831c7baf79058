#include "connectapi.h"

#include "sandbox/state/plancatalog.h"

#include <QJsonArray>

namespace hpg::sandbox {

namespace {

using S = ApiRouter::SyncHandler;

ApiResponse connectError(int status, const QString &message)
{
    return ApiResponse::json(QJsonObject { { QStringLiteral("message"), message } }, status);
}

} // namespace

ConnectApi::ConnectApi(World &world)
    : m_world(world)
{ }

QString ConnectApi::baseUrl(const ApiRequest &request)
{
    const QString host = QString::fromUtf8(request.header("host"));
    return QStringLiteral("http://") + (host.isEmpty() ? QStringLiteral("127.0.0.1") : host);
}

void ConnectApi::install(ApiRouter &router)
{
    router.add("GET", QStringLiteral("/connections"), S([this](const ApiRequest &r) { return list(r); }));
    router.add("POST", QStringLiteral("/auth/{}"), S([this](const ApiRequest &r) {
                   if (!m_world.app(r.param(0)))
                       return connectError(404, QStringLiteral("No such app: %1").arg(r.param(0)));
                   return list(r);
               }));
    router.add("GET", QStringLiteral("/api/v3/connections"), S([this](const ApiRequest &r) { return list(r); }));
    router.add("GET", QStringLiteral("/api/v3/connections/{}"), S([this](const ApiRequest &r) { return show(r); }));
    router.add("PATCH", QStringLiteral("/api/v3/connections/{}"), S([this](const ApiRequest &r) { return update(r); }));
    router.add("POST", QStringLiteral("/api/v3/connections/{}/actions/{}"),
               S([this](const ApiRequest &r) { return action(r); }));
    router.add("GET", QStringLiteral("/api/v3/connections/{}/errors"), S([this](const ApiRequest &r) {
                   if (!m_world.connection(r.param(0)))
                       return connectError(404, QStringLiteral("Connection not found"));
                   return ApiResponse::json(
                       QJsonObject { { QStringLiteral("count"), 0 }, { QStringLiteral("results"), QJsonArray() } });
               }));
    router.add("GET", QStringLiteral("/api/v3/apps/{}"), S([this](const ApiRequest &r) { return appInfo(r); }));
    router.add("POST", QStringLiteral("/api/v3/mappings/{}/actions/{}"),
               S([this](const ApiRequest &r) { return mappingAction(r); }));
}

QJsonObject ConnectApi::connectionJson(const ConnectConnectionRecord &c, const QString &base, bool deep) const
{
    const AppRecord *app = m_world.app(c.appId);
    QJsonObject o {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("resource_name"), c.resourceName },
        { QStringLiteral("internal_name"), c.internalName },
        { QStringLiteral("app_name"), app ? app->name : QString() },
        { QStringLiteral("region_url"), base },
        { QStringLiteral("detail_url"), base + QStringLiteral("/api/v3/connections/") + c.id },
        { QStringLiteral("state"), c.state },
        { QStringLiteral("db_key"), c.dbKey },
        { QStringLiteral("schema_name"), c.schemaName },
    };
    if (deep) {
        QJsonArray mappings;
        for (const auto &m : c.mappings) {
            mappings.append(
                QJsonObject { { QStringLiteral("id"), m.id },
                              { QStringLiteral("object_name"), m.objectName },
                              { QStringLiteral("state"), m.state },
                              { QStringLiteral("config"),
                                QJsonObject { { QStringLiteral("access"), QStringLiteral("read_write") } } } });
        }
        o.insert(QStringLiteral("mappings"), mappings);
        o.insert(QStringLiteral("state_changed_at"), records::timestamp(c.stateChangedAt));
    }
    return o;
}

ApiResponse ConnectApi::list(const ApiRequest &request) const
{
    QString appKey = request.query.queryItemValue(QStringLiteral("app"));
    if (request.params.size() == 1)
        appKey = request.param(0);
    const QString resource = request.query.queryItemValue(QStringLiteral("resource_name"));
    const AppRecord *app = appKey.isEmpty() ? nullptr : m_world.app(appKey);
    QJsonArray results;
    if (appKey.isEmpty() || app) {
        for (const auto &c : std::as_const(m_world.connections)) {
            if ((!app || c->appId == app->id) && (resource.isEmpty() || c->resourceName == resource))
                results.append(
                    connectionJson(*c, baseUrl(request),
                                   request.query.queryItemValue(QStringLiteral("deep")) == QLatin1String("true")));
        }
    }
    return ApiResponse::json(
        QJsonObject { { QStringLiteral("count"), qsizetype(results.size()) }, { QStringLiteral("results"), results } });
}

ApiResponse ConnectApi::show(const ApiRequest &request) const
{
    const ConnectConnectionRecord *c = m_world.connection(request.param(0));
    if (!c)
        return connectError(404, QStringLiteral("Connection not found"));
    return ApiResponse::json(connectionJson(*c, baseUrl(request), true));
}

ApiResponse ConnectApi::action(const ApiRequest &request)
{
    ConnectConnectionRecord *c = m_world.connection(request.param(0));
    if (!c)
        return connectError(404, QStringLiteral("Connection not found"));
    const QString action = request.param(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (action == QLatin1String("pause")) {
        if (c->state == QLatin1String("PAUSED"))
            return connectError(400, QStringLiteral("Connection is already paused."));
        if (c->state != QLatin1String("IDLE")) {
            return connectError(
                409,
                QStringLiteral("Connection can only be paused while it is IDLE; it is %1. Try again in a moment.")
                    .arg(c->state));
        }
        c->state = QStringLiteral("PAUSED");
    } else if (action == QLatin1String("resume")) {
        if (c->state != QLatin1String("PAUSED"))
            return connectError(400, QStringLiteral("Connection is not paused."));
        c->state = QStringLiteral("IDLE");
    } else if (action == QLatin1String("restart")) {
        c->state = QStringLiteral("IDLE");
    } else if (action == QLatin1String("export")) {
        return ApiResponse::json(
            QJsonObject { { QStringLiteral("mappings"),
                            connectionJson(*c, baseUrl(request), true).value(QLatin1String("mappings")) } });
    } else {
        return connectError(404, QStringLiteral("Unknown action %1").arg(action));
    }
    c->stateChangedAt = now;
    m_world.markDirty();
    emit m_world.connectionsChanged(); // a paused connection has stopped writing before we answer
    return ApiResponse::json(QJsonObject(), 202);
}

// heroku connect:mapping:reload: the mapping's table is loaded from Salesforce again. The sandbox
// has no Salesforce: the mapping is RELOAD_TABLE for World::connectReloadSeconds (the simulator
// ends it) and its table is left as it is. A paused connection does not reload (the sandbox's
// choice: Heroku Connect would only queue it), so the request is refused with 409.
ApiResponse ConnectApi::mappingAction(const ApiRequest &request)
{
    bool isNumber = false;
    const int id = request.param(0).toInt(&isNumber);
    ConnectConnectionRecord *owner = nullptr;
    ConnectMappingRecord *mapping = nullptr;
    for (const auto &c : std::as_const(m_world.connections)) {
        for (ConnectMappingRecord &m : c->mappings) {
            if (isNumber && m.id == id) {
                owner = c.get();
                mapping = &m;
            }
        }
    }
    if (!mapping)
        return connectError(404, QStringLiteral("Mapping not found"));
    if (request.param(1) != QLatin1String("reload"))
        return connectError(404, QStringLiteral("Unknown action %1").arg(request.param(1)));
    if (owner->state == QLatin1String("PAUSED")) {
        return connectError(409, QStringLiteral("Connection %1 is paused; resume it before reloading mapping %2.")
                                     .arg(owner->name, mapping->objectName));
    }
    mapping->state = QStringLiteral("RELOAD_TABLE");
    mapping->reloadStartedAt = QDateTime::currentDateTimeUtc();
    m_world.markDirty();
    return ApiResponse::json(QJsonObject(), 202);
}

ApiResponse ConnectApi::update(const ApiRequest &request)
{
    ConnectConnectionRecord *c = m_world.connection(request.param(0));
    if (!c)
        return connectError(404, QStringLiteral("Connection not found"));
    const QJsonObject body = request.json();
    if (body.contains(QLatin1String("db_key")))
        c->dbKey = body.value(QLatin1String("db_key")).toString();
    if (body.contains(QLatin1String("schema_name")))
        c->schemaName = body.value(QLatin1String("schema_name")).toString();
    m_world.markDirty();
    emit m_world.connectionsChanged();
    return ApiResponse::json(connectionJson(*c, baseUrl(request), true));
}

ApiResponse ConnectApi::appInfo(const ApiRequest &request) const
{
    const AppRecord *app = m_world.app(request.param(0));
    if (!app)
        return connectError(404, QStringLiteral("No such app"));
    QJsonArray keys;
    for (const AttachmentRecord *attachment : m_world.attachmentsOfApp(app->id)) {
        const AddonRecord *addon = m_world.addon(attachment->addonId);
        if (!addon || addon->service != QLatin1String("heroku-postgresql") || !attachment->ns.isEmpty())
            continue;
        keys.append(
            QJsonObject { { QStringLiteral("name"), attachment->name + QStringLiteral("_URL") },
                          { QStringLiteral("addon"), QJsonObject { { QStringLiteral("plan"), addon->plan } } } });
    }
    return ApiResponse::json(QJsonObject { { QStringLiteral("db_keys"), keys } });
}

} // namespace hpg::sandbox
