#pragma once

#include "connectsteps.h"
#include "followerspec.h"

#include <QCoreApplication>

namespace hpg {

struct DatabaseInfo;

// A major version upgrade of a follower (heroku pg:upgrade:run, reference §8.8): it stops following
// its leader and upgrades; and the checks around it: the row counts of every table before, then
// the new version, the same row counts and the extensions on the upgraded database, and Heroku
// Connect syncing again afterwards.
//
// Values in the journal (keys of the FollowerSpec, and):
//   rows_before         {"schema.table": rows} on the source once nothing writes: captured by countRows()
//   upgraded_version    the version the upgraded database runs ("17.2"): captured by verify()
//   extensions_after    [{name, installed, offered}] installed extensions whose version the upgraded
//                       server offers differently: captured by verify()
class UpgradeSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::UpgradeSteps)
public:
    // "upgrade-follower": heroku pg:upgrade:run FOLLOWER --version V; the point of no return.
    static Step run(const FollowerSpec &follower, const QString &version);
    // "wait-upgrade": heroku pg:upgrade:wait, until the follower runs `version` and is available.
    static Step wait(const FollowerSpec &follower, const QString &version);
    // "count-rows": every table's row count on the database behind `configVar` of `app` (e.g.
    // DATABASE_URL), once nothing writes.
    static Step countRows(const QString &app, const Step::Text &configVar);
    // "verify-upgrade": the follower runs `version`, has every table of rows_before with the same
    // row count, and its installed extensions against what its server offers.
    static Step verify(const FollowerSpec &follower, const QString &version);
    // "verify-connect": the connections are syncing again: IDLE or polling, every mapping DATA_SYNCED.
    static Step verifyConnect(const QString &app, const ConnectSteps::Connections &connections);

    // "17" of "17.2" (pg:info's PG Version).
    static QString major(const QString &version);
};

} // namespace hpg
