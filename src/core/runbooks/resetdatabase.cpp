#include "resetdatabase.h"

#include "core/settings/languagemanager.h"
#include "stepcontext.h"
#include "steps/databasesteps.h"
#include "switchsteps.h"

namespace hpg {

QString ResetDatabase::refusal(const SwitchFindings &f)
{
    QStringList names;
    for (const SwitchFindings::Connection &c : f.connections)
        names.append(c.name);
    if (names.isEmpty())
        return {};
    return tr("Heroku Connect (%1) syncs %2: a reset would delete its schema and mappings under it. Delete the "
              "connection first, or reset another database.")
        .arg(LanguageManager::joinList(names), f.sourceAddonName);
}

QStringList ResetDatabase::warnings(const SwitchFindings &f)
{
    QStringList w { tr("Resetting %1 deletes all of its data: every table, view and function. This cannot be undone.")
                        .arg(f.sourceAddonName) };
    if (!f.followers.isEmpty())
        w.append(tr("The followers %1 follow this database: they are emptied too.")
                     .arg(LanguageManager::joinList(f.followers)));
    QStringList apps;
    for (const SwitchFindings::Link &link : f.otherApps)
        apps.append(QStringLiteral("%1 (%2)").arg(link.app, link.name));
    if (!apps.isEmpty())
        w.append(tr("Other apps are attached to this database and lose their data too: %1.")
                     .arg(LanguageManager::joinList(apps)));
    if (!f.connectError.isEmpty())
        w.append(tr("Heroku Connect could not be checked: %1").arg(f.connectError));
    return w;
}

QList<Step> ResetDatabase::build(const DatabaseActionOptions &o)
{
    const auto warning = [](const QJsonObject &values) {
        return LanguageManager::joinSentences(warnings(SwitchSteps::findings(values)));
    };
    const Step preflight = DatabaseSteps::preflight(
        tr("Check the database, its followers, Heroku Connect and the apps attached to it"), o.app, o.database,
        [o](StepContext &ctx, const Attachment &attachment, const DatabaseInfo &info) {
            if (!info.following.isEmpty()) {
                ctx.fail(tr("%1 is a follower of %2: a follower cannot be reset. Unfollow it first, or reset its "
                            "leader.")
                             .arg(attachment.addonName, info.leader));
                return;
            }
            // Its followers, the apps attached to it and Heroku Connect, as the follower switch looks at them.
            SwitchOptions options;
            options.app = o.app;
            options.database = attachment.addonName;
            const auto check = [](const SwitchFindings &f, const QString &) {
                return refusal(f);
            };
            SwitchSteps::runPreflight(ctx, options, check, [&ctx](const SwitchFindings &f) {
                ctx.capture(QStringLiteral("findings"), f.toJson());
                const QStringList lines
                    = QStringList { tr("The database is %1 (%2).").arg(f.sourceAddonName, f.sourcePlan) } + warnings(f);
                ctx.done(LanguageManager::joinSentences(lines));
            });
        });
    return { preflight, DatabaseSteps::reset(DatabaseSteps::spec(o.app), warning) };
}

RunbookKind ResetDatabase::kind()
{
    const auto title = [](const DatabaseActionOptions &o) {
        return tr("Reset %1 on %2").arg(o.database, o.app);
    };
    const auto summary = [](const Journal &journal) {
        return QStringList { tr("%1 is empty: every table, view and function was deleted.")
                                 .arg(journal.value(QStringLiteral("follower_name")).toString()) };
    };
    return DatabaseActionOptions::kind(kKind, title, &build, summary);
}

} // namespace hpg
