#pragma once

#include "followerspec.h"

#include <QCoreApplication>

namespace hpg {

struct DatabaseInfo;

// A follower of a database and its lag (Dev Center "Changing plans by follower switch"):
// provision it, wait until it is available, until it is caught up, and until it has no lag
// at all once the app's dynos are gone.
//
// Values in the journal (keys from the FollowerSpec):
//   follower_name        chosen and captured before the follower is created, so that a resumed
//                        run finds it instead of creating a second one; read by every step
//   follower_id          captured when it is created or found
//   follower_attachment  captured once it is available
//   formation_before     read by waitNoLag() (see FormationSteps)
class FollowerSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::FollowerSteps)
public:
    // "provision-follower": heroku addons:create PLAN --follow LEADER, under the chosen name; for a
    // spec that follows nothing, "provision-database": heroku addons:create PLAN.
    static Step provision(const FollowerSpec &follower, const Step::Predicate &needed = {});
    // "wait-available": heroku pg:wait (the new database, following or not).
    static Step waitAvailable(const FollowerSpec &follower);
    // "wait-caught-up": within kCaughtUpCommits of its leader.
    static Step waitCaughtUp(const FollowerSpec &follower);
    // "wait-no-lag": the dynos of `dynosApp` scaled down (as remembered at `formationKey`) are
    // gone, then the follower is 0 commits behind.
    static Step waitNoLag(const FollowerSpec &follower, const QString &dynosApp,
                          const QString &formationKey = QStringLiteral("formation_before"));

    // Commits behind from pg:info's "Behind By" row; -1 when unknown (missing, unreadable or
    // too large to be a count).
    static qint64 behindBy(const DatabaseInfo &info);
    // A new add-on name for a follower on `app`: postgresql-<app>-<5 digits>.
    static QString newName(const QString &app);

    // Dev Center: "caught up" is within 200 commits.
    static constexpr int kCaughtUpCommits = 200;
};

} // namespace hpg
