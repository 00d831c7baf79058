// pg_dump / pg_restore --verbose lines (their stderr, byte for byte).
#include "core/transfer/transferlogparser.h"

#include <QByteArrayList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : bytes.split('\n'))
        (void)hpg::TransferLogParser::parse(QString::fromUtf8(line));
    return 0;
}
