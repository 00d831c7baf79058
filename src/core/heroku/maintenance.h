#pragma once

#include "maintenancewindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg {

// A Heroku Postgres maintenance (data:maintenances:info, :history, /data/maintenances/v1): what,
// why, when, and how it went. Times are UTC; the API writes them as ISO 8601 or as
// "2019-11-07 22:00:00 +0000", both read here.
struct Maintenance
{
    Q_DECLARE_TR_FUNCTIONS(hpg::Maintenance)
public:
    QString status = QStringLiteral("none"); // none, pending, preparing, ready, running, completed
    QString method; // changeover, …
    QString reason; // routine_maintenance, …
    QString addonName;
    QString window; // the API's window text
    QDateTime scheduledFor;
    QDateTime previouslyScheduledFor;
    QDateTime requiredBy;
    QDateTime startedAt;
    QDateTime completedAt;
    int durationSeconds = -1;

    bool isScheduled() const
    {
        return status == QLatin1String("pending") || status == QLatin1String("preparing")
            || status == QLatin1String("ready");
    }
    bool isRunning() const { return status == QLatin1String("running"); }
    // The status in the UI's language ("Ready", "Being prepared"…).
    QString statusText() const;
    // "routine maintenance" from routine_maintenance, translated when known.
    QString reasonText() const;

    // Empty when `chosen` may become the database's window while this maintenance is open;
    // otherwise why not, translated: its first occurrence after `nowUtc` would end after required_by
    // (Dev Center: "The window you specify must end before the required by time"). Windows are
    // four hours long.
    QString windowRefusal(const MaintenanceWindow &chosen, const QDateTime &nowUtc) const;
    static constexpr int kWindowSeconds = 4 * 3600;

    static QDateTime parseTime(const QJsonValue &value);
    static Maintenance fromJson(const QJsonObject &json);
    // {maintenances:[…]} (history, an app's list).
    static QList<Maintenance> listFromJson(const QJsonObject &json);
};

} // namespace hpg
