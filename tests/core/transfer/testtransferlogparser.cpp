#include "core/transfer/transferlogparser.h"

#include <QTest>

using hpg::TransferLogParser;
using Kind = TransferLogParser::Event::Kind;

class TestTransferLogParser : public QObject
{
    Q_OBJECT
private slots:
    void restoreLines()
    {
        auto e = TransferLogParser::parse(QStringLiteral("pg_restore: processing data for table \"public.orders\""));
        QCOMPARE(e.kind, Kind::TableStarted);
        QCOMPARE(e.schema, QStringLiteral("public"));
        QCOMPARE(e.name, QStringLiteral("orders"));

        e = TransferLogParser::parse(QStringLiteral("pg_restore: creating INDEX \"public.orders_customer_idx\""));
        QCOMPARE(e.kind, Kind::IndexStarted);
        QCOMPARE(e.name, QStringLiteral("orders_customer_idx"));

        e = TransferLogParser::parse(QStringLiteral("pg_restore: creating CONSTRAINT \"audit.events events_pkey\""));
        QCOMPARE(e.kind, Kind::IndexStarted);
        QCOMPARE(e.schema, QStringLiteral("audit"));
        QCOMPARE(e.name, QStringLiteral("events_pkey"));

        for (const char *line :
             { "pg_restore: creating FK CONSTRAINT \"public.orders orders_customer_id_fkey\"",
               "pg_restore: creating INDEX ATTACH \"public.measurements_low_k_idx\"",
               "pg_restore: executing SEQUENCE SET orders_id_seq", "pg_restore: creating TABLE \"public.big\"",
               "pg_restore: processing item 3380 ENCODING ENCODING" })
            QCOMPARE(TransferLogParser::parse(QString::fromUtf8(line)).kind, Kind::OtherStarted);
        QCOMPARE(TransferLogParser::parse(QStringLiteral("pg_restore: connecting to database for restore")).kind,
                 Kind::None);
    }

    void parallelLines()
    {
        auto e = TransferLogParser::parse(QStringLiteral("pg_restore: finished item 3373 TABLE DATA orders"));
        QCOMPARE(e.kind, Kind::ItemFinished);
        QCOMPARE(e.dumpId, 3373);
        QVERIFY(e.isTableData());
        QCOMPARE(e.name, QStringLiteral("orders"));
        e = TransferLogParser::parse(QStringLiteral("pg_restore: finished item 3224 CONSTRAINT b b_id_key"));
        QVERIFY(e.buildsIndex());
        QCOMPARE(e.name, QStringLiteral("b b_id_key"));
        e = TransferLogParser::parse(QStringLiteral("pg_restore: finished item 3227 INDEX ATTACH p1_id_idx"));
        QCOMPARE(e.kind, Kind::ItemFinished);
        QVERIFY(!e.buildsIndex());
        e = TransferLogParser::parse(QStringLiteral("pg_restore: finished item 3228 FK CONSTRAINT b b_id_fkey"));
        QVERIFY(!e.buildsIndex());
        e = TransferLogParser::parse(QStringLiteral("pg_dump: finished item 3374 TABLE DATA b"));
        QCOMPARE(e.kind, Kind::DumpItemFinished);
        QVERIFY(e.isTableData());
        e = TransferLogParser::parse(QStringLiteral("pg_dump: dumping contents of table \"s2.c\""));
        QCOMPARE(e.kind, Kind::DumpTableStarted);
        QCOMPARE(e.schema, QStringLiteral("s2"));
    }

    void problems()
    {
        // PostgreSQL 15 and older (error:) and 12's style without it.
        for (const char *line : { "pg_dump: error: server version: 16.1; pg_dump version: 15.20",
                                  "pg_dump: server version: 12.5; pg_dump version: 10.14",
                                  "pg_dump: detail: server version: 16.1; pg_dump version: 15.20" }) {
            const auto e = TransferLogParser::parse(QString::fromUtf8(line));
            QCOMPARE(e.kind, Kind::VersionMismatch);
            QVERIFY(!e.serverVersion.isEmpty());
            QVERIFY(!e.toolVersion.isEmpty());
        }
        auto e = TransferLogParser::parse(QStringLiteral("pg_restore: warning: errors ignored on restore: 3"));
        QCOMPARE(e.kind, Kind::ErrorsIgnored);
        QCOMPARE(e.count, 3);
        e = TransferLogParser::parse(QStringLiteral(
            "pg_restore: error: could not execute query: ERROR:  extension \"postgis\" is not available"));
        QCOMPARE(e.kind, Kind::Error);
        QCOMPARE(TransferLogParser::parse(QStringLiteral("something else: error: x")).kind, Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestTransferLogParser)
#include "testtransferlogparser.moc"
