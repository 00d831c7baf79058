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
};

} // namespace hpg
