#include "platformapi.h"

#include "rangepager.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace hpg::sandbox {

namespace {

const QStringList kAppRangeFields = { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("updated_at") };

ApiResponse ok(const QJsonValue &value)
{
    return ApiResponse::json(value);
}

// "2", 2, "+1", "-1" → the new quantity (relative to `current`); false when not a number.
bool parseQuantity(const QJsonValue &value, int current, int *result)
{
    if (value.isDouble()) {
        *result = value.toInt();
        return true;
    }
    const QString text = value.toString().trimmed();
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok)
        return false;
    *result = (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-'))) ? current + n : n;
    return true;
}

} // namespace

PlatformApi::PlatformApi(World &world)
    : m_world(world)
    , m_present(world)
{ }

AppRecord *PlatformApi::findApp(const World &world, const QString &idOrName, ApiResponse *notFound)
{
    AppRecord *app = world.app(idOrName);
    if (!app && notFound)
        *notFound = ApiResponse::notFound(QStringLiteral("app"));
    return app;
}

void PlatformApi::install(ApiRouter &router)
{
    const auto account = [this](const ApiRequest &) {
        return ok(m_present.account());
    };
    router.add("GET", QStringLiteral("/account"), ApiRouter::SyncHandler(account));
    router.add("GET", QStringLiteral("/users/~"), ApiRouter::SyncHandler(account));

    const auto allApps = [this](const ApiRequest &request) {
        return listApps(request, {});
    };
    router.add("GET", QStringLiteral("/apps"), ApiRouter::SyncHandler(allApps));
    router.add("GET", QStringLiteral("/users/~/apps"), ApiRouter::SyncHandler(allApps));
    const auto teamApps = [this](const ApiRequest &request) {
        return listApps(request, request.param(0));
    };
    router.add("GET", QStringLiteral("/teams/{}/apps"), ApiRouter::SyncHandler(teamApps));
    router.add("GET", QStringLiteral("/organizations/{}/apps"), ApiRouter::SyncHandler(teamApps));
    router.add("POST", QStringLiteral("/apps"),
               ApiRouter::SyncHandler([this](const ApiRequest &request) { return createApp(request, false); }));
    router.add("POST", QStringLiteral("/teams/apps"),
               ApiRouter::SyncHandler([this](const ApiRequest &request) { return createApp(request, true); }));
    router.add("POST", QStringLiteral("/filters/apps"),
               ApiRouter::SyncHandler([this](const ApiRequest &request) { return filterApps(request); }));

    router.add("GET", QStringLiteral("/apps/{}"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   ApiResponse error;
                   AppRecord *app = findApp(m_world, request.param(0), &error);
                   return app ? ok(m_present.app(*app)) : error;
               }));
    router.add("PATCH", QStringLiteral("/apps/{}"),
               ApiRouter::SyncHandler([this](const ApiRequest &request) { return updateApp(request); }));
    router.add("DELETE", QStringLiteral("/apps/{}"),
               ApiRouter::SyncHandler([this](const ApiRequest &request) { return deleteApp(request); }));

    const auto teams = [this](const ApiRequest &request) {
        QList<QJsonObject> items;
        for (const auto &team : std::as_const(m_world.teams))
            items.append(m_present.team(*team));
        return RangePager::page(request, items, { QStringLiteral("name"), QStringLiteral("id") });
    };
    router.add("GET", QStringLiteral("/teams"), ApiRouter::SyncHandler(teams));
    router.add("GET", QStringLiteral("/organizations"), ApiRouter::SyncHandler(teams));
    const auto team = [this](const ApiRequest &request) {
        const TeamRecord *t = m_world.team(request.param(0));
        return t ? ok(m_present.team(*t)) : ApiResponse::notFound(QStringLiteral("team"));
    };
    router.add("GET", QStringLiteral("/teams/{}"), ApiRouter::SyncHandler(team));
    router.add("GET", QStringLiteral("/organizations/{}"), ApiRouter::SyncHandler(team));

    router.add("GET", QStringLiteral("/spaces"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   QList<QJsonObject> items;
                   for (const auto &space : std::as_const(m_world.spaces))
                       items.append(m_present.space(*space, request.expands("region")));
                   return RangePager::page(request, items, { QStringLiteral("id"), QStringLiteral("name") });
               }));
    router.add("GET", QStringLiteral("/spaces/{}"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   const SpaceRecord *s = m_world.space(request.param(0));
                   return s ? ok(m_present.space(*s, request.expands("region")))
                            : ApiResponse::notFound(QStringLiteral("space"));
               }));
    router.add("GET", QStringLiteral("/spaces/{}/nat"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   const SpaceRecord *s = m_world.space(request.param(0));
                   if (!s)
                       return ApiResponse::notFound(QStringLiteral("space"));
                   return ok(
                       QJsonObject { { QStringLiteral("state"), QStringLiteral("enabled") },
                                     { QStringLiteral("sources"),
                                       QJsonArray { QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.11") } },
                                     { QStringLiteral("created_at"), records::timestamp(s->createdAt) },
                                     { QStringLiteral("updated_at"), records::timestamp(s->createdAt) } });
               }));
    router.add(
        "GET", QStringLiteral("/regions"), ApiRouter::SyncHandler([this](const ApiRequest &) {
            QJsonArray regions;
            for (const char *name : { "eu", "us", "dublin", "frankfurt", "oregon", "sydney", "tokyo", "virginia" })
                regions.append(m_present.region(QLatin1String(name), true));
            return ok(regions);
        }));

    router.add("GET", QStringLiteral("/apps/{}/config-vars"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   ApiResponse error;
                   AppRecord *app = findApp(m_world, request.param(0), &error);
                   if (!app)
                       return error;
                   QJsonObject vars;
                   const auto all = m_world.configVars(*app);
                   for (auto it = all.cbegin(); it != all.cend(); ++it)
                       vars.insert(it.key(), it.value());
                   return ok(vars);
               }));
    router.add("PATCH", QStringLiteral("/apps/{}/config-vars"),
               ApiRouter::SyncHandler([this](const ApiRequest &request) { return updateConfigVars(request); }));

    router.add("GET", QStringLiteral("/apps/{}/formation"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   ApiResponse error;
                   AppRecord *app = findApp(m_world, request.param(0), &error);
                   if (!app)
                       return error;
                   QList<QJsonObject> items;
                   for (const auto &f : std::as_const(app->formation))
                       items.append(m_present.formation(*app, f));
                   return RangePager::page(request, items, { QStringLiteral("type"), QStringLiteral("id") });
               }));
    router.add("PATCH", QStringLiteral("/apps/{}/formation"),
               ApiRouter::SyncHandler([this](const ApiRequest &request) { return updateFormation(request, {}); }));
    router.add("GET", QStringLiteral("/apps/{}/formation/{}"),
               ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   ApiResponse error;
                   AppRecord *app = findApp(m_world, request.param(0), &error);
                   if (!app)
                       return error;
                   for (const auto &f : std::as_const(app->formation)) {
                       if (f.type == request.param(1) || f.id == request.param(1))
                           return ok(m_present.formation(*app, f));
                   }
                   return ApiResponse::notFound(QStringLiteral("formation"),
                                                QStringLiteral("process type (%1)").arg(request.param(1)));
               }));
    router.add("PATCH", QStringLiteral("/apps/{}/formation/{}"),
               ApiRouter::SyncHandler(
                   [this](const ApiRequest &request) { return updateFormation(request, request.param(1)); }));

    router.add("GET", QStringLiteral("/apps/{}/releases"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   ApiResponse error;
                   AppRecord *app = findApp(m_world, request.param(0), &error);
                   if (!app)
                       return error;
                   QList<QJsonObject> items;
                   for (const auto &r : std::as_const(app->releases))
                       items.append(m_present.release(*app, r));
                   return RangePager::page(request, items, { QStringLiteral("version"), QStringLiteral("id") });
               }));
    router.add("GET", QStringLiteral("/apps/{}/releases/{}"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   ApiResponse error;
                   AppRecord *app = findApp(m_world, request.param(0), &error);
                   if (!app)
                       return error;
                   for (const auto &r : std::as_const(app->releases)) {
                       if (r.id == request.param(1) || QString::number(r.version) == request.param(1))
                           return ok(m_present.release(*app, r));
                   }
                   return ApiResponse::notFound(QStringLiteral("release"));
               }));

    router.add("GET", QStringLiteral("/apps/{}/dynos"), ApiRouter::SyncHandler([this](const ApiRequest &request) {
                   ApiResponse error;
                   AppRecord *app = findApp(m_world, request.param(0), &error);
                   return app ? ok(m_present.dynos(*app)) : error;
               }));
    const auto restart = [this](const ApiRequest &request) {
        ApiResponse error;
        AppRecord *app = findApp(m_world, request.param(0), &error);
        return app ? ApiResponse::json(QJsonObject(), 202) : error;
    };
    router.add("DELETE", QStringLiteral("/apps/{}/dynos"), ApiRouter::SyncHandler(restart));
    router.add("DELETE", QStringLiteral("/apps/{}/dynos/{}"), ApiRouter::SyncHandler(restart));

    const auto emptyList = [this](const ApiRequest &request) {
        ApiResponse error;
        AppRecord *app = findApp(m_world, request.param(0), &error);
        return app ? ok(QJsonArray()) : error;
    };
    router.add("GET", QStringLiteral("/apps/{}/collaborators"), ApiRouter::SyncHandler(emptyList));
    router.add("GET", QStringLiteral("/apps/{}/domains"), ApiRouter::SyncHandler(emptyList));
    router.add("GET", QStringLiteral("/apps/{}/features"), ApiRouter::SyncHandler(emptyList));
    router.add("GET", QStringLiteral("/apps/{}/buildpack-installations"), ApiRouter::SyncHandler(emptyList));
    router.add("GET", QStringLiteral("/apps/{}/pipeline-couplings"), ApiRouter::SyncHandler([](const ApiRequest &) {
                   return ApiResponse::notFound(QStringLiteral("pipeline_coupling"),
                                                QStringLiteral("pipeline coupling"));
               }));
    router.add("PUT", QStringLiteral("/apps/{}/pre-authorizations"),
               ApiRouter::SyncHandler([](const ApiRequest &) { return ok(QJsonObject()); }));
    router.add("DELETE", QStringLiteral("/oauth/sessions/~"), ApiRouter::SyncHandler([](const ApiRequest &) {
                   return ApiResponse::notFound(QStringLiteral("session"));
               }));
    router.add("GET", QStringLiteral("/oauth/authorizations"),
               ApiRouter::SyncHandler([](const ApiRequest &) { return ok(QJsonArray()); }));
}

