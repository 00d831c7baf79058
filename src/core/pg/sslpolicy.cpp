#include "sslpolicy.h"

#include <QHostAddress>
#include <QStringList>

namespace hpg {

bool SslPolicy::isLoopbackHost(const QString &host)
{
    if (host.isEmpty())
        return true; // libpq's default: the Unix-domain socket
    const QStringList hosts = host.split(QLatin1Char(','));
    for (const QString &one : hosts) {
        const QString h = one.trimmed();
        if (h.isEmpty() || h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@')))
            continue;
        if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            continue;
        QString address = h;
        if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
            address = address.mid(1, address.size() - 2);
        if (QHostAddress(address).isLoopback())
            continue;
        return false;
    }
    return true;
}

bool SslPolicy::isLoopback(const ConnInfo &conn)
{
    if (!isLoopbackHost(conn.host()))
        return false;
    // hostaddr takes the place of the host name's address: it must be loopback too.
    const QString hostaddr = conn.option(QStringLiteral("hostaddr"));
    if (hostaddr.isEmpty())
        return true;
    const QStringList addresses = hostaddr.split(QLatin1Char(','));
    for (const QString &address : addresses) {
        if (!address.trimmed().isEmpty() && !QHostAddress(address.trimmed()).isLoopback())
            return false;
    }
    return true;
}

QString SslPolicy::modeFor(const ConnInfo &conn, const QString &loopbackDefault)
{
    const QString mode = conn.sslMode();
    if (isLoopback(conn))
        return mode.isEmpty() ? loopbackDefault : mode;
    if (mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full"))
        return mode;
    return QStringLiteral("require");
}

} // namespace hpg
