#include "addonsapi.h"

#include "platformapi.h"
#include "rangepager.h"
#include "sandbox/state/plancatalog.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace hpg::sandbox {

namespace {

const QStringList kRangeFields = { QStringLiteral("id"), QStringLiteral("name") };

// {"name": x} / {"id": x} / "x" → x
QString refValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    const QString name = object.value(QLatin1String("name")).toString();
    return name.isEmpty() ? object.value(QLatin1String("id")).toString() : name;
}

ApiResponse planNotFound(const QString &plan)
{
    return ApiResponse::error(
        422, QStringLiteral("invalid_params"),
        QStringLiteral("Couldn't find either the add-on service or the add-on plan of \"%1\".").arg(plan));
}

ApiResponse attachmentNotFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Couldn't find that add on attachment."),
                              { { QStringLiteral("resource"), QStringLiteral("add_on attachment") } });
}

ApiResponse addonNotFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Couldn't find that add on."),
                              { { QStringLiteral("resource"), QStringLiteral("add_on") } });
}

// An app key that may be empty (no app: appId stays empty); a key that names no app sets `error`.
bool findAppId(const World &world, const QString &appKey, QString &appId, ApiResponse &error)
{
    if (appKey.isEmpty())
        return true;
    const AppRecord *app = PlatformApi::findApp(world, appKey, &error);
    if (app)
        appId = app->id;
    return app != nullptr;
}

// The one add-on `addonKey` names as seen from the app `appKey` (empty: from any app), and that app;
// nullptr with `error` set when either is not found.
AddonRecord *findAddon(const World &world, const AddonResolver &resolver, const QString &appKey,
                       const QString &addonKey, ApiResponse &error, const AppRecord **appFound = nullptr)
{
    const AppRecord *app = nullptr;
    if (!appKey.isEmpty()) {
        app = PlatformApi::findApp(world, appKey, &error);
        if (!app)
            return nullptr;
    }
    const QList<AddonRecord *> found = resolver.addons(addonKey, app ? app->id : QString(), {});
    if (found.size() != 1) {
        error = addonNotFound();
        return nullptr;
    }
    if (appFound)
        *appFound = app;
    return found.constFirst();
}

QJsonObject attachmentJson(const Presenter &present, const ApiRequest &request, const AttachmentRecord &attachment)
{
    return present.attachment(attachment, request.includes("addon:plan"), request.includes("config_vars"));
}

} // namespace

AddonsApi::AddonsApi(World &world, AddonProvisioner *provisioner)
    : m_world(world)
    , m_provisioner(provisioner)
    , m_present(world)
    , m_resolver(world)
{ }

