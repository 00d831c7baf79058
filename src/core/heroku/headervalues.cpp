#include "headervalues.h"

#include <QLocale>

namespace hpg {

std::optional<qint64> HeaderValues::retryAfterMs(const QByteArray &value, qint64 maxMs, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || maxMs < 0)
        return std::nullopt;
    bool digits = true;
    for (const char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        // Any length: past what fits, it is simply "a long time", never an overflow.
        qint64 seconds = 0;
        for (const char c : text) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > maxMs / 1000 + 1)
                return maxMs;
        }
        return qMin(seconds * 1000, maxMs);
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    const QDateTime utc(when.date(), when.time(), Qt::UTC);
    const qint64 ms = now.msecsTo(utc);
    return qBound<qint64>(0, ms, maxMs);
}

std::optional<int> HeaderValues::rateLimitRemaining(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 remaining = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        remaining = qMin<qint64>(remaining * 10 + (c - '0'), kMaxRateLimit);
    }
    return int(remaining);
}

std::optional<QByteArray> HeaderValues::nextRange(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty() || text.size() > kMaxRangeLength)
        return std::nullopt;
    for (const char c : text) {
        if (c < ' ' || c > '~')
            return std::nullopt;
    }
    return text;
}

} // namespace hpg
