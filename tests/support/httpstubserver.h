#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 for tests that need an exact answer the sandbox would never
// give (a redirect to another host): canned responses by path (or one for every path), and every
// request's path and headers are recorded. One request per connection (Connection: close).
class HttpStubServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    explicit HttpStubServer(QObject *parent = nullptr);

    bool listen(); // a free port on 127.0.0.1
    QUrl url() const; // http://127.0.0.1:PORT
    // The answer to `path` (with its query); an empty path: to every path without its own.
    void respond(const QByteArray &path, int status, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                 const QByteArray &body = QByteArrayLiteral("{}"));
    const QList<Request> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Request> m_requests;
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body = QByteArrayLiteral("{}");
    };
    QMap<QByteArray, Response> m_responses;
};
