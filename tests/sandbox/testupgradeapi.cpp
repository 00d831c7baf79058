#include "apiclient.h"
#include "pgclient.h"
#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QTest>

// pg:upgrade:* against real clusters of PostgreSQL 15, 16 and 17: a seed's "version", an Essential
// database upgraded in place with its steps in wait_status, a Standard leader whose upgrade is
// canceled while it runs (it stays on 15 and usable), then upgraded with its follower (rebuilt as
// a streaming replica on 17). The follower path (unfollow, then upgrade) is in the conformance test.
class TestUpgradeApi : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    QString configVar(const QString &name)
    {
        return m_api->get(QStringLiteral("/apps/ver/config-vars")).object().value(name).toString();
    }
    QString version(const QString &addon)
    {
        return m_api->get(QStringLiteral("/client/v11/databases/") + addon)
            .object()
            .value(QLatin1String("postgres_version"))
            .toString();
    }
    ApiReply upgrade(const QString &addon, const QString &action, const QJsonObject &body = {})
    {
        return m_api->call("POST", QStringLiteral("/client/v11/databases/%1/upgrade/%2").arg(addon, action), body, {},
                           true);
    }
    QJsonObject waitStatus(const QString &addon)
    {
        return m_api->get(QStringLiteral("/client/v11/databases/%1/upgrade/wait_status").arg(addon)).object();
    }
    // Polls wait_status until it stops waiting; collects the steps seen.
    QJsonObject waitDone(const QString &addon, QStringList *steps = nullptr)
    {
        QDeadlineTimer deadline(180000);
        QJsonObject status;
        while (!deadline.hasExpired()) {
            status = waitStatus(addon);
            if (!status.value(QLatin1String("waiting?")).toBool())
                return status;
            if (steps && !steps->contains(status.value(QLatin1String("step")).toString()))
                steps->append(status.value(QLatin1String("step")).toString());
            QTest::qWait(200);
        }
        return status;
    }

