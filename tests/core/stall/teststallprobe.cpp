// The stall probe (issue 18): a GUI thread held up inside a labelled operation is measured and named;
// nested labels count their own time; what is off costs nothing and reports nothing.
#include "core/stall/operationscope.h"
#include "core/stall/stallprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace hpg;

namespace {

// Keeps this thread busy (on a CPU) for `ms`.
void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    std::atomic<unsigned> sink = 0;
    while (t.elapsed() < ms)
        sink.fetch_add(1, std::memory_order_relaxed);
}

// Runs the event loop for `ms` without sleeping (QTest::qWait would add its own lateness).
void runLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

class TestStallProbe : public QObject
{
    Q_OBJECT
private slots:
    void offByDefault()
    {
        qunsetenv("HPG_STALL_PROBE");
        QVERIFY(!StallProbe::instance());
        QVERIFY(!StallProbe::startFromEnvironment());
        qputenv("HPG_STALL_PROBE", "0");
        QVERIFY(!StallProbe::startFromEnvironment());
        qunsetenv("HPG_STALL_PROBE");
        const OperationScope scope("nobody listens"); // harmless without a probe
    }

    void namesTheOperationThatHeldTheThread()
    {
        StallProbe probe(4);
        probe.start();
        QCOMPARE(StallProbe::instance(), &probe);
        runLoop(100);
        QTimer::singleShot(0, this, [] {
            const OperationScope outer("test: outer");
            spin(10);
            const OperationScope inner("test: inner work");
            spin(80);
        });
        runLoop(200);
        const StallProbe::Summary s = probe.summary();
        QVERIFY2(s.maxMs >= 70, qPrintable(probe.report()));
        QVERIFY(s.ticks > 10);
        QVERIFY(s.p99Ms <= s.maxMs);
        QVERIFY(s.over16 >= 1);
        // The inner scope holds most of the time: the stall is put on it, with its path.
        QCOMPARE(s.worstOperation, QStringLiteral("test: outer > test: inner work"));
        QVERIFY2(s.worst.first().cpuMs < 0 || s.worst.first().cpuMs > 5, qPrintable(probe.report()));
        bool innerListed = false;
        bool outerOwn = false;
        for (const StallProbe::Operation &op : s.operations) {
            if (op.label == QLatin1String("test: outer > test: inner work"))
                innerListed = op.maxMs >= 75;
            if (op.label == QLatin1String("test: outer"))
                outerOwn = op.maxMs >= 8 && op.maxMs < 75; // its own time, not the inner scope's
        }
        QVERIFY2(innerListed && outerOwn, qPrintable(probe.report()));
        QVERIFY(probe.report(QStringLiteral("case")).contains(QStringLiteral("stall probe (case)")));

        // reset() forgets.
        probe.reset();
        QCOMPARE(probe.summary().ticks, 0);
        QVERIFY(probe.summary().operations.isEmpty());
        runLoop(100);
        QVERIFY(probe.summary().worstOperation != QStringLiteral("test: outer > test: inner work"));
        probe.stop();
        QVERIFY(!StallProbe::instance());
    }

    void anUnlabelledStallNamesTheEvent()
    {
        StallProbe probe(4);
        probe.start();
        runLoop(50);
        QTimer::singleShot(0, this, [] { spin(60); });
        runLoop(150);
        const QString worst = probe.summary().worstOperation;
        QVERIFY2(worst.startsWith(QStringLiteral("unlabelled, in ")), qPrintable(probe.report()));
        probe.stop();
    }

    void aBlockedStallIsNeitherCpuNorWaitingForOne()
    {
        // A thread that sleeps (as one waiting for the disk) is late without using a CPU or waiting for one.
        if (StallProbe::threadQueuedNs() < 0)
            QSKIP("this system does not say how long a thread waits for a CPU");
        StallProbe probe(4);
        probe.start();
        runLoop(50);
        QTimer::singleShot(0, this, [] { QThread::msleep(80); });
        runLoop(150);
        const StallProbe::Summary s = probe.summary();
        QVERIFY2(s.maxMs >= 70, qPrintable(probe.report()));
        const StallProbe::Stall &worst = s.worst.first();
        QVERIFY2(worst.queuedMs >= 0 && worst.queuedMs < 40, qPrintable(probe.report()));
        QVERIFY2(worst.cpuMs < 40, qPrintable(probe.report()));
        QVERIFY(probe.report().contains(QStringLiteral("waiting for a CPU")));
        probe.stop();
    }

    void otherThreadsAreNotMeasured()
    {
        StallProbe probe(4);
        probe.start();
        runLoop(20);
        QThread *worker = QThread::create([] {
            const OperationScope scope("test: worker");
            spin(30);
        });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        runLoop(20);
        for (const StallProbe::Operation &op : probe.summary().operations)
            QVERIFY(op.label != QLatin1String("test: worker"));
        probe.stop();
    }

    void writesItsReportAtExitWhenAsked()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("stalls.txt"));
        qputenv("HPG_STALL_PROBE", file.toLocal8Bit());
        StallProbe *probe = StallProbe::startFromEnvironment();
        qunsetenv("HPG_STALL_PROBE");
        QVERIFY(probe);
        runLoop(30);
        QVERIFY(probe->dump(file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("stall probe: "));
        QVERIFY(!probe->dump(dir.filePath(QStringLiteral("no/such/dir/x.txt"))));
        delete probe;
        QVERIFY(!StallProbe::instance());
    }
};

QTEST_GUILESS_MAIN(TestStallProbe)
#include "teststallprobe.moc"
