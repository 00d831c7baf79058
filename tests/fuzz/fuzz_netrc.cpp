// ~/.netrc as the Heroku CLI and others write it (and anything else).
#include "core/secrets/netrcfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const auto netrc
        = hpg::NetrcFile::parse(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (netrc)
        (void)netrc->find(QStringLiteral("api.heroku.com"));
    return 0;
}