void AddonsApi::install(ApiRouter &router)
{
    using H = ApiRouter::SyncHandler;
    router.add("GET", QStringLiteral("/addons"), H([this](const ApiRequest &r) { return list(r, {}); }));
    router.add("GET", QStringLiteral("/apps/{}/addons"),
               H([this](const ApiRequest &r) { return list(r, r.param(0)); }));
    router.add("GET", QStringLiteral("/addons/{}"), H([this](const ApiRequest &r) { return show(r, {}, r.param(0)); }));
    router.add("GET", QStringLiteral("/apps/{}/addons/{}"),
               H([this](const ApiRequest &r) { return show(r, r.param(0), r.param(1)); }));
    router.add("POST", QStringLiteral("/apps/{}/addons"), H([this](const ApiRequest &r) { return create(r); }));
    router.add("PATCH", QStringLiteral("/apps/{}/addons/{}"), H([this](const ApiRequest &r) { return update(r); }));
    router.add("DELETE", QStringLiteral("/apps/{}/addons/{}"), H([this](const ApiRequest &r) { return destroy(r); }));
    router.add("GET", QStringLiteral("/addons/{}/config/{}"),
               H([this](const ApiRequest &r) { return addonConfig(r); }));

    router.add("GET", QStringLiteral("/addon-attachments"),
               H([this](const ApiRequest &r) { return listAttachments(r, {}, {}); }));
    router.add("GET", QStringLiteral("/apps/{}/addon-attachments"),
               H([this](const ApiRequest &r) { return listAttachments(r, r.param(0), {}); }));
    router.add("GET", QStringLiteral("/addons/{}/addon-attachments"),
               H([this](const ApiRequest &r) { return listAttachments(r, {}, r.param(0)); }));
    router.add("GET", QStringLiteral("/addon-attachments/{}"), H([this](const ApiRequest &r) {
                   const AttachmentRecord *attachment = m_world.attachment(r.param(0));
                   if (!attachment)
                       return attachmentNotFound();
                   return ApiResponse::json(attachmentJson(m_present, r, *attachment));
               }));
    router.add("GET", QStringLiteral("/apps/{}/addon-attachments/{}"), H([this](const ApiRequest &r) {
                   ApiResponse error;
                   const AppRecord *app = PlatformApi::findApp(m_world, r.param(0), &error);
                   if (!app)
                       return error;
                   const AttachmentRecord *attachment = m_world.attachment(r.param(1));
                   if (!attachment)
                       attachment = m_world.attachmentNamed(app->id, r.param(1));
                   for (const AttachmentRecord *candidate : m_world.attachmentsOfApp(app->id)) {
                       if (!attachment && candidate->name.compare(r.param(1), Qt::CaseInsensitive) == 0)
                           attachment = candidate;
                   }
                   if (!attachment || attachment->appId != app->id)
                       return attachmentNotFound();
                   return ApiResponse::json(attachmentJson(m_present, r, *attachment));
               }));
    router.add("POST", QStringLiteral("/addon-attachments"),
               H([this](const ApiRequest &r) { return createAttachment(r); }));
    router.add("DELETE", QStringLiteral("/addon-attachments/{}"),
               H([this](const ApiRequest &r) { return destroyAttachment(r); }));

    router.add("POST", QStringLiteral("/actions/addon-attachments/resolve"),
               H([this](const ApiRequest &r) { return resolveAttachments(r); }));
    router.add("POST", QStringLiteral("/actions/addons/resolve"),
               H([this](const ApiRequest &r) { return resolveAddons(r); }));

    router.add("GET", QStringLiteral("/addon-services"), H([](const ApiRequest &) {
                   return ApiResponse::json(
                       QJsonArray { PlanCatalog::serviceJson(QStringLiteral("heroku-postgresql"), true),
                                    PlanCatalog::serviceJson(QStringLiteral("herokuconnect"), true) });
               }));
    router.add("GET", QStringLiteral("/addon-services/{}"), H([](const ApiRequest &r) {
                   if (PlanCatalog::plansOf(r.param(0)).isEmpty())
                       return ApiResponse::notFound(QStringLiteral("add_on service"), QStringLiteral("add-on service"));
                   const QString service = PlanCatalog::plansOf(r.param(0)).constFirst().service;
                   return ApiResponse::json(PlanCatalog::serviceJson(service, true));
               }));
    router.add("GET", QStringLiteral("/addon-services/{}/plans"), H([](const ApiRequest &r) {
                   const QList<PlanInfo> plans = PlanCatalog::plansOf(r.param(0));
                   if (plans.isEmpty())
                       return ApiResponse::notFound(QStringLiteral("add_on service"), QStringLiteral("add-on service"));
                   QList<QJsonObject> items;
                   for (const PlanInfo &plan : plans)
                       items.append(PlanCatalog::planJson(plan, true));
                   // Keep the catalogue order (cheapest first within a tier) unless a Range asks otherwise.
                   if (r.header("range").isEmpty()) {
                       QJsonArray array;
                       for (const QJsonObject &item : std::as_const(items))
                           array.append(item);
                       return ApiResponse::json(array);
                   }
                   return RangePager::page(r, items, kRangeFields);
               }));
    const auto onePlan = [](const ApiRequest &r) {
        const QString key = r.params.size() == 2 ? r.param(0) + QLatin1Char(':') + r.param(1) : r.param(0);
        const PlanInfo *plan = PlanCatalog::find(key);
        if (!plan && r.params.size() == 2)
            plan = PlanCatalog::find(r.param(1));
        return plan ? ApiResponse::json(PlanCatalog::planJson(*plan, true))
                    : ApiResponse::notFound(QStringLiteral("plan"));
    };
    router.add("GET", QStringLiteral("/addon-services/{}/plans/{}"), H(onePlan));
    router.add("GET", QStringLiteral("/plans/{}"), H(onePlan));
}

