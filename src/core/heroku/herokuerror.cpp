#include "herokuerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hpg {

HerokuError HerokuError::fromHttp(int status, const QByteArray &body, const QString &requestId)
{
    HerokuError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.requestId = requestId;
    const auto object = QJsonDocument::fromJson(body).object();
    error.id = object.value(QStringLiteral("id")).toString();
    error.message = object.value(QStringLiteral("message")).toString();
    error.url = object.value(QStringLiteral("url")).toString();
    error.resource = object.value(QStringLiteral("resource")).toString();
    return error;
}

QString HerokuError::userText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Timeout:
        text = tr("Heroku did not answer in time (%1 %2).").arg(method, path);
        break;
    case Kind::Network:
        text = tr("Could not reach Heroku: %1").arg(message);
        break;
    case Kind::InvalidResponse:
        text = tr("Heroku sent an answer that could not be read (%1 %2).").arg(method, path);
        if (!message.isEmpty())
            text += QLatin1Char('\n') + message; // what was wrong with it, translated
        break;
    case Kind::Http:
        text = message.isEmpty() ? tr("Heroku answered HTTP %1 to %2 %3.").arg(httpStatus).arg(method, path) : message;
        break;
    }
    if (!id.isEmpty())
        text += QLatin1Char('\n') + tr("Error ID: %1 (HTTP %2)").arg(id).arg(httpStatus);
    if (!requestId.isEmpty())
        text += QLatin1Char('\n') + tr("Request-Id: %1").arg(requestId);
    if (!url.isEmpty())
        text += QLatin1Char('\n') + tr("See %1 for more information.").arg(url);
    return text;
}

} // namespace hpg
