#include "copytonewdatabase.h"

#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "stepcontext.h"
#include "steps/backupsteps.h"
#include "steps/attachmentsteps.h"
#include "steps/connectsteps.h"
#include "steps/copysteps.h"
#include "steps/followersteps.h"
#include "steps/formationsteps.h"
#include "steps/maintenancesteps.h"
#include "steps/planchangesteps.h"
#include "steps/promotesteps.h"
#include "switchpreflight.h"
#include "switchsteps.h"

#include <QDir>
#include <QLocale>

namespace hpg {

namespace {

Step preflight(const CopyOptions &o)
{
    Step s;
    s.id = QStringLiteral("preflight");
    s.kind = Step::Kind::Check;
    s.title = CopyToNewDatabase::tr("Check the database, its size, attachments and Heroku Connect");
    s.cli = [o](const QJsonObject &) {
        return QStringLiteral("heroku pg:info DATABASE_URL -a %1").arg(o.app);
    };
    s.action = [o](StepContext &ctx) {
        SwitchOptions options;
        options.app = o.app;
        options.targetPlan = o.fullTargetPlan();
        const auto check = [](const SwitchFindings &f, const QString &target) {
            return CopyToNewDatabase::planRefusal(f.sourcePlan, target);
        };
        SwitchSteps::runPreflight(ctx, options, check, [&ctx, options](const SwitchFindings &f) {
            ctx.capture(QStringLiteral("findings"), f.toJson());
            ctx.capture(QStringLiteral("database_id"), f.sourceAddonId);
            ctx.watch(ctx.data().database(f.sourceAddonId, ctx.owner()), [&ctx, f, options](const ApiResult &result) {
                if (!result.ok()) {
                    ctx.fail(result.error);
                    return;
                }
                const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
                ctx.capture(QStringLiteral("source_bytes"), double(info.numBytes));
                QStringList lines { CopyToNewDatabase::tr("The database is %1 (%2, %3).")
                                        .arg(f.sourceAddonName, f.sourcePlan,
                                             QLocale().formattedDataSize(info.numBytes)) };
                // What the DBA must know, as for a follower switch: followers, Scheduler, pools, other
                // apps, Heroku Connect.
                lines += SwitchPreflight::warnings(f, options);
                ctx.done(lines.join(QLatin1Char('\n')));
            });
        });
    };
    return s;
}

} // namespace

QString CopyToNewDatabase::planRefusal(const QString &sourcePlan, const QString &targetPlan)
{
    if (Plan::tierOf(targetPlan) == Plan::Tier::Unknown)
        return tr("%1 is not a Heroku Postgres plan that hpgdesk knows.").arg(targetPlan);
    if (Plan::tierOf(sourcePlan) == Plan::Tier::Unknown)
        return tr("%1 is not a Heroku Postgres plan that hpgdesk knows.").arg(sourcePlan);
    return {};
}

FollowerSpec CopyToNewDatabase::target(const CopyOptions &o)
{
    FollowerSpec t;
    t.app = o.app;
    t.plan = o.fullTargetPlan();
    t.version = o.targetVersion;
    t.nameKey = QStringLiteral("target_name");
    t.idKey = QStringLiteral("target_id");
    t.attachmentKey = QStringLiteral("target_attachment");
    return t; // no leader: a database of its own
}

QList<Step> CopyToNewDatabase::build(const CopyOptions &o)
{
    const FollowerSpec t = target(o);
    Step promote = PromoteSteps::promote(t);
    promote.pointOfNoReturn = true; // from here on the app writes into the copy
    QList<Step> steps { preflight(o),
                        FollowerSteps::provision(t),
                        FollowerSteps::waitAvailable(t),
                        ConnectSteps::pause(o.app, SwitchSteps::managedConnections),
                        MaintenanceSteps::on(o.app),
                        FormationSteps::scaleDown(o.app),
                        PlanChangeSteps::waitDynosStopped(o.app),
                        CopySteps::start(t),
                        CopySteps::wait(t),
                        CopySteps::verify(t),
                        promote,
                        AttachmentSteps::reattach(t, SwitchSteps::linksToRestore) };
    if (o.backupFirst)
        steps = steps.mid(0, 1) + BackupSteps::captureFirst(o.app, QStringLiteral("DATABASE_URL")) + steps.mid(1);
    return steps << SwitchSteps::bringBack(o.app);
}

Journal CopyToNewDatabase::newJournal(const CopyOptions &options, const RunbookServices &owner, const QString &dir)
{
    return RunbookRegistry::newJournal(QLatin1String(kKind), options.app, options.toJson(), owner, dir);
}

QString CopyToNewDatabase::durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return tr("about %n s", nullptr, int(seconds));
    return tr("about %n min", nullptr, int((seconds + 59) / 60));
}

