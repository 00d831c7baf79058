#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace hpg {

// A Standard-and-up database's weekly maintenance window, as the data API writes it
// ("Thursdays 22:00 to Fridays 02:00 UTC", "Mondays 14:30 to 18:30 UTC"): four hours from a
// weekday and a time, in UTC. Parsed so that the app can show it in the UI's language and the
// local time zone, and change it (data:maintenances:window:update).
struct MaintenanceWindow
{
    Q_DECLARE_TR_FUNCTIONS(hpg::MaintenanceWindow)
public:
    int dayOfWeek = 0; // 1 = Monday … 7 = Sunday (Qt's numbering); 0 when not parsed
    QTime startUtc;
    QString text; // the API's text, kept for the tooltip

    bool isValid() const { return dayOfWeek >= 1 && dayOfWeek <= 7 && startUtc.isValid(); }
    // The next start at or after `fromUtc` (UTC).
    QDateTime nextStart(const QDateTime &fromUtc) const;
    // "Thursdays 22:00–02:00 UTC (Fridays 07:00–11:00 in your time zone)", translated; the API's text
    // when it could not be parsed.
    QString describe() const;
    // The body of POST /data/maintenances/v1/{id}/window: {"day_of_week":"thursday","time_of_day":"22:00"}.
    static QString dayName(int dayOfWeek); // "thursday"

    static MaintenanceWindow fromText(const QString &text);
};

} // namespace hpg
