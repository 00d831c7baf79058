#include "core/transfer/transfermodeadvisor.h"

#include <QTest>

using namespace hpg;

class TestTransferModeAdvisor : public QObject
{
    Q_OBJECT

    static TransferInventory tables(const QList<qint64> &megabytes)
    {
        TransferInventory inventory;
        int i = 0;
        for (qint64 mb : megabytes)
            inventory.tables.append({ QStringLiteral("public"), QStringLiteral("t%1").arg(i++), mb * 1024 * 1024 });
        return inventory;
    }

private slots:
    void smallDatabasesStream()
    {
        const auto advice = TransferModeAdvisor::advise(tables({ 10, 10, 10 }), {}, 8, -1);
        QCOMPARE(advice.mode, TransferSpec::Mode::Stream);
        QVERIFY(!advice.reason.isEmpty());
    }

    void manyTablesAndCoresGoParallel()
    {
        const auto advice = TransferModeAdvisor::advise(tables({ 100, 100, 100, 100, 100, 100, 100, 100 }), {}, 8, -1);
        QCOMPARE(advice.mode, TransferSpec::Mode::Parallel);
        QCOMPARE(advice.jobs, 8);
        QVERIFY(advice.parallelCost < advice.streamCost);
    }

    void twoCoresGoParallelWithSeveralTables()
    {
        // Restoring is the slow half; two jobs restore two tables at once.
        const auto advice = TransferModeAdvisor::advise(tables({ 100, 100, 100, 100 }), {}, 2, -1);
        QCOMPARE(advice.mode, TransferSpec::Mode::Parallel);
        QCOMPARE(advice.jobs, 2);
        QVERIFY(advice.parallelCost < advice.streamCost);
    }

    void twoCoresAndOneLargeTableStream()
    {
        // The largest table bounds both halves: 70% of the data on one job.
        const auto advice = TransferModeAdvisor::advise(tables({ 700, 150, 150 }), {}, 2, -1);
        QCOMPARE(advice.mode, TransferSpec::Mode::Stream);
    }

    void fourCoresGoParallelWithSeveralTables()
    {
        const auto advice = TransferModeAdvisor::advise(tables({ 100, 100, 100, 100 }), {}, 4, -1);
        QCOMPARE(advice.mode, TransferSpec::Mode::Parallel);
        QCOMPARE(advice.jobs, 4);
        QVERIFY(advice.reason.contains(QStringLiteral("4 jobs")));
    }

    void oneCoreStreams()
    {
        const auto advice = TransferModeAdvisor::advise(tables({ 100, 100, 100, 100 }), {}, 1, -1);
        QCOMPARE(advice.mode, TransferSpec::Mode::Stream);
        QCOMPARE(advice.jobs, 1);
    }

    void oneBigTableStreams()
    {
        const auto advice = TransferModeAdvisor::advise(tables({ 900, 10, 10, 10, 10 }), {}, 8, -1);
        QCOMPARE(advice.mode, TransferSpec::Mode::Stream);
    }

    void excludedDataDoesNotCount()
    {
        const auto inventory = tables({ 300, 300, 300, 300, 300, 300 });
        QCOMPARE(TransferModeAdvisor::advise(inventory, {}, 8, -1).mode, TransferSpec::Mode::Parallel);
        QCOMPARE(TransferModeAdvisor::advise(inventory, { QStringLiteral("t*") }, 8, -1).mode,
                 TransferSpec::Mode::Stream);
    }

    void needsDiskSpaceForTheDump()
    {
        const auto inventory = tables({ 300, 300, 300, 300, 300, 300 });
        const auto advice = TransferModeAdvisor::advise(inventory, {}, 8, 100LL * 1024 * 1024);
        QCOMPARE(advice.mode, TransferSpec::Mode::Stream);
        QVERIFY(advice.reason.contains(QStringLiteral("disk space")));
    }
};

QTEST_GUILESS_MAIN(TestTransferModeAdvisor)
#include "testtransfermodeadvisor.moc"
