#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace hpg {

// The numbers in Heroku's answer headers, read so that a value out of range or unreadable is
// "unknown", never a value that looks safe (a negative wait, a timer that never fires).
class HeaderValues
{
public:
    // Retry-After as milliseconds to wait, in [0, maxMs]: delta-seconds (any number of digits) or
    // an HTTP date (a date in the past is 0). Empty when absent or unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, qint64 maxMs,
                                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // RateLimit-Remaining: the requests left, in [0, kMaxRateLimit]. Empty when absent, negative,
    // fractional or not a number (a value past the limit is the limit).
    static constexpr int kMaxRateLimit = 1000000;
    static std::optional<int> rateLimitRemaining(const QByteArray &value);
    // Next-Range, sent back as the next request's Range header: trimmed, at most kMaxRangeLength
    // bytes of visible ASCII and spaces (never a CR or LF that would split the header). Empty when
    // absent or not such a value.
    static constexpr int kMaxRangeLength = 1024;
    static std::optional<QByteArray> nextRange(const QByteArray &value);
};

} // namespace hpg
