#include "followersteps.h"

#include "core/heroku/addon.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/stepcontext.h"
#include "formationsteps.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace hpg {

qint64 FollowerSteps::behindBy(const DatabaseInfo &info)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d+)"));
    const auto match = number.match(info.value(QStringLiteral("Behind By")));
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const qint64 behind = match.captured(1).toLongLong(&ok);
    return ok ? behind : -1; // a number too large for 64 bits is not known, never small
}

QString FollowerSteps::newName(const QString &app)
{
    QString base;
    for (const QChar c : app.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            base.append(c);
        else if (!base.endsWith(QLatin1Char('-')))
            base.append(QLatin1Char('-'));
    }
    base = base.left(30);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    const int suffix = 10000 + int(QRandomGenerator::global()->bounded(90000));
    return QStringLiteral("postgresql-%1-%2").arg(base).arg(suffix);
}

Step FollowerSteps::provision(const FollowerSpec &f, const Step::Predicate &needed)
{
    Step s;
    s.id = f.follows() ? QStringLiteral("provision-follower") : QStringLiteral("provision-database");
    s.title = f.follows() ? tr("Provision a follower on %1").arg(f.plan) : tr("Provision a new database on %1").arg(f.plan);
    s.needed = needed;
    s.cli = [f](const QJsonObject &values) {
        if (!f.follows() && !f.version.isEmpty())
            return QStringLiteral("heroku addons:create %1 -a %2 --name %3 -- --version %4")
                .arg(f.plan, f.app, f.name(values), f.version);
        if (!f.follows())
            return QStringLiteral("heroku addons:create %1 -a %2 --name %3").arg(f.plan, f.app, f.name(values));
        return QStringLiteral("heroku addons:create %1 -a %2 --name %3 -- --follow %4")
            .arg(f.plan, f.app, f.name(values), f.leaderName(values));
    };
    s.probe = [f](StepContext &ctx) {
        if (f.name(ctx.values()).isEmpty())
            ctx.capture(f.nameKey, newName(f.app));
        const QString name = f.name(ctx.values());
        ctx.watch(ctx.platform().addon(name, ctx.owner()), [&ctx, name, f](const ApiResult &result) {
            if (result.ok()) {
                const Addon addon = Addon::fromJson(result.object());
                if (addon.appName != f.app || !addon.isPostgres()) {
                    // Add-on names are global: this one belongs to someone else. Pick another.
                    ctx.capture(f.nameKey, newName(f.app));
                    ctx.notDone();
                    return;
                }
                ctx.capture(f.idKey, addon.id);
                ctx.done(tr("%1 already exists.").arg(name));
            } else if (result.error.isNotFound()) {
                ctx.notDone();
            } else {
                ctx.fail(result.error);
            }
        });
    };
    s.action = [f](StepContext &ctx) {
        const QString name = f.name(ctx.values());
        const QString source = f.leaderName(ctx.values());
        QJsonObject config;
        if (f.follows())
            config.insert(QStringLiteral("follow"), source);
        else if (!f.version.isEmpty())
            config.insert(QStringLiteral("version"), f.version);
        ApiCall *call = ctx.platform().createAddon(f.app, f.plan, config, name, {}, f.confirm, ctx.owner());
        ctx.watch(call, [&ctx, name, source, f](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            ctx.capture(f.idKey, Addon::fromJson(result.object()).id);
            ctx.done(f.follows() ? tr("Created %1, following %2.").arg(name, source) : tr("Created %1.").arg(name));
        });
    };
    s.leavesInPlace = [f](const QJsonObject &values) {
        return tr("The new database %1 exists on %2; if you give up this run, remove it with heroku addons:destroy "
                  "%1 -a %2.")
            .arg(f.name(values), f.app);
    };
    return s;
}

