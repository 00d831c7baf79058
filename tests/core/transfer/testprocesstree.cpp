// ProcessTree: the workers of our own child are found and may be signalled; pid 0, negative pids,
// this process, processes that are not our child and a pid now held by another program never are.
// Nothing here signals a process the test did not start, whatever ProcessTree does.

#include "core/transfer/processtree.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace hpg;

class TestProcessTree : public QObject
{
    Q_OBJECT

private slots:
    void refusesPidZeroAndBelow()
    {
        QVERIFY(ProcessTree::descendants(0).isEmpty()); // pid 0 is the root of every process
        QVERIFY(ProcessTree::descendants(-1).isEmpty());
        QVERIFY(!ProcessTree::isChildOfThisProcess(0));
        QVERIFY(!ProcessTree::isChildOfThisProcess(-1));
        QVERIFY(!ProcessTree::maySignal({ 0, 0 }));
        QVERIFY(!ProcessTree::maySignal({ -1, 0 }));
        QVERIFY(!ProcessTree::maySignal(ProcessTree::find(0)));
        QVERIFY(!ProcessTree::maySignal(ProcessTree::find(-1)));
    }

    void refusesProcessesThatAreNotOurChild()
    {
        const qint64 self = QCoreApplication::applicationPid();
        QVERIFY(ProcessTree::descendants(self).isEmpty());
        QVERIFY(!ProcessTree::maySignal(ProcessTree::find(self)));
        QVERIFY(ProcessTree::descendants(1).isEmpty());
        QVERIFY(ProcessTree::descendants(qint64(::getppid())).isEmpty());
        QVERIFY(!ProcessTree::isChildOfThisProcess(qint64(::getppid())));
    }

    void findsAndStopsTheWorkersOfOurChild()
    {
        QProcess leader;
        leader.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("sleep 60 & echo $!; wait") });
        QVERIFY(leader.waitForStarted(10000));
        QVERIFY(leader.waitForReadyRead(10000));
        const qint64 workerPid = leader.readLine().trimmed().toLongLong();
        QVERIFY(workerPid > 0);

        QVERIFY(ProcessTree::isChildOfThisProcess(leader.processId()));
        const QList<ProcessTree::Process> workers = ProcessTree::descendants(leader.processId());
        QCOMPARE(workers.size(), 1);
        QCOMPARE(workers.first().pid, workerPid);
        QVERIFY(ProcessTree::isAlive(workers.first()));
        QVERIFY(ProcessTree::maySignal(workers.first()));
        // The same pid with another start time is another program now: left alone.
        QVERIFY(!ProcessTree::maySignal({ workerPid, workers.first().startTime + 1 }));

        ProcessTree::kill(workers.first());
        QTRY_VERIFY_WITH_TIMEOUT(!ProcessTree::isAlive(workers.first()), 10000);
        QVERIFY(!ProcessTree::maySignal(workers.first()));
        // The leader's wait returns: it ends on its own.
        QTRY_COMPARE_WITH_TIMEOUT(leader.state(), QProcess::NotRunning, 10000);
    }
};

QTEST_GUILESS_MAIN(TestProcessTree)
#include "testprocesstree.moc"