QJsonObject AddonsApi::addonJson(const ApiRequest &request, const AddonRecord &addon) const
{
    return m_present.addon(addon, request.expands("addon_service"), request.expands("plan"));
}

ApiResponse AddonsApi::list(const ApiRequest &request, const QString &appKey) const
{
    QString appId;
    ApiResponse error;
    if (!findAppId(m_world, appKey, appId, error))
        return error;
    // The app's own add-ons and those attached to it: one pass over each list (an account with
    // thousands of databases asks this for every app).
    QSet<QString> attached;
    if (!appId.isEmpty()) {
        for (const AttachmentRecord *attachment : m_world.attachmentsOfApp(appId))
            attached.insert(attachment->addonId);
    }
    QList<QJsonObject> items;
    for (const auto &addon : std::as_const(m_world.addons)) {
        if (appId.isEmpty() || addon->appId == appId || attached.contains(addon->id))
            items.append(addonJson(request, *addon));
    }
    return RangePager::page(request, items, kRangeFields);
}

ApiResponse AddonsApi::show(const ApiRequest &request, const QString &appKey, const QString &addonKey) const
{
    ApiResponse error;
    const AddonRecord *addon = findAddon(m_world, m_resolver, appKey, addonKey, error);
    if (!addon)
        return error;
    return ApiResponse::json(addonJson(request, *addon));
}

AttachmentRecord *AddonsApi::attach(AddonRecord &addon, AppRecord &app, const QString &name, const QString &ns)
{
    auto attachment = std::make_shared<AttachmentRecord>();
    attachment->id = World::newId();
    const QString prefix = addon.service == QLatin1String("heroku-postgresql")
        ? QStringLiteral("HEROKU_POSTGRESQL")
        : addon.service.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    attachment->name = name.isEmpty() ? m_world.freeColorName(app.id, prefix) : name.toUpper();
    attachment->appId = app.id;
    attachment->addonId = addon.id;
    attachment->ns = ns;
    attachment->createdAt = attachment->updatedAt = QDateTime::currentDateTimeUtc();
    m_world.attachments.append(attachment);
    m_world.addRelease(app, QStringLiteral("Attach %1 (@ref:%2)").arg(attachment->name, addon.name));
    m_world.markDirty();
    return attachment.get();
}

void AddonsApi::detach(const AttachmentRecord &attachment)
{
    AppRecord *app = m_world.app(attachment.appId);
    const AddonRecord *addon = m_world.addon(attachment.addonId);
    if (app)
        m_world.addRelease(*app,
                           QStringLiteral("Detach %1 (@ref:%2)").arg(attachment.name, addon ? addon->name : QString()));
    m_world.removeAttachment(attachment.id);
    m_world.markDirty();
}

int AddonsApi::postgresVersion(const QJsonValue &asked, const PlanInfo &plan, const AddonRecord *leader,
                               QString *error) const
{
    const QString text = asked.toVariant().toString().trimmed();
    bool ok = false;
    const int version = text.toInt(&ok);
    const QList<int> versions = m_provisioner ? m_provisioner->postgresVersions() : QList<int>();
    QStringList names;
    for (int v : versions)
        names << QString::number(v);
    if (!plan.isPostgres()) {
        *error = QStringLiteral("Only Heroku Postgres add-ons have a version.");
        return -1;
    }
    if (!ok || (!versions.isEmpty() && !versions.contains(version))) {
        *error = QStringLiteral("Version %1 is not supported. Supported versions: %2.")
                     .arg(text, names.join(QStringLiteral(", "))); // not prose: a list of numbers
        return -1;
    }
    if (leader && version != (leader->pgVersion > 0 ? leader->pgVersion : versions.value(0, version))) {
        *error = QStringLiteral("A follower or fork has the PostgreSQL version of %1; it cannot be %2.")
                     .arg(leader->name)
                     .arg(version);
        return -1;
    }
    return version;
}

