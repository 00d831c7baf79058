#include "promotedatabase.h"

#include "core/heroku/platformclient.h"
#include "core/settings/languagemanager.h"
#include "stepcontext.h"
#include "steps/attachmentsteps.h"
#include "steps/databasesteps.h"
#include "steps/promotesteps.h"

namespace hpg {

namespace {

const QString kOldName = QStringLiteral("old_primary_name");
const QString kPools = QStringLiteral("pools");
const QString kOtherPools = QStringLiteral("other_pools");

FollowerSpec spec(const QString &app)
{
    return DatabaseSteps::spec(app, kOldName);
}

// Reads the app's attachments: the current DATABASE and its connection pools.
void findPrimary(StepContext &ctx, const QString &app, const Attachment &target)
{
    ctx.watch(ctx.platform().attachments(app, ctx.owner()), [&ctx, app, target](const ApiResult &result) {
        if (!result.ok()) {
            ctx.fail(result.error);
            return;
        }
        const QList<Attachment> attachments = Attachment::listFromJson(result.array());
        QString oldId;
        QString oldName;
        for (const Attachment &a : attachments) {
            if (a.name == QLatin1String("DATABASE") && a.nameSpace.isEmpty()) {
                oldId = a.addonId;
                oldName = a.addonName;
            }
        }
        if (oldId == target.addonId) {
            ctx.fail(PromoteDatabase::tr("%1 already is DATABASE_URL on %2: there is nothing to promote.")
                         .arg(target.addonName, app));
            return;
        }
        QList<SwitchFindings::Link> pools;
        QList<SwitchFindings::Link> otherPools;
        for (const Attachment &a : attachments) {
            const SwitchFindings::Link link { a.appName, a.name, a.nameSpace };
            if (a.addonId != oldId || oldId.isEmpty() || !a.nameSpace.startsWith(QLatin1String("connection-pooling:")))
                continue;
            (SwitchFindings::isDefaultPool(link) ? pools : otherPools).append(link);
        }
        ctx.capture(kOldName, oldName);
        ctx.capture(QStringLiteral("old_primary_id"), oldId);
        ctx.capture(kPools, SwitchFindings::linksToJson(pools));
        ctx.capture(kOtherPools, SwitchFindings::linksToJson(otherPools));
        QStringList lines { oldName.isEmpty()
                                ? PromoteDatabase::tr("%1 has no DATABASE_URL yet.").arg(app)
                                : PromoteDatabase::tr("DATABASE_URL on %1 is %2 now.").arg(app, oldName) };
        lines += PromoteDatabase::warnings(app, target.addonName, oldName, otherPools);
        ctx.done(LanguageManager::joinSentences(lines));
    });
}

} // namespace

QStringList PromoteDatabase::warnings(const QString &app, const QString &database, const QString &oldPrimary,
                                      const QList<SwitchFindings::Link> &otherPools)
{
    QStringList w {
        tr("DATABASE_URL on %1 changes to %2: this makes a release and restarts the app's dynos.").arg(app, database)
    };
    if (!oldPrimary.isEmpty())
        w.append(tr("The old primary %1 stays attached under another name and is still billed. Remove it with heroku "
                    "addons:destroy when you no longer need it.")
                     .arg(oldPrimary));
    QStringList names;
    for (const SwitchFindings::Link &link : otherPools)
        names.append(link.name);
    if (!names.isEmpty())
        w.append(tr("Connection pools with another name than DATABASE_CONNECTION_POOL stay on the old primary: %1. "
                    "Attach them to the new one afterwards (heroku pg:connection-pooling:attach DATABASE_URL --as "
                    "NAME).")
                     .arg(LanguageManager::joinList(names)));
    return w;
}

QList<Step> PromoteDatabase::build(const DatabaseActionOptions &o)
{
    const FollowerSpec f = spec(o.app);
    Step promote = PromoteSteps::promote(f);
    promote.confirmWarning = [f](const QJsonObject &values) {
        return LanguageManager::joinSentences(
            warnings(f.app, f.name(values), f.leaderName(values),
                     SwitchFindings::linksFromJson(values.value(kOtherPools).toArray())));
    };
    const auto pools = [](const QJsonObject &values) {
        return SwitchFindings::linksFromJson(values.value(kPools).toArray());
    };
    const Step preflight = DatabaseSteps::preflight(
        tr("Check the database and the app's current DATABASE_URL"), o.app, o.database,
        [o](StepContext &ctx, const Attachment &attachment, const DatabaseInfo &info) {
            if (!info.following.isEmpty()) {
                ctx.fail(tr("%1 still follows %2: promoted, it would make DATABASE_URL a read-only database. Unfollow "
                            "it first (Database ▸ Unfollow…), then promote it.")
                             .arg(attachment.addonName, info.leader));
                return;
            }
            findPrimary(ctx, o.app, attachment);
        });
    return { preflight, promote, AttachmentSteps::reattach(f, pools) };
}

RunbookKind PromoteDatabase::kind()
{
    const auto title = [](const DatabaseActionOptions &o) {
        return tr("Promote %1 on %2").arg(o.database, o.app);
    };
    const auto summary = [](const Journal &journal) {
        QStringList lines { tr("%1 is DATABASE_URL on %2.")
                                .arg(journal.value(QStringLiteral("follower_name")).toString(), journal.app()) };
        if (const QString old = journal.value(kOldName).toString(); !old.isEmpty())
            lines.append(tr("The old primary %1 is still attached to %2 under another name.").arg(old, journal.app()));
        return lines;
    };
    // It changes the app's DATABASE_URL too: not while another run works on that.
    return DatabaseActionOptions::kind(kKind, title, &build, summary, { QStringLiteral("DATABASE") });
}

} // namespace hpg
