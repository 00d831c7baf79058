#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace hpg::sandbox {

// The local Heroku: one HTTP server on loopback.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);

    // Listens on `address`:`port` (0 picks a free port); returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void addRoutes();

    QHttpServer m_http;
};

} // namespace hpg::sandbox