ApiResponse AddonsApi::create(const ApiRequest &request)
{
    ApiResponse error;
    AppRecord *app = PlatformApi::findApp(m_world, request.param(0), &error);
    if (!app)
        return error;
    if (!request.bodyIsValid())
        return ApiResponse::badRequest(QStringLiteral("Invalid JSON in the request body."));
    const QJsonObject body = request.json();
    QString planName = refValue(body.value(QLatin1String("plan")));
    if (planName == QLatin1String("heroku-postgresql"))
        planName = QStringLiteral("heroku-postgresql:essential-0");
    const PlanInfo *plan = PlanCatalog::find(planName);
    if (!plan)
        return planNotFound(planName);
    const QString confirm = body.value(QLatin1String("confirm")).toString();
    const SpaceRecord *space = m_world.space(app->spaceId);
    if (space && !plan->insidePrivateNetwork && confirm != app->name) {
        return ApiResponse::confirmationRequired(
            QStringLiteral("This add-on is not automatically networked with this Private Space. Please confirm that "
                           "%1 should be installed on %2 anyway.")
                .arg(plan->name(), app->name));
    }
    if (!space && !plan->outsidePrivateNetwork) {
        return ApiResponse::invalidParams(
            QStringLiteral("The %1 plan can only be installed on apps in a Private Space.").arg(plan->name()));
    }
    QString name = body.value(QLatin1String("name")).toString().trimmed();
    static const QRegularExpression validName(QStringLiteral("^[a-zA-Z][A-Za-z0-9_-]+$"));
    if (!name.isEmpty() && !validName.match(name).hasMatch())
        return ApiResponse::invalidParams(QStringLiteral("Name must start with a letter and can only contain letters, "
                                                         "digits, dashes and underscores."));
    if (!name.isEmpty() && m_world.addon(name))
        return ApiResponse::invalidParams(QStringLiteral("Name %1 is already taken").arg(name));
    if (name.isEmpty())
        name = m_world.newAddonName(plan->service);

    const QJsonObject config = body.value(QLatin1String("config")).toObject();
    const QString followRef = config.value(QLatin1String("follow")).toVariant().toString();
    const QString forkRef = config.value(QLatin1String("fork")).toVariant().toString();
    AddonRecord *leader = nullptr;
    for (const QString &reference : { followRef, forkRef }) {
        if (reference.isEmpty())
            continue;
        if (!plan->isPostgres())
            return ApiResponse::invalidParams(QStringLiteral("Only Heroku Postgres add-ons can follow or fork."));
        leader = m_resolver.database(reference, app->id);
        if (!leader)
            return ApiResponse::invalidParams(
                QStringLiteral("Could not find database to follow or fork: %1").arg(reference));
        const PlanInfo *leaderPlan = PlanCatalog::find(leader->plan);
        if (plan->isEssential() || !leaderPlan || !leaderPlan->canFollow()) {
            return ApiResponse::invalidParams(QStringLiteral(
                "Essential-tier databases do not support forking or following. Use a Standard, Premium, Private or "
                "Shield plan for both databases."));
        }
        if (leader->state != QLatin1String("provisioned"))
            return ApiResponse::invalidParams(QStringLiteral("%1 is not available yet.").arg(leader->name));
        if (!leader->followId.isEmpty() && !followRef.isEmpty())
            return ApiResponse::invalidParams(
                QStringLiteral("%1 is a follower; followers cannot be followed.").arg(leader->name));
    }

    int version = 0;
    if (const QJsonValue asked = config.value(QLatin1String("version")); !asked.isUndefined() && !asked.isNull()) {
        QString problem;
        version = postgresVersion(asked, *plan, leader, &problem);
        if (version < 0)
            return ApiResponse::invalidParams(problem);
    }

    auto addon = std::make_shared<AddonRecord>();
    addon->id = World::newId();
    addon->pgVersion = version;
    addon->name = name;
    addon->appId = app->id;
    addon->service = plan->service;
    addon->plan = plan->name();
    addon->state = QStringLiteral("provisioning");
    addon->createdAt = addon->updatedAt = QDateTime::currentDateTimeUtc();
    if (leader && !followRef.isEmpty())
        addon->followId = leader->id;
    else if (leader)
        addon->forkId = leader->id;
    m_world.addons.append(addon);

    const QString as = body.value(QLatin1String("attachment")).toObject().value(QLatin1String("name")).toString();
    if (!as.isEmpty() && m_world.attachmentNamed(app->id, as)) {
        m_world.removeAddon(addon->id);
        return ApiResponse::invalidParams(
            QStringLiteral("Attachment name %1 is already used on %2.").arg(as.toUpper(), app->name));
    }
    attach(*addon, *app, as, {});
    if (plan->isPostgres() && !m_world.attachmentNamed(app->id, QStringLiteral("DATABASE")))
        attach(*addon, *app, QStringLiteral("DATABASE"), {});

    if (plan->isPostgres() && m_provisioner) {
        m_provisioner->provision(addon->id);
    } else {
        addon->state = QStringLiteral("provisioned");
    }
    m_world.markDirty();
    QJsonObject json = addonJson(request, *addon);
    QString message;
    if (!addon->followId.isEmpty())
        message = QStringLiteral("Follower will become available for read-only queries when up-to-date.\n"
                                 "Use `heroku pg:wait` to track status.");
    else if (!addon->forkId.isEmpty())
        message = QStringLiteral("Fork will contain data from %1 at the time of provisioning.").arg(leader->name);
    else if (plan->isPostgres())
        message = QStringLiteral("The database should be available in a few moments.");
    json.insert(QStringLiteral("provision_message"), Presenter::stringOrNull(message));
    return ApiResponse::json(json, 201);
}

