// RowWriter against a real cluster: rate, resumable sequence, Connect-style writes, and
// surviving the database going away without losing count.

#include "pgtesthelpers.h"
#include "sandbox/pg/clustermanager.h"
#include "sandbox/pg/rowwriter.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hpg::sandbox;
using pgtest::connected;
using pgtest::connectUrl;
using pgtest::errorOf;

namespace {
const QString dbId = QStringLiteral("writer-db");
}

class TestRowWriter : public QObject
{
    Q_OBJECT

private:
    QString value(const QString &sql)
    {
        auto future = m_manager->query(dbId, sql);
        QString error;
        if (!pgtest::finish(future, error)) {
            qWarning("query failed: %s", qPrintable(error));
            return {};
        }
        const auto rows = future.result();
        return rows.isEmpty() || rows.first().isEmpty() ? QStringLiteral("") : rows.first().first();
    }
    qint64 number(const QString &sql) { return value(sql).toLongLong(); }

    QTemporaryDir m_stateDir;
    std::unique_ptr<ClusterManager> m_manager;
    PgEndpoint m_endpoint;

private slots:
    void initTestCase()
    {
        QVERIFY(m_stateDir.isValid());
        m_manager = std::make_unique<ClusterManager>(m_stateDir.path());
        QVERIFY2(m_manager->problem().isEmpty(), qPrintable(m_manager->problem()));
        auto future = m_manager->provision({ dbId, {}, {}, 50 });
        PG_FINISH(future);
        m_endpoint = future.result();
    }

    void writesAtTheConfiguredRateAndStops()
    {
        RowWriter writer;
        writer.setTarget(m_endpoint);
        writer.setDynoWrites(QStringLiteral("shop"), QStringLiteral("web.1"));
        writer.setRate(20);
        QSignalSpy connectedSpy(&writer, &RowWriter::connectedChanged);
        writer.start();
        QVERIFY(writer.isRunning());
        QVERIFY(connectedSpy.wait(10000));
        QCOMPARE(connectedSpy.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() > 0, 10000);
        const qint64 startRows = writer.rowsWritten();
        QTest::qWait(3000);
        const qint64 inThreeSeconds = writer.rowsWritten() - startRows;
        QVERIFY2(inThreeSeconds >= 45 && inThreeSeconds <= 75, qPrintable(QString::number(inThreeSeconds)));

        QElapsedTimer timer;
        timer.start();
        writer.stop();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!writer.isRunning());
        const qint64 rows = writer.rowsWritten();
        QTest::qWait(500);
        QCOMPARE(writer.rowsWritten(), rows);
        // Exactly the rows it counted, seq 1..n without a gap, the dyno's and app's names.
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM public.sandbox_dyno_writes")), rows);
        QCOMPARE(number(QStringLiteral("SELECT min(seq) FROM public.sandbox_dyno_writes")), 1);
        QCOMPARE(number(QStringLiteral("SELECT max(seq) FROM public.sandbox_dyno_writes")), writer.lastSeq());
        QCOMPARE(writer.lastSeq(), rows);
        QCOMPARE(value(QStringLiteral("SELECT string_agg(DISTINCT app || '/' || dyno, ',') FROM "
                                      "public.sandbox_dyno_writes")),
                 QStringLiteral("shop/web.1"));
        QVERIFY(writer.lastError().isEmpty());

