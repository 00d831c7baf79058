#include "core/transfer/transferprogresstracker.h"

#include <QTest>

using namespace hpg;
using Phase = TransferProgress::Phase;

class TestTransferProgressTracker : public QObject
{
    Q_OBJECT

    static constexpr qint64 mb = 1000 * 1000;

    static TransferSpec spec(TransferSpec::Mode mode, int jobs = 1)
    {
        TransferSpec s;
        s.mode = mode;
        s.jobs = jobs;
        s.inventory.tables = { { "public", "a", 6 * mb }, { "public", "b", 3 * mb }, { "s2", "c", 1 * mb } };
        s.inventory.indexes = { { "public", "a_pkey", 2 * mb }, { "public", "b_id_key", 1 * mb } };
        return s;
    }
    static void feed(TransferProgressTracker &t, const char *line)
    {
        t.handle(TransferLogParser::parse(QString::fromUtf8(line)));
    }

private slots:
    void streamCountsTablesThenIndexes()
    {
        TransferProgressTracker t;
        t.setPlan(spec(TransferSpec::Mode::Stream));
        t.setPhase(Phase::Transferring, 0);
        auto p = t.progress(100);
        QCOMPARE(p.tablesTotal, 3);
        QCOMPARE(p.indexesTotal, 2);
        QCOMPARE(p.bytesEstimate, 10 * mb);
        QCOMPARE(p.remainingMs, -1);

        feed(t, "pg_restore: creating TABLE \"public.a\"");
        feed(t, "pg_restore: processing data for table \"public.a\"");
        QCOMPARE(t.progress(200).tablesDone, 0);
        QCOMPARE(t.progress(200).currentItem, QStringLiteral("public.a"));
        feed(t, "pg_restore: processing data for table \"public.b\"");
        QCOMPARE(t.progress(300).tablesDone, 1); // a ended when b began
        t.setDumpBytes(5 * mb);
        p = t.progress(4000);
        QVERIFY(p.fraction > 0.3 && p.fraction < 0.5);
        QVERIFY(p.remainingMs > 0); // after two seconds with something done
        QCOMPARE(p.bytes, 5 * mb);

        feed(t, "pg_restore: processing data for table \"s2.c\"");
        feed(t, "pg_restore: executing SEQUENCE SET a_id_seq");
        QCOMPARE(t.progress(500).tablesDone, 3);
        feed(t, "pg_restore: creating CONSTRAINT \"public.a a_pkey\"");
        QCOMPARE(t.phase(), Phase::BuildingIndexes);
        feed(t, "pg_restore: creating CONSTRAINT \"public.b b_id_key\"");
        QCOMPARE(t.progress(600).indexesDone, 1);
        t.finishAll();
        t.setPhase(Phase::Finished, 700);
        p = t.progress(700);
        QCOMPARE(p.indexesDone, 2);
        QCOMPARE(p.fraction, 1.0);
        QCOMPARE(p.remainingMs, 0);
    }

    void fractionGrowsWithBytes()
    {
        TransferProgressTracker t;
        t.setPlan(spec(TransferSpec::Mode::Stream));
        t.setPhase(Phase::Transferring, 0);
        double last = 0;
        for (qint64 bytes : { 1 * mb, 4 * mb, 9 * mb, 12 * mb }) { // beyond the estimate: it grows
            t.setDumpBytes(bytes);
            const auto p = t.progress(1000);
            QVERIFY(p.fraction >= last);
            QVERIFY(p.fraction < 1.0);
            QVERIFY(p.bytesEstimate >= p.bytes);
            last = p.fraction;
        }
    }

    void withoutByteCountsTheCatalogSizesCount()
    {
        TransferProgressTracker t;
        t.setPlan(spec(TransferSpec::Mode::Stream));
        t.setPhase(Phase::Transferring, 0);
        t.setDumpBytes(-1); // not Linux
        feed(t, "pg_restore: processing data for table \"public.a\"");
        feed(t, "pg_restore: processing data for table \"public.b\"");
        const auto p = t.progress(1000);
        QCOMPARE(p.bytes, -1);
        QVERIFY(p.fraction > 0.4); // a holds 60% of the data, which is most of the work
    }

    void parallelCountsFinishedItems()
    {
        TransferProgressTracker t;
        t.setPlan(spec(TransferSpec::Mode::Parallel, 2));
        t.setDataFileSize([](int dumpId) { return dumpId == 10 ? 4 * mb : 1 * mb; });
        t.setPhase(Phase::Dumping, 0);
        feed(t, "pg_dump: finished item 10 TABLE DATA a");
        t.setDumpBytes(4 * mb);
        auto p = t.progress(1000);
        QCOMPARE(p.tablesDone, 1);
        QCOMPARE(p.phase, Phase::Dumping);
        t.setDumpBytes(6 * mb);
        t.setPhase(Phase::Restoring, 2000);
        const double afterDump = t.progress(2000).fraction;
        QVERIFY(afterDump > 0.3 && afterDump < 0.6); // the dump is one of two passes
        feed(t, "pg_restore: processing data for table \"public.a\""); // a worker began a
        QCOMPARE(t.progress(2100).tablesDone, 0);
        feed(t, "pg_restore: finished item 10 TABLE DATA a");
        p = t.progress(2200);
        QCOMPARE(p.tablesDone, 1);
        QCOMPARE(p.bytes, 4 * mb);
        QVERIFY(p.fraction > afterDump);
        feed(t, "pg_restore: finished item 11 TABLE DATA b");
        feed(t, "pg_restore: finished item 12 TABLE DATA c");
        QCOMPARE(t.phase(), Phase::BuildingIndexes);
        feed(t, "pg_restore: finished item 20 CONSTRAINT a a_pkey");
        feed(t, "pg_restore: finished item 21 FK CONSTRAINT b b_fkey");
        QCOMPARE(t.progress(2300).indexesDone, 1);
    }
};

QTEST_GUILESS_MAIN(TestTransferProgressTracker)
#include "testtransferprogresstracker.moc"
