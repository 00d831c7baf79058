#pragma once

#include "core/heroku/connectconnection.h"
#include "step.h"
#include "steps/followerspec.h"
#include "steps/followersteps.h"
#include "switchfindings.h"
#include "switchpreflight.h"
#include "switchoptions.h"

#include <QCoreApplication>

namespace hpg {

struct DatabaseInfo;

// The steps of a follower switch (Dev Center "Changing plans by follower
// switch") and of a Private Space migration, which shares them: the follower is
// created on the app in the space, following the source add-on; maintenance
// mode and scale-down happen on the source app; unfollow and promote on the
// app in the space. A composition of the shared steps in steps/, plus the
// pre-flight.
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
    // The steps that bring `app` back up as it was before the run (its formation, maintenance
    // mode off unless it was on before, Heroku Connect resumed): the end of a switch, and all of a
    // bring-back (BringBack). They read formation_before and findings.
    static QList<Step> bringBack(const QString &app);

    // Runs the shared pre-flight for a step's action (its plan rule `check`, or the follower switch's
    // when empty): on an API error or a refusal the step fails; otherwise `found` gets the findings.
    static void runPreflight(StepContext &ctx, const SwitchOptions &options, const SwitchPreflight::PlanCheck &check,
                             const std::function<void(const SwitchFindings &)> &found);
    // "preflight": a Check step titled `title` (heroku pg:info DATABASE -a APP) that runs the shared
    // pre-flight for `options` (see runPreflight) and hands the findings to `found`, which answers.
    static Step preflightStep(const QString &title, const SwitchOptions &options,
                              const SwitchPreflight::PlanCheck &check,
                              const std::function<void(StepContext &, const SwitchFindings &)> &found);
    // The attachments a new primary gets back, in order: pools first, then other apps.
    static QList<SwitchFindings::Link> linksToRestore(const QJsonObject &values);

    // The follower a switch creates (or uses) and promotes, following the source add-on.
    static FollowerSpec follower(const SwitchOptions &options);
    static SwitchFindings findings(const QJsonObject &values);
    // The Heroku Connect connections a run pauses and resumes: those the pre-flight found running.
    static QList<ConnectConnection> managedConnections(const QJsonObject &values);
    // The follower as the CLI would name it: its attachment name, else its add-on name.
    static QString followerRef(const QJsonObject &values);

    // Commits behind and the "caught up" threshold: see FollowerSteps.
    static qint64 behindBy(const DatabaseInfo &info) { return FollowerSteps::behindBy(info); }
    static constexpr int kCaughtUpCommits = FollowerSteps::kCaughtUpCommits;

private:
    static Step preflight(const SwitchOptions &o);
    static Step activateTarget(const SwitchOptions &o);
};

} // namespace hpg