        // It can start again, and continues the sequence.
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() > rows, 10000);
        writer.stop();
        QCOMPARE(number(QStringLiteral("SELECT min(seq) FROM public.sandbox_dyno_writes WHERE seq > %1").arg(rows)),
                 rows + 1);
    }

    void resumesAfterTheHighestSeq()
    {
        const qint64 before = number(QStringLiteral("SELECT max(seq) FROM public.sandbox_dyno_writes"));
        QVERIFY(before > 0);
        RowWriter writer;
        QVERIFY(writer.setTarget(m_endpoint.url())); // a URL works as well
        QVERIFY(!writer.setTarget(QStringLiteral("mysql://nope")));
        writer.setDynoWrites(QStringLiteral("shop"), QStringLiteral("worker.1"));
        writer.setRate(50);
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() >= 10, 10000);
        writer.stop();
        QCOMPARE(number(QStringLiteral("SELECT min(seq) FROM public.sandbox_dyno_writes WHERE dyno = 'worker.1'")),
                 before + 1);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM public.sandbox_dyno_writes WHERE dyno = 'worker.1'")),
                 writer.rowsWritten());
        QCOMPARE(writer.lastSeq(), before + writer.rowsWritten());
    }

    void survivesTheDatabaseGoingAway()
    {
        RowWriter writer;
        writer.setTarget(m_endpoint);
        writer.setDynoWrites(QStringLiteral("shop"), QStringLiteral("web.2"));
        writer.setRate(100);
        QSignalSpy errors(&writer, &RowWriter::errorOccurred);
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() > 20, 10000);

        // Sessions terminated (pg:killall): it reconnects.
        auto reset = m_manager->connectionReset(dbId);
        PG_FINISH(reset);
        QVERIFY(reset.result() >= 1);
        qint64 rows = writer.rowsWritten();
        QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() > rows + 20, 10000);

        // The server stops: it reports, retries, and stops promptly if asked to.
        auto stop = m_manager->stop(dbId);
        PG_FINISH(stop);
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!writer.isConnected(), 5000);
        QVERIFY(!writer.lastError().isEmpty());
        rows = writer.rowsWritten();
        QTest::qWait(1500);
        QCOMPARE(writer.rowsWritten(), rows);

        // It comes back on the same port: the writer continues on its own.
        auto start = m_manager->start(dbId);
        PG_FINISH(start);
        QCOMPARE(start.result().port, m_endpoint.port);
        QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() > rows + 20, 15000);
        QVERIFY(writer.isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(writer.lastError().isEmpty(), 5000);

        // pg:reset drops its table: it creates it again.
        auto wipe = m_manager->reset(dbId);
        PG_FINISH(wipe);
        QTRY_VERIFY_WITH_TIMEOUT(number(QStringLiteral("SELECT count(*) FROM public.sandbox_dyno_writes")) > 10, 15000);
        const qint64 beforeStop = writer.rowsWritten();
        writer.stop();
        // The sequence went on where it was (no seq reused), and nothing was counted that is not there.
        QCOMPARE(number(QStringLiteral("SELECT min(seq) FROM public.sandbox_dyno_writes")) > 20, true);
        QCOMPARE(number(QStringLiteral("SELECT max(seq) FROM public.sandbox_dyno_writes")), writer.lastSeq());
        QVERIFY(writer.rowsWritten() >= beforeStop);
    }

    void countsExactlyAcrossOutages()
    {
        RowWriter writer;
        writer.setTarget(m_endpoint);
        writer.setDynoWrites(QStringLiteral("exact"), QStringLiteral("web.1"));
        writer.setRate(200);
        writer.start();
        for (int i = 0; i < 3; ++i) {
            const qint64 rows = writer.rowsWritten();
            QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() > rows + 50, 15000);
            auto reset = m_manager->connectionReset(dbId);
            PG_FINISH(reset);
        }
        const qint64 rows = writer.rowsWritten();
        QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() > rows + 50, 15000);
        writer.stop();
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM public.sandbox_dyno_writes WHERE app = 'exact'")),
                 writer.rowsWritten());
    }

    void stopsPromptlyWhileTheDatabaseIsDown()
    {
        auto stop = m_manager->stop(dbId);
        PG_FINISH(stop);
        RowWriter writer;
        writer.setTarget(m_endpoint);
        QSignalSpy errors(&writer, &RowWriter::errorOccurred);
        writer.start();
        QVERIFY(errors.wait(10000));
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("connect")),
                 qPrintable(errors.first().first().toString()));
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        writer.stop();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(writer.rowsWritten(), 0);
        auto start = m_manager->start(dbId);
        PG_FINISH(start);
    }

    void writesLikeHerokuConnect()
    {
        RowWriter writer;
        QVERIFY(!writer.setConnectWrites(QStringLiteral("Bad\"Schema")));
        QVERIFY(writer.setConnectWrites(QStringLiteral("salesforce"), QStringLiteral("contact")));
        writer.setTarget(m_endpoint);
        writer.setRate(30);
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(writer.rowsWritten() >= 20, 10000);
        writer.stop();
        const qint64 rows = writer.rowsWritten();
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM salesforce.contact")), rows);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM salesforce._trigger_log")), rows);
        QCOMPARE(value(QStringLiteral("SELECT sfid FROM salesforce.contact ORDER BY id LIMIT 1")),
                 QStringLiteral("HC0000000000000001"));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM salesforce._trigger_log l JOIN salesforce.contact c "
                                       "ON c.id = l.record_id AND c.sfid = l.sfid WHERE l.table_name = 'contact' "
                                       "AND l.state = 'SUCCESS'")),
                 rows);
        // Resumes after the highest sfid.
        RowWriter again;
        again.setConnectWrites(QStringLiteral("salesforce"));
        again.setTarget(m_endpoint);
        again.setRate(50);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.rowsWritten() >= 5, 10000);
        again.stop();
        QCOMPARE(number(QStringLiteral("SELECT count(DISTINCT sfid) FROM salesforce.contact")),
                 rows + again.rowsWritten());
        QCOMPARE(again.lastSeq(), rows + again.rowsWritten());
    }

    void cleanupTestCase()
    {
        if (m_manager) {
            auto destroy = m_manager->destroy(dbId);
            PG_FINISH(destroy);
            m_manager.reset();
        }
    }
};

QTEST_GUILESS_MAIN(TestRowWriter)
#include "testrowwriter.moc"
