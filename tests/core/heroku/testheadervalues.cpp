// HeaderValues: Retry-After read as 64 bits and clamped; unreadable is unknown, never 0 or negative.

#include "core/heroku/headervalues.h"

#include <QTest>

using hpg::HeaderValues;

class TestHeaderValues : public QObject
{
    Q_OBJECT
private slots:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: unknown
        const qint64 max = 30000;
        QTest::newRow("seconds") << QByteArray("12") << qint64(12000);
        QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("times 1000 overflows an int") << QByteArray("3000000") << max;
        QTest::newRow("overflows 64 bits") << QByteArray("99999999999999999999999999") << max;
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("words") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("date 10 s ahead") << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << qint64(10000);
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
        QTest::newRow("date far ahead") << QByteArray("Fri, 21 Oct 2095 07:28:00 GMT") << max;
        QTest::newRow("not a date") << QByteArray("Wed, 41 Oct 2015 07:28:00 GMT") << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
        const auto ms = HeaderValues::retryAfterMs(value, 30000, now);
        QCOMPARE(ms.value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestHeaderValues)
#include "testheadervalues.moc"