Step FollowerSteps::waitAvailable(const FollowerSpec &f)
{
    Step s;
    s.id = QStringLiteral("wait-available");
    s.kind = Step::Kind::Wait;
    s.title = f.follows() ? tr("Wait until the follower is available") : tr("Wait until the new database is available");
    s.pollIntervalMs = 2000;
    s.cli = [f](const QJsonObject &values) {
        return QStringLiteral("heroku pg:wait %1 -a %2").arg(f.ref(values), f.app);
    };
    s.probe = [f](StepContext &ctx) {
        const QString name = f.name(ctx.values());
        ctx.watch(ctx.platform().addon(name, ctx.owner()), [&ctx, name, f](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            const Addon addon = Addon::fromJson(result.object());
            if (addon.state == QLatin1String("deprovisioned")) {
                // pg:wait's message says why.
                ctx.watch(ctx.data().waitStatus(addon.id, ctx.owner()), [&ctx, name](const ApiResult &wait) {
                    const QString why = wait.object().value(QStringLiteral("message")).toString();
                    ctx.fail(why.isEmpty() ? tr("%1 could not be created.").arg(name)
                                           : tr("%1 could not be created: %2").arg(name, why));
                });
                return;
            }
            if (addon.state != QLatin1String("provisioned")) {
                ctx.notDone(tr("%1 is being created…").arg(name));
                return;
            }
            if (f.id(ctx.values()).isEmpty())
                ctx.capture(f.idKey, addon.id);
            for (QString var : addon.configVars) {
                if (var.endsWith(QLatin1String("_URL")) && ctx.string(f.attachmentKey).isEmpty()) {
                    var.chop(4);
                    ctx.capture(f.attachmentKey, var);
                }
            }
            ctx.watch(ctx.data().waitStatus(addon.id, ctx.owner()), [&ctx, name](const ApiResult &wait) {
                if (!wait.ok() && !wait.error.isNotFound()) {
                    ctx.fail(wait.error);
                    return;
                }
                const QJsonObject status = wait.object();
                if (!wait.ok() || status.value(QStringLiteral("waiting?")).toBool())
                    ctx.notDone(tr("%1: %2").arg(name, status.value(QStringLiteral("message")).toString()));
                else
                    ctx.done(tr("%1 is available.").arg(name));
            });
        });
    };
    return s;
}

Step FollowerSteps::waitCaughtUp(const FollowerSpec &f)
{
    Step s;
    s.id = QStringLiteral("wait-caught-up");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the follower is within %1 commits").arg(kCaughtUpCommits);
    s.pollIntervalMs = 2000;
    s.cli = [f](const QJsonObject &values) {
        return QStringLiteral("heroku pg:info %1 -a %2").arg(f.ref(values), f.app);
    };
    s.probe = [f](StepContext &ctx) {
        ctx.watch(ctx.data().database(f.id(ctx.values()), ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok()) {
                if (result.error.isNotFound())
                    ctx.notDone(tr("The follower is not provisioned yet."));
                else
                    ctx.fail(result.error);
                return;
            }
            const qint64 behind = behindBy(DatabaseInfo::fromJson(result.object()));
            if (behind >= 0)
                ctx.metric(QStringLiteral("behind_by"), double(behind));
            if (behind >= 0 && behind <= kCaughtUpCommits)
                ctx.done(tr("%1 commits behind.").arg(behind));
            else if (behind < 0)
                ctx.notDone(tr("Behind By is not known yet."));
            else
                ctx.notDone(tr("%1 commits behind.").arg(behind));
        });
    };
    return s;
}

Step FollowerSteps::waitNoLag(const FollowerSpec &f, const QString &dynosApp, const QString &formationKey)
{
    Step s;
    s.id = QStringLiteral("wait-no-lag");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the dynos have stopped and the follower is 0 commits behind");
    s.pollIntervalMs = 250;
    s.cli = [f, dynosApp](const QJsonObject &values) {
        return QStringLiteral("heroku ps -a %1 && heroku pg:info %2 -a %3").arg(dynosApp, f.ref(values), f.app);
    };
    // Only once the dynos the scale-down stopped are gone can "0 commits behind" mean that no
    // write will follow.
    s.probe = [f, dynosApp, formationKey](StepContext &ctx) {
        FormationSteps::whenDynosGone(ctx, dynosApp, formationKey, [&ctx, f] {
            ctx.watch(ctx.data().database(f.id(ctx.values()), ctx.owner()), [&ctx](const ApiResult &result) {
                if (!result.ok()) {
                    ctx.fail(result.error);
                    return;
                }
                const qint64 behind = behindBy(DatabaseInfo::fromJson(result.object()));
                if (behind >= 0)
                    ctx.metric(QStringLiteral("behind_by"), double(behind));
                if (behind == 0)
                    ctx.done(tr("The dynos have stopped and the follower is 0 commits behind."));
                else
                    ctx.notDone(behind < 0 ? tr("Behind By is not known yet.") : tr("%1 commits behind.").arg(behind));
            });
        });
    };
    return s;
}

} // namespace hpg
