#include "maintenance.h"

#include "inforowvalues.h"

#include <QJsonArray>

namespace hpg {

QDateTime Maintenance::parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.toUTC();
    // "2019-11-07 22:00:00 +0000", as pg:info's rows write times too.
    return InfoRowValues::utcTime(text).value_or(QDateTime());
}

QString Maintenance::statusText() const
{
    if (status == QLatin1String("none"))
        return tr("None scheduled");
    if (status == QLatin1String("pending"))
        return tr("Scheduled");
    if (status == QLatin1String("preparing"))
        return tr("Being prepared");
    if (status == QLatin1String("ready"))
        return tr("Ready");
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    return status;
}

QString Maintenance::reasonText() const
{
    if (reason == QLatin1String("routine_maintenance"))
        return tr("Routine maintenance");
    if (reason == QLatin1String("plan_change"))
        return tr("Plan change");
    QString text = reason;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

QString Maintenance::windowRefusal(const MaintenanceWindow &chosen, const QDateTime &nowUtc) const
{
    if (!chosen.isValid() || !isScheduled() || !requiredBy.isValid())
        return {};
    const QDateTime start = chosen.nextStart(nowUtc);
    const QDateTime end = start.addSecs(kWindowSeconds);
    if (end <= requiredBy)
        return {};
    const auto utc = [](const QDateTime &t) {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    return tr("The window must end before the maintenance is required (%1 UTC), but its next occurrence would run "
              "from %2 to %3 UTC. Choose a window that opens earlier, or run the maintenance by hand before then.")
        .arg(utc(requiredBy), utc(start), utc(end));
}

Maintenance Maintenance::fromJson(const QJsonObject &json)
{
    Maintenance m;
    m.status = json.value(QStringLiteral("status")).toString(QStringLiteral("none"));
    m.method = json.value(QStringLiteral("method")).toString();
    m.reason = json.value(QStringLiteral("reason")).toString();
    const QJsonObject addon = json.value(QStringLiteral("addon")).toObject();
    m.addonName = addon.value(QStringLiteral("name")).toString();
    m.window = json.value(QStringLiteral("window")).toString(addon.value(QStringLiteral("window")).toString());
    m.scheduledFor = parseTime(json.value(QStringLiteral("scheduled_for")));
    m.previouslyScheduledFor = parseTime(json.value(QStringLiteral("previously_scheduled_for")));
    m.requiredBy = parseTime(json.value(QStringLiteral("required_by")));
    m.startedAt = parseTime(json.value(QStringLiteral("started_at")));
    m.completedAt = parseTime(json.value(QStringLiteral("completed_at")));
    const QJsonValue duration = json.value(QStringLiteral("duration_seconds"));
    m.durationSeconds = duration.isDouble() && duration.toDouble() >= 0 && duration.toDouble() < 1e9
        ? int(duration.toDouble())
        : -1;
    return m;
}

QList<Maintenance> Maintenance::listFromJson(const QJsonObject &json)
{
    QList<Maintenance> list;
    for (const QJsonValue &value : json.value(QStringLiteral("maintenances")).toArray())
        list.append(fromJson(value.toObject()));
    return list;
}

} // namespace hpg
