#include "connectclient.h"

#include <QUrlQuery>

namespace hpg {

namespace {

QString segment(const QString &value)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(value));
}

QString hostKey(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':') + QString::number(url.port());
}

} // namespace

ConnectClient::ConnectClient(QNetworkAccessManager *nam, const QString &token, const QUrl &discoveryUrl,
                             QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_token(token)
    , m_discoveryUrl(discoveryUrl)
{ }

QUrl ConnectClient::defaultDiscoveryUrl()
{
    const QString server = qEnvironmentVariable("CONNECT_DISCOVERY_SERVER");
    return QUrl(server.isEmpty() ? QStringLiteral("https://hc-central.heroku.com") : server);
}

void ConnectClient::setRetryPolicy(const ApiClient::RetryPolicy &policy)
{
    m_policy = policy;
    for (ApiClient *client : std::as_const(m_clients))
        client->setRetryPolicy(policy);
}

void ConnectClient::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    for (ApiClient *client : std::as_const(m_clients))
        client->setTimeout(milliseconds);
}

ApiClient *ConnectClient::clientFor(const QUrl &base, QString *problem)
{
    const QString key = hostKey(base);
    if (ApiClient *client = m_clients.value(key))
        return client;
    auto *client = new ApiClient(m_nam, this);
    if (!client->setBaseUrl(base, problem)) {
        delete client;
        return nullptr;
    }
    client->setToken(m_token);
    client->setRetryPolicy(m_policy);
    client->setTimeout(m_timeoutMs);
    m_clients.insert(key, client);
    return client;
}

ApiCall *ConnectClient::send(const QUrl &base, ApiRequest request, QObject *owner)
{
    // The region URL may carry a path prefix (connect-2-virginia.heroku.com/api/v3 style roots).
    const QString prefix = base.path().endsWith(QLatin1Char('/')) ? base.path().chopped(1) : base.path();
    request.path = prefix + request.path;
    request.accept = "application/json";
    request.header("Heroku-Client", "hpgdesk");
    QString problem;
    if (ApiClient *client = clientFor(base, &problem))
        return client->send(request, owner);
    // Not Heroku's (a region URL from an answer, CONNECT_DISCOVERY_SERVER) or malformed: the token
    // stays here, and the call fails with the reason.
    if (!m_refusals)
        m_refusals = new ApiClient(m_nam, this);
    return m_refusals->refuse(request, problem, owner);
}

ApiCall *ConnectClient::connections(const QString &app, QObject *owner)
{
    auto request = ApiRequest::get(QStringLiteral("/connections"));
    request.query.addQueryItem(QStringLiteral("app"), app);
    return send(m_discoveryUrl, request, owner);
}

ApiCall *ConnectClient::connection(const QUrl &regionUrl, const QString &id, QObject *owner)
{
    auto request = ApiRequest::get(QStringLiteral("/api/v3/connections/%1").arg(segment(id)));
    request.query.addQueryItem(QStringLiteral("deep"), QStringLiteral("true"));
    return send(regionUrl, request, owner);
}

ApiCall *ConnectClient::pause(const QUrl &regionUrl, const QString &id, QObject *owner)
{
    return send(
        regionUrl,
        ApiRequest::withBody("POST", QStringLiteral("/api/v3/connections/%1/actions/pause").arg(segment(id)), {}),
        owner);
}

ApiCall *ConnectClient::resume(const QUrl &regionUrl, const QString &id, QObject *owner)
{
    return send(
        regionUrl,
        ApiRequest::withBody("POST", QStringLiteral("/api/v3/connections/%1/actions/resume").arg(segment(id)), {}),
        owner);
}

ApiCall *ConnectClient::reloadMapping(const QUrl &regionUrl, const QString &mappingId, QObject *owner)
{
    return send(regionUrl,
                ApiRequest::withBody("POST",
                                     QStringLiteral("/api/v3/mappings/%1/actions/reload").arg(segment(mappingId)), {}),
                owner);
}

} // namespace hpg
