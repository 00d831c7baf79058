#pragma once

// A tiny synchronous HTTP helper for the sandbox integration tests (QSignalSpy::wait,
// never in product code).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

struct ApiReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

class ApiClient
{
public:
    ApiClient(const QUrl &base, const QString &token)
        : m_base(base)
        , m_token(token)
    { }

    ApiReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withBody = false)
    {
        QUrl url = m_base;
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(query < 0 ? path : path.left(query), QUrl::TolerantMode);
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/vnd.heroku+json; version=3");
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QByteArray payload;
        if (withBody || !body.isEmpty()) {
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, payload));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        ApiReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        return result;
    }

    ApiReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call("GET", path, {}, headers);
    }
    ApiReply post(const QString &path, const QJsonObject &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call("POST", path, body, headers, true);
    }
    ApiReply patch(const QString &path, const QJsonObject &body) { return call("PATCH", path, body, {}, true); }
    ApiReply put(const QString &path, const QJsonObject &body = {}) { return call("PUT", path, body, {}, true); }
    ApiReply del(const QString &path, const QJsonObject &body = {})
    {
        return call("DELETE", path, body, {}, !body.isEmpty());
    }

    void setToken(const QString &token) { m_token = token; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};
