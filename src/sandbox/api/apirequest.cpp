#include "apirequest.h"

#include <QJsonDocument>

namespace hpg::sandbox {

namespace {

bool listContains(const QByteArray &list, const QByteArray &item)
{
    const auto parts = list.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(item, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QJsonObject ApiRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool ApiRequest::bodyIsValid() const
{
    if (body.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

bool ApiRequest::includes(const QByteArray &item) const
{
    return listContains(header("accept-inclusion"), item);
}

bool ApiRequest::expands(const QByteArray &item) const
{
    return listContains(header("accept-expansion"), item);
}

} // namespace hpg::sandbox
