#include "httpfrontend.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>

namespace hpg::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 416:
        return "Requested Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void writeResponse(QTcpSocket *socket, const ApiResponse &response, bool headRequest)
{
    if (response.dropConnection) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &header : response.headers) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        out += header.first + ": " + header.second + "\r\n";
    }
    if (!hasContentType)
        out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (!headRequest)
        out += response.body;
    socket->write(out);
}

} // namespace

HttpFrontend::HttpFrontend(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path(QUrl::FullyEncoded);
    copy.query = request.query();
    const auto headers = request.headers();
    for (const auto &header : headers)
        copy.headers.insert(header.first.toLower(), header.second);
    copy.body = request.body();
    copy.peer = request.remoteAddress();

    const bool head = copy.method == "HEAD";
    QPointer<QTcpSocket> guard(socket);
    auto answered = std::make_shared<bool>(false);
    Respond respond = [guard, answered, head](ApiResponse response) {
        if (*answered)
            return;
        *answered = true;
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writeResponse(guard.data(), response, head);
    };
    if (m_handler)
        m_handler(std::move(copy), std::move(respond));
    else
        respond(ApiResponse::error(503, QStringLiteral("service_unavailable"), QStringLiteral("Not ready.")));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, ApiResponse::notFound(QStringLiteral("route")), false);
}

} // namespace hpg::sandbox
