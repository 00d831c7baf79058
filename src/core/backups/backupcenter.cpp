#include "backupcenter.h"

#include "core/heroku/apicall.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/auditlog.h"

#include <QJsonArray>
#include <QLocale>

namespace hpg {

BackupCenter::BackupCenter(ApiClient *api, const AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_audit(audit)
{
    m_poll.setInterval(2000);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &BackupCenter::readTransfers); // only what moves
}

void BackupCenter::show(const QString &app, const QString &addonId, const QString &attachment)
{
    m_app = app;
    m_addonId = addonId;
    m_attachment = attachment;
    m_backups.clear();
    m_restores.clear();
    m_schedules.clear();
    m_databases.clear();
    m_running.clear();
    ++m_generation;
    m_pending = 0;
    m_poll.stop();
    emit changed();
    refresh();
}

bool BackupCenter::running() const
{
    for (const QList<Transfer> *list : { &m_backups, &m_restores }) {
        for (const Transfer &t : *list) {
            if (!t.isFinished())
                return true;
        }
    }
    return false;
}

void BackupCenter::track(ApiCall *call, const std::function<void(const ApiResult &)> &handler)
{
    ++m_pending;
    const int generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, generation, handler](const ApiResult &result) {
        if (generation != m_generation)
            return;
        --m_pending;
        handler(result);
    });
}

void BackupCenter::refresh()
{
    if (m_app.isEmpty())
        return;
    readTransfers();
    if (!m_addonId.isEmpty()) {
        track(BackupClient(m_api).schedules(m_addonId, this), [this](const ApiResult &result) {
            if (!result.ok())
                return; // the list of backups says what is wrong
            m_schedules = BackupSchedule::listFromJson(result.array());
            emit changed();
        });
    }
    track(PlatformClient(m_api).addons(m_app, this), [this](const ApiResult &result) {
        if (!result.ok())
            return;
        m_databases.clear();
        for (const Addon &addon : Addon::listFromJson(result.array())) {
            if (addon.isPostgres())
                m_databases.append(addon);
        }
        emit changed();
    });
}

void BackupCenter::readTransfers()
{
    m_poll.stop();
    track(DataClient(m_api).transfers(m_app, this), [this](const ApiResult &result) {
        if (!result.ok()) {
            emit failed(result.error.userText());
            return;
        }
        m_backups.clear();
        m_restores.clear();
        for (const Transfer &t : Transfer::listFromJson(result.array())) {
            if (t.kind() == Transfer::Kind::Backup)
                m_backups.append(t);
            else if (t.kind() == Transfer::Kind::Restore)
                m_restores.append(t);
        }
        const auto newestFirst = [](const Transfer &a, const Transfer &b) { return a.createdAt > b.createdAt; };
        std::sort(m_backups.begin(), m_backups.end(), newestFirst);
        std::sort(m_restores.begin(), m_restores.end(), newestFirst);
        // What ran at the last reading and has finished since: say how it ended.
        QSet<QString> stillRunning;
        for (const QList<Transfer> *list : { &m_backups, &m_restores }) {
            for (const Transfer &t : *list) {
                if (!t.isFinished())
                    stillRunning.insert(t.uuid);
                else if (m_running.contains(t.uuid))
                    announce(t);
            }
        }
        m_running = stillRunning;
        if (running())
            m_poll.start();
        emit changed();
    });
}

void BackupCenter::announce(const Transfer &t)
{
    const QString size = QLocale().formattedDataSize(t.processedBytes);
    switch (t.state()) {
    case Transfer::State::Completed:
        emit done(t.kind() == Transfer::Kind::Restore ? tr("Restore %1 into %2 is complete: %3.").arg(t.name(), t.toName, size)
                                                      : tr("Backup %1 is complete: %2.").arg(t.name(), size));
        return;
    case Transfer::State::Canceled:
        emit done(tr("%1 was cancelled.").arg(t.name()));
        return;
    default:
        emit failed(tr("%1 failed; heroku pg:backups:info %1 -a %2 shows its log.").arg(t.name(), m_app));
    }
}

void BackupCenter::audit(const QString &action, const QJsonObject &fields, const ApiResult &result) const
{
    if (!m_audit)
        return;
    QJsonObject record = fields;
    record.insert(QStringLiteral("app"), m_app);
    record.insert(QStringLiteral("outcome"), result.ok() ? QStringLiteral("ok") : QStringLiteral("failed"));
    if (!result.ok())
        record.insert(QStringLiteral("message"), result.error.userText());
    if (!result.requestId.isEmpty())
        record.insert(QStringLiteral("request_ids"), QJsonArray { result.requestId });
    m_audit->append(action, record);
}

void BackupCenter::afterAction(ApiCall *call, const QString &doneMessage, const QString &auditAction,
                               const QJsonObject &fields)
{
    track(call, [this, doneMessage, auditAction, fields](const ApiResult &result) {
        if (!auditAction.isEmpty())
            audit(auditAction, fields, result);
        if (!result.ok()) {
            emit failed(result.error.userText());
            return;
        }
        emit done(doneMessage);
        refresh();
    });
}

void BackupCenter::capture()
{
    afterAction(BackupClient(m_api).capture(m_addonId, this),
                tr("A backup of %1 has been started.").arg(m_attachment), {}, {});
}

