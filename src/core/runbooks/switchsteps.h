#pragma once

#include "step.h"
#include "switchfindings.h"
#include "switchoptions.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hpg {

struct DatabaseInfo;
struct ApiResult;

// The steps of a follower switch (Dev Center "Changing plans by follower
// switch") and of a Private Space migration, which shares them: the follower is
// created on the app in the space, following the source add-on; maintenance
// mode and scale-down happen on the source app; unfollow and promote on the
// app in the space.
//
// Values the steps capture in the journal:
//   findings            SwitchFindings of the pre-flight (the state before anything changed)
//   follower_name/_id   the new database (its name is chosen before it is created, so that a
//                       resumed run finds it instead of creating a second one)
//   follower_attachment its config var without _URL (HEROKU_POSTGRESQL_PURPLE)
//   formation_before    [{type, quantity, size}] before the scale-down
//   maintenance_on_at, scaled_down_at, promoted_at, maintenance_off_at   ISO times (UTC, ms)
//   reattached          [keys of the links attached to the new primary]
class SwitchSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::SwitchSteps)
public:
    static QList<Step> build(const SwitchOptions &options);

    // Commits behind from pg:info's "Behind By" row: -1 when unknown.
    static int behindBy(const DatabaseInfo &info);
    // A new add-on name for the follower: postgresql-<app>-<5 digits>.
    static QString newFollowerName(const QString &app);
    static SwitchFindings findings(const QJsonObject &values);
    // "web=2 worker=1" for a formation array.
    static QString formationText(const QJsonArray &formation, bool zero = false);
    static QString now();
    // The follower as the CLI would name it: its attachment name, else its add-on name.
    static QString followerRef(const QJsonObject &values);

    // The thresholds of the waits (Dev Center: "caught up" is within 200 commits).
    static constexpr int kCaughtUpCommits = 200;

private:
    static Step preflight(const SwitchOptions &o);
    static Step provisionFollower(const SwitchOptions &o);
    static Step waitAvailable(const SwitchOptions &o);
    static Step waitCaughtUp(const SwitchOptions &o);
    static Step pauseConnect(const SwitchOptions &o);
    static Step maintenanceOn(const SwitchOptions &o);
    static Step scaleDown(const SwitchOptions &o);
    static Step waitNoLag(const SwitchOptions &o);
    static Step unfollow(const SwitchOptions &o);
    static Step verifyWritable(const SwitchOptions &o);
    static Step promote(const SwitchOptions &o);
    static Step reattach(const SwitchOptions &o);
    static Step restoreFormation(const SwitchOptions &o);
    static Step maintenanceOff(const SwitchOptions &o);
    static Step resumeConnect(const SwitchOptions &o);
};

} // namespace hpg
