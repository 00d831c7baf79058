#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace hpg::sandbox {

// One HTTP request, copied out of QHttpServerRequest so that it can outlive the
// socket's parser state (handlers may answer later, from a QFuture continuation).
struct ApiRequest
{
    QByteArray method; // "GET", "POST", …
    QString path; // percent-encoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;
    QStringList params; // the router's captures, in order

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString param(int index) const { return params.value(index); }

    // The body as a JSON object (empty when there is no body or it is not an object).
    QJsonObject json() const;
    // True when the body is empty or a JSON object.
    bool bodyIsValid() const;
    // Accept-Inclusion / Accept-Expansion contain `item` (comma separated, case-insensitive).
    bool includes(const QByteArray &item) const;
    bool expands(const QByteArray &item) const;
};

} // namespace hpg::sandbox
