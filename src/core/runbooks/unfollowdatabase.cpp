#include "unfollowdatabase.h"

#include "stepcontext.h"
#include "steps/databasesteps.h"
#include "steps/promotesteps.h"

namespace hpg {

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
    const Step preflight = DatabaseSteps::preflight(
        tr("Check that the database is a follower"), o.app, o.database,
        [](StepContext &ctx, const Attachment &attachment, const DatabaseInfo &info) {
            if (info.following.isEmpty())
                ctx.fail(tr("%1 is not a follower: there is nothing to unfollow.").arg(attachment.addonName));
            else
                ctx.done(tr("%1 follows %2.").arg(attachment.addonName, info.leader));
        });
    return { preflight, unfollow, PromoteSteps::verifyWritable(f) };
}

RunbookKind UnfollowDatabase::kind()
{
    const auto title = [](const DatabaseActionOptions &o) {
        return tr("Unfollow %1 on %2").arg(o.database, o.app);
    };
    const auto summary = [](const Journal &journal) {
        return QStringList { tr("%1 no longer follows %2: it is a writable database of its own.")
                                 .arg(journal.value(QStringLiteral("follower_name")).toString(),
                                      journal.value(QStringLiteral("leader_name")).toString()) };
    };
    return DatabaseActionOptions::kind(kKind, title, &build, summary);
}

} // namespace hpg
