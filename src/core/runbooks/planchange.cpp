#include "planchange.h"

#include "core/heroku/plan.h"
#include "stepcontext.h"
#include "steps/backupsteps.h"
#include "steps/connectsteps.h"
#include "steps/formationsteps.h"
#include "steps/maintenancesteps.h"
#include "steps/planchangesteps.h"
#include "switchpreflight.h"
#include "switchsteps.h"

#include <QLocale>

namespace hpg {

namespace {

const QString kIdKey = QStringLiteral("database_id");

bool isChangeover(const QJsonObject &values)
{
    return values.value(QStringLiteral("route")).toString() == QLatin1String("changeover");
}

Step preflight(const PlanChangeOptions &o)
{
    SwitchOptions options;
    options.app = o.app;
    options.database = o.database;
    options.targetPlan = o.fullTargetPlan();
    const auto check = [o](const SwitchFindings &f, const QString &target) {
        return PlanChange::planRefusal(f.sourcePlan, target, o.app);
    };
    const auto found = [](StepContext &ctx, const SwitchFindings &f) {
        const bool changeover = Plan::tierOf(f.sourcePlan) != Plan::Tier::Essential;
        ctx.capture(QStringLiteral("findings"), f.toJson());
        ctx.capture(kIdKey, f.sourceAddonId);
        ctx.capture(QStringLiteral("route"), changeover ? QStringLiteral("changeover") : QStringLiteral("upgrade"));
        ctx.done(changeover ? PlanChange::tr("%1 is on %2: Heroku prepares the new database, then a changeover "
                                             "maintenance moves to it.")
                                  .arg(f.sourceAddonName, f.sourcePlan)
                            : PlanChange::tr("%1 is on %2: the plan changes at once; the database is read-only "
                                             "for a few minutes.")
                                  .arg(f.sourceAddonName, f.sourcePlan));
    };
    return SwitchSteps::preflightStep(PlanChange::tr("Check the database, its plan and Heroku Connect"), options, check,
                                      found);
}

Step onRoute(Step s, bool changeover)
{
    const Step::Predicate needed = s.needed;
    s.needed = [needed, changeover](const QJsonObject &values) {
        return isChangeover(values) == changeover && (!needed || needed(values));
    };
    return s;
}

} // namespace

QString PlanChange::planRefusal(const QString &sourcePlan, const QString &targetPlan, const QString &app)
{
    const Plan::Tier source = Plan::tierOf(sourcePlan);
    const Plan::Tier target = Plan::tierOf(targetPlan);
    if (sourcePlan == targetPlan)
        return tr("The database is already on %1.").arg(targetPlan);
    if ((source == Plan::Tier::Essential) != (target == Plan::Tier::Essential)) {
        return tr("%1 to %2 crosses the Essential tier: addons:upgrade cannot do that. Use pg:copy, as the Dev "
                  "Center says: create a database on %2, put %3 in maintenance mode, copy with heroku pg:copy, then "
                  "promote the copy (about 3 minutes of down time per GB).")
            .arg(sourcePlan, targetPlan, app);
    }
    if (source == Plan::Tier::Unknown || target == Plan::Tier::Unknown)
        return tr("%1 is not a Heroku Postgres plan that hpgdesk knows.")
            .arg(target == Plan::Tier::Unknown ? targetPlan : sourcePlan);
    return {};
}

QList<Step> PlanChange::build(const PlanChangeOptions &o)
{
    const QString plan = o.fullTargetPlan();
    // In the window Heroku changes the database on its own: the run does not take the app down.
    const bool byRun = !o.inWindow;
    const auto maintenance = [o](Step s) {
        const Step::Predicate needed = s.needed;
        s.needed = [needed, o](const QJsonObject &values) {
            return o.maintenanceMode && !(o.inWindow && isChangeover(values)) && (!needed || needed(values));
        };
        return s;
    };
    const auto whenRunNow = [byRun](Step s) {
        const Step::Predicate needed = s.needed;
        s.needed = [needed, byRun](const QJsonObject &values) {
            return (byRun || !isChangeover(values)) && (!needed || needed(values));
        };
        return s;
    };
    Step window = PlanChangeSteps::waitWindow(o.app, plan, kIdKey);
    window.needed = [byRun](const QJsonObject &) {
        return !byRun;
    };
    QList<Step> steps {
        preflight(o),
        onRoute(PlanChangeSteps::changePlan(QStringLiteral("prepare-changeover"), o.app, plan, kIdKey), true),
        onRoute(PlanChangeSteps::waitReady(plan, kIdKey), true),
        onRoute(window, true),
        maintenance(ConnectSteps::pause(o.app, SwitchSteps::managedConnections)),
        maintenance(MaintenanceSteps::on(o.app)),
        maintenance(FormationSteps::scaleDown(o.app)),
        maintenance(PlanChangeSteps::waitDynosStopped(o.app)),
        onRoute(PlanChangeSteps::changePlan(QStringLiteral("change-plan"), o.app, plan, kIdKey), false),
        whenRunNow(onRoute(
            PlanChangeSteps::runChangeover(o.app, plan, kIdKey, o.maintenanceMode ? QString() : o.app), true)),
        PlanChangeSteps::waitPlanChanged(o.app, plan, kIdKey)
    };
    for (Step &s : SwitchSteps::bringBack(o.app))
        steps << maintenance(s);
    if (o.backupFirst)
        steps = steps.mid(0, 1) + BackupSteps::captureFirst(o.app, o.database) + steps.mid(1);
    return steps;
}

Journal PlanChange::newJournal(const PlanChangeOptions &options, const RunbookServices &owner, const QString &dir)
{
    return RunbookRegistry::newJournal(QLatin1String(kKind), options.app, options.toJson(), owner, dir);
}

QStringList PlanChange::summary(const Journal &journal)
{
    const PlanChangeOptions o = PlanChangeOptions::fromJson(journal.parameters());
    const SwitchFindings f = SwitchSteps::findings(journal.values());
    QStringList lines {
        tr("%1 is now on %2 (it was on %3).").arg(f.sourceAddonName, o.fullTargetPlan(), f.sourcePlan)
    };
    if (const QString downtime = RunbookRegistry::downTimeSentence(journal); !downtime.isEmpty())
        lines.append(downtime);
    if (o.inWindow && isChangeover(journal.values()))
        lines.append(tr("Heroku ran the changeover in the maintenance window; the app was not put in maintenance "
                        "mode by hpgdesk."));
    if (isChangeover(journal.values()) && !f.followers.isEmpty())
        lines.append(tr("Followers of the database (%1) are moved to the new database by Heroku; restart the apps "
                        "that read from them if they hold connections.")
                         .arg(QLocale().createSeparatedList(f.followers)));
    return lines;
}

RunbookKind PlanChange::kind()
{
    RunbookKind k;
    k.id = QLatin1String(kKind);
    k.title = [](const QJsonObject &parameters) {
        const PlanChangeOptions o = PlanChangeOptions::fromJson(parameters);
        return tr("Plan change of %1 to %2").arg(o.app, o.fullTargetPlan().section(QLatin1Char(':'), 1));
    };
    k.steps = [](const QJsonObject &parameters) {
        return build(PlanChangeOptions::fromJson(parameters));
    };
    k.summary = &PlanChange::summary;
    k.resources = [](const QJsonObject &parameters) {
        const PlanChangeOptions o = PlanChangeOptions::fromJson(parameters);
        return QStringList { o.app + QLatin1Char('/') + o.database };
    };
    k.downWindow = &RunbookRegistry::maintenanceModeWindow;
    return k;
}

} // namespace hpg
