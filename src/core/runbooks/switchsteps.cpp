#include "switchsteps.h"

#include "core/settings/languagemanager.h"
#include "stepcontext.h"
#include "steps/backupsteps.h"
#include "steps/attachmentsteps.h"
#include "steps/connectsteps.h"
#include "steps/formationsteps.h"
#include "steps/maintenancesteps.h"
#include "steps/promotesteps.h"

namespace hpg {

QList<SwitchFindings::Link> SwitchSteps::linksToRestore(const QJsonObject &values)
{
    const SwitchFindings f = findings(values);
    return f.pools + f.otherApps;
}

void SwitchSteps::runPreflight(StepContext &ctx, const SwitchOptions &options, const SwitchPreflight::PlanCheck &check,
                               const std::function<void(const SwitchFindings &)> &found)
{
    auto *preflight = new SwitchPreflight(ctx.services(), options, ctx.owner());
    if (check)
        preflight->setPlanCheck(check);
    QObject::connect(preflight, &SwitchPreflight::finished, ctx.owner(),
                     [&ctx, preflight, found](const SwitchFindings &f) {
                         ctx.noteRequestIds(preflight->requestIds());
                         if (preflight->error().isError())
                             ctx.fail(preflight->error());
                         else if (!f.ok())
                             ctx.fail(f.refusal);
                         else
                             found(f);
                     });
    preflight->start();
}

Step SwitchSteps::preflightStep(const QString &title, const SwitchOptions &options,
                                const SwitchPreflight::PlanCheck &check,
                                const std::function<void(StepContext &, const SwitchFindings &)> &found)
{
    Step s;
    s.id = QStringLiteral("preflight");
    s.kind = Step::Kind::Check;
    s.title = title;
    s.cli = [options](const QJsonObject &) {
        return QStringLiteral("heroku pg:info %1 -a %2").arg(options.database, options.app);
    };
    s.action = [options, check, found](StepContext &ctx) {
        runPreflight(ctx, options, check, [&ctx, found](const SwitchFindings &f) { found(ctx, f); });
    };
    return s;
}

QList<ConnectConnection> SwitchSteps::managedConnections(const QJsonObject &values)
{
    QList<ConnectConnection> list;
    for (const SwitchFindings::Connection &found : findings(values).connections) {
        if (found.stateBefore == QLatin1String("PAUSED"))
            continue;
        ConnectConnection c;
        c.id = found.id;
        c.name = found.name;
        c.regionUrl = QUrl(found.regionUrl);
        c.dbKey = found.dbKey;
        c.state = found.stateBefore;
        list.append(c);
    }
    return list;
}

QList<Step> SwitchSteps::build(const SwitchOptions &o)
{
    const FollowerSpec f = follower(o);
    const auto provisionNeeded = [](const QJsonObject &values) {
        return findings(values).existingFollowerId.isEmpty();
    };
    QList<Step> steps { preflight(o),
                        FollowerSteps::provision(f, provisionNeeded),
                        FollowerSteps::waitAvailable(f),
                        FollowerSteps::waitCaughtUp(f),
                        ConnectSteps::pause(o.app, managedConnections),
                        MaintenanceSteps::on(o.app),
                        FormationSteps::scaleDown(o.app),
                        FollowerSteps::waitNoLag(f, o.app),
                        PromoteSteps::unfollow(f),
                        PromoteSteps::verifyWritable(f),
                        PromoteSteps::promote(f) };
    // A migration leaves the source app in maintenance mode, scaled down and with Connect
    // paused (its DATABASE_URL is still the old database): the steps that bring an app back
    // are not part of it, so that the step list does not promise them.
    if (!o.isMigration())
        steps << AttachmentSteps::reattach(f, linksToRestore) << bringBack(o.app);
    else if (o.activateTarget)
        steps << activateTarget(o);
    if (o.backupFirst)
        steps = steps.mid(0, 1) + BackupSteps::captureFirst(o.app, o.database) + steps.mid(1);
    return steps;
}

Step SwitchSteps::activateTarget(const SwitchOptions &o)
{
    // The app in the space now has the database: the Dev Center's last step brings it up. The source
    // app stays down (its DATABASE_URL is the old database), so this ends no down time of the run.
    Step s = MaintenanceSteps::off(o.targetApp, {}, QStringLiteral("target_maintenance_off_at"));
    s.id = QStringLiteral("activate-target");
    s.title = tr("Bring %1 up: turn its maintenance mode off").arg(o.targetApp);
    s.undoes.clear();
    s.endsDownTime = false;
    return s;
}

QList<Step> SwitchSteps::bringBack(const QString &app)
{
    const auto maintenanceWasOff = [](const QJsonObject &values) {
        return !findings(values).maintenanceBefore;
    };
    return { FormationSteps::restore(app), MaintenanceSteps::off(app, maintenanceWasOff),
             ConnectSteps::resume(app, managedConnections) };
}

FollowerSpec SwitchSteps::follower(const SwitchOptions &o)
{
    FollowerSpec f;
    f.app = o.newDatabaseApp();
    f.plan = o.fullTargetPlan();
    f.confirm = o.isMigration() ? o.newDatabaseApp() : QString();
    f.leader = [](const QJsonObject &values) {
        return findings(values).sourceAddonName;
    };
    return f;
}

SwitchFindings SwitchSteps::findings(const QJsonObject &values)
{
    return SwitchFindings::fromJson(values.value(QStringLiteral("findings")).toObject());
}

QString SwitchSteps::followerRef(const QJsonObject &values)
{
    return FollowerSpec().ref(values);
}

Step SwitchSteps::preflight(const SwitchOptions &o)
{
    const auto found = [o](StepContext &ctx, const SwitchFindings &f) {
        ctx.capture(QStringLiteral("findings"), f.toJson());
        if (!f.existingFollowerId.isEmpty()) {
            ctx.capture(QStringLiteral("follower_name"), f.existingFollowerName);
            ctx.capture(QStringLiteral("follower_id"), f.existingFollowerId);
        }
        QString summary = tr("The database is %1 (%2).").arg(f.sourceAddonName, f.sourcePlan);
        const QStringList warnings = SwitchPreflight::warnings(f, o);
        if (!warnings.isEmpty())
            summary = LanguageManager::joinSentences(QStringList { summary } + warnings);
        ctx.done(summary);
    };
    return preflightStep(tr("Check the database, its attachments and Heroku Connect"), o, {}, found);
}

} // namespace hpg
