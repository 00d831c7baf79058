#include "httpfrontend.h"

#include <QFile>
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

// Writes `length` bytes of a file from `offset` to the socket as it drains (a backup download:
// never the whole file in memory). Lives as the socket's child; gone once done.
class FileStreamer : public QObject
{
public:
    FileStreamer(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length)
        : QObject(socket)
        , m_socket(socket)
        , m_file(path)
        , m_left(length)
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(offset)) {
            socket->abort();
            deleteLater();
            return;
        }
        connect(socket, &QTcpSocket::bytesWritten, this, &FileStreamer::pump);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        pump();
    }

private:
    void pump()
    {
        constexpr qint64 chunk = 1 << 20;
        constexpr qint64 inFlight = 4 << 20;
        while (m_left > 0 && m_socket->bytesToWrite() < inFlight) {
            const QByteArray data = m_file.read(qMin(chunk, m_left));
            if (data.isEmpty()) { // the file shrank: the client sees a short body
                m_socket->disconnectFromHost();
                m_left = 0;
                break;
            }
            m_socket->write(data);
            m_left -= data.size();
        }
        if (m_left == 0) {
            disconnect(m_socket, nullptr, this, nullptr);
            deleteLater();
        }
    }

    QTcpSocket *m_socket;
    QFile m_file;
    qint64 m_left;
};

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
    const bool streamed = !response.bodyFile.isEmpty();
    const qint64 length = streamed ? response.bodyLength : response.body.size();
    out += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
    if (!headRequest && !streamed)
        out += response.body;
    socket->write(out);
    if (!headRequest && streamed && length > 0)
        new FileStreamer(socket, response.bodyFile, response.bodyOffset, length);
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
