#include "apiresponse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpg::sandbox {

namespace {
const QString kErrorUrl = QStringLiteral("https://devcenter.heroku.com/articles/platform-api-reference");
}

void ApiResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

ApiResponse ApiResponse::json(const QJsonValue &value, int status)
{
    ApiResponse response;
    response.status = status;
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &id, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("id"), id);
    body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("url"), kErrorUrl);
    return json(body, status);
}

ApiResponse ApiResponse::notFound(const QString &resource, const QString &what)
{
    const QString noun = what.isEmpty() ? resource : what;
    return error(404, QStringLiteral("not_found"), QStringLiteral("Couldn't find that %1.").arg(noun),
                 { { QStringLiteral("resource"), resource } });
}

ApiResponse ApiResponse::notFoundWithoutMessage()
{
    return json(QJsonObject { { QStringLiteral("id"), QStringLiteral("not_found") } }, 404);
}

ApiResponse ApiResponse::databaseNotFound()
{
    return notFound(QStringLiteral("database"));
}

ApiResponse ApiResponse::badRequest(const QString &message)
{
    return error(400, QStringLiteral("bad_request"), message);
}

ApiResponse ApiResponse::invalidParams(const QString &message)
{
    return error(422, QStringLiteral("invalid_params"), message);
}

ApiResponse ApiResponse::confirmationRequired(const QString &message)
{
    ApiResponse response = error(423, QStringLiteral("confirmation_required"), message);
    response.setHeader("X-Confirmation-Required", "true");
    return response;
}

} // namespace hpg::sandbox
