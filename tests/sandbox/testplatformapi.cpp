#include "apiclient.h"
#include "sandboxprocess.h"

#include <QSet>
#include <QTest>

// The Platform API without databases: auth, errors, headers, apps, teams, spaces,
// config vars, formation, ranges and persistence. One sandbox for the whole class.
class TestPlatformApi : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    static QString seed()
    {
        return qEnvironmentVariable("HPG_SOURCE_DIR") + QStringLiteral("/tests/sandbox/seeds/platform.json");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({ QStringLiteral("--seed"), seed() }), qPrintable(m_sandbox.output()));
        QVERIFY(!m_sandbox.token().isEmpty());
        m_api = std::make_unique<ApiClient>(m_sandbox.url(), m_sandbox.token());
    }

    void authAcceptsBearerAndBasic()
    {
        ApiReply reply = m_api->get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("email")).toString(), QStringLiteral("tester@example.com"));
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QVERIFY(!reply.header("Request-Id").isEmpty());
        QVERIFY(reply.header("RateLimit-Remaining").toInt() > 0);

        const QByteArray basic = "Basic " + (":" + m_sandbox.token().toUtf8()).toBase64();
        ApiClient anonymous(m_sandbox.url(), {});
        reply = anonymous.get(QStringLiteral("/account"), { { "Authorization", basic } });
        QCOMPARE(reply.status, 200);

        reply = anonymous.get(QStringLiteral("/account"), { { "Authorization", "Bearer wrong-token" } });
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object().value(QLatin1String("id")).toString(), QStringLiteral("unauthorized"));
        QVERIFY(!reply.object().value(QLatin1String("message")).toString().isEmpty());
        reply = anonymous.get(QStringLiteral("/apps"));
        QCOMPARE(reply.status, 401);
    }

    void acceptsLongRequestIdChains()
    {
        QByteArray chain;
        for (int i = 0; i < 150; ++i)
            chain += (i ? "," : "") + QByteArray("5d6b8c0e-2f1e-4bb4-9f55-0c4d3e2a1b0") + QByteArray::number(i % 10);
        const ApiReply reply = m_api->get(QStringLiteral("/account"), { { "Request-Id", chain } });
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.header("Request-Id").contains(','));
    }

    void unknownThingsAnswerHerokuErrors()
    {
        ApiReply reply = m_api->get(QStringLiteral("/apps/no-such-app"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object().value(QLatin1String("id")).toString(), QStringLiteral("not_found"));
        QCOMPARE(reply.object().value(QLatin1String("resource")).toString(), QStringLiteral("app"));
        QVERIFY(reply.object().value(QLatin1String("message")).toString().contains(QLatin1String("app")));
        QVERIFY(reply.object().contains(QLatin1String("url")));
        reply = m_api->get(QStringLiteral("/no/such/endpoint"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object().value(QLatin1String("id")).toString(), QStringLiteral("not_found"));
    }

    void appsPageWithRanges()
    {
        // 2004 apps: the default page is 200 with 206 + Next-Range, max is capped at 1000.
        ApiReply reply = m_api->get(QStringLiteral("/apps"));
        QCOMPARE(reply.status, 206);
        QCOMPARE(reply.array().size(), 200);
        QByteArray next = reply.header("Next-Range");
        QVERIFY(next.startsWith("id ]"));
        QSet<QString> ids;
        for (const auto &app : reply.array())
            ids.insert(app.toObject().value(QLatin1String("id")).toString());
        int pages = 1;
        while (!next.isEmpty()) {
            reply = m_api->get(QStringLiteral("/apps"), { { "Range", next } });
            QVERIFY(reply.status == 206 || reply.status == 200);
            for (const auto &app : reply.array())
                ids.insert(app.toObject().value(QLatin1String("id")).toString());
            next = reply.header("Next-Range");
            ++pages;
            QVERIFY(pages < 20);
        }
        QCOMPARE(reply.status, 200);
        QCOMPARE(ids.size(), 2004);
        QCOMPARE(pages, 11);

        reply = m_api->get(QStringLiteral("/apps"), { { "Range", "name ..; max=5000" } });
        QCOMPARE(reply.status, 206);
        QCOMPARE(reply.array().size(), 1000);

        reply = m_api->get(QStringLiteral("/apps"), { { "Range", "name ..; max=3, order=desc" } });
        QCOMPARE(reply.status, 206);
        const QJsonArray desc = reply.array();
        QCOMPARE(desc.size(), 3);
        QCOMPARE(desc.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("personal-app"));
        QVERIFY(reply.header("Next-Range").contains("order=desc"));

        reply = m_api->get(QStringLiteral("/apps"), { { "Range", "bogus ..; max=3" } });
        QCOMPARE(reply.status, 416);
    }

    void listsAppsByTeamAndUser()
    {
        ApiReply reply = m_api->get(QStringLiteral("/teams/acme/apps"));
        QCOMPARE(reply.status, 200);
        QStringList names;
        for (const auto &app : reply.array())
            names.append(app.toObject().value(QLatin1String("name")).toString());
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("acme-shielded"), QStringLiteral("acme-web") }));
        reply = m_api->get(QStringLiteral("/users/~/apps"), { { "Range", "name ..; max=1000" } });
        QCOMPARE(reply.status, 206);
        reply = m_api->get(QStringLiteral("/teams/nope/apps"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object().value(QLatin1String("resource")).toString(), QStringLiteral("team"));

        reply = m_api->get(QStringLiteral("/apps/personal-app"));
        QCOMPARE(reply.object().value(QLatin1String("owner")).toObject().value(QLatin1String("email")).toString(),
                 QStringLiteral("tester@example.com"));
        QVERIFY(reply.object().value(QLatin1String("space")).isNull());
        QVERIFY(reply.object().value(QLatin1String("team")).isNull());
    }

    void teamsAndSpaces()
    {
        ApiReply reply = m_api->get(QStringLiteral("/teams"));
        QCOMPARE(reply.array().size(), 2);
        reply = m_api->get(QStringLiteral("/spaces"), { { "Accept", "application/vnd.heroku+json; version=3.sdk" } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 2);
        reply = m_api->get(QStringLiteral("/spaces/acme-shield"), { { "Accept-Expansion", "region" } });
        QCOMPARE(reply.status, 200);
        const QJsonObject space = reply.object();
        QCOMPARE(space.value(QLatin1String("shield")).toBool(), true);
        QCOMPARE(space.value(QLatin1String("state")).toString(), QStringLiteral("allocated"));
        QCOMPARE(space.value(QLatin1String("team")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("acme"));
        QVERIFY(
            !space.value(QLatin1String("region")).toObject().value(QLatin1String("description")).toString().isEmpty());
        reply = m_api->get(QStringLiteral("/apps/acme-shielded"));
        const QJsonObject appSpace = reply.object().value(QLatin1String("space")).toObject();
        QCOMPARE(appSpace.value(QLatin1String("name")).toString(), QStringLiteral("acme-shield"));
        QCOMPARE(appSpace.value(QLatin1String("shield")).toBool(), true);
        QCOMPARE(reply.object().value(QLatin1String("region")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("oregon"));
        QCOMPARE(m_api->get(QStringLiteral("/spaces/acme-private/nat")).status, 200);
    }

    void maintenanceModeAndConfigVars()
    {
        ApiReply reply = m_api->patch(QStringLiteral("/apps/acme-web"), { { QStringLiteral("maintenance"), true } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("maintenance")).toBool(), true);
        QCOMPARE(m_api->get(QStringLiteral("/apps/acme-web")).object().value(QLatin1String("maintenance")).toBool(),
                 true);
        reply = m_api->patch(QStringLiteral("/apps/acme-web"),
                             { { QStringLiteral("maintenance"), QStringLiteral("yes") } });
        QCOMPARE(reply.status, 422);

        reply = m_api->patch(
            QStringLiteral("/apps/acme-web/config-vars"),
            { { QStringLiteral("FOO"), QStringLiteral("bar") }, { QStringLiteral("RAILS_ENV"), QJsonValue::Null } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("FOO")).toString(), QStringLiteral("bar"));
        QVERIFY(!reply.object().contains(QLatin1String("RAILS_ENV")));
        reply = m_api->get(QStringLiteral("/apps/acme-web/config-vars"));
        QCOMPARE(reply.object().value(QLatin1String("FOO")).toString(), QStringLiteral("bar"));
        reply = m_api->get(QStringLiteral("/apps/acme-web/releases"), { { "Range", "version ..; max=1, order=desc" } });
        QCOMPARE(reply.array().size(), 1);
        QVERIFY(reply.array()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("description"))
                    .toString()
                    .startsWith(QLatin1String("Remove RAILS_ENV")));
    }

    void formationTakesStringAndRelativeQuantities()
    {
        const QJsonArray updates { QJsonObject { { QStringLiteral("type"), QStringLiteral("web") },
                                                 { QStringLiteral("quantity"), QStringLiteral("+1") },
                                                 { QStringLiteral("size"), QStringLiteral("Performance-M") } },
                                   QJsonObject { { QStringLiteral("type"), QStringLiteral("worker") },
                                                 { QStringLiteral("quantity"), QStringLiteral("0") } } };
        ApiReply reply
            = m_api->patch(QStringLiteral("/apps/acme-web/formation"), { { QStringLiteral("updates"), updates } });
        QCOMPARE(reply.status, 200);
        QHash<QString, QJsonObject> byType;
        for (const auto &f : reply.array())
            byType.insert(f.toObject().value(QLatin1String("type")).toString(), f.toObject());
        QCOMPARE(byType.value(QStringLiteral("web")).value(QLatin1String("quantity")).toInt(), 3);
        QCOMPARE(byType.value(QStringLiteral("web")).value(QLatin1String("size")).toString(),
                 QStringLiteral("Performance-M"));
        QCOMPARE(byType.value(QStringLiteral("worker")).value(QLatin1String("quantity")).toInt(), 0);

        reply
            = m_api->patch(QStringLiteral("/apps/acme-web/formation"),
                           { { QStringLiteral("updates"),
                               QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("web") },
                                                          { QStringLiteral("quantity"), QStringLiteral("-1") } } } } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/apps/acme-web/formation/web"))
                     .object()
                     .value(QLatin1String("quantity"))
                     .toInt(),
                 2);
        // web.1 and web.2 are up; the dynos the scale-downs removed (web.3, worker.1) are listed as
        // down until they have stopped.
        const auto dynos = [this](const QString &state) {
            QStringList names;
            for (const QJsonValue &dyno : m_api->get(QStringLiteral("/apps/acme-web/dynos")).array()) {
                if (dyno[QLatin1String("state")].toString() == state)
                    names.append(dyno[QLatin1String("name")].toString());
            }
            names.sort();
            return names;
        };
        QCOMPARE(dynos(QStringLiteral("up")), (QStringList { QStringLiteral("web.1"), QStringLiteral("web.2") }));
        QTRY_VERIFY_WITH_TIMEOUT(dynos(QStringLiteral("down")).isEmpty(), 10000);
        QCOMPARE(m_api->get(QStringLiteral("/apps/acme-web/dynos")).array().size(), 2);

        reply = m_api->patch(QStringLiteral("/apps/acme-web/formation"),
                             { { QStringLiteral("updates"),
                                 QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("clock") },
                                                            { QStringLiteral("quantity"), 1 } } } } });
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object().value(QLatin1String("id")).toString(), QStringLiteral("not_found"));
    }

    void plansCoverEveryTier()
    {
        const ApiReply reply = m_api->get(QStringLiteral("/addon-services/heroku-postgresql/plans"));
        QCOMPARE(reply.status, 200);
        QSet<QString> tiers;
        for (const auto &plan : reply.array()) {
            const QString name = plan.toObject().value(QLatin1String("name")).toString();
            QVERIFY(name.startsWith(QLatin1String("heroku-postgresql:")));
            tiers.insert(name.section(QLatin1Char(':'), 1).section(QLatin1Char('-'), 0, 0));
            QVERIFY(plan.toObject().value(QLatin1String("price")).toObject().contains(QLatin1String("cents")));
        }
        QCOMPARE(tiers,
                 (QSet<QString> { QStringLiteral("essential"), QStringLiteral("standard"), QStringLiteral("premium"),
                                  QStringLiteral("private"), QStringLiteral("shield") }));
        const QJsonObject shield
            = m_api->get(QStringLiteral("/addon-services/heroku-postgresql/plans/shield-0")).object();
        QCOMPARE(shield.value(QLatin1String("installable_inside_private_network")).toBool(), true);
        QCOMPARE(shield.value(QLatin1String("installable_outside_private_network")).toBool(), false);
    }

    void faultsAreInjectedAndRepeatable()
    {
        ApiReply reply = m_api->post(QStringLiteral("/_sandbox/faults"),
                                     { { QStringLiteral("rate_limit_rate"), 1.0 }, { QStringLiteral("seed"), 7 } });
        QCOMPARE(reply.status, 200);
        reply = m_api->get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(reply.object().value(QLatin1String("id")).toString(), QStringLiteral("rate_limit"));

        m_api->post(QStringLiteral("/_sandbox/faults"),
                    { { QStringLiteral("rate_limit_rate"), 0 },
                      { QStringLiteral("error_rate"), 0.5 },
                      { QStringLiteral("seed"), 42 } });
        QList<int> first;
        for (int i = 0; i < 20; ++i)
            first.append(m_api->get(QStringLiteral("/account")).status);
        QVERIFY(first.contains(503));
        QVERIFY(first.contains(200));
        m_api->post(QStringLiteral("/_sandbox/faults"), { { QStringLiteral("seed"), 42 } });
        QList<int> second;
        for (int i = 0; i < 20; ++i)
            second.append(m_api->get(QStringLiteral("/account")).status);
        QCOMPARE(second, first);

        m_api->post(QStringLiteral("/_sandbox/faults"),
                    { { QStringLiteral("error_rate"), 0 }, { QStringLiteral("drop_rate"), 1.0 } });
        reply = m_api->get(QStringLiteral("/account"));
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(reply.status, 0);

        m_api->post(QStringLiteral("/_sandbox/faults"),
                    { { QStringLiteral("drop_rate"), 0 }, { QStringLiteral("latency_ms"), 400 } });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_api->get(QStringLiteral("/account")).status, 200);
        QVERIFY(timer.elapsed() >= 380);
        QCOMPARE(m_api->del(QStringLiteral("/_sandbox/faults")).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/_sandbox/faults")).object().value(QLatin1String("latency_ms")).toInt(), 0);
    }

    // Malformed bodies: a successful answer spoilt as asked, errors left readable, and the
    // seeded sequence of the other faults unchanged while none is asked for.
    void malformedBodiesOnDemand()
    {
        auto spoil = [this](const QString &kind) {
            return m_api
                ->post(QStringLiteral("/_sandbox/faults"),
                       { { QStringLiteral("malformed_rate"), 1.0 }, { QStringLiteral("malformed_kind"), kind } })
                .status;
        };
        const QByteArray good = m_api->get(QStringLiteral("/account")).body;
        QVERIFY(QJsonDocument::fromJson(good).isObject());

        QCOMPARE(spoil(QStringLiteral("truncated")), 200);
        ApiReply reply = m_api->get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, good.left(good.size() / 2));
        QVERIFY(QJsonDocument::fromJson(reply.body).isNull());

        QCOMPARE(spoil(QStringLiteral("wrong_types")), 200);
        QJsonObject account = m_api->get(QStringLiteral("/account")).object();
        QVERIFY(account.value(QLatin1String("email")).isDouble());
        QVERIFY(account.value(QLatin1String("id")).isDouble());

        QCOMPARE(spoil(QStringLiteral("huge_strings")), 200);
        account = m_api->get(QStringLiteral("/account")).object();
        QCOMPARE(account.value(QLatin1String("email")).toString().size(), 256 * 1024);

        QCOMPARE(spoil(QStringLiteral("missing_fields")), 200);
        QCOMPARE(m_api->get(QStringLiteral("/account")).object(), QJsonObject());
        const QJsonArray apps = m_api->get(QStringLiteral("/apps")).array();
        QVERIFY(!apps.isEmpty());
        for (const QJsonValue &app : apps)
            QCOMPARE(app.toObject(), QJsonObject());
        // An error answer is not spoilt: the client must still read Heroku's message.
        QCOMPARE(m_api->get(QStringLiteral("/apps/no-such-app")).object().value(QLatin1String("id")).toString(),
                 QStringLiteral("not_found"));

        QCOMPARE(spoil(QStringLiteral("garbled")), 422);
        QCOMPARE(
            m_api->get(QStringLiteral("/_sandbox/faults")).object().value(QLatin1String("malformed_kind")).toString(),
            QStringLiteral("missing_fields"));
        QCOMPARE(m_api->del(QStringLiteral("/_sandbox/faults")).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/account")).body, good);
    }

    void stateSurvivesRestartAndResetWipesIt()
    {
        // Changed by maintenanceModeAndConfigVars: maintenance on, FOO=bar.
        const QString token = m_sandbox.token();
        m_sandbox.stop();
        SandboxProcess again;
        QVERIFY2(again.start({ QStringLiteral("--state-dir"), m_sandbox.stateDir() }), qPrintable(again.output()));
        QCOMPARE(again.token(), token);
        ApiClient api(again.url(), again.token());
        QCOMPARE(api.get(QStringLiteral("/apps/acme-web")).object().value(QLatin1String("maintenance")).toBool(), true);
        QCOMPARE(api.get(QStringLiteral("/apps/acme-web/config-vars")).object().value(QLatin1String("FOO")).toString(),
                 QStringLiteral("bar"));
        again.stop();

        SandboxProcess reset;
        QVERIFY2(reset.start({ QStringLiteral("--state-dir"), m_sandbox.stateDir(), QStringLiteral("--reset"),
                               QStringLiteral("--seed"), seed() }),
                 qPrintable(reset.output()));
        QVERIFY(reset.token() != token);
        ApiClient fresh(reset.url(), reset.token());
        QCOMPARE(fresh.get(QStringLiteral("/apps/acme-web")).object().value(QLatin1String("maintenance")).toBool(),
                 false);
    }

    void refusesNonLoopbackWithoutAllowRemote()
    {
        QProcess process;
        QTemporaryDir dir;
        process.start(
            qEnvironmentVariable("HPG_SANDBOX_BIN"),
            { QStringLiteral("--state-dir"), dir.path(), QStringLiteral("--listen"), QStringLiteral("0.0.0.0") });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--allow-remote"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "testplatformapi.moc"
