// The paging and rate headers: Next-Range (sent back as the next Range) and RateLimit-Remaining.
#include "core/heroku/headervalues.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto remaining = hpg::HeaderValues::rateLimitRemaining(value);
        remaining && (*remaining < 0 || *remaining > hpg::HeaderValues::kMaxRateLimit))
        __builtin_trap(); // out of the range it promises
    if (const auto range = hpg::HeaderValues::nextRange(value)) {
        if (range->isEmpty() || range->size() > hpg::HeaderValues::kMaxRangeLength)
            __builtin_trap();
        for (const char c : *range) {
            if (c == '\r' || c == '\n' || c == '\0')
                __builtin_trap(); // would split or cut the Range header
        }
    }
    return 0;
}
