#include "databasemaintenancesteps.h"

#include "core/heroku/dataclient.h"
#include "core/heroku/maintenance.h"
#include "core/runbooks/stepcontext.h"

namespace hpg {

namespace {

void readMaintenance(StepContext &ctx, const QString &idKey, const std::function<void(const Maintenance &)> &next)
{
    ctx.watch(ctx.data().maintenance(ctx.string(idKey), ctx.owner()), [&ctx, next](const ApiResult &result) {
        if (!result.ok() && !result.error.isNotFound()) {
            ctx.fail(result.error);
            return;
        }
        next(Maintenance::fromJson(result.object()));
    });
}

} // namespace

Step DatabaseMaintenanceSteps::run(const QString &app, const QString &idKey, const QString &confirmApp)
{
    Step s;
    s.id = QStringLiteral("run-maintenance");
    s.title = tr("Run the maintenance now");
    s.destructive = !confirmApp.isEmpty();
    s.confirmApp = [confirmApp](const QJsonObject &) {
        return confirmApp;
    };
    s.cli = [app, confirmApp](const QJsonObject &) {
        return confirmApp.isEmpty()
            ? QStringLiteral("heroku data:maintenances:run DATABASE -a %1").arg(app)
            : QStringLiteral("heroku data:maintenances:run DATABASE -a %1 --confirm %1").arg(app);
    };
    // Once it has been asked to run, the maintenance is running, or over (no longer scheduled).
    s.probe = [idKey](StepContext &ctx) {
        readMaintenance(ctx, idKey, [&ctx](const Maintenance &m) {
            if (m.isScheduled())
                ctx.notDone();
            else
                ctx.done(m.isRunning() ? tr("The maintenance is running.") : tr("The maintenance has run."));
        });
    };
    s.action = [idKey](StepContext &ctx) {
        ctx.watch(ctx.data().runMaintenance(ctx.string(idKey), ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            ctx.capture(QStringLiteral("maintenance_started_at"), journalTimeNow());
            ctx.done(tr("The maintenance started."));
        });
    };
    return s;
}

Step DatabaseMaintenanceSteps::waitDone(const QString &app, const QString &idKey)
{
    Step s;
    s.id = QStringLiteral("wait-maintenance");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the maintenance has finished and the database is available");
    s.pollIntervalMs = 500; // inside the down time
    s.timeoutMs = 2 * 60 * 60 * 1000;
    s.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku data:maintenances:wait DATABASE -a %1 && heroku pg:wait DATABASE -a %1").arg(app);
    };
    s.probe = [idKey](StepContext &ctx) {
        readMaintenance(ctx, idKey, [&ctx, idKey](const Maintenance &m) {
            if (m.isRunning()) {
                ctx.notDone(tr("The maintenance is running."));
                return;
            }
            // As pg:wait: the database takes connections again.
            ctx.watch(ctx.data().waitStatus(ctx.string(idKey), ctx.owner()), [&ctx](const ApiResult &result) {
                if (result.ok() && !result.object().value(QStringLiteral("waiting?")).toBool()) {
                    if (!ctx.values().contains(QStringLiteral("maintenance_done_at")))
                        ctx.capture(QStringLiteral("maintenance_done_at"), journalTimeNow());
                    ctx.done(tr("The maintenance has finished; the database is available."));
                } else {
                    ctx.notDone(result.ok() ? result.object().value(QStringLiteral("message")).toString()
                                            : result.error.userText());
                }
            });
        });
    };
    return s;
}

} // namespace hpg
