#include "unfollowdatabase.h"

#include "stepcontext.h"
#include "steps/databasesteps.h"
#include "steps/promotesteps.h"

namespace hpg {

namespace {

Step preflight(const DatabaseActionOptions &o)
{
    Step s;
    s.id = QStringLiteral("preflight");
    s.kind = Step::Kind::Check;
    s.title = UnfollowDatabase::tr("Check that the database is a follower");
    s.cli = [o](const QJsonObject &) {
        return QStringLiteral("heroku pg:info %1 -a %2").arg(o.database, o.app);
    };
    s.action = [o](StepContext &ctx) {
        DatabaseSteps::find(ctx, o.app, o.database, [&ctx](const Attachment &attachment, const DatabaseInfo &info) {
            if (info.following.isEmpty()) {
                ctx.fail(UnfollowDatabase::tr("%1 is not a follower: there is nothing to unfollow.")
                             .arg(attachment.addonName));
                return;
            }
            ctx.done(UnfollowDatabase::tr("%1 follows %2.").arg(attachment.addonName, info.leader));
        });
    };
    return s;
}

} // namespace

QString UnfollowDatabase::warning(const QString &follower, const QString &leader)
{
    return tr("%1 stops following %2 for good: it becomes a writable database of its own, receives no more changes "
              "from %2, and cannot follow it again. Apps that read from it see only the data it has now.")
        .arg(follower, leader);
}

QList<Step> UnfollowDatabase::build(const DatabaseActionOptions &o)
{
    const FollowerSpec f = DatabaseSteps::spec(o.app);
    Step unfollow = PromoteSteps::unfollow(f);
    unfollow.confirmWarning = [f](const QJsonObject &values) {
        return warning(f.name(values), f.leaderName(values));
    };
    return { preflight(o), unfollow, PromoteSteps::verifyWritable(f) };
}

Journal UnfollowDatabase::newJournal(const DatabaseActionOptions &options, const RunbookServices &owner,
                                     const QString &dir)
{
    return RunbookRegistry::newJournal(QLatin1String(kKind), options.app, options.toJson(), owner, dir);
}

RunbookKind UnfollowDatabase::kind()
{
    RunbookKind k;
    k.id = QLatin1String(kKind);
    k.title = [](const QJsonObject &parameters) {
        const DatabaseActionOptions o = DatabaseActionOptions::fromJson(parameters);
        return tr("Unfollow %1 on %2").arg(o.database, o.app);
    };
    k.steps = [](const QJsonObject &parameters) {
        return build(DatabaseActionOptions::fromJson(parameters));
    };
    k.summary = [](const Journal &journal) {
        return QStringList { tr("%1 no longer follows %2: it is a writable database of its own.")
                                 .arg(journal.value(QStringLiteral("follower_name")).toString(),
                                      journal.value(QStringLiteral("leader_name")).toString()) };
    };
    k.resources = [](const QJsonObject &parameters) {
        return DatabaseActionOptions::fromJson(parameters).resources();
    };
    return k;
}

} // namespace hpg
