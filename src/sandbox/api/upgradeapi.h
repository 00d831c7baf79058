#pragma once

#include "apirouter.h"

namespace hpg::sandbox {

class DataApi;
class DatabaseFleet;
class World;

// pg:upgrade:* (/client/v11/databases/{id}/upgrade/{run|prepare|dry_run|cancel|wait_status}).
// The sandbox has a single PostgreSQL major version, so no database can move to another one.
// What it can rehearse is the follower path of the Heroku Connect runbook: upgrade/run on a
// follower really stops following (a promotion) and leaves a writable database that already
// runs the newest version there is. Everything else answers, as Heroku's API does, with an
// error body {id, message} that says why.
class UpgradeApi
{
public:
    UpgradeApi(World &world, DatabaseFleet &fleet, DataApi &data);

    void install(ApiRouter &router);

private:
    enum class Action { Run, Prepare, DryRun, Cancel };
    void upgrade(Action action, const ApiRequest &request, const Respond &respond);
    void waitStatus(const ApiRequest &request, const Respond &respond);

    World &m_world;
    DatabaseFleet &m_fleet;
    DataApi &m_data;
};

} // namespace hpg::sandbox
