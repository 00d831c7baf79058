#pragma once

#include "apirouter.h"

#include <QHash>

#include <atomic>
#include <memory>

namespace hpg::sandbox {

class DataApi;
class DatabaseFleet;
class World;
struct AddonRecord;

// pg:upgrade:* (/client/v11/databases/{id}/upgrade/{run|prepare|dry_run|cancel|wait_status}).
// A real major-version upgrade (ClusterManager::upgrade: a new cluster of the target version
// filled by dump and restore, swapped in on the same port), as Heroku's API sequences it:
// - Essential: upgrade/run upgrades in place;
// - a follower: upgrade/run stops following (a real promotion), then upgrades;
// - a Standard-or-higher leader: upgrade/prepare schedules, upgrade/run runs what was scheduled,
//   upgrade/cancel drops the schedule (or stops an upgrade while it copies data);
// - upgrade/dry_run checks that the upgrade could run and answers at once.
// wait_status reports {waiting?, error?, step "1/3", message} while it runs. Errors answer
// {id, message} as Heroku's API does. `stepSeconds` (POST /_sandbox/timing
// upgrade_step_seconds) makes each step last at least that long, so that a client's wait can
// be interrupted in the middle.
class UpgradeApi
{
public:
    UpgradeApi(World &world, DatabaseFleet &fleet, DataApi &data);

    void install(ApiRouter &router);

    int stepSeconds = 0;

private:
    enum class Action { Run, Prepare, DryRun, Cancel };
    struct Status
    {
        bool waiting = false;
        bool error = false;
        int step = 0;
        int targetVersion = 0;
        QString message;
        std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    };

    void upgrade(Action action, const ApiRequest &request, const Respond &respond);
    void act(Action action, const AddonRecord &addon, int current, int requested, const Respond &respond);
    // Starts the upgrade of `addonId` to `version` (a follower unfollows first) and answers.
    void start(const QString &addonId, int version, const Respond &respond);
    void runUpgrade(const QString &addonId, int version);
    void waitStatus(const ApiRequest &request, const Respond &respond);

    World &m_world;
    DatabaseFleet &m_fleet;
    DataApi &m_data;
    QHash<QString, std::shared_ptr<Status>> m_status; // by add-on id
};

} // namespace hpg::sandbox
