#include "promotesteps.h"

#include "core/heroku/attachment.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/stepcontext.h"

namespace hpg {

Step PromoteSteps::unfollow(const FollowerSpec &f)
{
    Step s;
    s.id = QStringLiteral("unfollow");
    s.pointOfNoReturn = true; // the old database stops being the one the follower copies
    s.title = tr("Unfollow: make the follower a writable database");
    s.destructive = true;
    s.settleMs = 5000; // the unfollow promotes a replica: it shows a moment after the request
    const QString app = f.app;
    s.confirmApp = [app](const QJsonObject &) {
        return app;
    };
    s.cli = [f](const QJsonObject &values) {
        return QStringLiteral("heroku pg:unfollow %1 -a %2").arg(f.ref(values), f.app);
    };
    s.probe = [f](StepContext &ctx) {
        ctx.watch(ctx.data().database(f.id(ctx.values()), ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            if (DatabaseInfo::fromJson(result.object()).following.isEmpty())
                ctx.done(tr("The new database follows no leader."));
            else
                ctx.notDone();
        });
    };
    s.action = [f](StepContext &ctx) {
        ctx.watch(ctx.data().unfollow(f.id(ctx.values()), ctx.owner()), [&ctx, f](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            ctx.done(tr("%1 stopped following %2.").arg(f.ref(ctx.values()), f.leaderName(ctx.values())));
        });
    };
    s.leavesInPlace = [f](const QJsonObject &values) {
        return tr("%1 no longer follows the old primary; it is writable but not yet promoted.").arg(f.name(values));
    };
    return s;
}

Step PromoteSteps::verifyWritable(const FollowerSpec &f)
{
    Step s;
    s.id = QStringLiteral("verify-writable");
    s.kind = Step::Kind::Wait;
    s.title = tr("Check that the new database is out of recovery");
    s.pollIntervalMs = 1000;
    s.timeoutMs = 10 * 60 * 1000;
    s.cli = [f](const QJsonObject &values) {
        return QStringLiteral("heroku pg:psql %1 -a %2 -c \"SELECT pg_is_in_recovery()\"").arg(f.ref(values), f.app);
    };
    s.probe = [f](StepContext &ctx) {
        ctx.watch(ctx.data().database(f.id(ctx.values()), ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
            const bool available = info.value(QStringLiteral("Status")).startsWith(QLatin1String("Available"));
            if (available && !info.inRecovery && info.following.isEmpty())
                ctx.done(tr("pg_is_in_recovery() is false: the database accepts writes."));
            else
                ctx.notDone(tr("The database is still in recovery."));
        });
    };
    return s;
}

namespace {

// The follower becomes the attachment `nameOf` (DATABASE, or a custom name) on its app, as
// pg:promote does for DATABASE: the database that had that name keeps another one.
Step attachAs(const FollowerSpec &f, const Step::Text &nameOf, const QString &promotedAtKey)
{
    Step s;
    s.destructive = true;
    s.undoes = { QStringLiteral("provision-follower"), QStringLiteral("provision-database"), QStringLiteral("unfollow") };
    s.confirmApp = [f](const QJsonObject &) {
        return f.app;
    };
    s.cli = [f](const QJsonObject &values) {
        return QStringLiteral("heroku pg:promote %1 -a %2").arg(f.ref(values), f.app);
    };
    s.probe = [f, nameOf, promotedAtKey](StepContext &ctx) {
        const QString name = nameOf(ctx.values());
        ctx.watch(ctx.platform().attachments(f.app, ctx.owner()), [&ctx, f, name, promotedAtKey](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            for (const Attachment &a : Attachment::listFromJson(result.array())) {
                if (a.name == name && a.nameSpace.isEmpty() && a.addonId == f.id(ctx.values())) {
                    if (!ctx.values().contains(promotedAtKey))
                        ctx.capture(promotedAtKey, journalTimeNow());
                    ctx.done(PromoteSteps::tr("%1 is %2_URL on %3.").arg(f.ref(ctx.values()), name, f.app));
                    return;
                }
            }
            ctx.notDone();
        });
    };
    s.action = [f, nameOf, promotedAtKey](StepContext &ctx) {
        const QString app = f.app;
        const QString name = nameOf(ctx.values());
        ctx.watch(ctx.platform().attachments(app, ctx.owner()), [&ctx, f, app, name, promotedAtKey](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            const QList<Attachment> attachments = Attachment::listFromJson(result.array());
            const Attachment *current = nullptr;
            for (const Attachment &a : attachments) {
                if (a.name == name && a.nameSpace.isEmpty())
                    current = &a;
            }
            const QString follower = f.name(ctx.values());
            auto attachDatabase = [&ctx, f, app, name, follower, promotedAtKey] {
                ctx.watch(ctx.platform().attach(follower, app, name, {}, app, ctx.owner()),
                          [&ctx, f, app, name, promotedAtKey](const ApiResult &attached) {
                              if (!attached.ok()) {
                                  ctx.fail(attached.error);
                                  return;
                              }
                              ctx.capture(promotedAtKey, journalTimeNow());
                              ctx.done(PromoteSteps::tr("%1 is now %2_URL on %3.").arg(f.ref(ctx.values()), name, app));
                          });
            };
            if (!current) {
                attachDatabase();
                return;
            }
            // As pg:promote does: make sure the old primary keeps another name on the app.
            bool hasAlias = false;
            for (const Attachment &a : attachments)
                hasAlias = hasAlias || (a.addonId == current->addonId && a.nameSpace.isEmpty() && &a != current);
            if (hasAlias) {
                attachDatabase();
                return;
            }
            ctx.watch(ctx.platform().attach(current->addonName, app, {}, {}, app, ctx.owner()),
                      [&ctx, attachDatabase](const ApiResult &alias) {
                          if (!alias.ok())
                              ctx.fail(alias.error);
                          else
                              attachDatabase();
                      });
        });
    };
    s.leavesInPlace = [f, nameOf](const QJsonObject &values) {
        return PromoteSteps::tr("%1 is %2_URL on %3; the old primary %4 still exists.")
            .arg(f.ref(values), nameOf(values), f.app, f.leaderName(values));
    };
    return s;
}

} // namespace

Step PromoteSteps::promote(const FollowerSpec &f, const QString &promotedAtKey)
{
    Step s = attachAs(
        f, [](const QJsonObject &) { return QStringLiteral("DATABASE"); }, promotedAtKey);
    s.id = QStringLiteral("promote");
    s.title = tr("Promote the new database to DATABASE_URL");
    return s;
}

Step PromoteSteps::promoteAs(const QString &id, const FollowerSpec &f, const Step::Text &attachment,
                             const Step::Predicate &needed)
{
    Step s = attachAs(f, attachment, id + QStringLiteral("_at"));
    s.id = id;
    s.title = tr("Attach the new database under the name Heroku Connect uses");
    s.needed = needed;
    s.undoes.clear();
    s.cli = [f, attachment](const QJsonObject &values) {
        return QStringLiteral("heroku addons:attach %1 -a %2 --as %3 --confirm %2")
            .arg(f.name(values), f.app, attachment(values));
    };
    return s;
}

} // namespace hpg
