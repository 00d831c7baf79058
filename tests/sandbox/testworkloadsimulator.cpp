#include "apiclient.h"
#include "pgclient.h"
#include "sandboxprocess.h"

#include <QTest>

// Simulated dynos and Heroku Connect: rows really arrive in the database; web dynos stop
// writing in maintenance mode, workers when they are scaled down (after finishing their work),
// Connect when the connection is paused.
class TestWorkloadSimulator : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    QString m_url;

    qint64 count(const QString &table)
    {
        const PgResult result = pgExec(m_url, QStringLiteral("SELECT count(*) FROM ") + table);
        return result.ok ? result.value().toLongLong() : -1;
    }
    // True when `table` gains no row for two seconds (after one second to let a write in flight land).
    bool stays(const QString &table)
    {
        QTest::qWait(1500);
        const qint64 before = count(table);
        QTest::qWait(2000);
        return count(table) == before;
    }
    bool grows(const QString &table)
    {
        const qint64 before = count(table);
        QTest::qWait(2500);
        return count(table) > before;
    }
    // "name state" of each dyno of the app, as GET /apps/shop/dynos lists them.
    QStringList dynoStates()
    {
        QStringList states;
        for (const QJsonValue &value : m_api->get(QStringLiteral("/apps/shop/dynos")).array()) {
            const QJsonObject dyno = value.toObject();
            states.append(dyno.value(QLatin1String("name")).toString() + QLatin1Char(' ')
                          + dyno.value(QLatin1String("state")).toString());
        }
        return states;
    }
    QString connectionState()
    {
        return m_api->get(QStringLiteral("/connections?app=shop"))
            .object()
            .value(QLatin1String("results"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("state"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        const QString seed
            = qEnvironmentVariable("HPG_SOURCE_DIR") + QStringLiteral("/tests/sandbox/seeds/workload.json");
        QVERIFY2(m_sandbox.start({ QStringLiteral("--seed"), seed }), qPrintable(m_sandbox.output()));
        m_api = std::make_unique<ApiClient>(m_sandbox.url(), m_sandbox.token());
        m_url = m_api->get(QStringLiteral("/apps/shop/config-vars"))
                    .object()
                    .value(QLatin1String("DATABASE_URL"))
                    .toString();
        QVERIFY(!m_url.isEmpty());
    }

    void dynosWriteUntilMaintenanceOrScaleDown()
    {
        const QString table = QStringLiteral("sandbox_dyno_writes");
        QTRY_VERIFY_WITH_TIMEOUT(count(table) > 5, 20000);
        QVERIFY(grows(table));
        QCOMPARE(
            pgExec(m_url, QStringLiteral("SELECT count(DISTINCT seq) = count(*), min(app) FROM sandbox_dyno_writes"))
                .rows.value(0),
            (QStringList { QStringLiteral("t"), QStringLiteral("shop") }));

        QCOMPARE(m_api->patch(QStringLiteral("/apps/shop"), { { QStringLiteral("maintenance"), true } }).status, 200);
        QVERIFY(stays(table));
        QCOMPARE(m_api->patch(QStringLiteral("/apps/shop"), { { QStringLiteral("maintenance"), false } }).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(grows(table), 10000);

        const QJsonArray scaleDown { QJsonObject { { QStringLiteral("type"), QStringLiteral("web") },
                                                   { QStringLiteral("quantity"), QStringLiteral("0") } } };
        QCOMPARE(
            m_api->patch(QStringLiteral("/apps/shop/formation"), { { QStringLiteral("updates"), scaleDown } }).status,
            200);
        QVERIFY(stays(table));
        const QJsonObject state = m_api->get(QStringLiteral("/_sandbox/state")).object();
        const QJsonObject writer
            = state.value(QLatin1String("writers")).toObject().value(QLatin1String("dyno:shop")).toObject();
        QCOMPARE(writer.value(QLatin1String("running")).toBool(), false);
        QCOMPARE(qint64(writer.value(QLatin1String("rows_written")).toDouble()), count(table));
    }

    // Workers write through maintenance mode; a scaled-down dyno is listed as "down" and
    // finishes its work (keeps writing) for dyno_stop_ms before it is gone.
    void workersWriteInMaintenanceAndStopAfterTheScaleDown()
    {
        const QString table = QStringLiteral("sandbox_dyno_writes");
        QCOMPARE(m_api->post(QStringLiteral("/_sandbox/timing"), { { QStringLiteral("dyno_stop_ms"), 3000 } })
                     .object()
                     .value(QLatin1String("dyno_stop_ms"))
                     .toInt(),
                 3000);
        QCOMPARE(m_api->patch(QStringLiteral("/apps/shop"), { { QStringLiteral("maintenance"), true } }).status, 200);
        QCOMPARE(m_api->patch(QStringLiteral("/apps/shop/formation/worker"), { { QStringLiteral("quantity"), 1 } })
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(grows(table), 10000);
        QCOMPARE(dynoStates(), (QStringList { QStringLiteral("worker.1 up") }));

        QCOMPARE(m_api->patch(QStringLiteral("/apps/shop/formation/worker"), { { QStringLiteral("quantity"), 0 } })
                     .status,
                 200);
        QCOMPARE(dynoStates(), (QStringList { QStringLiteral("worker.1 down") }));
        const qint64 atScaleDown = count(table);
        QTRY_VERIFY_WITH_TIMEOUT(count(table) > atScaleDown, 2500); // still finishing its work
        QTRY_VERIFY_WITH_TIMEOUT(dynoStates().isEmpty(), 10000);
        QVERIFY(stays(table));
        QCOMPARE(m_api->patch(QStringLiteral("/apps/shop"), { { QStringLiteral("maintenance"), false } }).status, 200);
    }

    void connectPausesOnlyFromIdleAndStopsWriting()
    {
        const QString table = QStringLiteral("salesforce.contact");
        QTRY_VERIFY_WITH_TIMEOUT(count(table) > 0, 20000);
        const QJsonObject result = m_api->get(QStringLiteral("/connections?app=shop"))
                                       .object()
                                       .value(QLatin1String("results"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(result.value(QLatin1String("region_url")).toString(),
                 m_sandbox.url().toString(QUrl::StripTrailingSlash));
        const QString detail = QUrl(result.value(QLatin1String("detail_url")).toString()).path();
        QCOMPARE(m_api->get(detail + QStringLiteral("?deep=true"))
                     .object()
                     .value(QLatin1String("mappings"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("object_name"))
                     .toString(),
                 QStringLiteral("Contact"));
        QVERIFY(m_api->get(QStringLiteral("/connections?app=nope"))
                    .object()
                    .value(QLatin1String("results"))
                    .toArray()
                    .isEmpty());

        // Always polling: pause is refused.
        m_api->post(
            QStringLiteral("/_sandbox/timing"),
            { { QStringLiteral("connect_poll_seconds"), 100 }, { QStringLiteral("connect_cycle_seconds"), 100 } });
        QTRY_COMPARE_WITH_TIMEOUT(connectionState(), QStringLiteral("POLLING_DB_CHANGES"), 5000);
        ApiReply reply = m_api->post(detail + QStringLiteral("/actions/pause"));
        QVERIFY(reply.status >= 400);
        QVERIFY(reply.object().value(QLatin1String("message")).toString().contains(QLatin1String("IDLE")));

        // Never polling: pause works, writes stop; resume starts them again.
        m_api->post(QStringLiteral("/_sandbox/timing"), { { QStringLiteral("connect_poll_seconds"), 0 } });
        QTRY_COMPARE_WITH_TIMEOUT(connectionState(), QStringLiteral("IDLE"), 5000);
        reply = m_api->post(detail + QStringLiteral("/actions/pause"), {}, { { "Heroku-Client", "cli" } });
        QCOMPARE(reply.status, 202);
        QCOMPARE(connectionState(), QStringLiteral("PAUSED"));
        const qint64 atPause = count(table); // nothing is written once the pause is answered
        QTest::qWait(1200);
        QCOMPARE(count(table), atPause);
        QVERIFY(stays(table));
        QCOMPARE(m_api->post(detail + QStringLiteral("/actions/pause")).status, 400);
        QCOMPARE(m_api->post(detail + QStringLiteral("/actions/resume")).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(grows(table), 10000);
        QVERIFY(count(QStringLiteral("salesforce._trigger_log")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadSimulator)
#include "testworkloadsimulator.moc"
