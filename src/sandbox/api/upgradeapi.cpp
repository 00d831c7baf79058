#include "upgradeapi.h"

#include "dataapi.h"
#include "sandbox/databasefleet.h"
#include "sandbox/state/plancatalog.h"
#include "sandbox/state/world.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <algorithm>

namespace hpg::sandbox {

namespace {

constexpr int stepCount = 3;

QString versionList(const QList<int> &versions)
{
    QStringList names;
    for (int v : versions)
        names << QString::number(v);
    return names.join(QStringLiteral(", ")); // not prose: a list of numbers in an API message
}

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
    const QString asked = request.json().value(QLatin1String("version")).toVariant().toString().trimmed();
    int requested = 0;
    if (!asked.isEmpty()) {
        bool ok = false;
        requested = asked.toInt(&ok);
        const QList<int> versions = m_fleet.clusters().supportedVersions();
        if (!ok || !versions.contains(requested)) {
            respond(ApiResponse::invalidParams(
                QStringLiteral("PostgreSQL %1 is not available in this sandbox. Available versions: %2.")
                    .arg(asked, versionList(versions))));
            return;
        }
    }
    m_fleet.when(
        m_fleet.clusters().stats(addonId),
        [this, action, addonId, requested, respond](const PgStats &stats) {
            const AddonRecord *current = m_world.addon(addonId);
            if (!current) {
                respond(ApiResponse::databaseNotFound());
                return;
            }
            act(action, *current, stats.serverVersion.section(QLatin1Char('.'), 0, 0).toInt(), requested, respond);
        },
        [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
}

void UpgradeApi::act(Action action, const AddonRecord &addon, int current, int requested, const Respond &respond)
{
    const QList<int> versions = m_fleet.clusters().supportedVersions();
    const int newest = *std::max_element(versions.cbegin(), versions.cend());
    const PlanInfo *plan = PlanCatalog::find(addon.plan);
    const bool essential = plan && plan->isEssential();
    const bool follower = !addon.followId.isEmpty();
    const std::shared_ptr<Status> status = m_status.value(addon.id);
    const bool running = status && status->waiting;
    const auto refuse = [&respond](const QString &message) { respond(ApiResponse::invalidParams(message)); };
    const auto targetCheck = [&](int target) {
        if (target == current && !follower)
            return QStringLiteral("%1 already runs PostgreSQL %2; there is nothing to upgrade to.")
                .arg(addon.name)
                .arg(current);
        if (target < current)
            return QStringLiteral("%1 runs PostgreSQL %2: it cannot be downgraded to %3.")
                .arg(addon.name)
                .arg(current)
                .arg(target);
        return QString();
    };
    if (running && action != Action::Cancel) {
        refuse(QStringLiteral("An upgrade of %1 is already running. Use `heroku pg:upgrade:wait` to track the "
                              "status.")
                   .arg(addon.name));
        return;
    }
    switch (action) {
    case Action::Run: {
        int target = requested > 0 ? requested : newest;
        if (!essential && !follower) {
            if (addon.upgradePreparedVersion <= 0) {
                refuse(QStringLiteral("You must schedule the upgrade of %1 with `heroku pg:upgrade:prepare` before "
                                      "you run it.")
                           .arg(addon.name));
                return;
            }
            if (requested > 0 && requested != addon.upgradePreparedVersion) {
                refuse(QStringLiteral("The upgrade of %1 was prepared for PostgreSQL %2, not %3. Cancel it with "
                                      "`heroku pg:upgrade:cancel` and prepare it again.")
                           .arg(addon.name)
                           .arg(addon.upgradePreparedVersion)
                           .arg(requested));
                return;
            }
            target = addon.upgradePreparedVersion;
        }
        if (const QString problem = targetCheck(target); !problem.isEmpty()) {
            refuse(problem);
            return;
        }
        start(addon.id, target == current ? 0 : target, respond);
        return;
    }
    case Action::Prepare:
    case Action::DryRun: {
        if (essential) {
            refuse(QStringLiteral("You can only use this command on Standard-tier and higher leader databases. Use "
                                  "`heroku pg:upgrade:run` on %1 instead.")
                       .arg(addon.name));
            return;
        }
        if (follower) {
            refuse(QStringLiteral("%1 is a follower. Use `heroku pg:upgrade:run` to upgrade a follower; it stops "
                                  "following its leader first.")
                       .arg(addon.name));
            return;
        }
        const int target = requested > 0 ? requested : newest;
        if (const QString problem = targetCheck(target); !problem.isEmpty()) {
            refuse(problem);
            return;
        }
        if (!m_world.followersOf(addon.id).isEmpty()) {
            refuse(QStringLiteral("%1 has followers, and the sandbox cannot rebuild followers of a PostgreSQL %2 "
                                  "database. Destroy or unfollow its followers first.")
                       .arg(addon.name)
                       .arg(target));
            return;
        }
        if (action == Action::DryRun) {
            respond(ApiResponse::json(QJsonObject {
                { QStringLiteral("message"),
                  QStringLiteral("The dry run of the upgrade of %1 from PostgreSQL %2 to %3 found no problems. The "
                                 "upgrade would copy the data into a new PostgreSQL %3 database while %1 is "
                                 "unavailable.")
                      .arg(addon.name)
                      .arg(current)
                      .arg(target) } }));
            return;
        }
        if (AddonRecord *record = m_world.addon(addon.id)) {
            record->upgradePreparedVersion = target;
            m_world.markDirty();
        }
        respond(ApiResponse::json(QJsonObject {
            { QStringLiteral("message"),
              QStringLiteral("The upgrade of %1 to PostgreSQL %2 is scheduled. Run `heroku pg:upgrade:run` to start "
                             "it, or `heroku pg:upgrade:cancel` to cancel it.")
                  .arg(addon.name)
                  .arg(target) } }));
        return;
    }
    case Action::Cancel:
        if (running) {
            status->cancelled->store(true);
            respond(ApiResponse::json(QJsonObject {
                { QStringLiteral("message"),
                  QStringLiteral("Canceling the upgrade of %1. It keeps its PostgreSQL %2 data if the copy has not "
                                 "finished yet. Use `heroku pg:upgrade:wait` to track the status.")
                      .arg(addon.name)
                      .arg(current) } }));
            return;
        }
        if (addon.upgradePreparedVersion <= 0) {
            refuse(QStringLiteral("%1 has no scheduled upgrade to cancel.").arg(addon.name));
            return;
        }
        if (AddonRecord *record = m_world.addon(addon.id)) {
            record->upgradePreparedVersion = 0;
            m_world.markDirty();
        }
        respond(ApiResponse::json(QJsonObject {
            { QStringLiteral("message"), QStringLiteral("Canceled the scheduled upgrade of %1.").arg(addon.name) } }));
        return;
    }
}

void UpgradeApi::start(const QString &addonId, int version, const Respond &respond)
{
    const AddonRecord *addon = m_world.addon(addonId);
    if (!addon)
        return;
    const QString name = addon->name;
    const QString tracking = QStringLiteral("Use `heroku pg:upgrade:wait` to track the status.");
    if (addon->followId.isEmpty()) {
        runUpgrade(addonId, version);
        respond(ApiResponse::json(QJsonObject {
            { QStringLiteral("message"),
              QStringLiteral("Started the upgrade of %1 to PostgreSQL %2. %3").arg(name).arg(version).arg(tracking) } }));
        return;
    }
    // A follower: it stops following (a real promotion), then upgrades. Without a newer version
    // to go to it only stops following.
    m_data.stopFollowing(
        addonId,
        [this, respond, addonId, name, version, tracking] {
            if (version <= 0) {
                respond(ApiResponse::json(QJsonObject {
                    { QStringLiteral("message"),
                      QStringLiteral("%1 stopped following its leader and is now writable. It already runs the "
                                     "newest PostgreSQL version in this sandbox. %2")
                          .arg(name, tracking) } }));
                return;
            }
            runUpgrade(addonId, version);
            respond(ApiResponse::json(QJsonObject {
                { QStringLiteral("message"),
                  QStringLiteral("%1 stopped following its leader and is now writable. Started its upgrade to "
                                 "PostgreSQL %2. %3")
                      .arg(name)
                      .arg(version)
                      .arg(tracking) } }));
        },
        [respond](const QString &error) { respond(ApiResponse::invalidParams(error)); });
}

void UpgradeApi::runUpgrade(const QString &addonId, int version)
{
    auto status = std::make_shared<Status>();
    status->waiting = true;
    status->step = 1;
    status->targetVersion = version;
    status->message = QStringLiteral("Preparing the upgrade to PostgreSQL %1").arg(version);
    m_status.insert(addonId, status);
    QPointer<DatabaseFleet> fleet(&m_fleet);
    const int seconds = stepSeconds;
    const auto cancelled = status->cancelled;
    auto progress = [fleet, status, seconds, cancelled](int step, const QString &message) {
        if (fleet) {
            QMetaObject::invokeMethod(
                fleet.data(),
                [status, step, message] {
                    status->step = step;
                    status->message = message;
                },
                Qt::QueuedConnection);
        }
        // A rehearsal of a long upgrade: each step lasts at least `seconds` (on the worker thread).
        QElapsedTimer clock;
        clock.start();
        while (seconds > 0 && clock.elapsed() < seconds * 1000LL && !(step < stepCount && cancelled->load()))
            QThread::msleep(50);
    };
    const auto finish = [this, addonId, status, version](const QString &error) {
        status->waiting = false;
        status->error = !error.isEmpty();
        status->step = stepCount;
        if (error.isEmpty()) {
            status->message = QStringLiteral("Your database has been upgraded to PostgreSQL %1.").arg(version);
            if (AddonRecord *addon = m_world.addon(addonId)) {
                addon->pgVersion = version;
                addon->upgradePreparedVersion = 0;
                addon->updatedAt = QDateTime::currentDateTimeUtc();
            }
        } else if (status->cancelled->load()) {
            status->message = QStringLiteral("The upgrade was canceled: %1").arg(error);
        } else {
            status->message = QStringLiteral("The upgrade failed: %1").arg(error);
        }
        m_world.markDirty();
    };
    m_fleet.when(
        m_fleet.clusters().upgrade(addonId, version, progress, [cancelled] { return cancelled->load(); }),
        [finish] { finish({}); }, [finish](const QString &error) { finish(error); });
}

void UpgradeApi::waitStatus(const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    const std::shared_ptr<Status> status = m_status.value(addon->id);
    if (!status) {
        respond(ApiResponse::json(QJsonObject { { QStringLiteral("waiting?"), false },
                                                { QStringLiteral("error?"), false },
                                                { QStringLiteral("message"), QStringLiteral("available") } }));
        return;
    }
    QJsonObject json { { QStringLiteral("waiting?"), status->waiting },
                       { QStringLiteral("error?"), status->error },
                       { QStringLiteral("message"), status->message } };
    if (status->waiting)
        json.insert(QStringLiteral("step"), QStringLiteral("%1/%2").arg(status->step).arg(stepCount));
    else if (status->error)
        m_status.remove(addon->id); // reported once, like a failed operation on Heroku
    respond(ApiResponse::json(json));
}

} // namespace hpg::sandbox