CopyToNewDatabase::Estimate CopyToNewDatabase::estimate(qint64 databaseBytes, const Journal *lastCopy)
{
    Estimate e;
    if (lastCopy) {
        const double bytes = lastCopy->value(QStringLiteral("source_bytes")).toDouble();
        const double seconds = lastCopy->value(QStringLiteral("copy_seconds")).toDouble();
        const DownTime down = RunbookRegistry::downTime(*lastCopy);
        if (bytes > 0 && seconds > 0 && down.totalMs > 0) {
            e.measured = true;
            e.bytesPerSecond = bytes / seconds;
            const qint64 otherMs = qMax<qint64>(0, down.totalMs - down.personMs - qint64(seconds * 1000));
            e.ms = qint64(double(databaseBytes) / e.bytesPerSecond * 1000.0) + otherMs;
            return e;
        }
    }
    // Dev Center: about 3 minutes of down time per GB.
    e.ms = qMax<qint64>(60 * 1000, qint64(double(databaseBytes) / 1.0e9 * 180.0 * 1000.0));
    return e;
}

std::optional<Journal> CopyToNewDatabase::lastFinished(const QString &dir, const QString &account)
{
    const QFileInfoList files
        = QDir(dir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files | QDir::Hidden, QDir::Time);
    for (const QFileInfo &file : files) {
        const auto journal = Journal::load(file.absoluteFilePath());
        if (journal && journal->kind() == QLatin1String(kKind) && journal->status() == Journal::Status::Finished
            && journal->account() == account && journal->value(QStringLiteral("copy_seconds")).toDouble() > 0)
            return journal;
    }
    return std::nullopt;
}

QStringList CopyToNewDatabase::summary(const Journal &journal)
{
    const CopyOptions o = CopyOptions::fromJson(journal.parameters());
    const SwitchFindings f = SwitchSteps::findings(journal.values());
    const FollowerSpec t = target(o);
    QStringList lines { tr("%1 is now DATABASE_URL on %2 (%3), a copy of %4.")
                            .arg(t.name(journal.values()), o.app, o.fullTargetPlan(), f.sourceAddonName) };
    if (const QString downtime = RunbookRegistry::downTimeSentence(journal); !downtime.isEmpty()) {
        const Estimate planned = estimate(qint64(journal.value(QStringLiteral("source_bytes")).toDouble()));
        lines.append(downtime);
        lines.append(tr("The Dev Center's estimate for this database was %1.").arg(durationText(planned.ms)));
    }
    if (!f.followers.isEmpty())
        lines.append(tr("The followers of the old database (%1) do not follow the copy: create new followers of %2.")
                         .arg(QLocale().createSeparatedList(f.followers), t.name(journal.values())));
    lines.append(tr("The old database %1 still exists (with its data as it was before the copy). When you no longer "
                    "need it, destroy it with heroku addons:destroy %1 -a %2; reassign its dataclips first.")
                     .arg(f.sourceAddonName, o.app));
    return lines;
}

RunbookKind CopyToNewDatabase::kind()
{
    RunbookKind k;
    k.id = QLatin1String(kKind);
    k.title = [](const QJsonObject &parameters) {
        const CopyOptions o = CopyOptions::fromJson(parameters);
        return tr("Copy of %1 to a new %2 database").arg(o.app, o.fullTargetPlan().section(QLatin1Char(':'), 1));
    };
    k.steps = [](const QJsonObject &parameters) {
        return build(CopyOptions::fromJson(parameters));
    };
    k.summary = &CopyToNewDatabase::summary;
    k.resources = [](const QJsonObject &parameters) {
        return QStringList { CopyOptions::fromJson(parameters).app + QStringLiteral("/DATABASE") };
    };
    k.downWindow = &RunbookRegistry::maintenanceModeWindow;
    k.undo = [](const QJsonObject &parameters) {
        const CopyOptions o = CopyOptions::fromJson(parameters);
        QList<Step> steps = CopySteps::cancel(o.app);
        steps << CopySteps::destroyTarget(target(o), [](const QJsonObject &values) {
            return values.value(QStringLiteral("destroy_target")).toBool();
        });
        return steps;
    };
    return k;
}

} // namespace hpg
