#include "sandboxserver.h"

#include <QJsonObject>

namespace hpg::sandbox {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    addRoutes();
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

void SandboxServer::addRoutes()
{
    m_http.route(QStringLiteral("/health"), [] {
        return QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } };
    });
}

} // namespace hpg::sandbox
