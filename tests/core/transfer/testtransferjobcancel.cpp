// TransferJob's cancel with stand-in programs (shell scripts, no database): a cancel that lands
// while the programs are still starting ends at once and waits only for the job's own process
// tree; a worker of our program that outlives its leader is waited for. Nothing here may signal a
// process the test did not start, even on code that gets the tree wrong: the kill timeout is an
// hour in every test, so the job never kills workers (the kill itself: testprocesstree). Parallel
// transfers: the dump folders a crash left behind, and a job destroyed in the middle of a dump.

#include "core/transfer/processtree.h"
#include "core/transfer/transferjob.h"
#include "core/transfer/transferworkdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hpg;

class TestTransferJobCancel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList transferFolders(const QString &base)
    {
        return QDir(base).entryList({ QStringLiteral("hpgdesk-transfer-*") }, QDir::Dirs | QDir::Hidden);
    }

    QString script(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + body);
        file.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    TransferSpec spec(const QString &pgDump, const QString &pgRestore)
    {
        TransferSpec spec;
        spec.direction = TransferSpec::Direction::Pull;
        spec.mode = TransferSpec::Mode::Stream;
        spec.source = *ConnInfo::fromUrl(QStringLiteral("postgres://u:secret@127.0.0.1:1/source"));
        spec.target = *ConnInfo::fromUrl(QStringLiteral("postgres://u@127.0.0.1:1/target"));
        spec.tools.pgDump = pgDump;
        spec.tools.pgRestore = pgRestore;
        spec.createTarget = false;
        return spec;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cancelWhileStartingWaitsOnlyForItsOwnTree()
    {
        const QString sleeper = script(QStringLiteral("sleeper"), "exec sleep 60\n");
        TransferJob job(spec(sleeper, sleeper));
        // An hour: were the job to take processes outside its tree for its workers, it would wait
        // for them (and this test fail) long before it could kill any of them.
        job.setKillTimeout(3600 * 1000);
        QSignalSpy finished(&job, &TransferJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        job.cancel(); // the programs are forked but not yet reported as started
        QVERIFY2(finished.wait(15000), "the cancel waited for processes outside the job's tree");
        QCOMPARE(finished.first().at(0).value<TransferOutcome>().status, TransferOutcome::Status::Cancelled);
    }

    void theCancelWaitsForTheWorkersOfItsProgram()
    {
        // pg_dump -j style: the leader stops on SIGTERM, its worker (which ignores SIGTERM) ends
        // a little later on its own. The job ends only after the worker. The kill timeout is an
        // hour here too: whatever the job took for its workers, it never signals them in this test.
        const QString marker = m_dir.filePath(QStringLiteral("worker.pid"));
        const QString leader
            = script(QStringLiteral("leader"),
                     "sh -c \"trap '' TERM; exec sleep 3\" &\necho $! > '" + marker.toUtf8() + "'\nwait\n");
        const QString sleeper = script(QStringLiteral("sleeper2"), "exec sleep 60\n");
        TransferJob job(spec(leader, sleeper));
        job.setKillTimeout(3600 * 1000);
        bool workerAliveAtTheEnd = true;
        ProcessTree::Process worker;
        QSignalSpy finished(&job, &TransferJob::finished);
        connect(&job, &TransferJob::finished, this,
                [&] { workerAliveAtTheEnd = worker.pid > 0 && ProcessTree::isAlive(worker); });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile(marker).size() > 0, 10000);
        QFile file(marker);
        QVERIFY(file.open(QIODevice::ReadOnly));
        worker = ProcessTree::find(file.readAll().trimmed().toLongLong());
        QVERIFY(worker.pid > 0);
        job.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).value<TransferOutcome>().status, TransferOutcome::Status::Cancelled);
        QVERIFY2(!workerAliveAtTheEnd, "the job ended while its program's worker still ran");
        QVERIFY(job.log().filter(QStringLiteral("worker process")).isEmpty()); // none killed
    }

    // A parallel transfer removes the dump folders that a crashed or killed transfer left
    // behind (their process is gone), never one whose process runs, and its own on failure.
    void aParallelTransferRemovesWhatACrashedOneLeft()
    {
        const QString base = m_dir.filePath(QStringLiteral("crashed"));
        QVERIFY(QDir().mkpath(base));
        QProcess gone;
        gone.start(QStringLiteral("sleep"), { QStringLiteral("60") });
        QVERIFY(gone.waitForStarted());
        const ProcessTree::Process crashed = ProcessTree::find(gone.processId());
        QVERIFY(crashed.pid > 0);
        gone.kill();
        QVERIFY(gone.waitForFinished());
        QString stalePath;
        {
            TransferWorkDir stale(base, crashed);
            QVERIFY(stale.isValid());
            QFile data(stale.filePath(QStringLiteral("4242.dat")));
            QVERIFY(data.open(QIODevice::WriteOnly));
            data.write("a copy of the database");
            stale.keepForTest(); // as a crash would
            stalePath = stale.path();
        }
        TransferWorkDir running(base); // this process: alive
        QVERIFY(running.isValid());

        TransferSpec s = spec(script(QStringLiteral("dumpfails"), "echo 'pg_dump: error: no' >&2\nexit 1\n"),
                              script(QStringLiteral("restoreok"), "exit 0\n"));
        s.mode = TransferSpec::Mode::Parallel;
        s.workDir = base;
        TransferJob job(s);
        job.setKillTimeout(3600 * 1000);
        QSignalSpy finished(&job, &TransferJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.first().at(0).value<TransferOutcome>().status, TransferOutcome::Status::Failed);
        QVERIFY2(!QFileInfo::exists(stalePath), "a crashed transfer's dump folder was left in place");
        QVERIFY(QFileInfo::exists(running.path()));
        QCOMPARE(transferFolders(base), QStringList { QFileInfo(running.path()).fileName() }); // its own is gone
        QVERIFY(!job.log().filter(QStringLiteral("Removed 1 temporary folder")).isEmpty());
    }

    // A parallel transfer makes its folder on a worker thread: cancelled before that is done,
    // it ends without starting pg_dump, and leaves no folder behind.
    void cancelWhileTheFolderIsMadeStartsNothing()
    {
        const QString base = m_dir.filePath(QStringLiteral("preparing"));
        QVERIFY(QDir().mkpath(base));
        const QString marker = m_dir.filePath(QStringLiteral("dump-started"));
        TransferSpec s = spec(script(QStringLiteral("dumpmarks"), "touch '" + marker.toUtf8() + "'\nexec sleep 60\n"),
                              script(QStringLiteral("restoreok3"), "exit 0\n"));
        s.mode = TransferSpec::Mode::Parallel;
        s.workDir = base;
        TransferJob job(s);
        QSignalSpy finished(&job, &TransferJob::finished);
        job.start();
        job.cancel(); // the folder is still being made: no program runs yet
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).value<TransferOutcome>().status, TransferOutcome::Status::Cancelled);
        QVERIFY(job.log().filter(QStringLiteral("$ ")).isEmpty()); // no program was started
        QTest::qWait(300);
        QVERIFY(!QFileInfo::exists(marker));
        QTRY_COMPARE_WITH_TIMEOUT(transferFolders(base), QStringList(), 5000);
    }

    // A job destroyed in the middle of a parallel dump (the app quits) ends the workers of its
    // programs too, and its dump folder goes with it.
    void destroyingAJobEndsItsWorkersAndRemovesItsFolder()
    {
        const QString base = m_dir.filePath(QStringLiteral("destroyed"));
        QVERIFY(QDir().mkpath(base));
        const QString marker = m_dir.filePath(QStringLiteral("dumpworker.pid"));
        // A leader whose worker ignores SIGTERM and keeps writing into the dump folder.
        const QString leader = script(
            QStringLiteral("dumpleader"),
            "while [ $# -gt 0 ]; do [ \"$1\" = -f ] && d=$2; shift; done\nmkdir -p \"$d\"\n"
            "sh -c \"trap '' TERM; while :; do date > '$d/1.dat'; sleep 0.1; done\" >/dev/null 2>&1 &\necho $! > '"
                + marker.toUtf8() + "'\nwait\n");
        TransferSpec s = spec(leader, script(QStringLiteral("restoreok2"), "exit 0\n"));
        s.mode = TransferSpec::Mode::Parallel;
        s.workDir = base;
        auto job = std::make_unique<TransferJob>(s);
        job->setKillTimeout(3600 * 1000);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile(marker).size() > 0, 10000);
        QFile file(marker);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ProcessTree::Process worker = ProcessTree::find(file.readAll().trimmed().toLongLong());
        QVERIFY(worker.pid > 0);
        const auto cleanup = qScopeGuard([&] { ProcessTree::kill(worker); });
        QCOMPARE(transferFolders(base).size(), 1);
        job.reset();
        QTRY_VERIFY2_WITH_TIMEOUT(!ProcessTree::isAlive(worker), "the dump's worker outlived its job", 5000);
        QTest::qWait(300); // it wrote every 100 ms: nothing brings the folder back
        QCOMPARE(transferFolders(base), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTransferJobCancel)
#include "testtransferjobcancel.moc"
