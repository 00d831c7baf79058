// ApiCall against a local HTTP server that answers what Heroku never should (issue 17, defect 4):
// a Retry-After whose milliseconds overflow an int, and Next-Range paging that never ends.
// Each call must end, with an error, in bounded time.

#include "core/heroku/apiclient.h"
#include "apiwait.h"
#include "httpstubserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace hpg;

class TestApiCall : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    ApiResult wait(ApiCall *call) { return hpgtest::waitFor(call, 20000); }

    std::unique_ptr<ApiClient> client(const HttpStubServer &server)
    {
        auto api = std::make_unique<ApiClient>(&m_nam);
        if (!api->setBaseUrl(server.url()))
            return nullptr;
        api->setToken(QStringLiteral("11111111-2222-3333-4444-555555555555"));
        ApiClient::RetryPolicy policy;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 200;
        policy.maxRateLimitWaits = 2;
        api->setRetryPolicy(policy);
        return api;
    }

private slots:
    void retryAfterNeverHangs_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("x1000 overflows an int") << QByteArray("3000000");
        QTest::newRow("past 64 bits") << QByteArray("99999999999999999999999");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("a date") << QByteArray("Fri, 21 Oct 2095 07:28:00 GMT");
        QTest::newRow("words") << QByteArray("later");
    }

    void retryAfterNeverHangs()
    {
        QFETCH(QByteArray, retryAfter);
        HttpStubServer server;
        QVERIFY(server.listen());
        server.respond({}, 429, { { "Retry-After", retryAfter } },
                       QByteArrayLiteral("{\"id\":\"rate_limit\",\"message\":\"Slow down.\"}"));
        auto api = client(server);
        QVERIFY(api);
        QSignalSpy limited(api.get(), &ApiClient::rateLimited);
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = wait(api->send(ApiRequest::get(QStringLiteral("/account"))));
        QCOMPARE(result.error.kind, HerokuError::Kind::Http); // not Timeout: the waits ended
        QCOMPARE(result.error.httpStatus, 429);
        QCOMPARE(server.requests().size(), 3); // the first, then maxRateLimitWaits more
        QCOMPARE(limited.count(), 2);
        for (const auto &signal : limited) {
            const int waitMs = signal.first().toInt();
            QVERIFY2(waitMs >= 0 && waitMs <= 200, qPrintable(QString::number(waitMs)));
        }
        QVERIFY(timer.elapsed() < 5000);
    }

    void pagingThatRepeatsEnds()
    {
        HttpStubServer server;
        QVERIFY(server.listen());
        // Always the same page, always "there is more, from the same place".
        server.respond({}, 206, { { "Next-Range", "id ]app-1..; max=1" } }, QByteArrayLiteral("[{\"id\":\"app-1\"}]"));
        auto api = client(server);
        QVERIFY(api);
        const ApiResult result = wait(api->send(ApiRequest::get(QStringLiteral("/apps"))));
        QCOMPARE(result.error.kind, HerokuError::Kind::InvalidResponse);
        QVERIFY2(result.error.userText().contains(QStringLiteral("not read to its end")),
                 qPrintable(result.error.userText()));
        QCOMPARE(server.requests().size(), 2); // the first page, and the one it named once
    }

    // A Next-Range that cannot be sent back as a Range header (here far too long) ends the list
    // with an error instead of a request nobody can answer.
    void pagingWithAnUnusableRangeEnds()
    {
        HttpStubServer server;
        QVERIFY(server.listen());
        server.respond({}, 206, { { "Next-Range", QByteArray(5000, 'x') } }, QByteArrayLiteral("[{\"id\":\"app-1\"}]"));
        auto api = client(server);
        QVERIFY(api);
        const ApiResult result = wait(api->send(ApiRequest::get(QStringLiteral("/apps"))));
        QCOMPARE(result.error.kind, HerokuError::Kind::InvalidResponse);
        QVERIFY2(result.error.userText().contains(QStringLiteral("Next-Range")), qPrintable(result.error.userText()));
        QCOMPARE(server.requests().size(), 1);
    }

    // Answers from 128 KB are parsed on a worker thread (a page of 1,000 apps is about a megabyte):
    // the list reads the same, and a broken one still says where.
    void largeAnswersReadTheSame()
    {
        QByteArray body = "[";
        for (int i = 0; i < 3000; ++i)
            body += QStringLiteral("%1{\"id\":\"app-%2\",\"name\":\"app-%2\",\"region\":{\"name\":\"us\"}}")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(i)
                        .toUtf8();
        body += "]";
        QVERIFY(body.size() >= 128 * 1024);
        HttpStubServer server;
        QVERIFY(server.listen());
        server.respond("/apps", 200, {}, body);
        server.respond("/broken", 200, {}, body.left(body.size() - 100));
        auto api = client(server);
        QVERIFY(api);
        const ApiResult result = wait(api->send(ApiRequest::get(QStringLiteral("/apps"))));
        QVERIFY2(result.ok(), qPrintable(result.error.userText()));
        QCOMPARE(result.array().size(), 3000);
        QCOMPARE(result.array().at(2999).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("app-2999"));

        const ApiResult broken = wait(api->send(ApiRequest::get(QStringLiteral("/broken"))));
        QCOMPARE(broken.error.kind, HerokuError::Kind::InvalidResponse);
        QJsonParseError where;
        QJsonDocument::fromJson(body.left(body.size() - 100), &where);
        QVERIFY(where.offset > 128 * 1024);
        QVERIFY2(broken.error.userText().contains(QStringLiteral("at byte %1.").arg(where.offset)),
                 qPrintable(broken.error.userText()));
    }

    // Cancelled while a worker parses its answer: finished() never comes, nothing is left behind.
    void cancelledWhileParsingStaysQuiet()
    {
        QByteArray body = "[" + QByteArray(400 * 1024, ' ') + "1]";
        HttpStubServer server;
        QVERIFY(server.listen());
        server.respond({}, 200, {}, body);
        auto api = client(server);
        QVERIFY(api);
        ApiCall *call = api->send(ApiRequest::get(QStringLiteral("/apps")));
        QSignalSpy finished(call, &ApiCall::finished);
        QPointer<ApiCall> alive(call);
        // The answer is in once the server has sent it; cancel at the first turn after that.
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 1; }, 10000));
        call->cancel();
        QTest::qWait(500);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!alive);
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "testapicall.moc"
