// TransfersApi's backup schedules (pg:backups:schedule, :schedules, :unschedule) and the daily
// runs they take.
#include "transfersapi.h"

#include "dataapi.h"
#include "presenter.h"
#include "sandbox/databasefleet.h"
#include "sandbox/state/world.h"

#include <QJsonArray>
#include <QTimeZone>

namespace hpg::sandbox {

QJsonObject TransfersApi::toJson(const BackupScheduleRecord &s) const
{
    return { { QStringLiteral("uuid"), s.uuid },
             { QStringLiteral("name"), s.name },
             { QStringLiteral("hour"), s.hour },
             { QStringLiteral("timezone"), s.timezone },
             { QStringLiteral("days"), QJsonArray { QStringLiteral("Sunday"), QStringLiteral("Monday"),
                                                    QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                                                    QStringLiteral("Thursday"), QStringLiteral("Friday"),
                                                    QStringLiteral("Saturday") } },
             { QStringLiteral("retain_weeks"), 4 },
             { QStringLiteral("retain_months"), 0 },
             { QStringLiteral("created_at"), Presenter::timeOrNull(s.createdAt) },
             { QStringLiteral("updated_at"), Presenter::timeOrNull(s.updatedAt) } };
}

ApiResponse TransfersApi::schedules(const ApiRequest &request) const
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon)
        return ApiResponse::databaseNotFound();
    // The schedules of every database of the add-on's app (the CLI asks any one of them).
    QJsonArray array;
    for (const auto &s : std::as_const(m_world.backupSchedules)) {
        const AddonRecord *scheduled = m_world.addon(s->addonId);
        if (scheduled && scheduled->appId == addon->appId)
            array.append(toJson(*s));
    }
    return ApiResponse::json(array);
}

ApiResponse TransfersApi::schedule(const ApiRequest &request)
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon)
        return ApiResponse::databaseNotFound();
    const QJsonObject body = request.json();
    // The CLI sends the hour as a string ("14"); accept a number too.
    const QJsonValue hourValue = body.value(QLatin1String("hour"));
    bool ok = hourValue.isDouble();
    const int hour = ok ? hourValue.toInt() : hourValue.toString().toInt(&ok);
    if (!ok || hour < 0 || hour > 23)
        return ApiResponse::invalidParams(QStringLiteral("Invalid hour: expected 0 to 23."));
    const QString timezone = body.value(QLatin1String("timezone")).toString(QStringLiteral("UTC"));
    if (!QTimeZone(timezone.toUtf8()).isValid())
        return ApiResponse::invalidParams(QStringLiteral("Invalid timezone: %1.").arg(timezone));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BackupScheduleRecord *record = nullptr;
    for (const auto &s : std::as_const(m_world.backupSchedules)) {
        if (s->addonId == addon->id)
            record = s.get();
    }
    if (!record) {
        auto created = std::make_shared<BackupScheduleRecord>();
        created->uuid = World::newId();
        created->addonId = addon->id;
        created->createdAt = now;
        m_world.backupSchedules.append(created);
        record = created.get();
    }
    record->name = body.value(QLatin1String("schedule_name")).toString(attachmentName(*addon) + QStringLiteral("_URL"));
    record->hour = hour;
    record->timezone = timezone;
    record->updatedAt = now;
    m_world.markDirty();
    return ApiResponse::json(toJson(*record), 201);
}

ApiResponse TransfersApi::unschedule(const ApiRequest &request)
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon)
        return ApiResponse::databaseNotFound();
    for (const auto &s : std::as_const(m_world.backupSchedules)) {
        const AddonRecord *scheduled = m_world.addon(s->addonId);
        if (scheduled && scheduled->appId == addon->appId && s->uuid == request.param(1)) {
            const QJsonObject answer = toJson(*s);
            m_world.backupSchedules.removeIf([&answer](const auto &item) {
                return item->uuid == answer.value(QLatin1String("uuid")).toString();
            });
            m_world.markDirty();
            return ApiResponse::json(answer);
        }
    }
    return ApiResponse::notFound(QStringLiteral("transfer-schedule"), QStringLiteral("schedule"));
}

void TransfersApi::runSchedules(bool all)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto schedules = m_world.backupSchedules;
    for (const auto &s : schedules) {
        const QDateTime local = now.toTimeZone(QTimeZone(s->timezone.toUtf8()));
        const QString today = local.date().toString(Qt::ISODate);
        if (!all && (local.time().hour() != s->hour || s->lastRunDate == today))
            continue;
        const AddonRecord *addon = m_world.addon(s->addonId);
        if (!addon || !m_fleet.clusters().isRunning(addon->id))
            continue;
        s->lastRunDate = today;
        startBackup(*addon, s.get());
    }
}

} // namespace hpg::sandbox