ApiResponse AddonsApi::update(const ApiRequest &request)
{
    ApiResponse error;
    const AppRecord *app = nullptr;
    AddonRecord *addon = findAddon(m_world, m_resolver, request.param(0), request.param(1), error, &app);
    if (!addon)
        return error;
    const QString planName = refValue(request.json().value(QLatin1String("plan")));
    const PlanInfo *plan = PlanCatalog::find(planName);
    if (!plan || plan->service != addon->service)
        return planNotFound(planName);
    const PlanInfo *current = PlanCatalog::find(addon->plan);
    if (addon->state != QLatin1String("provisioned"))
        return ApiResponse::invalidParams(QStringLiteral("%1 is not available yet.").arg(addon->name));
    if (plan->name() == addon->plan)
        return ApiResponse::invalidParams(QStringLiteral("%1 is already on %2.").arg(addon->name, plan->name()));
    if (m_world.space(app->spaceId) ? !plan->insidePrivateNetwork : !plan->outsidePrivateNetwork)
        return ApiResponse::invalidParams(
            QStringLiteral("The %1 plan is not available for %2.").arg(plan->name(), app->name));
    if (!addon->followId.isEmpty() && plan->isEssential())
        return ApiResponse::invalidParams(QStringLiteral("Followers cannot move to an Essential plan."));

    QJsonObject json;
    if (!plan->isPostgres() || (current && current->isEssential())) {
        const QString from = addon->plan.section(QLatin1Char(':'), 1);
        addon->plan = plan->name();
        addon->updatedAt = QDateTime::currentDateTimeUtc();
        if (plan->isPostgres() && m_provisioner)
            m_provisioner->changePlanNow(addon->id);
        json = addonJson(request, *addon);
        if (plan->isPostgres())
            json.insert(QStringLiteral("provision_message"), // the words of the Dev Center's "Changing plans"
                        QStringLiteral("Your database's plan is being changed from %1 to %2.")
                            .arg(from, plan->name().section(QLatin1Char(':'), 1)));
    } else {
        // Standard and up: a changeover maintenance that is prepared now and runs on
        // data:maintenances:run or in the maintenance window.
        MaintenanceRecord *maintenance = m_world.openMaintenance(addon->id);
        if (!maintenance || maintenance->status == QLatin1String("running")) {
            auto record = std::make_shared<MaintenanceRecord>();
            record->id = World::newId();
            record->addonId = addon->id;
            record->createdAt = QDateTime::currentDateTimeUtc();
            m_world.maintenances.append(record);
            maintenance = record.get();
        }
        maintenance->status = QStringLiteral("preparing");
        maintenance->createdAt = QDateTime::currentDateTimeUtc();
        maintenance->reason = QStringLiteral("plan_change");
        maintenance->method = QStringLiteral("changeover");
        maintenance->targetPlan = plan->name();
        maintenance->requiredBy = QDateTime::currentDateTimeUtc().addDays(14);
        addon->upgradingToPlan = plan->name();
        json = addonJson(request, *addon);
        json.insert(QStringLiteral("plan"), PlanCatalog::planJson(*plan, request.expands("plan")));
        json.insert(
            QStringLiteral("provision_message"),
            QStringLiteral("Your database's plan is being changed.\n"
                           "This triggers a maintenance that you can run with `heroku data:maintenances:run`."));
    }
    m_world.markDirty();
    return ApiResponse::json(json);
}

