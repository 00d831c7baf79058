// ApiClient against a real sandbox: paging, Heroku errors with Request-Id,
// retries on 5xx and dropped connections, waits on 429, timeouts, cancel.
#include "core/heroku/apiclient.h"
#include "core/heroku/app.h"
#include "core/heroku/platformclient.h"
#include "sandboxprocess.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace hpg;

class TestApiClient : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;

    std::unique_ptr<ApiClient> client(const QString &token = {})
    {
        auto api = std::make_unique<ApiClient>(&m_nam);
        if (!api->setBaseUrl(m_sandbox.url()))
            return nullptr;
        api->setToken(token.isEmpty() ? m_sandbox.token() : token);
        ApiClient::RetryPolicy policy;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 50;
        api->setRetryPolicy(policy);
        return api;
    }

    ApiResult wait(ApiCall *call, int timeoutMs = 60000)
    {
        ApiResult result;
        bool done = false;
        connect(call, &ApiCall::finished, this, [&](const ApiResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
            result.error.kind = HerokuError::Kind::Timeout; // the test then fails on what it expected
        return result;
    }

    void setFaults(const QJsonObject &faults)
    {
        QUrl url = m_sandbox.url();
        url.setPath(QStringLiteral("/_sandbox/faults"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_sandbox.token().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(
            m_nam.sendCustomRequest(request, faults.isEmpty() ? "DELETE" : "POST", QJsonDocument(faults).toJson()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

private slots:
    void initTestCase()
    {
        const QString seed
            = qEnvironmentVariable("HPG_SOURCE_DIR") + QStringLiteral("/tests/sandbox/seeds/platform.json");
        QVERIFY2(m_sandbox.start({ QStringLiteral("--seed"), seed }), qPrintable(m_sandbox.output()));
    }

    void cleanup() { setFaults({}); }

    void baseUrlRules()
    {
        QVERIFY(ApiClient::checkBaseUrl(QUrl(QStringLiteral("https://api.heroku.com"))).isEmpty());
        QVERIFY(ApiClient::checkBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:5000"))).isEmpty());
        QVERIFY(ApiClient::checkBaseUrl(QUrl(QStringLiteral("http://localhost:5000"))).isEmpty());
        const QString refused = ApiClient::checkBaseUrl(QUrl(QStringLiteral("http://192.168.1.5:5000")));
        QVERIFY(refused.contains(QStringLiteral("192.168.1.5")));
        QVERIFY(!ApiClient::checkBaseUrl(QUrl(QStringLiteral("ftp://api.heroku.com"))).isEmpty());
        QVERIFY(!ApiClient::checkBaseUrl(QUrl(QStringLiteral("not a url"))).isEmpty());
        QCOMPARE(ApiClient::dataBaseUrlFor(QUrl(QStringLiteral("https://api.heroku.com"))),
                 QUrl(QStringLiteral("https://api.data.heroku.com")));
        ApiClient api(&m_nam);
        QString error;
        QVERIFY(!api.setBaseUrl(QUrl(QStringLiteral("http://10.0.0.1")), &error));
        QVERIFY(!error.isEmpty());
    }

    void pagesThroughTwoThousandApps()
    {
        auto api = client();
        QVERIFY(api);
        const ApiResult result = wait(PlatformClient(api.get()).apps());
        QVERIFY2(result.ok(), qPrintable(result.error.userText()));
        const auto apps = App::listFromJson(result.array());
        QVERIFY2(apps.size() >= 2004, qPrintable(QString::number(apps.size())));
        QVERIFY(result.pages >= 11); // 200 per page by default
        QSet<QString> names;
        for (const auto &app : apps)
            names.insert(app.name);
        QCOMPARE(names.size(), apps.size()); // no page fetched twice
        QVERIFY(names.contains(QStringLiteral("bulk-1999")) || names.contains(QStringLiteral("bulk-2000")));
        QVERIFY(api->rateLimitRemaining() > 0);
    }

    void badTokenIsRefusedWithHerokusMessage()
    {
        auto api = client(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QSignalSpy unauthorized(api.get(), &ApiClient::unauthorized);
        const ApiResult result = wait(PlatformClient(api.get()).account());
        QVERIFY(!result.ok());
        QCOMPARE(result.error.httpStatus, 401);
        QCOMPARE(result.error.id, QStringLiteral("unauthorized"));
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.requestId.isEmpty());
        QVERIFY(result.error.userText().contains(result.error.requestId));
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(result.attempts, 1); // a 401 is not retried
    }

    void notFoundCarriesResource()
    {
        auto api = client();
        const ApiResult result = wait(PlatformClient(api.get()).app(QStringLiteral("no-such-app")));
        QCOMPARE(result.error.httpStatus, 404);
        QCOMPARE(result.error.id, QStringLiteral("not_found"));
        QCOMPARE(result.error.method, QStringLiteral("GET"));
    }

    void retriesServerErrors()
    {
        auto api = client();
        setFaults({ { QStringLiteral("error_rate"), 0.6 },
                    { QStringLiteral("seed"), 7 },
                    { QStringLiteral("path_prefix"), QStringLiteral("/account") } });
        int succeeded = 0;
        int retried = 0;
        for (int i = 0; i < 5; ++i) {
            const ApiResult result = wait(PlatformClient(api.get()).account());
            succeeded += result.ok() ? 1 : 0;
            retried += result.attempts > 1 ? 1 : 0;
        }
        QVERIFY(retried > 0);
        QVERIFY(succeeded >= 4);

        setFaults({ { QStringLiteral("error_rate"), 1.0 } });
        const ApiResult failed = wait(PlatformClient(api.get()).account());
        QCOMPARE(failed.error.httpStatus, 503);
        QCOMPARE(failed.attempts, api->retryPolicy().maxRetries + 1);
        QVERIFY(failed.error.userText().contains(QStringLiteral("Request-Id")));
    }

    // A successful answer with a spoilt body (the sandbox's malformed faults) fails as
    // InvalidResponse with a sentence that says what was wrong; never taken for data.
    void refusesMalformedAnswers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("detail");
        for (const QString &path : { QStringLiteral("/account"), QStringLiteral("/apps") }) {
            const QByteArray p = path.toUtf8();
            QTest::newRow("truncated " + p) << QStringLiteral("truncated") << path << QStringLiteral("cut short");
            QTest::newRow("wrong types " + p) << QStringLiteral("wrong_types") << path << QStringLiteral("not text");
            QTest::newRow("huge strings " + p)
                << QStringLiteral("huge_strings") << path << QStringLiteral("more than 65536 characters");
            QTest::newRow("missing fields " + p)
                << QStringLiteral("missing_fields") << path << QStringLiteral("is missing");
        }
    }

    void refusesMalformedAnswers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, detail);
        auto api = client();
        setFaults({ { QStringLiteral("malformed_rate"), 1.0 },
                    { QStringLiteral("malformed_kind"), kind },
                    { QStringLiteral("path_prefix"), path } });
        PlatformClient platform(api.get());
        const ApiResult result = wait(path == QLatin1String("/account") ? platform.account() : platform.apps(), 30000);
        QCOMPARE(result.error.kind, HerokuError::Kind::InvalidResponse);
        QCOMPARE(result.attempts, 1); // not retried: the answer came, it is wrong
        const QString text = result.error.userText();
        QVERIFY2(text.contains(QStringLiteral("could not be read (GET %1)").arg(path)) && text.contains(detail),
                 qPrintable(text));
        QVERIFY(text.size() < 1000);
        setFaults({});
        QVERIFY(wait(path == QLatin1String("/account") ? platform.account() : platform.apps()).ok());
    }

    void doesNotRetryNonIdempotentOnServerError()
    {
        auto api = client();
        setFaults({ { QStringLiteral("error_rate"), 1.0 } });
        const ApiResult result = wait(PlatformClient(api.get()).setMaintenance(QStringLiteral("personal-app"), false));
        QCOMPARE(result.error.httpStatus, 503);
        QCOMPARE(result.attempts, 1);
    }

    // A request that changes something waits at the change gate until it is let go (a runbook's
    // journal written); a read goes at once; a held call that is cancelled never leaves.
    void changesWaitAtTheGate()
    {
        auto api = client();
        QList<std::function<void()>> held;
        api->setChangeGate([&held](QObject *, std::function<void()> send) { held.append(std::move(send)); });
        PlatformClient platform(api.get());
        QCOMPARE(wait(platform.account()).ok(), true); // a GET is not held
        QVERIFY(held.isEmpty());

        ApiCall *change = platform.setMaintenance(QStringLiteral("personal-app"), true);
        QSignalSpy changed(change, &ApiCall::finished);
        QCOMPARE(held.size(), 1);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!wait(platform.app(QStringLiteral("personal-app"))).object().value(QStringLiteral("maintenance")).toBool());
        held.takeFirst()();
        QVERIFY(wait(change).ok());
        QVERIFY(wait(platform.app(QStringLiteral("personal-app"))).object().value(QStringLiteral("maintenance")).toBool());

        ApiCall *cancelled = platform.setMaintenance(QStringLiteral("personal-app"), false);
        QSignalSpy cancelledFinished(cancelled, &ApiCall::finished);
        cancelled->cancel();
        QCOMPARE(held.size(), 1);
        held.takeFirst()(); // the call is gone: nothing is sent
        QTest::qWait(300);
        QCOMPARE(cancelledFinished.count(), 0);
        QVERIFY(wait(platform.app(QStringLiteral("personal-app"))).object().value(QStringLiteral("maintenance")).toBool());
        api->setChangeGate({});
        QVERIFY(wait(platform.setMaintenance(QStringLiteral("personal-app"), false)).ok());
    }

    void waitsOnRateLimit()
    {
        auto api = client();
        QSignalSpy limited(api.get(), &ApiClient::rateLimited);
        QSignalSpy remaining(api.get(), &ApiClient::rateLimitRemainingChanged);
        setFaults({ { QStringLiteral("rate_limit_rate"), 0.5 }, { QStringLiteral("seed"), 3 } });
        for (int i = 0; i < 20 && limited.count() < 3; ++i) {
            const ApiResult result = wait(PlatformClient(api.get()).account());
            QVERIFY2(result.ok(), qPrintable(result.error.userText()));
        }
        QVERIFY(limited.count() >= 3); // each 429 was waited out, and the call still succeeded
        setFaults({ { QStringLiteral("rate_limit_rate"), 1.0 } });
        const ApiResult result = wait(PlatformClient(api.get()).account());
        QCOMPARE(result.error.httpStatus, 429);
        QCOMPARE(result.error.id, QStringLiteral("rate_limit"));
        QCOMPARE(api->rateLimitRemaining(), 0);
        QVERIFY(remaining.count() > 0);
    }

    void retriesDroppedConnections()
    {
        // QNetworkAccessManager itself resends once when a kept-alive connection closes without an
        // answer; the client's own retries take over when that fails too.
        auto api = client();
        setFaults({ { QStringLiteral("drop_rate"), 0.5 }, { QStringLiteral("seed"), 5 } });
        int retried = 0;
        for (int i = 0; i < 30 && retried < 2; ++i) {
            const ApiResult result = wait(PlatformClient(api.get()).account());
            QVERIFY2(
                result.ok(),
                qPrintable(QStringLiteral("%1 after %2 attempts").arg(result.error.userText()).arg(result.attempts)));
            retried += result.attempts > 1 ? 1 : 0;
        }
        QCOMPARE(retried, 2);
    }

    void timesOut()
    {
        auto api = client();
        api->setTimeout(300);
        ApiClient::RetryPolicy policy = api->retryPolicy();
        policy.maxRetries = 1;
        api->setRetryPolicy(policy);
        setFaults({ { QStringLiteral("latency_ms"), 2000 } });
        const ApiResult result = wait(PlatformClient(api.get()).account());
        QCOMPARE(result.error.kind, HerokuError::Kind::Timeout);
        QCOMPARE(result.attempts, 2);
        QVERIFY(!result.error.userText().isEmpty());
    }

    void cancelledCallsStaySilent()
    {
        auto api = client();
        setFaults({ { QStringLiteral("latency_ms"), 500 } });
        ApiCall *call = PlatformClient(api.get()).account();
        QSignalSpy finished(call, &ApiCall::finished);
        call->cancel();
        QTest::qWait(900);
        QCOMPARE(finished.count(), 0);

        // A call owned by an object that goes away is cancelled with it.
        auto owner = std::make_unique<QObject>();
        QPointer<ApiCall> owned = PlatformClient(api.get()).account(owner.get());
        QSignalSpy ownedFinished(owned.data(), &ApiCall::finished);
        owner.reset();
        QTest::qWait(900);
        QCOMPARE(ownedFinished.count(), 0);
        QTRY_VERIFY(owned.isNull());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "testapiclient.moc"
