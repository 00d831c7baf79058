#include "planchangesteps.h"

#include "core/heroku/addon.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/stepcontext.h"
#include "databasemaintenancesteps.h"
#include "formationsteps.h"

#include <QLocale>

namespace hpg {

namespace {

QString shortPlan(const QString &plan)
{
    return plan.section(QLatin1Char(':'), 1);
}

// The add-on's plan and the status of its open maintenance (none, pending, preparing, ready,
// running, completed), then `next`.
void readPlanAndMaintenance(StepContext &ctx, const QString &idKey,
                            const std::function<void(const QString &plan, const QString &status)> &next)
{
    const QString id = ctx.string(idKey);
    ctx.watch(ctx.platform().addon(id, ctx.owner()), [&ctx, id, next](const ApiResult &addon) {
        if (!addon.ok()) {
            ctx.fail(addon.error);
            return;
        }
        const QString plan = Addon::fromJson(addon.object()).plan.name;
        ctx.watch(ctx.data().maintenance(id, ctx.owner()), [&ctx, plan, next](const ApiResult &maintenance) {
            if (!maintenance.ok() && !maintenance.error.isNotFound()) {
                ctx.fail(maintenance.error);
                return;
            }
            next(plan, maintenance.object().value(QStringLiteral("status")).toString(QStringLiteral("none")));
        });
    });
}

} // namespace

Step PlanChangeSteps::changePlan(const QString &id, const QString &app, const QString &plan, const QString &idKey)
{
    Step s;
    s.id = id;
    const bool changeover = id != QLatin1String("change-plan");
    s.title = changeover ? tr("Ask Heroku to prepare %1 on %2").arg(app, shortPlan(plan))
                         : tr("Change the plan of the database of %1 to %2").arg(app, shortPlan(plan));
    s.cli = [app, plan](const QJsonObject &) {
        return QStringLiteral("heroku addons:upgrade DATABASE %1 -a %2").arg(shortPlan(plan), app);
    };
    s.probe = [plan, idKey, changeover](StepContext &ctx) {
        readPlanAndMaintenance(ctx, idKey, [&ctx, plan, changeover](const QString &now, const QString &status) {
            if (now == plan)
                ctx.done(tr("The database is on %1.").arg(shortPlan(plan)));
            else if (changeover && status == QLatin1String("preparing"))
                ctx.done(tr("A changeover to %1 is being prepared.").arg(shortPlan(plan)));
            else if (changeover && status == QLatin1String("ready"))
                ctx.done(tr("A changeover to %1 is ready.").arg(shortPlan(plan)));
            else
                ctx.notDone();
        });
    };
    s.action = [app, plan, idKey](StepContext &ctx) {
        ctx.watch(ctx.platform().changePlan(app, ctx.string(idKey), plan, ctx.owner()),
                  [&ctx, plan](const ApiResult &result) {
                      if (!result.ok()) {
                          ctx.fail(result.error);
                          return;
                      }
                      const QString message = result.object().value(QStringLiteral("provision_message")).toString();
                      ctx.done(message.isEmpty() ? tr("The plan change to %1 was accepted.").arg(shortPlan(plan))
                                                 : message.simplified());
                  });
    };
    return s;
}

Step PlanChangeSteps::waitReady(const QString &plan, const QString &idKey)
{
    Step s;
    s.id = QStringLiteral("wait-changeover-ready");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until Heroku has prepared the new database (the app keeps running)");
    s.pollIntervalMs = 5000;
    s.cli = [](const QJsonObject &) {
        return QStringLiteral("heroku data:maintenances:info DATABASE");
    };
    s.probe = [plan, idKey](StepContext &ctx) {
        readPlanAndMaintenance(ctx, idKey, [&ctx, plan](const QString &now, const QString &status) {
            if (now == plan || status == QLatin1String("ready") || status == QLatin1String("running"))
                ctx.done(tr("The changeover is ready to run."));
            else if (status == QLatin1String("preparing"))
                ctx.notDone(tr("Heroku is preparing the new database."));
            else
                ctx.notDone(tr("Heroku reports no changeover yet (maintenance status: %1).").arg(status));
        });
    };
    return s;
}

Step PlanChangeSteps::runChangeover(const QString &app, const QString &plan, const QString &idKey,
                                    const QString &confirmApp)
{
    // data:maintenances:run, as for any maintenance; done also once the database is on the plan.
    Step s = DatabaseMaintenanceSteps::run(app, idKey, confirmApp);
    s.id = QStringLiteral("run-changeover");
    s.title = tr("Run the changeover: the new database takes over");
    s.probe = [plan, idKey](StepContext &ctx) {
        readPlanAndMaintenance(ctx, idKey, [&ctx, plan](const QString &now, const QString &status) {
            if (now == plan || status == QLatin1String("running") || status == QLatin1String("completed"))
                ctx.done(tr("The changeover is running or done."));
            else
                ctx.notDone();
        });
    };
    return s;
}

Step PlanChangeSteps::waitWindow(const QString &app, const QString &plan, const QString &idKey)
{
    Step s;
    s.id = QStringLiteral("wait-window");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait for the maintenance window: Heroku runs the changeover then");
    s.pollIntervalMs = 5000; // the window can be days away; the app is up meanwhile
    s.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku data:maintenances:wait DATABASE -a %1").arg(app);
    };
    s.probe = [plan, idKey](StepContext &ctx) {
        ctx.watch(ctx.data().maintenance(ctx.string(idKey), ctx.owner()), [&ctx, plan](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            const QJsonObject m = result.object();
            const QString status = m.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("running")) {
                ctx.notDone(tr("Heroku is running the changeover now."));
                return;
            }
            if (status == QLatin1String("completed") || status == QLatin1String("none")) {
                ctx.done(tr("Heroku has run the changeover to %1.").arg(shortPlan(plan)));
                return;
            }
            const QDateTime when
                = QDateTime::fromString(m.value(QStringLiteral("scheduled_for")).toString(), Qt::ISODate);
            if (!when.isValid()) {
                ctx.notDone(tr("The changeover waits for the maintenance window."));
                return;
            }
            const QLocale locale;
            ctx.notDone(tr("Heroku runs the changeover in the maintenance window, at %1 (%2 UTC).")
                            .arg(locale.toString(when.toLocalTime(), QLocale::ShortFormat),
                                 locale.toString(when.toUTC(), QLocale::ShortFormat)));
        });
    };
    return s;
}

