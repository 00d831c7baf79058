#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace hpg {

// One call to a Heroku API, as the Heroku CLI would make it.
struct ApiRequest
{
    enum class Host { Platform, Data };
    enum class Auth { Bearer, Basic }; // Basic ":token" for a few data-API calls (§1.2)

    QByteArray method = "GET";
    QString path; // "/apps/foo", relative to the host's base URL
    QUrlQuery query;
    QJsonDocument body;
    Host host = Host::Platform;
    Auth auth = Auth::Bearer;
    QByteArray accept = "application/vnd.heroku+json; version=3";
    QList<QPair<QByteArray, QByteArray>> headers; // Accept-Inclusion, Accept-Expansion, Range…
    bool followRanges = true; // for GET lists: follow Next-Range and join the pages
    // Fields each object of the answer (or of the list) must have as non-empty text; otherwise
    // the call fails with HerokuError::Kind::InvalidResponse (ResponseShape).
    QStringList requiredText;

    static ApiRequest get(const QString &path, Host host = Host::Platform)
    {
        ApiRequest r;
        r.path = path;
        r.host = host;
        return r;
    }

    static ApiRequest withBody(const QByteArray &method, const QString &path, const QJsonDocument &body,
                               Host host = Host::Platform)
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.host = host;
        return r;
    }

    ApiRequest &sdk()
    {
        accept = "application/vnd.heroku+json; version=3.sdk";
        return *this;
    }

    ApiRequest &needsText(const QStringList &fields)
    {
        requiredText = fields;
        return *this;
    }

    ApiRequest &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({ name, value });
        return *this;
    }

    // Safe to send again after a network error or a 5xx.
    bool isIdempotent() const { return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE"; }
};

} // namespace hpg
