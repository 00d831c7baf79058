#include "backupsteps.h"

#include "transferprobe.h"

#include "core/heroku/attachment.h"
#include "core/heroku/backupclient.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/heroku/transfer.h"
#include "core/runbooks/stepcontext.h"

#include <QLocale>

namespace hpg {

namespace {

const QString kBackupKey = QStringLiteral("backup_id");
const QString kNameKey = QStringLiteral("backup_name");
const QString kRequestedKey = QStringLiteral("backup_requested_at");

void found(StepContext &ctx, const Transfer &backup)
{
    ctx.capture(kBackupKey, backup.uuid);
    ctx.capture(kNameKey, backup.name());
    ctx.done(BackupSteps::tr("Backup %1 has been started.").arg(backup.name()));
}

Step capture(const QString &app, const QString &database)
{
    Step s;
    s.id = QStringLiteral("capture-backup");
    s.title = BackupSteps::tr("Capture a backup of %1 (pg:backups:capture)").arg(database);
    s.cli = [app, database](const QJsonObject &) {
        return QStringLiteral("heroku pg:backups:capture %1 -a %2").arg(database, app);
    };
    s.probe = [app](StepContext &ctx) {
        if (!ctx.string(kBackupKey).isEmpty()) {
            ctx.done(BackupSteps::tr("Backup %1 has been started.").arg(ctx.string(kNameKey)));
            return;
        }
        const QDateTime requested = QDateTime::fromString(ctx.string(kRequestedKey), Qt::ISODateWithMs);
        if (!requested.isValid()) {
            ctx.notDone();
            return;
        }
        // A capture sent before a crash may have started a backup: find it rather than take a second.
        ctx.watch(ctx.data().transfers(app, ctx.owner()), [&ctx, requested](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            for (const Transfer &t : Transfer::listFromJson(result.array())) {
                // Ten minutes of slack for a clock that differs from Heroku's.
                if (t.kind() == Transfer::Kind::Backup && !t.scheduled && t.createdAt.isValid()
                    && t.createdAt >= requested.addSecs(-600)) {
                    found(ctx, t);
                    return;
                }
            }
            ctx.notDone();
        });
    };
    s.action = [app, database](StepContext &ctx) {
        ctx.watch(ctx.platform().resolveAttachment(app, database, ctx.owner()), [&ctx](const ApiResult &resolved) {
            if (!resolved.ok()) {
                ctx.fail(resolved.error);
                return;
            }
            const QList<Attachment> attachments = Attachment::listFromJson(resolved.array());
            if (attachments.isEmpty()) {
                ctx.fail(BackupSteps::tr("The database to back up was not found."));
                return;
            }
            ctx.capture(kRequestedKey, journalTimeNow());
            ctx.watch(BackupClient(ctx.data().api()).capture(attachments.first().addonId, ctx.owner()),
                      [&ctx](const ApiResult &started) {
                          if (!started.ok())
                              ctx.fail(started.error);
                          else
                              found(ctx, Transfer::fromJson(started.object()));
                      });
        });
    };
    return s;
}

Step wait(const QString &app)
{
    Step s;
    s.id = QStringLiteral("wait-backup");
    s.kind = Step::Kind::Wait;
    s.title = BackupSteps::tr("Wait until the backup has finished");
    s.pollIntervalMs = 1000;
    s.cli = [app](const QJsonObject &values) {
        return QStringLiteral("heroku pg:backups:info %1 -a %2").arg(values.value(kNameKey).toString(), app);
    };
    s.probe = [app](StepContext &ctx) {
        withTransfer(ctx, app, kBackupKey, false, [&ctx, app](const Transfer &t) {
            switch (t.state()) {
            case Transfer::State::Pending:
            case Transfer::State::Running:
                ctx.metric(QStringLiteral("backup_bytes"), double(t.processedBytes));
                ctx.notDone(BackupSteps::progressText(t));
                return;
            case Transfer::State::Completed:
                ctx.capture(QStringLiteral("backup_bytes"), double(t.processedBytes));
                ctx.done(BackupSteps::tr("Backup %1 is complete: %2.")
                             .arg(t.name(), QLocale().formattedDataSize(t.processedBytes)));
                return;
            case Transfer::State::Canceled:
                ctx.fail(BackupSteps::tr("Backup %1 was cancelled. Nothing else has been changed; capture a "
                                         "backup again or continue without one.")
                             .arg(t.name()));
                return;
            case Transfer::State::Failed:
                withTransfer(ctx, app, kBackupKey, true, [&ctx](const Transfer &verbose) {
                    ctx.fail(BackupSteps::tr("Backup %1 failed; nothing else has been changed. The backup's log ends "
                                             "with: %2")
                                 .arg(verbose.name(), verbose.lastMessages(5).join(QLatin1Char('\n'))));
                });
                return;
            }
        });
    };
    return s;
}

} // namespace

QList<Step> BackupSteps::captureFirst(const QString &app, const QString &database)
{
    return { capture(app, database), wait(app) };
}

QString BackupSteps::progressText(const Transfer &t)
{
    if (!t.startedAt.isValid())
        return tr("The backup is waiting to start.");
    return tr("%1 backed up.").arg(QLocale().formattedDataSize(t.processedBytes));
}

} // namespace hpg
