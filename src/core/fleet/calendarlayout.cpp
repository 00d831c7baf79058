#include "calendarlayout.h"

#include <algorithm>

namespace hpg {

QList<CalendarEntry> CalendarLayout::entries(const QList<FleetDatabase> &databases, const QDateTime &fromUtc,
                                             const QDateTime &toUtc, const QDateTime &nowUtc, int soonDays)
{
    QList<CalendarEntry> result;
    for (const FleetDatabase &d : databases) {
        CalendarEntry base;
        base.key = QStringLiteral("db:%1/%2").arg(d.app, d.addon);
        base.addon = d.addon;
        base.app = d.app;
        if (d.hasWindow()) {
            // A window that started up to four hours before `fromUtc` still shows.
            for (QDateTime start = d.window.nextStart(fromUtc.addSecs(-Maintenance::kWindowSeconds)); start < toUtc;
                 start = start.addDays(7)) {
                CalendarEntry e = base;
                e.startUtc = start;
                e.endUtc = start.addSecs(Maintenance::kWindowSeconds);
                if (e.endUtc > fromUtc)
                    result.append(e);
            }
        }
        const Maintenance &m = d.maintenance;
        if ((m.isScheduled() || m.isRunning()) && m.scheduledFor.isValid()) {
            CalendarEntry e = base;
            e.kind = CalendarEntry::Kind::Maintenance;
            e.startUtc = m.isRunning() && m.startedAt.isValid() ? m.startedAt : m.scheduledFor;
            e.endUtc = e.startUtc.addSecs(3600);
            e.requiredSoon = m.requiredBy.isValid() && nowUtc.secsTo(m.requiredBy) <= qint64(soonDays) * 86400;
            if (e.endUtc > fromUtc && e.startUtc < toUtc)
                result.append(e);
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const CalendarEntry &a, const CalendarEntry &b) { return a.startUtc < b.startUtc; });
    return result;
}

QList<CalendarSegment> CalendarLayout::segments(const QList<CalendarEntry> &entries, const QDate &firstDay, int days,
                                                const QTimeZone &zone)
{
    QList<CalendarSegment> result;
    for (int day = 0; day < days; ++day) {
        const QDateTime dayStart(firstDay.addDays(day), QTime(0, 0), zone);
        const QDateTime dayEnd(firstDay.addDays(day + 1), QTime(0, 0), zone);
        const double dayHours = double(dayStart.secsTo(dayEnd)) / 3600.0; // 23 or 25 on a DST change
        QList<CalendarSegment> today;
        for (int i = 0; i < entries.size(); ++i) {
            const CalendarEntry &e = entries.at(i);
            const QDateTime start = std::max(e.startUtc, dayStart.toUTC());
            const QDateTime end = std::min(e.endUtc, dayEnd.toUTC());
            if (start >= end)
                continue;
            CalendarSegment s;
            s.entry = i;
            s.day = day;
            // Scaled to 24 hours so that a day's column is always the same height.
            s.startHour = double(dayStart.secsTo(start)) / 3600.0 * 24.0 / dayHours;
            s.endHour = double(dayStart.secsTo(end)) / 3600.0 * 24.0 / dayHours;
            today.append(s);
        }
        // Lanes: greedily, in order of start; a cluster of overlapping pieces shares its lane count.
        std::stable_sort(today.begin(), today.end(),
                         [](const CalendarSegment &a, const CalendarSegment &b) { return a.startHour < b.startHour; });
        QList<double> laneEnds;
        int clusterBegin = 0;
        double clusterEnd = 0;
        const auto closeCluster = [&](int end) {
            for (int k = clusterBegin; k < end; ++k)
                today[k].lanes = int(laneEnds.size());
            laneEnds.clear();
            clusterBegin = end;
        };
        for (int k = 0; k < today.size(); ++k) {
            CalendarSegment &s = today[k];
            if (k > clusterBegin && s.startHour >= clusterEnd)
                closeCluster(k);
            if (k == clusterBegin)
                clusterEnd = s.endHour;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > s.startHour)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(s.endHour);
            else
                laneEnds[lane] = s.endHour;
            s.lane = lane;
            clusterEnd = std::max(clusterEnd, s.endHour);
        }
        closeCluster(int(today.size()));
        result.append(today);
    }
    return result;
}

QList<QList<int>> CalendarLayout::byDay(const QList<CalendarEntry> &entries, const QDate &firstDay, int days,
                                        const QTimeZone &zone)
{
    QList<QList<int>> result(days);
    for (const CalendarSegment &s : segments(entries, firstDay, days, zone)) {
        if (!result[s.day].contains(s.entry))
            result[s.day].append(s.entry);
    }
    for (QList<int> &day : result)
        std::sort(day.begin(), day.end()); // entries are sorted by start
    return result;
}

QDate CalendarLayout::weekStart(const QDate &day, Qt::DayOfWeek firstDayOfWeek)
{
    return day.addDays(-((day.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
}

QDate CalendarLayout::monthGridStart(const QDate &day, Qt::DayOfWeek firstDayOfWeek)
{
    return weekStart(QDate(day.year(), day.month(), 1), firstDayOfWeek);
}

} // namespace hpg
