#include "runmaintenance.h"

#include "core/heroku/dataclient.h"
#include "core/heroku/maintenance.h"
#include "core/heroku/plan.h"
#include "stepcontext.h"
#include "steps/connectsteps.h"
#include "steps/databasemaintenancesteps.h"
#include "steps/formationsteps.h"
#include "steps/maintenancesteps.h"
#include "steps/planchangesteps.h"
#include "switchsteps.h"

#include <QLocale>

namespace hpg {

namespace {

const QString kIdKey = QStringLiteral("database_id");

Step preflight(const RunMaintenanceOptions &o)
{
    Step s;
    s.id = QStringLiteral("preflight");
    s.kind = Step::Kind::Check;
    s.title = RunMaintenance::tr("Check the database, its scheduled maintenance and Heroku Connect");
    s.cli = [o](const QJsonObject &) {
        return QStringLiteral("heroku data:maintenances:info %1 -a %2").arg(o.database, o.app);
    };
    s.action = [o](StepContext &ctx) {
        SwitchOptions options;
        options.app = o.app;
        options.database = o.database;
        const auto check = [](const SwitchFindings &f, const QString &) {
            return Plan::tierOf(f.sourcePlan) == Plan::Tier::Essential
                ? RunMaintenance::tr("%1 is an Essential-tier database: Heroku maintains it without a window, and "
                                     "its maintenances cannot be run by hand.")
                      .arg(f.sourceAddonName)
                : QString();
        };
        SwitchSteps::runPreflight(ctx, options, check, [&ctx](const SwitchFindings &f) {
            ctx.capture(QStringLiteral("findings"), f.toJson());
            ctx.capture(kIdKey, f.sourceAddonId);
            ctx.watch(ctx.data().maintenance(f.sourceAddonId, ctx.owner()), [&ctx, f](const ApiResult &result) {
                if (!result.ok()) {
                    ctx.fail(result.error);
                    return;
                }
                const Maintenance m = Maintenance::fromJson(result.object());
                if (m.status == QLatin1String("preparing")) {
                    ctx.fail(RunMaintenance::tr("The maintenance of %1 is still being prepared; run it once it is "
                                                "ready.")
                                 .arg(f.sourceAddonName));
                } else if (!m.isScheduled()) {
                    ctx.fail(RunMaintenance::tr("No maintenance is scheduled for %1.").arg(f.sourceAddonName));
                } else {
                    ctx.done(RunMaintenance::tr("%1: %2, scheduled for %3 (required by %4).")
                                 .arg(f.sourceAddonName, m.reasonText(),
                                      QLocale().toString(m.scheduledFor.toLocalTime(), QLocale::ShortFormat),
                                      QLocale().toString(m.requiredBy.toLocalTime(), QLocale::ShortFormat)));
                }
            });
        });
    };
    return s;
}

} // namespace

QList<Step> RunMaintenance::build(const RunMaintenanceOptions &o)
{
    const auto withMode = [o](Step s) {
        const Step::Predicate needed = s.needed;
        s.needed = [needed, o](const QJsonObject &values) {
            return o.maintenanceMode && (!needed || needed(values));
        };
        return s;
    };
    QList<Step> steps { preflight(o),
                        withMode(ConnectSteps::pause(o.app, SwitchSteps::managedConnections)),
                        withMode(MaintenanceSteps::on(o.app)),
                        withMode(FormationSteps::scaleDown(o.app)),
                        withMode(PlanChangeSteps::waitDynosStopped(o.app)),
                        DatabaseMaintenanceSteps::run(o.app, kIdKey, o.maintenanceMode ? QString() : o.app),
                        DatabaseMaintenanceSteps::waitDone(o.app, kIdKey) };
    for (const Step &s : SwitchSteps::bringBack(o.app))
        steps << withMode(s);
    return steps;
}

Journal RunMaintenance::newJournal(const RunMaintenanceOptions &options, const RunbookServices &owner,
                                  const QString &dir)
{
    return RunbookRegistry::newJournal(QLatin1String(kKind), options.app, options.toJson(), owner, dir);
}

QStringList RunMaintenance::summary(const Journal &journal)
{
    const SwitchFindings f = SwitchSteps::findings(journal.values());
    QStringList lines { tr("The maintenance of %1 has run.").arg(f.sourceAddonName) };
    if (const QString downtime = RunbookRegistry::downTimeSentence(journal); !downtime.isEmpty())
        lines.append(downtime);
    return lines;
}

RunbookKind RunMaintenance::kind()
{
    RunbookKind k;
    k.id = QLatin1String(kKind);
    k.title = [](const QJsonObject &parameters) {
        const RunMaintenanceOptions o = RunMaintenanceOptions::fromJson(parameters);
        return tr("Maintenance of %1 on %2").arg(o.database, o.app);
    };
    k.steps = [](const QJsonObject &parameters) {
        return build(RunMaintenanceOptions::fromJson(parameters));
    };
    k.summary = &RunMaintenance::summary;
    k.resources = [](const QJsonObject &parameters) {
        const RunMaintenanceOptions o = RunMaintenanceOptions::fromJson(parameters);
        return QStringList { o.app + QLatin1Char('/') + o.database };
    };
    k.downWindow = &RunbookRegistry::maintenanceModeWindow;
    return k;
}

} // namespace hpg
