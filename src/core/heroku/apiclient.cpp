#include "apiclient.h"

#include "core/buildinfo.h"
#include "headervalues.h"
#include "hosts.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace hpg {

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(QStringLiteral("https://api.heroku.com"))
    , m_dataBaseUrl(QStringLiteral("https://api.data.heroku.com"))
{ }

bool ApiClient::isLoopback(const QUrl &url)
{
    return Hosts::isLoopback(url);
}

bool ApiClient::isHerokuHost(const QUrl &url)
{
    return Hosts::isHeroku(url);
}

QString ApiClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a valid API URL.").arg(url.toString());
    if (url.scheme() == QLatin1String("https")) {
        if (isHerokuHost(url) || isLoopback(url))
            return {};
        return tr("The address %1 is not one of Heroku's. hpgdesk sends your API token only to Heroku (heroku.com) "
                  "or to a local sandbox.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    }
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        return tr("The API URL %1 uses plain http to another machine. Your API token would travel unencrypted, "
                  "so only https is allowed there (plain http is allowed only for a local sandbox).")
            .arg(url.toString());
    }
    return tr("The API URL %1 must start with https://.").arg(url.toString());
}

QUrl ApiClient::dataBaseUrlFor(const QUrl &platformBaseUrl)
{
    if (platformBaseUrl.host() == QLatin1String("api.heroku.com"))
        return QUrl(QStringLiteral("https://api.data.heroku.com"));
    return platformBaseUrl; // the sandbox serves both on one port, as HEROKU_DATA_HOST does
}

bool ApiClient::setBaseUrl(const QUrl &url, QString *error)
{
    const QString problem = checkBaseUrl(url);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QUrl clean = url;
    clean.setPath(QString());
    m_baseUrl = clean;
    m_dataBaseUrl = dataBaseUrlFor(clean);
    return true;
}

bool ApiClient::setDataBaseUrl(const QUrl &url, QString *error)
{
    const QString problem = checkBaseUrl(url);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_dataBaseUrl = url;
    return true;
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *owner)
{
    auto *call = new ApiCall(this, request);
    if (owner)
        connect(owner, &QObject::destroyed, call, &ApiCall::cancel);
    if (m_changeGate && request.method != "GET" && request.method != "HEAD")
        m_changeGate(call, [guard = QPointer<ApiCall>(call)] {
            if (guard)
                guard->start(); // sends nothing once cancelled
        });
    else
        call->start();
    return call;
}

ApiCall *ApiClient::refuse(const ApiRequest &request, const QString &message, QObject *owner)
{
    auto *call = new ApiCall(this, request);
    if (owner)
        connect(owner, &QObject::destroyed, call, &ApiCall::cancel);
    HerokuError error;
    error.kind = HerokuError::Kind::Network;
    error.message = message;
    QMetaObject::invokeMethod(
        call,
        [call, error] {
            if (!call->m_cancelled)
                call->finish(error);
        },
        Qt::QueuedConnection);
    return call;
}

QNetworkReply *ApiClient::startReply(const ApiRequest &request, const QByteArray &range)
{
    QUrl url = request.host == ApiRequest::Host::Data ? m_dataBaseUrl : m_baseUrl;
    url.setPath(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest req(url);
    req.setRawHeader("Accept", request.accept);
    req.setRawHeader("User-Agent", "hpgdesk/" + BuildInfo::version().toUtf8());
    req.setRawHeader("Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (request.auth == ApiRequest::Auth::Basic)
        req.setRawHeader("Authorization", "Basic " + (QByteArray(":") + m_token.toUtf8()).toBase64());
    else
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (!range.isEmpty())
        req.setRawHeader("Range", range);
    req.setTransferTimeout(m_timeoutMs);
    // The token goes with every redirect Qt follows: only to the same scheme, host and port.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);

    QByteArray body;
    if (!request.body.isNull()) {
        body = request.body.toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    return m_nam->sendCustomRequest(req, request.method, body);
}

void ApiClient::noteResponse(QNetworkReply *reply)
{
    if (!reply->hasRawHeader("RateLimit-Remaining"))
        return;
    const auto remaining = HeaderValues::rateLimitRemaining(reply->rawHeader("RateLimit-Remaining"));
    if (remaining && *remaining != m_rateLimitRemaining) {
        m_rateLimitRemaining = *remaining;
        emit rateLimitRemainingChanged(*remaining);
    }
}

} // namespace hpg
