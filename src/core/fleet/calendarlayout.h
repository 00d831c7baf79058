#pragma once

#include "maintenancefleet.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace hpg {

// One thing on the maintenance calendar: a weekly window's occurrence (four hours) or a
// scheduled maintenance (drawn as one hour from its scheduled time). Times in UTC.
struct CalendarEntry
{
    enum class Kind { Window, Maintenance };
    Kind kind = Kind::Window;
    QString key; // "db:<app>/<add-on>", as the browser tree names the database
    QString addon;
    QString app;
    QDateTime startUtc;
    QDateTime endUtc;
    bool requiredSoon = false; // a maintenance whose required-by date is within the "soon" days
};

// The piece of an entry that falls on one day of the week view, in the view's time zone: an
// entry that crosses midnight there is drawn as two pieces. `lane` of `lanes` places pieces that
// overlap side by side.
struct CalendarSegment
{
    int entry = -1; // index into the entries
    int day = 0; // 0 … days-1 from the first day shown
    double startHour = 0; // 0 … 24, in the view's time zone
    double endHour = 0;
    int lane = 0;
    int lanes = 1;
};

// The geometry of the maintenance calendar's week and month views, apart from any painting so
// that it can be tested: which windows and maintenances occur in a range of days, and where each
// falls in a time zone (the local one in the app).
class CalendarLayout
{
public:
    // The window occurrences and scheduled maintenances that overlap [fromUtc, toUtc), sorted by start.
    static QList<CalendarEntry> entries(const QList<FleetDatabase> &databases, const QDateTime &fromUtc,
                                        const QDateTime &toUtc, const QDateTime &nowUtc, int soonDays = 7);
    // The pieces of `entries` on the `days` days from `firstDay` (dates in `zone`).
    static QList<CalendarSegment> segments(const QList<CalendarEntry> &entries, const QDate &firstDay, int days,
                                           const QTimeZone &zone);
    // For each of the `days` days from `firstDay` (dates in `zone`), the entries that touch it.
    static QList<QList<int>> byDay(const QList<CalendarEntry> &entries, const QDate &firstDay, int days,
                                   const QTimeZone &zone);
    // The Monday (QLocale's first day of the week in general) on or before `day`.
    static QDate weekStart(const QDate &day, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    // The first day of the six-week grid that shows `day`'s month.
    static QDate monthGridStart(const QDate &day, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
};

} // namespace hpg
