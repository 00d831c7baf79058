#pragma once

#include "core/heroku/apiclient.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace hpg {

// The Heroku Connect API (reference §11): the discovery host lists an app's
// connections; each connection's region host pauses and resumes it. Both take
// the Platform API token. One ApiClient per host, made on first use.
class ConnectClient : public QObject
{
    Q_OBJECT
public:
    ConnectClient(QNetworkAccessManager *nam, const QString &token, const QUrl &discoveryUrl,
                  QObject *parent = nullptr);

    // CONNECT_DISCOVERY_SERVER when set, else https://hc-central.heroku.com.
    // Calls to a discovery or region URL that is not Heroku's (or loopback, the
    // sandbox) are refused before they leave: ApiClient::checkBaseUrl.
    static QUrl defaultDiscoveryUrl();

    QUrl discoveryUrl() const { return m_discoveryUrl; }
    void setRetryPolicy(const ApiClient::RetryPolicy &policy);
    void setTimeout(int milliseconds);

    // GET <discovery>/connections?app=APP → {results: […]} (ConnectConnection::listFromJson).
    ApiCall *connections(const QString &app, QObject *owner = nullptr);
    // GET <region>/api/v3/connections/{id}
    ApiCall *connection(const QUrl &regionUrl, const QString &id, QObject *owner = nullptr);
    // POST <region>/api/v3/connections/{id}/actions/pause (only from IDLE) and …/resume.
    ApiCall *pause(const QUrl &regionUrl, const QString &id, QObject *owner = nullptr);
    ApiCall *resume(const QUrl &regionUrl, const QString &id, QObject *owner = nullptr);
    // POST <region>/api/v3/mappings/{id}/actions/reload (heroku connect:mapping:reload): 202.
    ApiCall *reloadMapping(const QUrl &regionUrl, const QString &mappingId, QObject *owner = nullptr);

private:
    ApiClient *clientFor(const QUrl &base, QString *problem);
    ApiCall *send(const QUrl &base, ApiRequest request, QObject *owner);

    QNetworkAccessManager *m_nam;
    QString m_token;
    QUrl m_discoveryUrl;
    ApiClient::RetryPolicy m_policy;
    int m_timeoutMs = 30000;
    QHash<QString, ApiClient *> m_clients; // by scheme://host:port
    ApiClient *m_refusals = nullptr; // no token: only makes the calls that fail before they leave
};

} // namespace hpg
