#include "versionupgrade.h"

#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/plan.h"
#include "copytonewdatabase.h"
#include "extensionversions.h"
#include "stepcontext.h"
#include "steps/attachmentsteps.h"
#include "steps/connectsteps.h"
#include "steps/databasesql.h"
#include "steps/followersteps.h"
#include "steps/formationsteps.h"
#include "steps/maintenancesteps.h"
#include "steps/promotesteps.h"
#include "steps/upgradesteps.h"
#include "switchpreflight.h"
#include "switchsteps.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace hpg {

namespace {

const QString kConnectUrlKey = QStringLiteral("connect_url");

// The config var of the database being upgraded on its app: DATABASE_URL when it is the app's
// primary, else its first attachment's.
QString sourceVar(const QJsonObject &values)
{
    const QStringList names = SwitchSteps::findings(values).sourceAttachmentNames;
    const QString name = names.contains(QStringLiteral("DATABASE")) ? QStringLiteral("DATABASE") : names.value(0);
    return name + QStringLiteral("_URL");
}

// The custom attachment name (without _URL) through which Heroku Connect reaches the database, or
// empty when it uses DATABASE_URL or does not reach it.
QString connectUrlName(const SwitchFindings &f)
{
    for (const SwitchFindings::Connection &c : f.connections) {
        QString name = c.dbKey;
        if (!name.endsWith(QLatin1String("_URL")) || name == QLatin1String("DATABASE_URL"))
            continue;
        name.chop(4);
        if (f.sourceAttachmentNames.contains(name))
            return name;
    }
    return {};
}

// The installed extensions of the source and what the target version offers of them.
void checkExtensions(StepContext &ctx, const VersionUpgradeOptions &o, const std::function<void(const QString &)> &next)
{
    DatabaseSql::withConfigVars(ctx, o.app, [&ctx, o, next](const QHash<QString, QString> &vars) {
        const QString url = vars.value(sourceVar(ctx.values()));
        if (url.isEmpty()) {
            next(VersionUpgrade::tr("The extensions could not be read: %1 has no %2.").arg(o.app, sourceVar(ctx.values())));
            return;
        }
        DatabaseSql::query(ctx, url, { { DatabaseSql::installedExtensionsSql(), {} } },
                           [&ctx, o, next](const PgQuery::Result &result) {
                               if (!result.ok) {
                                   ctx.fail(VersionUpgrade::tr("The extensions could not be read: %1").arg(result.error));
                                   return;
                               }
                               QHash<QString, QString> installed;
                               for (const QStringList &row : result.rows.value(0))
                                   installed.insert(row.value(0), row.value(1));
                               const bool known = ExtensionVersions::knows(o.targetVersion);
                               const auto differences = ExtensionVersions::differences(
                                   installed, ExtensionVersions::offered(o.targetVersion), known);
                               QJsonArray json;
                               for (const auto &d : differences)
                                   json.append(QJsonObject { { QStringLiteral("name"), d.name },
                                                             { QStringLiteral("installed"), d.installed },
                                                             { QStringLiteral("target"), d.target } });
                               ctx.capture(QStringLiteral("extension_differences"), json);
                               if (differences.isEmpty())
                                   next(VersionUpgrade::tr("Installed extensions (%1): PostgreSQL %2 offers the same "
                                                           "versions.")
                                            .arg(QLocale().createSeparatedList(installed.keys()), o.targetVersion));
                               else
                                   next(VersionUpgrade::tr("Extensions whose version differs in PostgreSQL %1: %2. "
                                                           "They keep their version through the upgrade; update them "
                                                           "with ALTER EXTENSION … UPDATE afterwards.")
                                            .arg(o.targetVersion, ExtensionVersions::describe(differences)));
                           });
    });
}

// What the pre-flight says once the shared checks passed: the versions, the extensions, the
// estimate, the custom URL of Heroku Connect and the shared warnings.
void describeUpgrade(StepContext &ctx, const VersionUpgradeOptions &o, const SwitchOptions &options,
                     const SwitchFindings &f)
{
    ctx.watch(ctx.data().database(f.sourceAddonId, ctx.owner()), [&ctx, f, o, options](const ApiResult &result) {
        if (!result.ok()) {
            ctx.fail(result.error);
            return;
        }
        const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
        if (!info.following.isEmpty()) {
            ctx.fail(VersionUpgrade::tr("%1 is a follower: upgrade its leader.").arg(f.sourceAddonName));
            return;
        }
        if (const QString refusal = VersionUpgrade::refusal(f.sourcePlan, info.postgresVersion, o.targetVersion);
            !refusal.isEmpty()) {
            ctx.fail(refusal);
            return;
        }
        ctx.capture(QStringLiteral("source_version"), info.postgresVersion);
        ctx.capture(QStringLiteral("source_bytes"), double(info.numBytes));
        checkExtensions(ctx, o, [&ctx, f, o, options, info](const QString &extensions) {
            QStringList lines { VersionUpgrade::tr("%1 (%2) runs PostgreSQL %3 and moves to %4.")
                                    .arg(f.sourceAddonName, f.sourcePlan, info.postgresVersion, o.targetVersion),
                                extensions,
                                VersionUpgrade::tr("Estimated down time: %1.")
                                    .arg(CopyToNewDatabase::durationText(VersionUpgrade::estimateMs(info.numBytes))) };
            if (const QString custom = connectUrlName(f); !custom.isEmpty())
                lines.append(VersionUpgrade::tr("Heroku Connect uses %1_URL: the upgraded database is attached under "
                                                "that name as well as DATABASE_URL.")
                                 .arg(custom));
            lines += SwitchPreflight::warnings(f, options);
            ctx.done(lines.join(QLatin1Char('\n')));
        });
    });
}

Step preflight(const VersionUpgradeOptions &o)
{
    SwitchOptions options;
    options.app = o.app;
    options.database = o.database;
    options.targetPlan = o.plan;
    const auto check = [](const SwitchFindings &f, const QString &) {
        return Plan::tierOf(f.sourcePlan) == Plan::Tier::Essential ? VersionUpgrade::refusal(f.sourcePlan, {}, {})
                                                                   : QString();
    };
    const auto found = [o, options](StepContext &ctx, const SwitchFindings &f) {
        ctx.capture(QStringLiteral("findings"), f.toJson());
        ctx.capture(QStringLiteral("database_id"), f.sourceAddonId);
        ctx.capture(kConnectUrlKey, connectUrlName(f));
        describeUpgrade(ctx, o, options, f);
    };
    return SwitchSteps::preflightStep(VersionUpgrade::tr("Check the database, its version, extensions and Heroku "
                                                         "Connect"),
                                      options, check, found);
}

} // namespace