ApiResponse AddonsApi::destroy(const ApiRequest &request)
{
    ApiResponse error;
    AddonRecord *addon = findAddon(m_world, m_resolver, request.param(0), request.param(1), error);
    if (!addon)
        return error;
    const bool force = request.json().value(QLatin1String("force")).toBool();
    const QList<AttachmentRecord *> attachments = m_world.attachmentsOfAddon(addon->id);
    for (const AttachmentRecord *attachment : attachments) {
        if (attachment->appId != addon->appId && !force) {
            return ApiResponse::invalidParams(
                QStringLiteral("%1 is attached to other apps. Use --force to destroy it anyway.").arg(addon->name));
        }
    }
    for (const AttachmentRecord *attachment : attachments)
        detach(*attachment);
    for (AddonRecord *follower : m_world.followersOf(addon->id))
        follower->followId.clear();
    addon->state = QStringLiteral("deprovisioned");
    QJsonObject json = addonJson(request, *addon);
    const QString id = addon->id;
    m_world.maintenances.removeIf([&](const auto &m) { return m->addonId == id; });
    m_world.removeAddon(id);
    if (m_provisioner)
        m_provisioner->deprovision(id);
    m_world.markDirty();
    return ApiResponse::json(json);
}

ApiResponse AddonsApi::addonConfig(const ApiRequest &request) const
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return addonNotFound();
    const QString key = request.param(1);
    AttachmentRecord probe;
    probe.addonId = addon->id;
    probe.ns = key;
    const QString url = m_world.attachmentUrl(probe);
    QJsonArray config;
    if (!url.isEmpty())
        config.append(
            QJsonObject { { QStringLiteral("name"), QStringLiteral("url") }, { QStringLiteral("value"), url } });
    return ApiResponse::json(config);
}

ApiResponse AddonsApi::listAttachments(const ApiRequest &request, const QString &appKey, const QString &addonKey) const
{
    QString appId;
    QString addonId;
    ApiResponse error;
    if (!findAppId(m_world, appKey, appId, error))
        return error;
    if (!addonKey.isEmpty()) {
        const AddonRecord *addon = m_world.addon(addonKey);
        if (!addon)
            return addonNotFound();
        addonId = addon->id;
    }
    QList<QJsonObject> items;
    for (const auto &attachment : std::as_const(m_world.attachments)) {
        if ((appId.isEmpty() || attachment->appId == appId) && (addonId.isEmpty() || attachment->addonId == addonId))
            items.append(attachmentJson(m_present, request, *attachment));
    }
    return RangePager::page(request, items, kRangeFields);
}

