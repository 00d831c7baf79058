#include "hosts.h"

#include <QHostAddress>

namespace hpg {

bool Hosts::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Hosts::isHeroku(const QUrl &url)
{
    const QString host = url.host().toLower();
    return host == QLatin1String("heroku.com") || host.endsWith(QLatin1String(".heroku.com"));
}

} // namespace hpg
