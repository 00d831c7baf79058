#pragma once

#include "journal.h"
#include "planchangeoptions.h"
#include "runbookregistry.h"

#include <QCoreApplication>

namespace hpg {

struct SwitchFindings;

// A plan change as the Dev Center recommends it (heroku addons:upgrade), as a runbook:
//   Essential → Essential: the change starts at once; the database is read-only for a few
//     minutes (maintenance mode around it when asked);
//   Standard and up → Standard and up: Heroku prepares the new database while the app runs
//     (can take hours), then the changeover runs, with maintenance mode on, the dynos scaled
//     down and Heroku Connect paused (or without, after a typed confirmation), and the app is
//     brought back as it was.
// Other moves (Essential ↔ another tier) are refused with the Dev Center's reason: pg:copy.
//
// Values: findings (SwitchFindings of the shared pre-flight), database_id, route ("upgrade" for
// Essential, "changeover"), and those of the shared steps (formation_before, maintenance_on_at…).
class PlanChange
{
    Q_DECLARE_TR_FUNCTIONS(hpg::PlanChange)
public:
    static constexpr const char *kKind = "plan-change";

    static RunbookKind kind();
    static QList<Step> build(const PlanChangeOptions &options);
    static Journal newJournal(const PlanChangeOptions &options, const RunbookServices &owner, const QString &dir = {});
    // Why `targetPlan` cannot replace `sourcePlan` by addons:upgrade (translated), or empty.
    static QString planRefusal(const QString &sourcePlan, const QString &targetPlan, const QString &app);
    static QStringList summary(const Journal &journal);
};

} // namespace hpg