private slots:
    void initTestCase()
    {
        const QString seed
            = qEnvironmentVariable("HPG_SOURCE_DIR") + QStringLiteral("/tests/sandbox/seeds/versions.json");
        QVERIFY2(m_sandbox.start({ QStringLiteral("--seed"), seed }), qPrintable(m_sandbox.output()));
        m_api = std::make_unique<ApiClient>(m_sandbox.url(), m_sandbox.token());
    }

    void seedVersionAndUpgradesOnlyFromTheDefaultVersion()
    {
        QVERIFY2(version(QStringLiteral("pg-new")).startsWith(QLatin1String("16.")),
                 qPrintable(version(QStringLiteral("pg-new"))));
        QVERIFY2(version(QStringLiteral("pg-ess")).startsWith(QLatin1String("15.")),
                 qPrintable(version(QStringLiteral("pg-ess"))));
        QCOMPARE(
            pgExec(configVar(QStringLiteral("HEROKU_POSTGRESQL_BLUE_URL")), QStringLiteral("SHOW server_version_num"))
                .value()
                .left(2),
            QStringLiteral("16"));
        // 16 → 17 would need pg_dump 16; the sandbox says so.
        const ApiReply refused = upgrade(QStringLiteral("pg-new"), QStringLiteral("run"));
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.object().value(QLatin1String("message")).toString().contains(QLatin1String("pg_dump")),
                 refused.body.constData());
    }

    void essentialUpgradesInPlaceWithSteps()
    {
        const QString url = configVar(QStringLiteral("DATABASE_URL"));
        // Not on Essential: prepare; unknown versions.
        QCOMPARE(upgrade(QStringLiteral("pg-ess"), QStringLiteral("prepare")).status, 422);
        const ApiReply unknown = upgrade(QStringLiteral("pg-ess"), QStringLiteral("run"),
                                         { { QStringLiteral("version"), QStringLiteral("13") } });
        QCOMPARE(unknown.status, 422);
        QVERIFY2(unknown.object().value(QLatin1String("message")).toString().contains(QLatin1String("15, 16, 17")),
                 unknown.body.constData());
        QCOMPARE(
            m_api->post(QStringLiteral("/_sandbox/timing"), { { QStringLiteral("upgrade_step_seconds"), 1 } }).status,
            200);
        const ApiReply run = upgrade(QStringLiteral("pg-ess"), QStringLiteral("run"));
        QCOMPARE(run.status, 200);
        QVERIFY2(run.object().value(QLatin1String("message")).toString().contains(QLatin1String("PostgreSQL 17")),
                 run.body.constData());
        // A second run while it runs is refused.
        QCOMPARE(upgrade(QStringLiteral("pg-ess"), QStringLiteral("run")).status, 422);
        QStringList steps;
        const QJsonObject done = waitDone(QStringLiteral("pg-ess"), &steps);
        QVERIFY2(!done.value(QLatin1String("error?")).toBool(),
                 qPrintable(done.value(QLatin1String("message")).toString()));
        QCOMPARE(done.value(QLatin1String("message")).toString(),
                 QStringLiteral("Your database has been upgraded to PostgreSQL 17."));
        QVERIFY2(steps.contains(QStringLiteral("1/3")) && steps.contains(QStringLiteral("2/3"))
                     && steps.contains(QStringLiteral("3/3")),
                 qPrintable(steps.join(QLatin1Char(','))));
        QVERIFY(version(QStringLiteral("pg-ess")).startsWith(QLatin1String("17.")));
        QCOMPARE(configVar(QStringLiteral("DATABASE_URL")), url);
        QCOMPARE(pgExec(url, QStringLiteral("SELECT count(*) FROM notes")).value(), QStringLiteral("300"));
        QCOMPARE(pgExec(url, QStringLiteral("SHOW server_version_num")).value().left(2), QStringLiteral("17"));
    }

    void cancelWhileRunningThenUpgradeWithTheFollower()
    {
        const QString url = configVar(QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL"));
        const QString followerUrl = configVar(QStringLiteral("HEROKU_POSTGRESQL_ONYX_URL"));
        QCOMPARE(upgrade(QStringLiteral("pg-std"), QStringLiteral("run")).status, 422); // not prepared
        QCOMPARE(upgrade(QStringLiteral("pg-fol"), QStringLiteral("prepare")).status, 422); // a follower
        const ApiReply dryRun = upgrade(QStringLiteral("pg-std"), QStringLiteral("dry_run"));
        QCOMPARE(dryRun.status, 200);
        QVERIFY2(dryRun.object().value(QLatin1String("message")).toString().contains(QLatin1String("to 17")),
                 dryRun.body.constData());

        // Prepare, run, cancel during the first step: it stays on 15, usable, with its follower.
        QCOMPARE(
            upgrade(QStringLiteral("pg-std"), QStringLiteral("prepare"), { { QStringLiteral("version"), 17 } }).status,
            200);
        QCOMPARE(
            m_api->post(QStringLiteral("/_sandbox/timing"), { { QStringLiteral("upgrade_step_seconds"), 3 } }).status,
            200);
        QCOMPARE(upgrade(QStringLiteral("pg-std"), QStringLiteral("run")).status, 200);
        QCOMPARE(waitStatus(QStringLiteral("pg-std")).value(QLatin1String("waiting?")).toBool(), true);
        QCOMPARE(upgrade(QStringLiteral("pg-std"), QStringLiteral("cancel")).status, 200);
        const QJsonObject canceled = waitDone(QStringLiteral("pg-std"));
        QVERIFY(canceled.value(QLatin1String("error?")).toBool());
        QVERIFY2(canceled.value(QLatin1String("message")).toString().contains(QLatin1String("canceled")),
                 qPrintable(canceled.value(QLatin1String("message")).toString()));
        QVERIFY(version(QStringLiteral("pg-std")).startsWith(QLatin1String("15.")));
        QCOMPARE(pgExec(url, QStringLiteral("SELECT count(*) FROM items")).value(), QStringLiteral("200"));
        // The error is reported once; then the database is available.
        QCOMPARE(waitStatus(QStringLiteral("pg-std")).value(QLatin1String("message")).toString(),
                 QStringLiteral("available"));

        // Run what is still prepared: the leader and its follower move to 17; the follower streams.
        QCOMPARE(
            m_api->post(QStringLiteral("/_sandbox/timing"), { { QStringLiteral("upgrade_step_seconds"), 0 } }).status,
            200);
        QCOMPARE(upgrade(QStringLiteral("pg-std"), QStringLiteral("run")).status, 200);
        const QJsonObject done = waitDone(QStringLiteral("pg-std"));
        QCOMPARE(done.value(QLatin1String("message")).toString(),
                 QStringLiteral("Your database has been upgraded to PostgreSQL 17."));
        QVERIFY(version(QStringLiteral("pg-std")).startsWith(QLatin1String("17.")));
        QVERIFY(version(QStringLiteral("pg-fol")).startsWith(QLatin1String("17.")));
        QCOMPARE(configVar(QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL")), url);
        QCOMPARE(configVar(QStringLiteral("HEROKU_POSTGRESQL_ONYX_URL")), followerUrl);
        QCOMPARE(pgExec(followerUrl, QStringLiteral("SELECT pg_is_in_recovery()")).value(), QStringLiteral("t"));
        pgExec(url, QStringLiteral("INSERT INTO items (label) VALUES ('after')"));
        QDeadlineTimer deadline(30000);
        while (pgExec(followerUrl, QStringLiteral("SELECT count(*) FROM items")).value() != QLatin1String("201")
               && !deadline.hasExpired())
            QTest::qWait(200);
        QCOMPARE(pgExec(followerUrl, QStringLiteral("SELECT count(*) FROM items")).value(), QStringLiteral("201"));
        // Nothing newer: prepare is refused.
        QCOMPARE(upgrade(QStringLiteral("pg-std"), QStringLiteral("prepare")).status, 422);
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestUpgradeApi)
#include "testupgradeapi.moc"
