#include "core/transfer/pgtoolversion.h"

#include <QTest>

using hpg::PgToolVersion;

class TestPgToolVersion : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("shown");
        QTest::newRow("debian") << QStringLiteral("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)") << 150020 << 15
                                << QStringLiteral("15.20");
        QTest::newRow("postgres.app") << QStringLiteral("pg_restore (PostgreSQL) 16.4") << 160004 << 16
                                      << QStringLiteral("16.4");
        QTest::newRow("old") << QStringLiteral("pg_dump (PostgreSQL) 9.6.24") << 90624 << 906
                             << QStringLiteral("9.6.24");
        QTest::newRow("ten") << QStringLiteral("pg_dump (PostgreSQL) 10.14") << 100014 << 10 << QStringLiteral("10.14");
        QTest::newRow("beta") << QStringLiteral("pg_dump (PostgreSQL) 17beta1") << 170000 << 17
                              << QStringLiteral("17.0");
        QTest::newRow("server_version") << QStringLiteral("12.5") << 120005 << 12 << QStringLiteral("12.5");
        QTest::newRow("windows") << QStringLiteral("pg_dump.exe (PostgreSQL) 14.11\r\n") << 140011 << 14
                                 << QStringLiteral("14.11");
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QFETCH(int, major);
        QFETCH(QString, shown);
        const auto version = PgToolVersion::parse(text);
        QCOMPARE(version.number, number);
        QCOMPARE(version.major(), major);
        QCOMPARE(version.text(), shown);
    }

    void refusesWhatIsNotAVersion()
    {
        QVERIFY(!PgToolVersion::parse(QString()).isValid());
        QVERIFY(!PgToolVersion::parse(QStringLiteral("command not found")).isValid());
        QVERIFY(!PgToolVersion::parse(QStringLiteral("pg_dump (PostgreSQL)")).isValid());
    }

    void comparesMajors()
    {
        QVERIFY(PgToolVersion::fromNumber(90624).majorKey() < PgToolVersion::fromNumber(100000).majorKey());
        QVERIFY(PgToolVersion::fromNumber(150020).majorKey() == PgToolVersion::fromNumber(150001).majorKey());
        QVERIFY(PgToolVersion::fromNumber(160000).majorKey() > PgToolVersion::fromNumber(150020).majorKey());
        QCOMPARE(PgToolVersion::fromNumber(90624).majorText(), QStringLiteral("9.6"));
        QCOMPARE(PgToolVersion::fromNumber(150020).majorText(), QStringLiteral("15"));
    }
};

QTEST_GUILESS_MAIN(TestPgToolVersion)
#include "testpgtoolversion.moc"
