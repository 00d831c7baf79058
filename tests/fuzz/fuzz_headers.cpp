// Retry-After (seconds of any length, HTTP dates).
#include "core/heroku/headervalues.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto ms = hpg::HeaderValues::retryAfterMs(value, 30000, now);
    if (ms && (*ms < 0 || *ms > 30000))
        __builtin_trap(); // out of the range it promises
    return 0;
}