ApiResponse PlatformApi::listApps(const ApiRequest &request, const QString &teamIdOrName) const
{
    QString teamId;
    if (!teamIdOrName.isEmpty()) {
        const TeamRecord *team = m_world.team(teamIdOrName);
        if (!team)
            return ApiResponse::notFound(QStringLiteral("team"));
        teamId = team->id;
    }
    QList<QJsonObject> items;
    items.reserve(m_world.apps.size());
    for (const auto &app : std::as_const(m_world.apps)) {
        if (teamId.isEmpty() || app->teamId == teamId)
            items.append(m_present.app(*app));
    }
    return RangePager::page(request, items, kAppRangeFields);
}

ApiResponse PlatformApi::filterApps(const ApiRequest &request) const
{
    const QJsonArray ids = request.json().value(QLatin1String("in")).toObject().value(QLatin1String("id")).toArray();
    QList<QJsonObject> items;
    for (const QJsonValue &id : ids) {
        if (const AppRecord *app = m_world.app(id.toString()))
            items.append(m_present.app(*app));
    }
    return RangePager::page(request, items, kAppRangeFields);
}

ApiResponse PlatformApi::createApp(const ApiRequest &request, bool teamRoute)
{
    const QJsonObject body = request.json();
    QString name = body.value(QLatin1String("name")).toString().trimmed();
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9-]{1,29}$"));
    if (name.isEmpty())
        name = QStringLiteral("sandbox-app-%1").arg(QRandomGenerator::global()->bounded(10000, 99999));
    if (!valid.match(name).hasMatch())
        return ApiResponse::invalidParams(
            QStringLiteral("Name must start with a letter, end with a letter or digit "
                           "and can only contain lowercase letters, digits, and dashes."));
    if (m_world.app(name))
        return ApiResponse::invalidParams(QStringLiteral("Name %1 is already taken").arg(name));
    auto app = std::make_shared<AppRecord>();
    app->id = World::newId();
    app->name = name;
    app->createdAt = app->updatedAt = QDateTime::currentDateTimeUtc();
    const QString teamKey = body.value(QLatin1String(teamRoute ? "team" : "organization")).toString();
    if (!teamKey.isEmpty()) {
        const TeamRecord *team = m_world.team(teamKey);
        if (!team)
            return ApiResponse::notFound(QStringLiteral("team"));
        app->teamId = team->id;
    }
    const QString spaceKey = body.value(QLatin1String("space")).toString();
    if (!spaceKey.isEmpty()) {
        const SpaceRecord *space = m_world.space(spaceKey);
        if (!space)
            return ApiResponse::notFound(QStringLiteral("space"));
        app->spaceId = space->id;
        app->teamId = space->teamId;
        app->region = space->region;
    } else if (body.contains(QLatin1String("region"))) {
        app->region = body.value(QLatin1String("region")).toString();
    }
    m_world.apps.append(app);
    m_world.addRelease(*app, QStringLiteral("Initial release"));
    m_world.markDirty();
    return ApiResponse::json(m_present.app(*app), 201);
}

