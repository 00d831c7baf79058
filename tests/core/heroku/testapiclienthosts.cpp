// Where ApiClient and ConnectClient send the API token: only to Heroku's own hosts or loopback
// (the sandbox), never along a redirect to another origin (a real local HTTP server answers 302),
// never to a Connect discovery or region URL that is not Heroku's.

#include "core/heroku/apiclient.h"
#include "apiwait.h"
#include "core/heroku/connectclient.h"
#include "httpstubserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace hpg;

class TestApiClientHosts : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    const QString m_token = QStringLiteral("11111111-2222-3333-4444-555555555555");

    ApiResult wait(ApiCall *call) { return hpgtest::waitFor(call, 30000); }

    static ApiClient::RetryPolicy quickRetries()
    {
        ApiClient::RetryPolicy policy;
        policy.maxRetries = 1;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 50;
        return policy;
    }

    static bool carriesToken(const QList<HttpStubServer::Request> &requests)
    {
        return std::any_of(requests.begin(), requests.end(),
                           [](const HttpStubServer::Request &r) { return r.hasHeader("Authorization"); });
    }

private slots:
    void onlyHerokuOrLoopbackGetsTheToken()
    {
        for (const char *allowed :
             { "https://api.heroku.com", "https://api.data.heroku.com", "https://hc-central.heroku.com",
               "https://connect-2-virginia.heroku.com/api/v3", "https://127.0.0.1:5000", "http://localhost:5000" })
            QVERIFY2(ApiClient::checkBaseUrl(QUrl(QString::fromLatin1(allowed))).isEmpty(), allowed);
        for (const char *refused :
             { "https://evil.example.com", "https://heroku.com.evil.example", "https://evilheroku.com",
               "https://someone.herokuapp.com", "https://api.heroku.com.", "https://10.0.0.1" }) {
            const QString problem = ApiClient::checkBaseUrl(QUrl(QString::fromLatin1(refused)));
            QVERIFY2(!problem.isEmpty(), refused);
            QVERIFY2(problem.contains(QUrl(QString::fromLatin1(refused)).host()), qPrintable(problem));
        }
    }

    void theDataHostFollowsTheSameRules()
    {
        ApiClient client(&m_nam);
        QString error;
        QVERIFY(!client.setDataBaseUrl(QUrl(QStringLiteral("https://data.evil.example")), &error));
        QVERIFY2(error.contains(QStringLiteral("data.evil.example")), qPrintable(error));
        QCOMPARE(client.dataBaseUrl(), QUrl(QStringLiteral("https://api.data.heroku.com")));
        QVERIFY(client.setDataBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:5000"))));
        QCOMPARE(client.dataBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:5000")));
    }

    void aRedirectToAnotherPortDoesNotCarryTheToken()
    {
        HttpStubServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.respond({}, 200, {}, QByteArrayLiteral("{\"email\":\"x@example.com\"}"));
        HttpStubServer api;
        QVERIFY(api.listen());
        api.respond({}, 302, { { "Location", elsewhere.url().toEncoded() + "/account" } });

        ApiClient client(&m_nam);
        QVERIFY(client.setBaseUrl(api.url()));
        client.setToken(m_token);
        client.setRetryPolicy(quickRetries());
        const ApiResult result = wait(client.send(ApiRequest::get(QStringLiteral("/account"))));

        QCOMPARE(api.requests().size(), 1);
        QVERIFY(carriesToken(api.requests()));
        QVERIFY2(!carriesToken(elsewhere.requests()), "the token followed the redirect to another port");
        QVERIFY(!result.ok());
        QCOMPARE(result.attempts, 1); // not retried
        QVERIFY2(result.error.message.contains(elsewhere.url().authority()),
                 qPrintable(elsewhere.url().authority() + QLatin1Char(' ') + result.error.userText()));
    }

    void aRedirectOnTheSameOriginIsFollowed()
    {
        HttpStubServer api;
        QVERIFY(api.listen());
        api.respond("/account", 302, { { "Location", "/account/moved" } });
        api.respond("/account/moved", 200, {}, QByteArrayLiteral("{\"email\":\"x@example.com\"}"));
        ApiClient client(&m_nam);
        QVERIFY(client.setBaseUrl(api.url()));
        client.setToken(m_token);
        const ApiResult result = wait(client.send(ApiRequest::get(QStringLiteral("/account"))));
        QVERIFY2(result.ok(), qPrintable(result.error.userText()));
        QCOMPARE(api.requests().size(), 2);
        QVERIFY(api.requests().at(1).header("Authorization").endsWith(m_token.toUtf8()));
    }

    void connectRefusesHostsThatAreNotHerokus()
    {
        // A discovery server from the environment, and a region URL from an answer.
        ConnectClient client(&m_nam, m_token, QUrl(QStringLiteral("https://discovery.evil.example")));
        client.setRetryPolicy(quickRetries());
        client.setTimeout(2000);
        const ApiResult listed = wait(client.connections(QStringLiteral("shop")));
        QVERIFY(!listed.ok());
        QCOMPARE(listed.attempts, 0); // nothing left this process
        QVERIFY2(listed.error.message.contains(QStringLiteral("discovery.evil.example")),
                 qPrintable(listed.error.userText()));

        HttpStubServer discovery;
        QVERIFY(discovery.listen());
        ConnectClient local(&m_nam, m_token, discovery.url());
        local.setRetryPolicy(quickRetries());
        local.setTimeout(2000);
        const ApiResult paused
            = wait(local.pause(QUrl(QStringLiteral("https://region.evil.example/api/v3")), QStringLiteral("c1")));
        QVERIFY(!paused.ok());
        QCOMPARE(paused.attempts, 0);
        QVERIFY2(paused.error.message.contains(QStringLiteral("region.evil.example")),
                 qPrintable(paused.error.userText()));
        QVERIFY(discovery.requests().isEmpty()); // not sent to the discovery host instead either

        // The sandbox (loopback) is still reached, with the token.
        const ApiResult fromSandbox = wait(local.connections(QStringLiteral("shop")));
        QVERIFY2(fromSandbox.ok(), qPrintable(fromSandbox.error.userText()));
        QVERIFY(carriesToken(discovery.requests()));
    }
};

QTEST_GUILESS_MAIN(TestApiClientHosts)
#include "testapiclienthosts.moc"