QStringList VersionUpgrade::targetVersions()
{
    return { QStringLiteral("16"), QStringLiteral("17") };
}

QString VersionUpgrade::refusal(const QString &plan, const QString &sourceVersion, const QString &targetVersion)
{
    if (Plan::tierOf(plan) == Plan::Tier::Essential)
        return tr("%1 is an Essential plan: pg:upgrade on a follower is not possible. As the Dev Center says, copy the "
                  "data into a new database of the new version with pg:copy instead, with Heroku Connect paused and "
                  "the app in maintenance mode.")
            .arg(plan);
    const int from = UpgradeSteps::major(sourceVersion).toInt();
    const int to = targetVersion.toInt();
    if (!targetVersions().contains(targetVersion))
        return tr("PostgreSQL %1 is not a version Heroku Postgres upgrades to.").arg(targetVersion);
    if (from > 0 && to <= from)
        return tr("The database already runs PostgreSQL %1: choose a newer version than %2.")
            .arg(sourceVersion, UpgradeSteps::major(sourceVersion));
    return {};
}

FollowerSpec VersionUpgrade::follower(const VersionUpgradeOptions &o)
{
    FollowerSpec f;
    f.app = o.app;
    f.plan = Plan::fullName(o.plan);
    f.leader = [](const QJsonObject &values) {
        return SwitchSteps::findings(values).sourceAddonName;
    };
    return f;
}

QList<Step> VersionUpgrade::build(const VersionUpgradeOptions &o)
{
    const FollowerSpec f = follower(o);
    const auto isPrimary = [](const QJsonObject &values) {
        return SwitchSteps::findings(values).sourceAttachmentNames.contains(QStringLiteral("DATABASE"));
    };
    const auto connectUrl = [](const QJsonObject &values) {
        return values.value(kConnectUrlKey).toString();
    };
    const auto customUrl = [](const QJsonObject &values) {
        return !values.value(kConnectUrlKey).toString().isEmpty();
    };
    Step promote = PromoteSteps::promote(f);
    promote.needed = isPrimary;
    return QList<Step> { preflight(o),
                         FollowerSteps::provision(f),
                         FollowerSteps::waitAvailable(f),
                         FollowerSteps::waitCaughtUp(f),
                         ConnectSteps::pause(o.app, SwitchSteps::managedConnections),
                         MaintenanceSteps::on(o.app),
                         FormationSteps::scaleDown(o.app),
                         FollowerSteps::waitNoLag(f, o.app),
                         UpgradeSteps::countRows(o.app, sourceVar),
                         UpgradeSteps::run(f, o.targetVersion),
                         UpgradeSteps::wait(f, o.targetVersion),
                         UpgradeSteps::verify(f, o.targetVersion),
                         promote,
                         PromoteSteps::promoteAs(QStringLiteral("attach-connect-url"), f, connectUrl, customUrl),
                         AttachmentSteps::reattach(f, SwitchSteps::linksToRestore) }
        + SwitchSteps::bringBack(o.app) + QList<Step> { UpgradeSteps::verifyConnect(o.app, SwitchSteps::managedConnections) };
}

