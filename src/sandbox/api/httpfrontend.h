#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QAbstractHttpServer>

namespace hpg::sandbox {

// The HTTP side of the sandbox: QtHttpServer's parser, our own answers. Every parsed
// request is copied into an ApiRequest and handed to the handler together with a
// Respond callback that may be called later (the socket is tracked with a QPointer).
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(ApiRequest, Respond)>;

    explicit HttpFrontend(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace hpg::sandbox
