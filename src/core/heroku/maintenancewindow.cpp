#include "maintenancewindow.h"

#include "inforowvalues.h"

#include <QLocale>

namespace hpg {

namespace {

const char *const kDays[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

} // namespace

QString MaintenanceWindow::dayName(int dayOfWeek)
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? QString::fromLatin1(kDays[dayOfWeek - 1]) : QString();
}

MaintenanceWindow MaintenanceWindow::fromText(const QString &text)
{
    MaintenanceWindow w;
    w.text = text;
    if (const auto parsed = InfoRowValues::window(text)) { // the parser pg:info's row uses too
        w.dayOfWeek = parsed->dayOfWeek;
        w.startUtc = parsed->start;
    }
    return w;
}

QDateTime MaintenanceWindow::nextStart(const QDateTime &fromUtc) const
{
    if (!isValid())
        return {};
    const QDateTime from = fromUtc.toUTC();
    QDate date = from.date();
    date = date.addDays((dayOfWeek - date.dayOfWeek() + 7) % 7);
    QDateTime start(date, startUtc, Qt::UTC);
    if (start < from)
        start = start.addDays(7);
    return start;
}

QString MaintenanceWindow::describe() const
{
    if (!isValid())
        return text;
    const QLocale locale;
    // A start this week, to name the days and times (the local day may differ from the UTC one).
    const QDateTime startUtcTime = nextStart(QDateTime::currentDateTimeUtc());
    const QDateTime endUtcTime = startUtcTime.addSecs(4 * 3600);
    const QDateTime startLocal = startUtcTime.toLocalTime();
    const QDateTime endLocal = endUtcTime.toLocalTime();
    const auto span = [&locale](const QDateTime &start, const QDateTime &end) {
        return tr("%1 %2 to %3", "a maintenance window: weekday, start time, end time")
            .arg(locale.dayName(start.date().dayOfWeek(), QLocale::LongFormat),
                 start.time().toString(QStringLiteral("HH:mm")), end.time().toString(QStringLiteral("HH:mm")));
    };
    return tr("Every %1 (UTC); %2 in your time zone, 4 hours.")
        .arg(span(startUtcTime, endUtcTime), span(startLocal, endLocal));
}

} // namespace hpg
