// TransferJob against a real sandbox database ("Heroku") and a real local PostgreSQL server:
// pull and push in both modes give the same rows and per-table checksums as the source, an
// existing local database and a non-empty Heroku database are refused, cancel stops both programs
// and leaves no half-made database unless it is kept, a pg_dump that refuses the server's version
// is reported with the fix.

#include "core/transfer/pgtoolfinder.h"
#include "core/transfer/transferjob.h"
#include "core/transfer/transferpreflight.h"
#include "transfertestenv.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace hpg;
using transfertest::TransferTestEnv;

class TestTransferJob : public QObject
{
    Q_OBJECT

private:
    using Run = transfertest::JobRun;

    Run run(TransferJob &job, std::function<void(TransferJob &, const TransferProgress &)> onProgress = {},
            std::function<void(TransferJob &, const QString &)> onLine = {})
    {
        return transfertest::runJob(job, onProgress, onLine);
    }

    TransferSpec pullSpec(const QString &localName, TransferSpec::Mode mode = TransferSpec::Mode::Stream)
    {
        TransferSpec spec;
        spec.direction = TransferSpec::Direction::Pull;
        spec.mode = mode;
        spec.jobs = mode == TransferSpec::Mode::Parallel ? 2 : 1;
        spec.source = m_shop;
        spec.target = m_env.local(localName);
        spec.tools = m_tools;
        spec.createTarget = true;
        spec.inventory = m_inventory;
        spec.workDir = m_workDir.path();
        return spec;
    }

    void verifyNoSecrets(const QStringList &log)
    {
        for (const QString &line : log) {
            QVERIFY2(!line.contains(m_shop.password()), "the Heroku password reached the log");
            QVERIFY2(!line.contains(m_env.localPassword()), "the local password reached the log");
        }
    }