ApiResponse PlatformApi::updateApp(const ApiRequest &request)
{
    ApiResponse error;
    AppRecord *app = findApp(m_world, request.param(0), &error);
    if (!app)
        return error;
    if (!request.bodyIsValid())
        return ApiResponse::badRequest(QStringLiteral("Invalid JSON in the request body."));
    const QJsonObject body = request.json();
    if (body.contains(QLatin1String("maintenance"))) {
        const QJsonValue value = body.value(QLatin1String("maintenance"));
        if (!value.isBool())
            return ApiResponse::invalidParams(QStringLiteral("maintenance must be a boolean."));
        app->maintenance = value.toBool();
    }
    if (body.contains(QLatin1String("name"))) {
        const QString name = body.value(QLatin1String("name")).toString();
        const AppRecord *other = m_world.app(name);
        if (other && other != app)
            return ApiResponse::invalidParams(QStringLiteral("Name %1 is already taken").arg(name));
        app->name = name;
    }
    if (body.contains(QLatin1String("build_stack")))
        app->stack = body.value(QLatin1String("build_stack")).toString();
    app->updatedAt = QDateTime::currentDateTimeUtc();
    m_world.markDirty();
    if (body.contains(QLatin1String("maintenance")))
        emit m_world.dynosChanged(app->id);
    return ok(m_present.app(*app));
}

