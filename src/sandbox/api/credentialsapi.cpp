#include "credentialsapi.h"

#include "sandbox/databasefleet.h"
#include "sandbox/state/plancatalog.h"

#include <QJsonArray>
#include <QUuid>

namespace hpg::sandbox {

namespace {

using H = ApiRouter::Handler;
using S = ApiRouter::SyncHandler;



const QUuid kCredentialNamespace = QUuid(QStringLiteral("{3c1f7d0a-9f5e-4a55-8b0e-5c8a7f1d2e33}"));

} // namespace

CredentialsApi::CredentialsApi(World &world, DatabaseFleet &fleet)
    : m_world(world)
    , m_fleet(fleet)
{ }

void CredentialsApi::install(ApiRouter &router)
{
    router.add("GET", QStringLiteral("/postgres/v0/databases/{}/credentials"),
               S([this](const ApiRequest &r) { return list(r); }));
    router.add("GET", QStringLiteral("/postgres/v0/databases/{}/credentials/{}"),
               S([this](const ApiRequest &r) { return show(r); }));
    router.add("POST", QStringLiteral("/postgres/v0/databases/{}/credentials"),
               H([this](const ApiRequest &r, const Respond &respond) { create(r, respond); }));
    router.add("DELETE", QStringLiteral("/postgres/v0/databases/{}/credentials/{}"),
               H([this](const ApiRequest &r, const Respond &respond) { destroy(r, respond); }));
    router.add("POST", QStringLiteral("/postgres/v0/databases/{}/credentials/{}/credentials_rotation"),
               H([this](const ApiRequest &r, const Respond &respond) { rotate(r, respond, false); }));
    router.add("POST", QStringLiteral("/postgres/v0/databases/{}/credentials_rotation"),
               H([this](const ApiRequest &r, const Respond &respond) { rotate(r, respond, true); }));
    router.add("POST", QStringLiteral("/postgres/v0/databases/{}/repair-default"), S([this](const ApiRequest &r) {
                   const AddonRecord *addon = m_world.addon(r.param(0));
                   if (!addon)
                       return ApiResponse::databaseNotFound();
                   return ApiResponse::json(QJsonObject {
                       { QStringLiteral("message"),
                         QStringLiteral("The default credential of %1 is in order.").arg(addon->name) } });
               }));
}

QJsonObject CredentialsApi::credentialJson(const QString &addonId, const QString &name) const
{
    const auto endpoint = m_fleet.clusters().endpoint(addonId);
    if (!endpoint)
        return {};
    const PgCredential *credential = endpoint->credential(name);
    if (!credential)
        return {};
    return {
        { QStringLiteral("uuid"),
          QUuid::createUuidV5(kCredentialNamespace, addonId + name).toString(QUuid::WithoutBraces) },
        { QStringLiteral("name"), name },
        { QStringLiteral("state"), QStringLiteral("active") },
        { QStringLiteral("database"), endpoint->database },
        { QStringLiteral("host"), endpoint->host },
        { QStringLiteral("port"), endpoint->port },
        { QStringLiteral("credentials"),
          QJsonArray { QJsonObject { { QStringLiteral("user"), credential->user },
                                     { QStringLiteral("password"), credential->password },
                                     { QStringLiteral("state"), QStringLiteral("active") },
                                     { QStringLiteral("connections"), 0 } } } },
    };
}

ApiResponse CredentialsApi::list(const ApiRequest &request) const
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return ApiResponse::databaseNotFound();
    const auto endpoint = m_fleet.clusters().endpoint(addon->id);
    if (!endpoint)
        return ApiResponse::notFoundWithoutMessage();
    QJsonArray array;
    for (const PgCredential &credential : endpoint->credentials)
        array.append(credentialJson(addon->id, credential.name));
    return ApiResponse::json(array);
}

ApiResponse CredentialsApi::show(const ApiRequest &request) const
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return ApiResponse::databaseNotFound();
    const QJsonObject json = credentialJson(addon->id, request.param(1));
    if (json.isEmpty())
        return ApiResponse::notFound(QStringLiteral("credential"));
    return ApiResponse::json(json);
}