    TransferTestEnv m_env;
    ConnInfo m_shop;
    ConnInfo m_blank;
    PgToolInstall m_tools;
    TransferInventory m_inventory;
    QMap<QString, QString> m_shopSums;
    QTemporaryDir m_workDir;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.startShop(&m_shop, &m_blank, &error), qPrintable(error));
        m_tools = TransferTestEnv::tools(&error);
        QVERIFY2(m_tools.isUsable(), qPrintable(error));
        const auto result = PgQuery::runBlocking(m_shop, TransferInventory::statements());
        QVERIFY2(result.ok, qPrintable(result.error));
        m_inventory = TransferInventory::fromResult(result);
        m_shopSums = TransferTestEnv::checksums(m_shop, &error);
        QVERIFY2(!m_shopSums.isEmpty(), qPrintable(error));
        QCOMPARE(m_shopSums.value(QStringLiteral("public.big")).section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("300000"));
    }

    void pullStreamCopiesEveryRow()
    {
        TransferJob job(pullSpec(QStringLiteral("pulled_stream")));
        const Run r = run(job);
        QVERIFY(r.finished);
        QVERIFY2(r.outcome.status == TransferOutcome::Status::Succeeded, qPrintable(r.outcome.message));
        QVERIFY(r.outcome.targetCreated);
        QVERIFY(r.outcome.warnings.isEmpty());
        QString error;
        QCOMPARE(TransferTestEnv::checksums(m_env.local(QStringLiteral("pulled_stream")), &error), m_shopSums);

        // Progress came from the real work: totals from the catalog, counts from pg_restore.
        QVERIFY(!r.progress.isEmpty());
        const TransferProgress last = r.progress.last();
        QCOMPARE(last.phase, TransferProgress::Phase::Finished);
        // customers, orders, audit.events, the two partitions of measurements, big
        QCOMPARE(last.tablesTotal, 6);
        QCOMPARE(last.tablesDone, last.tablesTotal);
        QCOMPARE(last.indexesDone, last.indexesTotal);
        QCOMPARE(last.indexesTotal, 10); // 3 on customers, 2 on orders, events, 3 on measurements, big
        QCOMPARE(last.fraction, 1.0);
        bool sawPartial = false;
        for (const TransferProgress &p : r.progress) {
            if (p.tablesDone > 0 && p.tablesDone < p.tablesTotal)
                sawPartial = true;
        }
        QVERIFY(sawPartial);
        QVERIFY(r.log.contains(QStringLiteral("pg_restore: processing data for table \"public.big\"")));
        // The CLI's flags; the passwords only in the environment.
        const QString dumpLine = r.log.filter(QStringLiteral("$ pg_dump")).value(0);
        QVERIFY2(dumpLine.contains(QStringLiteral("--verbose -F c -Z 0 -N _heroku")), qPrintable(dumpLine));
        const QString restoreLine = r.log.filter(QStringLiteral("$ pg_restore")).value(0);
        QVERIFY2(restoreLine.contains(QStringLiteral("--no-acl --no-owner")), qPrintable(restoreLine));
        verifyNoSecrets(r.log);
    }

    void pullParallelCopiesEveryRow()
    {
        TransferJob job(pullSpec(QStringLiteral("pulled_parallel"), TransferSpec::Mode::Parallel));
        const Run r = run(job);
        QVERIFY(r.finished);
        QVERIFY2(r.outcome.status == TransferOutcome::Status::Succeeded, qPrintable(r.outcome.message));
        QString error;
        QCOMPARE(TransferTestEnv::checksums(m_env.local(QStringLiteral("pulled_parallel")), &error), m_shopSums);
        const QString dumpLine = r.log.filter(QStringLiteral("$ pg_dump")).value(0);
        QVERIFY2(dumpLine.contains(QStringLiteral("-F d -Z 0 -j 2 --no-sync -N _heroku")), qPrintable(dumpLine));
        QVERIFY(r.log.filter(QStringLiteral("$ pg_restore")).value(0).contains(QStringLiteral("-F d -j 2")));
        // createdb ran beside the dump: pg_dump started before the database was there, pg_restore after.
        const auto at = [&r](const QString &text) {
            for (qsizetype i = 0; i < r.log.size(); ++i) {
                if (r.log.at(i).contains(text))
                    return i;
            }
            return qsizetype(-1);
        };
        QVERIFY(at(QStringLiteral("$ createdb")) >= 0);
        QVERIFY2(at(QStringLiteral("$ pg_dump")) < at(QStringLiteral("Created the local database")),
                 qPrintable(r.log.join(QLatin1Char('\n')).left(3000)));
        QVERIFY(at(QStringLiteral("Created the local database")) < at(QStringLiteral("$ pg_restore")));
        QVERIFY(r.outcome.targetCreated);
        // Both phases were reported, with bytes, and the dump directory is gone.
        bool dumped = false;
        bool restored = false;
        for (const TransferProgress &p : r.progress) {
            dumped = dumped || p.phase == TransferProgress::Phase::Dumping;
            restored = restored
                || (p.phase == TransferProgress::Phase::Restoring
                    || p.phase == TransferProgress::Phase::BuildingIndexes);
        }
        QVERIFY(dumped);
        QVERIFY(restored);
        QCOMPARE(r.progress.last().tablesDone, 6);
        QCOMPARE(r.progress.last().indexesDone, 10);
        QVERIFY(r.outcome.bytes > 20 * 1000 * 1000);
        QVERIFY(QDir(m_workDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        verifyNoSecrets(r.log);
    }

    void pullExcludesTableData()
    {
        TransferSpec spec = pullSpec(QStringLiteral("pulled_excluding"));
        spec.excludeTableData = { QStringLiteral("big"), QStringLiteral("audit.events") };
        TransferJob job(spec);
        const Run r = run(job);
        QVERIFY2(r.outcome.status == TransferOutcome::Status::Succeeded, qPrintable(r.outcome.message));
        QVERIFY(r.log.filter(QStringLiteral("$ pg_dump"))
                    .value(0)
                    .contains(QStringLiteral("--exclude-table-data=big --exclude-table-data=audit.events")));
        QString error;
        const auto sums = TransferTestEnv::checksums(m_env.local(QStringLiteral("pulled_excluding")), &error);
        QCOMPARE(sums.value(QStringLiteral("public.big")), QStringLiteral("0:-"));
        QCOMPARE(sums.value(QStringLiteral("audit.events")), QStringLiteral("0:-"));
        QCOMPARE(sums.value(QStringLiteral("public.orders")), m_shopSums.value(QStringLiteral("public.orders")));
        QCOMPARE(r.progress.last().tablesTotal, 4);
    }

    void pullRefusesAnExistingDatabase()
    {
        QString error;
        const auto before = TransferTestEnv::checksums(m_env.local(QStringLiteral("pulled_stream")), &error);
        TransferJob job(pullSpec(QStringLiteral("pulled_stream")));
        const Run r = run(job);
        QCOMPARE(r.outcome.status, TransferOutcome::Status::Failed);
        QVERIFY2(r.outcome.message.contains(QStringLiteral("pulled_stream")), qPrintable(r.outcome.message));
        QVERIFY2(r.outcome.message.contains(QStringLiteral("already exists")), qPrintable(r.outcome.message));
        QVERIFY(!r.outcome.targetCreated);
        QVERIFY(r.log.filter(QStringLiteral("$ pg_dump")).isEmpty());
        // Nothing was touched, and a drop is refused: hpgdesk did not create that database.
        QCOMPARE(TransferTestEnv::checksums(m_env.local(QStringLiteral("pulled_stream")), &error), before);
        QSignalSpy dropped(&job, &TransferJob::dropFinished);
        job.dropTarget();
        QVERIFY(dropped.wait(10000));
        QCOMPARE(dropped.first().at(0).toBool(), false);
        QVERIFY(m_env.localDatabaseExists(QStringLiteral("pulled_stream")));
    }

    // In parallel mode createdb runs beside pg_dump: its refusal stops the dump, and nothing is restored.
    void parallelPullRefusesAnExistingDatabaseWhileDumping()
    {
        QString error;
        const auto before = TransferTestEnv::checksums(m_env.local(QStringLiteral("pulled_stream")), &error);
        TransferJob job(pullSpec(QStringLiteral("pulled_stream"), TransferSpec::Mode::Parallel));
        const Run r = run(job);
        QCOMPARE(r.outcome.status, TransferOutcome::Status::Failed);
        QVERIFY2(r.outcome.message.contains(QStringLiteral("already exists")), qPrintable(r.outcome.message));
        QVERIFY(!r.outcome.targetCreated);
        QCOMPARE(r.log.filter(QStringLiteral("$ pg_dump")).size(), 1);
        QVERIFY(r.log.filter(QStringLiteral("$ pg_restore")).isEmpty());
        QVERIFY(programsFor({ m_shop.database(), QStringLiteral("pulled_stream") }).isEmpty());
        QCOMPARE(TransferTestEnv::checksums(m_env.local(QStringLiteral("pulled_stream")), &error), before);
        QVERIFY(QDir(m_workDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    // pg_dump fails (a wrong password) while createdb runs: the job waits for createdb, so the
    // database it made is known, reported and can be dropped.
    void parallelPullKnowsTheDatabaseItMadeWhenTheDumpFails()
    {
        TransferSpec spec = pullSpec(QStringLiteral("failed_dump"), TransferSpec::Mode::Parallel);
        spec.source.setPassword(QStringLiteral("not-the-password"));
        TransferJob job(spec);
        const Run r = run(job);
        QCOMPARE(r.outcome.status, TransferOutcome::Status::Failed);
        QVERIFY2(r.outcome.message.contains(QStringLiteral("pg_dump")), qPrintable(r.outcome.message));
        QVERIFY(r.log.filter(QStringLiteral("$ pg_restore")).isEmpty());
        QCOMPARE(r.outcome.targetCreated, m_env.localDatabaseExists(QStringLiteral("failed_dump")));
        QVERIFY(r.outcome.targetCreated); // createdb succeeds: the local server is fine
        QSignalSpy dropped(&job, &TransferJob::dropFinished);
        job.dropTarget();
        QVERIFY(dropped.wait(30000));
        QVERIFY2(dropped.first().at(0).toBool(), qPrintable(dropped.first().at(1).toString()));
        QVERIFY(!m_env.localDatabaseExists(QStringLiteral("failed_dump")));
        QVERIFY(QDir(m_workDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void pushIntoAnEmptyDatabase()
    {
        TransferSpec spec;
        spec.direction = TransferSpec::Direction::Push;
        spec.source = m_env.local(QStringLiteral("pulled_stream"));
        spec.target = m_blank;
        spec.tools = m_tools;
        const auto inventory = PgQuery::runBlocking(spec.source, TransferInventory::statements());
        spec.inventory = TransferInventory::fromResult(inventory);
        TransferJob job(spec);
        const Run r = run(job);
        QVERIFY2(r.outcome.status == TransferOutcome::Status::Succeeded, qPrintable(r.outcome.message));
        QVERIFY(!r.outcome.targetCreated);
        QString error;
        QCOMPARE(TransferTestEnv::checksums(m_blank, &error), m_shopSums);
        verifyNoSecrets(r.log);
        QVERIFY(!r.log.join(QLatin1Char('\n')).contains(m_blank.password()));
    }

    void pushRefusesANonEmptyDatabase()
    {
        TransferSpec spec;
        spec.direction = TransferSpec::Direction::Push;
        spec.source = m_env.local(QStringLiteral("pulled_excluding"));
        spec.target = m_shop;
        spec.tools = m_tools;
        TransferJob job(spec);
        const Run r = run(job);
        QCOMPARE(r.outcome.status, TransferOutcome::Status::Failed);
        QVERIFY2(r.outcome.message.contains(QStringLiteral("not empty")), qPrintable(r.outcome.message));
        QVERIFY(r.log.filter(QStringLiteral("$ pg_restore")).isEmpty());
        QString error;
        QCOMPARE(TransferTestEnv::checksums(m_shop, &error), m_shopSums);
    }

    void cancelStopsBothProgramsAndDropsTheHalfMadeDatabase()
    {
        TransferJob job(pullSpec(QStringLiteral("cancelled_pull")));
        job.setKillTimeout(10000);
        QStringList running;
        const QStringList names { m_shop.database(), QStringLiteral("cancelled_pull") };
        const Run r = run(job, {}, [&running, names](TransferJob &j, const QString &line) {
            if (line.contains(QStringLiteral("processing data for table \"public.big\"")) && !j.isCancelling()) {
                running = programsFor(names);
                j.cancel();
            }
        });
        QCOMPARE(r.outcome.status, TransferOutcome::Status::Cancelled);
        QVERIFY(r.outcome.targetCreated);
        QCOMPARE(running.size(), 2); // pg_dump and pg_restore were both running when cancelled
        QVERIFY2(programsFor(names).isEmpty(), "a program is still running");
        QVERIFY(!r.log.filter(QStringLiteral("did not stop in time")).size());
        QVERIFY(m_env.localDatabaseExists(QStringLiteral("cancelled_pull")));

        QSignalSpy dropped(&job, &TransferJob::dropFinished);
        job.dropTarget();
        QVERIFY(dropped.wait(30000));
        QVERIFY2(dropped.first().at(0).toBool(), qPrintable(dropped.first().at(1).toString()));
        QVERIFY(!m_env.localDatabaseExists(QStringLiteral("cancelled_pull")));
    }

    void cancelCanKeepTheHalfMadeDatabase()
    {
        TransferJob job(pullSpec(QStringLiteral("kept_pull"), TransferSpec::Mode::Parallel));
        const Run r = run(job, {}, [](TransferJob &j, const QString &line) {
            if (line.contains(QStringLiteral("dumping contents of table \"public.big\"")))
                j.cancel();
        });
        QCOMPARE(r.outcome.status, TransferOutcome::Status::Cancelled);
        QVERIFY(r.outcome.targetCreated);
        QVERIFY(programsFor({ m_shop.database(), QStringLiteral("kept_pull") }).isEmpty());
        // Kept: it is still there (empty: the restore never began), and the dump directory is gone.
        QVERIFY(m_env.localDatabaseExists(QStringLiteral("kept_pull")));
        QVERIFY(QDir(m_workDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void reportsAPgDumpOlderThanTheServer()
    {
        // A stand-in for an old pg_dump (only for this check): it answers like pg_dump 10 does.
        QTemporaryDir fake;
        const QString script = fake.filePath(QStringLiteral("pg_dump"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n"
                   "echo 'pg_dump: server version: 15.20; pg_dump version: 10.14' >&2\n"
                   "echo 'pg_dump: aborting because of server version mismatch' >&2\n"
                   "exit 1\n");
        file.close();
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        TransferSpec spec = pullSpec(QStringLiteral("old_pg_dump"));
        spec.tools.pgDump = script;
        TransferJob job(spec);
        const Run r = run(job);
        QCOMPARE(r.outcome.status, TransferOutcome::Status::Failed);
        QVERIFY(r.outcome.versionMismatch);
        QVERIFY2(r.outcome.message.contains(QStringLiteral("PostgreSQL 15 client programs")),
                 qPrintable(r.outcome.message));
        QVERIFY2(r.outcome.message.contains(PgToolFinder::postgresAppBinDir()), qPrintable(r.outcome.message));
        QVERIFY2(r.outcome.message.contains(QStringLiteral("10.14")), qPrintable(r.outcome.message));
        // The half-made database can be dropped like after a cancel.
        QVERIFY(r.outcome.targetCreated);
        QSignalSpy dropped(&job, &TransferJob::dropFinished);
        job.dropTarget();
        QVERIFY(dropped.wait(30000));
        QVERIFY(!m_env.localDatabaseExists(QStringLiteral("old_pg_dump")));
    }

private:
    // The pg_dump / pg_restore processes whose command line names one of `databases`.
    static QStringList programsFor(const QStringList &databases)
    {
        QStringList found;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            bool isNumber = false;
            pid.toInt(&isNumber);
            if (!isNumber)
                continue;
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> arguments = cmdline.readAll().split('\0');
            const QString program = QString::fromUtf8(arguments.value(0));
            if ((program.endsWith(QLatin1String("pg_dump")) || program.endsWith(QLatin1String("pg_restore")))
                && std::any_of(databases.begin(), databases.end(),
                               [&](const QString &name) { return arguments.contains(name.toUtf8()); }))
                found.append(program);
        }
        return found;
    }
};

QTEST_GUILESS_MAIN(TestTransferJob)
#include "testtransferjob.moc"
