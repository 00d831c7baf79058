// Connection strings in every form the app reads: URL, key=value, JDBC, a .pgpass line; what
// parses must format again and redaction must never fail.
#include "core/pg/conninfo.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    for (const auto &parsed : { hpg::ConnInfo::parse(text, &error), hpg::ConnInfo::fromUrl(text, &error),
                                hpg::ConnInfo::fromKeyValue(text, &error), hpg::ConnInfo::fromJdbcUrl(text, &error),
                                hpg::ConnInfo::fromPgpassLine(text, &error) }) {
        if (parsed) {
            (void)parsed->toKeyValue();
            (void)hpg::ConnInfo::fromKeyValue(parsed->toKeyValue());
        }
    }
    (void)hpg::ConnInfo::redact(text);
    (void)hpg::ConnInfo::shellQuote(text);
    return 0;
}
