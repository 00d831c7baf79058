#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace hpg::sandbox {

// One HTTP answer. The server adds Request-Id, RateLimit-Remaining and Content-Length.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool dropConnection = false; // fault injection: close the socket without answering
    // A body streamed from a file instead of `body` (a backup download): bodyLength bytes from
    // bodyOffset.
    QString bodyFile;
    qint64 bodyOffset = 0;
    qint64 bodyLength = 0;

    void setHeader(const QByteArray &name, const QByteArray &value);

    static ApiResponse json(const QJsonValue &value, int status = 200);
    // A Heroku error body {id, message, url} plus `extra` fields (resource, app…).
    static ApiResponse error(int status, const QString &id, const QString &message, const QJsonObject &extra = {});
    // {"id":"not_found","message":"Couldn't find that <what>.","resource":<resource>}
    static ApiResponse notFound(const QString &resource, const QString &what = {});
    // A 404 with {"id":"not_found"} and NO message: the CLI then treats it as "not provisioned yet".
    static ApiResponse notFoundWithoutMessage();
    // The data API's 404 for an unknown database id or name.
    static ApiResponse databaseNotFound();
    static ApiResponse badRequest(const QString &message);
    static ApiResponse invalidParams(const QString &message);
    static ApiResponse confirmationRequired(const QString &message);
};

// Answers a request, at once or later (exactly once).
using Respond = std::function<void(ApiResponse)>;

} // namespace hpg::sandbox