Step PlanChangeSteps::waitPlanChanged(const QString &app, const QString &plan, const QString &idKey)
{
    Step s;
    s.id = QStringLiteral("wait-plan-changed");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the database is on %1 and available").arg(shortPlan(plan));
    s.pollIntervalMs = 250; // inside the down time: every poll interval is down time
    s.timeoutMs = 60 * 60 * 1000;
    s.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku pg:wait DATABASE -a %1 && heroku pg:info DATABASE -a %1").arg(app);
    };
    s.probe = [plan, idKey](StepContext &ctx) {
        readPlanAndMaintenance(ctx, idKey, [&ctx, plan, idKey](const QString &now, const QString &status) {
            if (now != plan || status == QLatin1String("running")) {
                ctx.notDone(tr("The database is on %1; the change is under way.").arg(shortPlan(now)));
                return;
            }
            // As pg:wait: the database is available for writes again (not read-only, not restarting).
            ctx.watch(ctx.data().waitStatus(ctx.string(idKey), ctx.owner()), [&ctx, plan](const ApiResult &result) {
                if (!result.ok()) {
                    ctx.notDone(result.error.userText());
                    return;
                }
                const QJsonObject wait = result.object();
                if (!wait.value(QStringLiteral("waiting?")).toBool())
                    ctx.done(tr("The database is on %1 and available.").arg(shortPlan(plan)));
                else
                    ctx.notDone(tr("The database is not available yet: %1")
                                    .arg(wait.value(QStringLiteral("message")).toString()));
            });
        });
    };
    return s;
}

Step PlanChangeSteps::waitDynosStopped(const QString &app)
{
    Step s;
    s.id = QStringLiteral("wait-dynos-stopped");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the dynos of %1 have stopped").arg(app);
    s.pollIntervalMs = 250;
    s.needed = [](const QJsonObject &values) {
        return !FormationSteps::formationText(values.value(QStringLiteral("formation_before")).toArray()).isEmpty();
    };
    s.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku ps -a %1").arg(app);
    };
    s.probe = [app](StepContext &ctx) {
        FormationSteps::whenDynosGone(ctx, app, QStringLiteral("formation_before"),
                                      [&ctx] { ctx.done(tr("The dynos have stopped.")); });
    };
    return s;
}

} // namespace hpg
