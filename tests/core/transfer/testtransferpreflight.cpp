// The checks before a transfer, against a real sandbox database and a real local server: the
// source's inventory, an existing local database and a non-empty Heroku database are refused, a
// pg_dump older than the server is detected and the message names the fix, a local user without
// CREATEDB and an unreachable server are reported.

#include "core/transfer/pgtoolfinder.h"
#include "core/transfer/transferpreflight.h"
#include "transfertestenv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hpg;
using transfertest::TransferTestEnv;
using Blocker = PreflightReport::Blocker;

class TestTransferPreflight : public QObject
{
    Q_OBJECT

    TransferTestEnv m_env;
    ConnInfo m_shop;
    ConnInfo m_blank;

    static PreflightReport check(const TransferPreflight::Request &request)
    {
        return transfertest::runPreflight(request);
    }

    TransferPreflight::Request pull(const QString &localName)
    {
        TransferPreflight::Request request;
        request.direction = TransferSpec::Direction::Pull;
        request.source = m_shop;
        request.target = m_env.local(localName);
        request.sourceLabel = QStringLiteral("shop::DATABASE");
        return request;
    }

    TransferPreflight::Request push(const QString &localName, const ConnInfo &target)
    {
        TransferPreflight::Request request;
        request.direction = TransferSpec::Direction::Push;
        request.source = m_env.local(localName);
        request.target = target;
        request.sourceLabel = localName;
        request.targetLabel = QStringLiteral("shop::DATABASE");
        return request;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.startShop(&m_shop, &m_blank, &error), qPrintable(error));
        QVERIFY2(m_env.localQuery(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE existing"), &error),
                 qPrintable(error));
    }

    void pullIntoANewDatabasePasses()
    {
        const PreflightReport report = check(pull(QStringLiteral("fresh")));
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(report.inventory.tables.size(), 6);
        QCOMPARE(report.inventory.indexes.size(), 10);
        QVERIFY(report.inventory.extensions.contains(QStringLiteral("pg_trgm")));
        QVERIFY(report.inventory.dataBytes({}) > 10 * 1000 * 1000);
        QCOMPARE(report.inventory.serverVersion / 10000, 15);
        QVERIFY(report.missingExtensions.isEmpty()); // the local server has pg_trgm too
        QVERIFY(report.warnings.isEmpty());
        QVERIFY(report.tools.isUsable());
        QVERIFY(report.tools.version().major() >= 15);
        QVERIFY(!report.advice.reason.isEmpty());
        QCOMPARE(report.targetServerVersion / 10000, 15);
    }

    void pullRefusesAnExistingDatabase()
    {
        const PreflightReport report = check(pull(QStringLiteral("existing")));
        QVERIFY(report.has(Blocker::TargetExists));
        QCOMPARE(report.blockers.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("existing")), qPrintable(report.errors.first()));
    }

    void pushRefusesANonEmptyDatabase()
    {
        PreflightReport report = check(push(QStringLiteral("existing"), m_shop));
        QVERIFY(report.has(Blocker::TargetNotEmpty));
        QCOMPARE(report.targetTables,
                 8); // pg_stat_user_tables, as the CLI counts: with the partitioned table and the view
        QVERIFY2(report.errors.first().contains(QStringLiteral("shop::DATABASE")), qPrintable(report.errors.first()));
        QVERIFY2(report.errors.first().contains(QStringLiteral("pg:reset")), qPrintable(report.errors.first()));
        report = check(push(QStringLiteral("existing"), m_blank));
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(report.targetTables, 0);
    }

    void detectsAPgDumpOlderThanTheServer()
    {
        // Stand-ins that answer --version like PostgreSQL 10's programs (only for this check).
        QTemporaryDir old;
        for (const char *program : { "pg_dump", "pg_restore" }) {
            QFile file(old.filePath(QString::fromLatin1(program)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("#!/bin/sh\necho '") + program + " (PostgreSQL) 10.14'\n");
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        TransferPreflight::Request request = pull(QStringLiteral("fresh"));
        request.toolDirs = { old.path() };
        const PreflightReport report = check(request);
        QVERIFY(report.has(Blocker::NoSuitableTools));
        const QString error = report.errors.value(report.blockers.indexOf(Blocker::NoSuitableTools));
        QVERIFY2(error.contains(QStringLiteral("10.14")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("version 15 or newer")), qPrintable(error));
        QVERIFY2(error.contains(PgToolFinder::postgresAppBinDir()), qPrintable(error));
        QCOMPARE(report.foundTools.size(), 1);
    }

    void reportsALocalUserWhoCannotCreateDatabases()
    {
        QString error;
        QVERIFY2(m_env.localQuery(QStringLiteral("postgres"),
                                  QStringLiteral("CREATE ROLE plain LOGIN PASSWORD 'plain-pw'; "
                                                 "GRANT CONNECT ON DATABASE postgres TO plain"),
                                  &error),
                 qPrintable(error));
        TransferPreflight::Request request = pull(QStringLiteral("fresh"));
        request.target.setUser(QStringLiteral("plain"));
        request.target.setPassword(QStringLiteral("plain-pw"));
        const PreflightReport report = check(request);
        QVERIFY2(report.has(Blocker::NoCreatePermission), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QVERIFY(report.errors.last().contains(QStringLiteral("CREATEDB")));
    }

    void reportsAServerThatCannotBeReached()
    {
        TransferPreflight::Request request = pull(QStringLiteral("fresh"));
        request.target.setPassword(QStringLiteral("wrong"));
        PreflightReport report = check(request);
        QVERIFY(report.has(Blocker::TargetUnreachable));
        QVERIFY2(report.errors.first().contains(QStringLiteral("password authentication failed")),
                 qPrintable(report.errors.first()));
        QVERIFY(!report.errors.first().contains(QStringLiteral("wrong")));
        request = pull(QStringLiteral("fresh"));
        request.source.setPassword(QStringLiteral("wrong"));
        report = check(request);
        QVERIFY(report.has(Blocker::SourceUnreachable));
        QVERIFY(report.errors.first().contains(QStringLiteral("shop::DATABASE")));
    }
};

QTEST_GUILESS_MAIN(TestTransferPreflight)
#include "testtransferpreflight.moc"
