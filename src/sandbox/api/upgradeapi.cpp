#include "upgradeapi.h"

#include "dataapi.h"
#include "sandbox/databasefleet.h"
#include "sandbox/state/plancatalog.h"

namespace hpg::sandbox {

namespace {



} // namespace

UpgradeApi::UpgradeApi(World &world, DatabaseFleet &fleet, DataApi &data)
    : m_world(world)
    , m_fleet(fleet)
    , m_data(data)
{ }

void UpgradeApi::install(ApiRouter &router)
{
    const QList<std::pair<const char *, Action>> actions = { { "run", Action::Run },
                                                             { "prepare", Action::Prepare },
                                                             { "dry_run", Action::DryRun },
                                                             { "cancel", Action::Cancel } };
    for (const auto &[path, action] : actions) {
        router.add("POST", QStringLiteral("/client/v11/databases/{}/upgrade/") + QLatin1String(path),
                   ApiRouter::Handler(
                       [this, action](const ApiRequest &r, const Respond &respond) { upgrade(action, r, respond); }));
    }
    router.add("GET", QStringLiteral("/client/v11/databases/{}/upgrade/wait_status"),
               ApiRouter::Handler([this](const ApiRequest &r, const Respond &respond) { waitStatus(r, respond); }));
}

void UpgradeApi::upgrade(Action action, const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    if (addon->state != QLatin1String("provisioned")) {
        respond(ApiResponse::invalidParams(QStringLiteral("%1 is not available yet.").arg(addon->name)));
        return;
    }
    const QString addonId = addon->id;
    const QString requested = request.json().value(QLatin1String("version")).toVariant().toString();
    m_fleet.when(
        m_fleet.clusters().stats(addonId),
        [this, action, addonId, requested, respond](const PgStats &stats) {
            const AddonRecord *current = m_world.addon(addonId);
            if (!current) {
                respond(ApiResponse::databaseNotFound());
                return;
            }
            const QString major = stats.serverVersion.section(QLatin1Char('.'), 0, 0);
            if (!requested.isEmpty() && requested != major) {
                respond(ApiResponse::invalidParams(QStringLiteral("PostgreSQL %1 is not available in this sandbox: it runs PostgreSQL %2 "
                                              "only, so %3 cannot change its major version.")
                                   .arg(requested, major, current->name)));
                return;
            }
            const PlanInfo *plan = PlanCatalog::find(current->plan);
            const bool follower = !current->followId.isEmpty();
            const QString newest = QStringLiteral("%1 already runs PostgreSQL %2, the newest version in this sandbox; "
                                                  "there is nothing to upgrade to.")
                                       .arg(current->name, major);
            switch (action) {
            case Action::Run:
                if (!follower) {
                    respond(ApiResponse::invalidParams(newest));
                    return;
                }
                // A follower: it stops following (a real promotion), then "upgrades" to the newest
                // version, which it already runs.
                m_data.stopFollowing(
                    addonId,
                    [respond, name = current->name, major] {
                        respond(ApiResponse::json(QJsonObject {
                            { QStringLiteral("message"),
                              QStringLiteral("%1 stopped following its leader and is now writable. It runs PostgreSQL "
                                             "%2, the newest version in this sandbox. Use `heroku pg:upgrade:wait` to "
                                             "track the status.")
                                  .arg(name, major) } }));
                    },
                    [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
                return;
            case Action::Prepare:
            case Action::DryRun:
                if (plan && plan->isEssential())
                    respond(ApiResponse::invalidParams(QStringLiteral("You can only use this command on Standard-tier and higher leader "
                                                  "databases. Use `heroku pg:upgrade:run` on %1 instead.")
                                       .arg(current->name)));
                else if (follower)
                    respond(ApiResponse::invalidParams(QStringLiteral("%1 is a follower. Use `heroku pg:upgrade:run` to upgrade a "
                                                  "follower; it stops following its leader first.")
                                       .arg(current->name)));
                else
                    respond(ApiResponse::invalidParams(newest));
                return;
            case Action::Cancel:
                respond(ApiResponse::invalidParams(QStringLiteral("%1 has no scheduled upgrade to cancel.").arg(current->name)));
                return;
            }
        },
        [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
}

void UpgradeApi::waitStatus(const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    // No upgrade ever runs for long here: once upgrade/run has answered, it is done.
    respond(ApiResponse::json(QJsonObject { { QStringLiteral("waiting?"), false },
                                            { QStringLiteral("error?"), false },
                                            { QStringLiteral("message"), QStringLiteral("available") } }));
}

} // namespace hpg::sandbox
