#include "maintenancesteps.h"

#include "core/heroku/platformclient.h"
#include "core/runbooks/stepcontext.h"

namespace hpg {

Step MaintenanceSteps::on(const QString &app, const QString &onAtKey)
{
    Step s;
    s.id = QStringLiteral("maintenance-on");
    s.startsDownTime = true;
    s.title = tr("Turn maintenance mode on for %1").arg(app);
    s.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku maintenance:on -a %1").arg(app);
    };
    s.probe = [app, onAtKey](StepContext &ctx) {
        ctx.watch(ctx.platform().app(app, ctx.owner()), [&ctx, onAtKey](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            if (!result.object().value(QStringLiteral("maintenance")).toBool()) {
                ctx.notDone();
                return;
            }
            if (!ctx.values().contains(onAtKey))
                ctx.capture(onAtKey, journalTimeNow());
            ctx.done(tr("Maintenance mode is on."));
        });
    };
    s.action = [app, onAtKey](StepContext &ctx) {
        if (!ctx.values().contains(onAtKey))
            ctx.capture(onAtKey, journalTimeNow());
        ctx.watch(ctx.platform().setMaintenance(app, true, ctx.owner()), [&ctx, app](const ApiResult &result) {
            if (result.ok())
                ctx.done(tr("Maintenance mode is on for %1.").arg(app));
            else
                ctx.fail(result.error);
        });
    };
    s.leavesInPlace = [app](const QJsonObject &) {
        return tr("Maintenance mode is on for %1; turn it off with heroku maintenance:off -a %1.").arg(app);
    };
    return s;
}

Step MaintenanceSteps::off(const QString &app, const Step::Predicate &needed, const QString &offAtKey)
{
    Step s;
    s.id = QStringLiteral("maintenance-off");
    s.endsDownTime = true;
    s.title = tr("Turn maintenance mode off for %1").arg(app);
    s.undoes = { QStringLiteral("maintenance-on") };
    s.needed = needed;
    s.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku maintenance:off -a %1").arg(app);
    };
    s.probe = [app, offAtKey](StepContext &ctx) {
        ctx.watch(ctx.platform().app(app, ctx.owner()), [&ctx, offAtKey](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            if (result.object().value(QStringLiteral("maintenance")).toBool()) {
                ctx.notDone();
                return;
            }
            if (!ctx.values().contains(offAtKey))
                ctx.capture(offAtKey, journalTimeNow());
            ctx.done(tr("Maintenance mode is off."));
        });
    };
    s.action = [app, offAtKey](StepContext &ctx) {
        ctx.watch(ctx.platform().setMaintenance(app, false, ctx.owner()),
                  [&ctx, app, offAtKey](const ApiResult &result) {
                      if (!result.ok()) {
                          ctx.fail(result.error);
                          return;
                      }
                      ctx.capture(offAtKey, journalTimeNow());
                      ctx.done(tr("Maintenance mode is off for %1.").arg(app));
                  });
    };
    return s;
}

} // namespace hpg