ApiResponse PlatformApi::deleteApp(const ApiRequest &request)
{
    ApiResponse error;
    AppRecord *app = findApp(m_world, request.param(0), &error);
    if (!app)
        return error;
    if (!m_world.addonsOfApp(app->id).isEmpty())
        return ApiResponse::error(422, QStringLiteral("invalid_params"),
                                  QStringLiteral("Destroy the add-ons of %1 first.").arg(app->name));
    const QJsonObject json = m_present.app(*app);
    const QList<AttachmentRecord *> attachments = m_world.attachmentsOfApp(app->id);
    for (AttachmentRecord *attachment : attachments)
        m_world.removeAttachment(attachment->id);
    m_world.removeApp(app->id);
    m_world.markDirty();
    return ok(json);
}

ApiResponse PlatformApi::updateConfigVars(const ApiRequest &request)
{
    ApiResponse error;
    AppRecord *app = findApp(m_world, request.param(0), &error);
    if (!app)
        return error;
    if (!request.bodyIsValid())
        return ApiResponse::badRequest(QStringLiteral("Invalid JSON in the request body."));
    const QJsonObject body = request.json();
    QStringList set;
    QStringList removed;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isNull()) {
            app->configVars.remove(it.key());
            removed.append(it.key());
        } else {
            app->configVars.insert(it.key(), it.value().toVariant().toString());
            set.append(it.key());
        }
    }
    if (!set.isEmpty())
        m_world.addRelease(*app, QStringLiteral("Set %1 config vars").arg(set.join(QStringLiteral(", "))));
    if (!removed.isEmpty())
        m_world.addRelease(*app, QStringLiteral("Remove %1 config vars").arg(removed.join(QStringLiteral(", "))));
    app->updatedAt = QDateTime::currentDateTimeUtc();
    m_world.markDirty();
    QJsonObject vars;
    const auto all = m_world.configVars(*app);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        vars.insert(it.key(), it.value());
    return ok(vars);
}

