#include "downtime.h"

#include "journal.h"

#include <algorithm>

namespace hpg {

DownTime DownTime::measure(const Journal &journal, const QDateTime &since, const QDateTime &until)
{
    DownTime result;
    if (!since.isValid())
        return result;
    const QDateTime end = until.isValid() ? until : QDateTime::currentDateTimeUtc();
    result.totalMs = std::max<qint64>(0, since.msecsTo(end));
    QDateTime waitingSince;
    const auto closeWait = [&](const QDateTime &at) {
        if (!waitingSince.isValid())
            return;
        const QDateTime from = std::max(waitingSince, since);
        const QDateTime to = std::min(at, end);
        if (from < to)
            result.personMs += from.msecsTo(to);
        waitingSince = {};
    };
    for (const Journal::Event &event : journal.events()) {
        const QString &kind = event.kind;
        if (kind == QLatin1String("asked") || kind == QLatin1String("paused") || kind == QLatin1String("failed")) {
            if (!waitingSince.isValid())
                waitingSince = event.time;
        } else if (kind == QLatin1String("confirmed") || kind == QLatin1String("armed")
                   || kind == QLatin1String("resumed") || kind == QLatin1String("aborted")) {
            closeWait(event.time);
        }
    }
    closeWait(end); // still waiting for someone now
    result.personMs = std::min(result.personMs, result.totalMs);
    return result;
}

} // namespace hpg