ApiResponse AddonsApi::createAttachment(const ApiRequest &request)
{
    if (!request.bodyIsValid())
        return ApiResponse::badRequest(QStringLiteral("Invalid JSON in the request body."));
    const QJsonObject body = request.json();
    AddonRecord *addon = m_world.addon(refValue(body.value(QLatin1String("addon"))));
    if (!addon)
        return addonNotFound();
    ApiResponse error;
    AppRecord *app = PlatformApi::findApp(m_world, refValue(body.value(QLatin1String("app"))), &error);
    if (!app)
        return error;
    const QString ns = body.value(QLatin1String("namespace")).toString();
    if (ns.startsWith(QLatin1String("credential:"))) {
        AttachmentRecord probe;
        probe.addonId = addon->id;
        probe.ns = ns;
        if (m_world.attachmentUrl(probe).isEmpty())
            return ApiResponse::notFound(QStringLiteral("credential"));
    }
    QString name = body.value(QLatin1String("name")).toString().trimmed().toUpper();
    static const QRegularExpression validName(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    if (!name.isEmpty() && !validName.match(name).hasMatch())
        return ApiResponse::invalidParams(
            QStringLiteral("Name must start with a letter and can only contain letters, digits and underscores."));
    const QString confirm = body.value(QLatin1String("confirm")).toString();
    AttachmentRecord *existing = name.isEmpty() ? nullptr : m_world.attachmentNamed(app->id, name, ns);
    if (existing && existing->addonId == addon->id)
        return ApiResponse::invalidParams(
            QStringLiteral("%1 is already attached to %2 as %3.").arg(addon->name, app->name, name));
    if (existing) {
        const AddonRecord *previous = m_world.addon(existing->addonId);
        if (confirm != app->name) {
            return ApiResponse::confirmationRequired(
                QStringLiteral("%1 on %2 points to %3. Attaching %4 as %1 replaces it.")
                    .arg(name, app->name, previous ? previous->name : QString(), addon->name));
        }
        bool hasAlias = false;
        for (const AttachmentRecord *other : m_world.attachmentsOfAddon(existing->addonId))
            hasAlias = hasAlias || (other != existing && other->appId == app->id && other->ns == existing->ns);
        const AttachmentRecord old = *existing;
        detach(old);
        if (!hasAlias && previous && old.name == QLatin1String("DATABASE") && old.ns.isEmpty()) {
            // The replaced database keeps an alternate name so that its URL stays reachable.
            attach(*m_world.addon(old.addonId), *app, {}, old.ns);
        }
    }
    AttachmentRecord *attachment = attach(*addon, *app, name, ns);
    return ApiResponse::json(attachmentJson(m_present, request, *attachment), 201);
}

ApiResponse AddonsApi::destroyAttachment(const ApiRequest &request)
{
    const AttachmentRecord *attachment = m_world.attachment(request.param(0));
    if (!attachment)
        return attachmentNotFound();
    const QJsonObject json = m_present.attachment(*attachment, false, false);
    detach(*attachment);
    return ApiResponse::json(json);
}

ApiResponse AddonsApi::resolveAttachments(const ApiRequest &request) const
{
    const QJsonObject body = request.json();
    QString appKey = body.value(QLatin1String("app")).toString();
    const QString name
        = AddonResolver::splitAppPrefix(body.value(QLatin1String("addon_attachment")).toString(), &appKey);
    QString appId;
    ApiResponse error;
    if (!findAppId(m_world, appKey, appId, error))
        return error;
    const QList<AttachmentRecord *> found
        = m_resolver.attachments(name, appId, body.value(QLatin1String("addon_service")).toString());
    if (found.isEmpty())
        return attachmentNotFound();
    QJsonArray array;
    for (const AttachmentRecord *attachment : found)
        array.append(attachmentJson(m_present, request, *attachment));
    return ApiResponse::json(array);
}

ApiResponse AddonsApi::resolveAddons(const ApiRequest &request) const
{
    const QJsonObject body = request.json();
    QString appKey = body.value(QLatin1String("app")).toString();
    const QString name = AddonResolver::splitAppPrefix(body.value(QLatin1String("addon")).toString(), &appKey);
    QString appId;
    ApiResponse error;
    if (!findAppId(m_world, appKey, appId, error))
        return error;
    const QList<AddonRecord *> found
        = m_resolver.addons(name, appId, body.value(QLatin1String("addon_service")).toString());
    if (found.isEmpty())
        return addonNotFound();
    if (found.size() > 1) {
        QStringList names;
        for (const AddonRecord *addon : found)
            names.append(addon->name);
        return ApiResponse::error(422, QStringLiteral("multiple_matches"),
                                  QStringLiteral("Ambiguous identifier; multiple matching add-ons found: %1.")
                                      .arg(names.join(QStringLiteral(", "))));
    }
    return ApiResponse::json(QJsonArray { addonJson(request, *found.constFirst()) });
}

} // namespace hpg::sandbox