ApiResponse PlatformApi::updateFormation(const ApiRequest &request, const QString &singleType)
{
    ApiResponse error;
    AppRecord *app = findApp(m_world, request.param(0), &error);
    if (!app)
        return error;
    if (!request.bodyIsValid())
        return ApiResponse::badRequest(QStringLiteral("Invalid JSON in the request body."));
    const QJsonObject body = request.json();
    QJsonArray updates;
    if (singleType.isEmpty()) {
        updates = body.value(QLatin1String("updates")).toArray();
    } else {
        QJsonObject update = body;
        update.insert(QStringLiteral("type"), singleType);
        updates.append(update);
    }
    // Validate everything first so that a bad entry changes nothing.
    QList<QPair<int, QJsonObject>> planned;
    for (const QJsonValue &value : std::as_const(updates)) {
        const QJsonObject update = value.toObject();
        const QString type = update.value(QLatin1String("type")).toString();
        int index = -1;
        for (int i = 0; i < app->formation.size(); ++i) {
            if (app->formation.at(i).type == type || app->formation.at(i).id == type)
                index = i;
        }
        if (index < 0)
            return ApiResponse::notFound(QStringLiteral("formation"), QStringLiteral("process type (%1)").arg(type));
        if (update.contains(QLatin1String("quantity"))) {
            int quantity = 0;
            if (!parseQuantity(update.value(QLatin1String("quantity")), app->formation.at(index).quantity, &quantity))
                return ApiResponse::invalidParams(QStringLiteral("Invalid quantity for %1.").arg(type));
            if (quantity < 0)
                return ApiResponse::invalidParams(QStringLiteral("Quantity for %1 cannot be negative.").arg(type));
            if (quantity > 100)
                return ApiResponse::invalidParams(
                    QStringLiteral("Cannot update to more than 100 dynos per process type."));
        }
        planned.append({ index, update });
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_world.markDirty();
    QJsonArray result;
    for (const auto &[index, update] : std::as_const(planned)) {
        FormationRecord &f = app->formation[index];
        if (update.contains(QLatin1String("quantity"))) {
            const int before = f.quantity;
            parseQuantity(update.value(QLatin1String("quantity")), f.quantity, &f.quantity);
            m_world.markStopping(*app, f.type, before, f.quantity);
        }
        QString size = update.value(QLatin1String("size")).toString();
        if (size.isEmpty())
            size = update.value(QLatin1String("dyno_size")).toObject().value(QLatin1String("name")).toString();
        if (!size.isEmpty())
            f.size = size;
        f.updatedAt = now;
        if (!singleType.isEmpty()) {
            emit m_world.dynosChanged(app->id);
            return ok(m_present.formation(*app, f));
        }
    }
    emit m_world.dynosChanged(app->id);
    for (const auto &f : std::as_const(app->formation))
        result.append(m_present.formation(*app, f));
    return ok(result);
}

} // namespace hpg::sandbox
