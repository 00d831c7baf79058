#include "core/transfer/transferinventory.h"

#include <QTest>

using hpg::TransferInventory;

class TestTransferInventory : public QObject
{
    Q_OBJECT

    static TransferInventory sample()
    {
        TransferInventory inventory;
        inventory.tables = { { "public", "orders", 1000 },
                             { "public", "Logs", 5000 },
                             { "audit", "events", 300 },
                             { "audit", "events_2024", 200 } };
        inventory.indexes = { { "public", "orders_pkey", 40 }, { "audit", "events_pkey", 20 } };
        return inventory;
    }

private slots:
    void matchesPatternsLikePgDump_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("matches");
        QTest::newRow("bare name in public") << "orders"
                                             << "public"
                                             << "orders" << true;
        QTest::newRow("bare name elsewhere") << "events"
                                             << "audit"
                                             << "events" << false;
        QTest::newRow("qualified") << "audit.events"
                                   << "audit"
                                   << "events" << true;
        QTest::newRow("star") << "audit.*"
                              << "audit"
                              << "events_2024" << true;
        QTest::newRow("star schema") << "*.events"
                                     << "audit"
                                     << "events" << true;
        QTest::newRow("question") << "audit.event?"
                                  << "audit"
                                  << "events" << true;
        QTest::newRow("anchored") << "audit.event"
                                  << "audit"
                                  << "events" << false;
        QTest::newRow("folded") << "ORDERS"
                                << "public"
                                << "orders" << true;
        QTest::newRow("unquoted upper case") << "Logs"
                                             << "public"
                                             << "Logs" << false;
        QTest::newRow("quoted keeps case") << "\"Logs\""
                                           << "public"
                                           << "Logs" << true;
        QTest::newRow("quoted dot") << "public.\"a.b\""
                                    << "public"
                                    << "a.b" << true;
        QTest::newRow("database part") << "mydb.audit.events"
                                       << "audit"
                                       << "events" << true;
        QTest::newRow("dollar is literal") << "a$b"
                                           << "public"
                                           << "a$b" << true;
    }
    void matchesPatternsLikePgDump()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, schema);
        QFETCH(QString, table);
        QFETCH(bool, matches);
        QCOMPARE(TransferInventory::matchesPattern(pattern, schema, table), matches);
    }

    void countsTheDataThatMoves()
    {
        const TransferInventory inventory = sample();
        QCOMPARE(inventory.tablesWithData({}).size(), 4);
        QCOMPARE(inventory.dataBytes({}), 6500);
        QCOMPARE(inventory.tablesWithData({ QStringLiteral("audit.*") }).size(), 2);
        QCOMPARE(inventory.dataBytes({ QStringLiteral("\"Logs\""), QStringLiteral("audit.events") }), 1200);
        QCOMPARE(inventory.indexBytes(), 60);
    }

    void namesMissingExtensions()
    {
        QCOMPARE(TransferInventory::missingExtensions({ "plpgsql", "postgis", "pg_trgm", "postgis" },
                                                      { "plpgsql", "pg_trgm", "hstore" }),
                 QStringList({ "postgis" }));
        QVERIFY(TransferInventory::missingExtensions({ "plpgsql" }, { "plpgsql", "citext" }).isEmpty());
    }

    void splitsTheCliOption()
    {
        QCOMPARE(TransferInventory::splitPatterns(QStringLiteral("logs; audit.* ;;")),
                 QStringList({ "logs", "audit.*" }));
        QVERIFY(TransferInventory::splitPatterns(QStringLiteral("  ")).isEmpty());
    }

    void readsTheCatalogResult()
    {
        hpg::PgQuery::Result result;
        result.ok = true;
        result.serverVersion = 150020;
        result.rows = { { { "15.20 (Debian 15.20-0+deb12u1)", "123456" } },
                        { { "public", "orders", "8192" } },
                        { { "public", "orders_pkey", "16384" } },
                        { { "pg_trgm" }, { "plpgsql" } } };
        const auto inventory = TransferInventory::fromResult(result);
        QVERIFY(inventory.isValid());
        QCOMPARE(inventory.databaseBytes, 123456);
        QCOMPARE(inventory.tables.value(0).qualifiedName(), QStringLiteral("public.orders"));
        QCOMPARE(inventory.indexes.value(0).bytes, 16384);
        QCOMPARE(inventory.extensions, QStringList({ "pg_trgm", "plpgsql" }));
        QCOMPARE(TransferInventory::statements().size(), 4);
        result.ok = false;
        QVERIFY(!TransferInventory::fromResult(result).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTransferInventory)
#include "testtransferinventory.moc"
