#pragma once

#include "apicall.h"
#include "apirequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace hpg {

// The way to the Heroku Platform API and the data API: one
// QNetworkAccessManager, the token in memory only, Heroku's headers, paging,
// retries with backoff and waits on 429. Lives on the UI thread; never blocks.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct RetryPolicy
    {
        int maxRetries = 4; // network errors, timeouts and 5xx on idempotent calls
        int baseDelayMs = 500; // doubled on each retry
        int maxRateLimitWaits = 6; // 429s in a row before giving up
        int maxDelayMs = 30000;
    };

    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Empty when the URL may be used as an API base URL; otherwise why not
    // (translated). The token goes only to Heroku's own hosts over https, or
    // to loopback (the sandbox): never to a host an API answer, a journal or
    // an environment variable names.
    static QString checkBaseUrl(const QUrl &url);
    static bool isLoopback(const QUrl &url);
    // heroku.com and its subdomains (api, api.data, hc-central, connect-*).
    static bool isHerokuHost(const QUrl &url);
    // The data API's base for a Platform API base: api.data.heroku.com for
    // Heroku itself, the same server for anything else (the sandbox).
    static QUrl dataBaseUrlFor(const QUrl &platformBaseUrl);

    bool setBaseUrl(const QUrl &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl dataBaseUrl() const { return m_dataBaseUrl; }
    // The same rules as setBaseUrl(): false (and the URL unchanged) when refused.
    bool setDataBaseUrl(const QUrl &url, QString *error = nullptr);

    void setToken(const QString &token) { m_token = token; }
    // For the clients of other Heroku services (Heroku Connect) that take the same token.
    QString token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    // Starts a call. When `owner` is destroyed first the call is cancelled,
    // so a view that goes away never receives an answer it cannot handle.
    ApiCall *send(const ApiRequest &request, QObject *owner = nullptr);
    // A call that sends nothing and finishes (later, never from inside this
    // function) with `message` as its error: for a request refused before it leaves.
    ApiCall *refuse(const ApiRequest &request, const QString &message, QObject *owner = nullptr);

    // Each request that changes something (not GET or HEAD) goes through `gate` before it leaves:
    // `send` sends it, at once or later. Runbooks hold such requests while a value captured inside
    // an action is still being written to their journal (JournalWriter::afterWritesAhead).
    using ChangeGate = std::function<void(QObject *call, std::function<void()> send)>;
    void setChangeGate(ChangeGate gate) { m_changeGate = std::move(gate); }

    // -1 until a response carried RateLimit-Remaining.
    int rateLimitRemaining() const { return m_rateLimitRemaining; }

signals:
    void rateLimitRemainingChanged(int remaining);
    void rateLimited(int waitMilliseconds);
    void unauthorized(const hpg::HerokuError &error);

private:
    friend class ApiCall;
    QNetworkReply *startReply(const ApiRequest &request, const QByteArray &range);
    void noteResponse(QNetworkReply *reply);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QUrl m_dataBaseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
    RetryPolicy m_policy;
    int m_rateLimitRemaining = -1;
    ChangeGate m_changeGate;
};

} // namespace hpg
