// pg:pull and pg:push against a real PostgreSQL 17 server (a sandbox database made with
// "version": 17) with the PostgreSQL 15 client programs Debian 12 has: the pre-flight says that
// pg_dump 17 is needed and where to get it; a pull started anyway stops before it creates the
// local database (nothing half-done); a push from the local 15 server into the 17 server works,
// row for row.

#include "core/transfer/pgtoolfinder.h"
#include "core/transfer/transferjob.h"
#include "core/transfer/transferpreflight.h"
#include "transfertestenv.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace hpg;
using transfertest::TransferTestEnv;
using Blocker = PreflightReport::Blocker;

class TestNewerServer : public QObject
{
    Q_OBJECT

    TransferTestEnv m_env;
    ConnInfo m_shop17;
    ConnInfo m_blank17;
    PgToolInstall m_tools;
    QTemporaryDir m_workDir;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.startSandbox(QStringLiteral("tests/core/transfer/seeds/newer.json"), &error), qPrintable(error));
        QVERIFY2(m_env.startLocalServer(&error), qPrintable(error));
        const auto shop = m_env.remote(QStringLiteral("pg-shop17"), &error);
        QVERIFY2(shop, qPrintable(error));
        m_shop17 = *shop;
        const auto blank = m_env.remote(QStringLiteral("pg-blank17"), &error);
        QVERIFY2(blank, qPrintable(error));
        m_blank17 = *blank;
        m_tools = TransferTestEnv::tools(&error);
        QVERIFY2(m_tools.isUsable(), qPrintable(error));
        const auto version = TransferTestEnv::query(m_shop17, QStringLiteral("SHOW server_version_num"), &error);
        QVERIFY2(version, qPrintable(error));
        QCOMPARE(version->value(0).value(0).left(2), QStringLiteral("17"));
        if (m_tools.dumpVersion.major() >= 17)
            QSKIP("this machine has pg_dump 17 or newer: there is no older pg_dump to refuse");
    }

    void preflightNamesTheVersionNeededAndWhereToGetIt()
    {
        TransferPreflight::Request request;
        request.direction = TransferSpec::Direction::Pull;
        request.source = m_shop17;
        request.target = m_env.local(QStringLiteral("from17"));
        request.sourceLabel = QStringLiteral("shop17::DATABASE");
        const PreflightReport report = transfertest::runPreflight(request);
        QVERIFY(report.has(Blocker::NoSuitableTools));
        const QString error = report.errors.value(report.blockers.indexOf(Blocker::NoSuitableTools));
        QVERIFY2(error.contains(QStringLiteral("version 17 or newer")), qPrintable(error));
        QVERIFY2(error.contains(m_tools.dumpVersion.text()), qPrintable(error));
        QVERIFY2(error.contains(PgToolFinder::whereToGet(QStringLiteral("17"))), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("postgresql-client-17")), qPrintable(error));
        QVERIFY(!m_env.localDatabaseExists(QStringLiteral("from17")));
    }

    // The pre-flight passed when the server still ran 15, and it was upgraded since: the job finds
    // out before it creates anything, with the same advice.
    void pullStopsBeforeMakingAnything()
    {
        TransferSpec spec;
        spec.direction = TransferSpec::Direction::Pull;
        spec.source = m_shop17;
        spec.target = m_env.local(QStringLiteral("from17"));
        spec.tools = m_tools;
        spec.createTarget = true;
        spec.workDir = m_workDir.path();
        TransferJob job(spec);
        const transfertest::JobRun r = transfertest::runJob(job);
        QVERIFY(r.finished);
        QCOMPARE(r.outcome.status, TransferOutcome::Status::Failed);
        QVERIFY(r.outcome.versionMismatch);
        QVERIFY(!r.outcome.targetCreated);
        QVERIFY2(r.outcome.message.contains(QStringLiteral("PostgreSQL 17 client programs")),
                 qPrintable(r.outcome.message));
        QVERIFY2(r.outcome.message.contains(QStringLiteral("postgresql-client-17")), qPrintable(r.outcome.message));
        QVERIFY(!m_env.localDatabaseExists(QStringLiteral("from17")));
        QVERIFY(QDir(m_workDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        // pg_dump never ran.
        QVERIFY2(!r.log.join(QLatin1Char('\n')).contains(QStringLiteral("pg_dump:")), qPrintable(r.log.join('\n')));
    }

    // pg_dump 15 dumps the local 15 server; pg_restore 15 restores into 17.
    void pushFrom15Into17()
    {
        QString error;
        QVERIFY2(m_env.localQuery(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE local15"), &error),
                 qPrintable(error));
        QVERIFY2(m_env.localQuery(QStringLiteral("local15"),
                                  QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, label text, data jsonb); "
                                                 "INSERT INTO items SELECT g, 'item ' || g, jsonb_build_object('g', g) "
                                                 "FROM generate_series(1, 20000) AS g; "
                                                 "CREATE SCHEMA sales; CREATE TABLE sales.orders (id bigserial "
                                                 "PRIMARY KEY, item int REFERENCES items (id)); INSERT INTO "
                                                 "sales.orders (item) SELECT 1 + g % 20000 FROM generate_series(1, "
                                                 "5000) AS g"),
                                  &error),
                 qPrintable(error));
        TransferSpec spec;
        spec.direction = TransferSpec::Direction::Push;
        spec.source = m_env.local(QStringLiteral("local15"));
        spec.target = m_blank17;
        spec.tools = m_tools;
        spec.workDir = m_workDir.path();
        const auto inventory = PgQuery::runBlocking(spec.source, TransferInventory::statements());
        QVERIFY2(inventory.ok, qPrintable(inventory.error));
        spec.inventory = TransferInventory::fromResult(inventory);
        TransferPreflight::Request request;
        request.direction = TransferSpec::Direction::Push;
        request.source = spec.source;
        request.target = spec.target;
        request.sourceLabel = QStringLiteral("local15");
        request.targetLabel = QStringLiteral("blank17::DATABASE");
        const PreflightReport report = transfertest::runPreflight(request);
        QVERIFY2(!report.has(Blocker::NoSuitableTools), qPrintable(report.errors.join('\n')));
        TransferJob job(spec);
        const transfertest::JobRun r = transfertest::runJob(job);
        QVERIFY2(r.outcome.status == TransferOutcome::Status::Succeeded, qPrintable(r.outcome.message));
        const auto sums = TransferTestEnv::checksums(spec.source, &error);
        QVERIFY2(!sums.isEmpty(), qPrintable(error));
        QCOMPARE(sums.value(QStringLiteral("public.items")).section(QLatin1Char(':'), 0, 0), QStringLiteral("20000"));
        QCOMPARE(TransferTestEnv::checksums(m_blank17, &error), sums);
        const auto version = TransferTestEnv::query(m_blank17, QStringLiteral("SHOW server_version_num"), &error);
        QVERIFY2(version, qPrintable(error));
        QCOMPARE(version->value(0).value(0).left(2), QStringLiteral("17"));
    }
};

QTEST_MAIN(TestNewerServer)
#include "testnewerserver.moc"
