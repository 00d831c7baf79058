#include "buildinfo.h"

#include <libpq-fe.h>

namespace hpg {

QString BuildInfo::version()
{
    return QStringLiteral(HPG_VERSION);
}

QString BuildInfo::libpqVersion()
{
    // PQlibVersion() is major * 10000 + minor for PostgreSQL 10 and later.
    const int v = PQlibVersion();
    return QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace hpg