void BackupCenter::cancel(const Transfer &transfer)
{
    afterAction(DataClient(m_api).cancelTransfer(m_app, transfer.uuid, this),
                tr("%1 is being cancelled.").arg(transfer.name()), QStringLiteral("backups.cancel"),
                { { QStringLiteral("database"), transfer.fromName },
                  { QStringLiteral("cli"), QStringLiteral("heroku pg:backups:cancel %1 -a %2").arg(transfer.name(), m_app) } });
}

void BackupCenter::remove(const Transfer &backup)
{
    afterAction(BackupClient(m_api).remove(m_app, backup.num, this), tr("Backup %1 was deleted.").arg(backup.name()),
                QStringLiteral("backups.delete"),
                { { QStringLiteral("database"), backup.fromName }, { QStringLiteral("cli"), deleteCli(backup) } });
}

void BackupCenter::restore(const Transfer &backup, const Addon &target)
{
    afterAction(BackupClient(m_api).restore(target.id, backup.backupUrl, this),
                tr("Backup %1 is being restored into %2.").arg(backup.name(), target.name),
                QStringLiteral("backups.restore"),
                { { QStringLiteral("database"), target.name }, { QStringLiteral("cli"), restoreCli(backup, target) } });
}

void BackupCenter::schedule(int hour, const QString &timezone)
{
    QString name = m_attachment;
    if (!name.endsWith(QLatin1String("_URL")))
        name += QStringLiteral("_URL");
    afterAction(BackupClient(m_api).schedule(m_addonId, hour, timezone, name, this),
                tr("Daily backups of %1 are scheduled at %2:00 %3.").arg(m_attachment).arg(hour, 2, 10, QLatin1Char('0')).arg(timezone),
                QStringLiteral("backups.schedule"), { { QStringLiteral("cli"), scheduleCli(hour, timezone) } });
}

void BackupCenter::unschedule(const BackupSchedule &schedule)
{
    afterAction(BackupClient(m_api).unschedule(m_addonId, schedule.uuid, this),
                tr("Daily backups of %1 are no longer scheduled.").arg(schedule.name),
                QStringLiteral("backups.unschedule"), { { QStringLiteral("cli"), unscheduleCli(schedule) } });
}

void BackupCenter::describeTarget(const Addon &target)
{
    const QString id = target.id;
    track(DataClient(m_api).database(id, this), [this, id](const ApiResult &result) {
        if (!result.ok()) {
            emit targetDescribed(id, tr("Its current data could not be read: %1").arg(result.error.userText()));
            return;
        }
        const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
        // pg:info's rows: "Tables: 12" (or "12/4000"), "Data Size: 24 MB / 64 GB (0.04%)".
        const QString tables = info.value(QStringLiteral("Tables")).section(QLatin1Char('/'), 0, 0).trimmed();
        const QString size = info.value(QStringLiteral("Data Size")).section(QLatin1Char('/'), 0, 0).trimmed();
        emit targetDescribed(id, tr("%1 tables, %2").arg(tables.isEmpty() ? QStringLiteral("?") : tables,
                                                         size.isEmpty() ? QStringLiteral("?") : size));
    });
}

QString BackupCenter::captureCli() const
{
    return QStringLiteral("heroku pg:backups:capture %1 -a %2").arg(m_attachment, m_app);
}

QString BackupCenter::restoreCli(const Transfer &backup, const Addon &target) const
{
    return QStringLiteral("heroku pg:backups:restore %1 %2 -a %3 --confirm %3").arg(backup.name(), target.name, m_app);
}

QString BackupCenter::deleteCli(const Transfer &backup) const
{
    return QStringLiteral("heroku pg:backups:delete %1 -a %2 --confirm %2").arg(backup.name(), m_app);
}

QString BackupCenter::downloadCli(const Transfer &backup) const
{
    return QStringLiteral("heroku pg:backups:download %1 -a %2").arg(backup.name(), m_app);
}

QString BackupCenter::scheduleCli(int hour, const QString &timezone) const
{
    return QStringLiteral("heroku pg:backups:schedule %1 --at '%2:00 %3' -a %4")
        .arg(m_attachment)
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(timezone, m_app);
}

QString BackupCenter::unscheduleCli(const BackupSchedule &schedule) const
{
    return QStringLiteral("heroku pg:backups:unschedule %1 -a %2").arg(schedule.name, m_app);
}

QString BackupCenter::restoreWarning(const Transfer &backup, const Addon &target, const QString &targetData)
{
    return tr("All data in %1 (now: %2) will be deleted and replaced by backup %3 of %4, taken %5. This cannot "
              "be undone; capture a backup of %1 first if you may need its data.")
        .arg(target.name, targetData, backup.name(), backup.fromName,
             QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat));
}

QString BackupCenter::statusText(const Transfer &t)
{
    switch (t.state()) {
    case Transfer::State::Pending:
        return tr("Pending");
    case Transfer::State::Running:
        return tr("Running, %1").arg(QLocale().formattedDataSize(t.processedBytes));
    case Transfer::State::Completed:
        return t.warnings > 0 ? tr("Finished with %n warning(s)", nullptr, t.warnings) : tr("Completed");
    case Transfer::State::Failed:
        return tr("Failed");
    case Transfer::State::Canceled:
        return tr("Cancelled");
    }
    return {};
}

QString BackupCenter::scheduleText(const BackupSchedule &s)
{
    return tr("%1: daily at %2:00 %3").arg(s.name).arg(s.hour, 2, 10, QLatin1Char('0')).arg(s.timezone);
}

} // namespace hpg