Journal VersionUpgrade::newJournal(const VersionUpgradeOptions &options, const RunbookServices &owner,
                                   const QString &dir)
{
    return RunbookRegistry::newJournal(QLatin1String(kKind), options.app, options.toJson(), owner, dir);
}

qint64 VersionUpgrade::estimateMs(qint64 databaseBytes, const Journal *lastUpgrade)
{
    if (lastUpgrade) {
        const DownTime down = RunbookRegistry::downTime(*lastUpgrade);
        if (down.totalMs > 0)
            return down.totalMs - down.personMs;
    }
    return 2 * 60 * 1000 + qint64(double(databaseBytes) / 10.0e9 * 60.0 * 1000.0);
}

std::optional<Journal> VersionUpgrade::lastFinished(const QString &dir, const QString &account)
{
    const QFileInfoList files
        = QDir(dir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files | QDir::Hidden, QDir::Time);
    for (const QFileInfo &file : files) {
        const auto journal = Journal::load(file.absoluteFilePath());
        if (journal && journal->kind() == QLatin1String(kKind) && journal->status() == Journal::Status::Finished
            && journal->account() == account)
            return journal;
    }
    return std::nullopt;
}

QStringList VersionUpgrade::summary(const Journal &journal)
{
    const VersionUpgradeOptions o = VersionUpgradeOptions::fromJson(journal.parameters());
    const SwitchFindings f = SwitchSteps::findings(journal.values());
    const QString upgraded = journal.value(QStringLiteral("follower_name")).toString();
    QStringList lines;
    if (!journal.value(QStringLiteral("upgraded_version")).toString().isEmpty())
        lines.append(tr("%1 runs PostgreSQL %2 (the old database ran %3) and is now the database of %4.")
                         .arg(upgraded, journal.value(QStringLiteral("upgraded_version")).toString(),
                              journal.value(QStringLiteral("source_version")).toString(), o.app));
    if (const QString custom = journal.value(kConnectUrlKey).toString(); !custom.isEmpty())
        lines.append(tr("Heroku Connect reads %1_URL, which now points at %2.").arg(custom, upgraded));
    if (const QString downtime = RunbookRegistry::downTimeSentence(journal); !downtime.isEmpty())
        lines.append(downtime);
    const QJsonArray extensions = journal.value(QStringLiteral("extensions_after")).toArray();
    QStringList outdated;
    for (const QJsonValue &e : extensions) {
        const QJsonObject x = e.toObject();
        outdated.append(tr("%1 %2 (%3 offered)")
                            .arg(x.value(QStringLiteral("name")).toString(), x.value(QStringLiteral("installed")).toString(),
                                 x.value(QStringLiteral("offered")).toString()));
    }
    if (!outdated.isEmpty())
        lines.append(tr("Extensions to update with ALTER EXTENSION … UPDATE: %1.")
                         .arg(QLocale().createSeparatedList(outdated)));
    if (!f.followers.isEmpty())
        lines.append(tr("The followers of the old database (%1) do not follow the upgraded one: create new followers "
                        "of %2.")
                         .arg(QLocale().createSeparatedList(f.followers), upgraded));
    if (!f.sourceAddonName.isEmpty())
        lines.append(tr("The old database %1 still exists. When you no longer need it, destroy it with heroku "
                        "addons:destroy %1 -a %2; reassign its dataclips first.")
                         .arg(f.sourceAddonName, o.app));
    return lines;
}

RunbookKind VersionUpgrade::kind()
{
    RunbookKind k;
    k.id = QLatin1String(kKind);
    k.title = [](const QJsonObject &parameters) {
        const VersionUpgradeOptions o = VersionUpgradeOptions::fromJson(parameters);
        return tr("Upgrade of %1 to PostgreSQL %2").arg(o.app, o.targetVersion);
    };
    k.steps = [](const QJsonObject &parameters) {
        return build(VersionUpgradeOptions::fromJson(parameters));
    };
    k.summary = &VersionUpgrade::summary;
    k.resources = [](const QJsonObject &parameters) {
        const VersionUpgradeOptions o = VersionUpgradeOptions::fromJson(parameters);
        return QStringList { o.app + QLatin1Char('/') + o.database };
    };
    k.downWindow = &RunbookRegistry::maintenanceModeWindow;
    return k;
}

} // namespace hpg