void CredentialsApi::releaseFor(const QString &addonId, const QString &credential)
{
    const QString ns = credential == QLatin1String("default") ? QString() : QStringLiteral("credential:") + credential;
    for (const AttachmentRecord *attachment : m_world.attachmentsOfAddon(addonId)) {
        const bool uses
            = attachment->ns == ns || (ns.isEmpty() && attachment->ns.startsWith(QLatin1String("connection-pooling:")));
        if (!uses)
            continue;
        if (AppRecord *app = m_world.app(attachment->appId))
            m_world.addRelease(
                *app, QStringLiteral("Update %1 by heroku-postgresql").arg(attachment->name + QStringLiteral("_URL")));
    }
}

void CredentialsApi::create(const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    const PlanInfo *plan = PlanCatalog::find(addon->plan);
    if (plan && plan->isEssential()) {
        respond(ApiResponse::invalidParams(QStringLiteral("You can't create a custom credential on Essential-tier databases.")));
        return;
    }
    if (!addon->followId.isEmpty()) {
        respond(ApiResponse::invalidParams(QStringLiteral("Credentials cannot be created on a follower; create them on its leader.")));
        return;
    }
    const QString name = request.json().value(QLatin1String("name")).toString();
    const QString addonId = addon->id;
    m_fleet.when(
        m_fleet.clusters().createCredential(addonId, name),
        [this, addonId, name, respond](const PgCredential &) {
            respond(ApiResponse::json(credentialJson(addonId, name), 201));
        },
        [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
}

void CredentialsApi::destroy(const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    const QString name = request.param(1);
    if (name == QLatin1String("default")) {
        respond(ApiResponse::invalidParams(QStringLiteral("You cannot destroy the default credential.")));
        return;
    }
    QStringList attachedTo;
    for (const AttachmentRecord *attachment : m_world.attachmentsOfAddon(addon->id)) {
        if (attachment->ns == QStringLiteral("credential:") + name)
            attachedTo.append(attachment->name);
    }
    if (!attachedTo.isEmpty()) {
        respond(ApiResponse::invalidParams(QStringLiteral("Credential %1 must be detached from the app(s) first (%2).")
                            .arg(name, attachedTo.join(QStringLiteral(", ")))));
        return;
    }
    m_fleet.when(
        m_fleet.clusters().destroyCredential(addon->id, name),
        [respond, name] {
            respond(ApiResponse::json(
                QJsonObject { { QStringLiteral("message"), QStringLiteral("Destroyed credential %1.").arg(name) } }));
        },
        [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
}

void CredentialsApi::rotate(const ApiRequest &request, const Respond &respond, bool all)
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    if (!addon->followId.isEmpty()) {
        respond(ApiResponse::invalidParams(QStringLiteral("Credentials of a follower are rotated on its leader.")));
        return;
    }
    const auto endpoint = m_fleet.clusters().endpoint(addon->id);
    if (!endpoint) {
        respond(ApiResponse::notFoundWithoutMessage());
        return;
    }
    const bool forced = request.json().value(QLatin1String("forced")).toBool();
    QStringList names;
    if (all) {
        for (const PgCredential &credential : endpoint->credentials)
            names.append(credential.name);
    } else {
        names.append(request.param(1));
        if (!endpoint->credential(names.constFirst())) {
            respond(ApiResponse::notFound(QStringLiteral("credential")));
            return;
        }
    }
    const QString addonId = addon->id;
    auto remaining = std::make_shared<int>(int(names.size()));
    auto errors = std::make_shared<QStringList>();
    for (const QString &name : std::as_const(names)) {
        const bool reset = all || forced || name == QLatin1String("default");
        auto done = [this, addonId, name, remaining, errors, respond](const QString &error) {
            if (error.isEmpty())
                releaseFor(addonId, name);
            else
                errors->append(error);
            if (--*remaining > 0)
                return;
            m_world.markDirty();
            if (!errors->isEmpty())
                respond(ApiResponse::invalidParams(errors->join(QLatin1Char('\n'))));
            else
                respond(ApiResponse::json(
                    QJsonObject { { QStringLiteral("message"), QStringLiteral("Rotation complete.") } }));
        };
        m_fleet.when(
            m_fleet.clusters().rotateCredential(addonId, name, reset), [done](const PgCredential &) { done({}); },
            [done](const QString &error) { done(error.isEmpty() ? QStringLiteral("rotation failed") : error); });
    }
}

} // namespace hpg::sandbox
