#include "icalendar.h"

namespace hpg {

QByteArray ICalendar::utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray ICalendar::escape(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char(';'), QStringLiteral("\\;"))
        .replace(QLatin1Char(','), QStringLiteral("\\,"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return escaped.toUtf8();
}

QByteArray ICalendar::fold(const QByteArray &line)
{
    // At most 75 octets per line; continuation lines start with a space. UTF-8 sequences are not split.
    QByteArray out;
    int width = 0;
    for (int i = 0; i < line.size(); ++i) {
        const bool continuation = (uchar(line.at(i)) & 0xC0) == 0x80;
        if (width >= 74 && !continuation) {
            out += "\r\n ";
            width = 1;
        }
        out += line.at(i);
        ++width;
    }
    return out + "\r\n";
}

QByteArray ICalendar::fromFleet(const QList<FleetDatabase> &databases, const QDateTime &nowUtc, int weeks)
{
    QByteArray out;
    const auto line = [&out](const QByteArray &text) { out += fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//hpgdesk//Heroku Postgres maintenance calendar//EN");
    line("CALSCALE:GREGORIAN");
    const QByteArray stamp = utc(nowUtc);
    const auto event = [&](const QByteArray &uid, const QDateTime &start, const QDateTime &end, const QString &summary,
                           const QString &description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART:" + utc(start));
        line("DTEND:" + utc(end));
        line("SUMMARY:" + escape(summary));
        line("DESCRIPTION:" + escape(description));
        line("END:VEVENT");
    };
    for (const FleetDatabase &d : databases) {
        if (d.hasWindow()) {
            QDateTime start = d.window.nextStart(nowUtc.addSecs(-4 * 3600)); // a window under way counts
            for (int week = 0; week < weeks; ++week, start = start.addDays(7)) {
                event(QByteArray(d.addonId.toUtf8() + "-window-" + start.toString(QStringLiteral("yyyyMMdd")).toLatin1()
                                 + "@hpgdesk"),
                      start, start.addSecs(4 * 3600),
                      QStringLiteral("Maintenance window: %1 (%2)").arg(d.addon, d.app),
                      QStringLiteral("Heroku Postgres maintenance window of %1 on %2 (%3).\n%4")
                          .arg(d.addon, d.app, d.plan, d.window.text));
            }
        }
        if (d.maintenance.isScheduled() && d.maintenance.scheduledFor.isValid()) {
            const QDateTime start = d.maintenance.scheduledFor;
            event(QByteArray(d.addonId.toUtf8() + "-maintenance-" + utc(start) + "@hpgdesk"), start,
                  start.addSecs(3600), QStringLiteral("Heroku Postgres maintenance: %1 (%2)").arg(d.addon, d.app),
                  QStringLiteral("%1 of %2 on %3, scheduled for %4, required by %5 (status %6). Run it earlier with: "
                                 "heroku data:maintenances:run %2 -a %3")
                      .arg(d.maintenance.reason, d.addon, d.app, QString::fromLatin1(utc(start)),
                           QString::fromLatin1(utc(d.maintenance.requiredBy)), d.maintenance.status));
        }
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace hpg
