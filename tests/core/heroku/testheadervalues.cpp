// HeaderValues: Retry-After and RateLimit-Remaining read as 64 bits and clamped; unreadable is unknown,
// never 0 or negative; a Next-Range is sent back only when it is a header value that can be.

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

    void rateLimitRemaining_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1: unknown
        QTest::newRow("number") << QByteArray("4500") << 4500;
        QTest::newRow("spaces") << QByteArray(" 12 ") << 12;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("past an int") << QByteArray("99999999999999999999") << int(HeaderValues::kMaxRateLimit);
        QTest::newRow("negative") << QByteArray("-1") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("words") << QByteArray("plenty") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void rateLimitRemaining()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        QCOMPARE(HeaderValues::rateLimitRemaining(value).value_or(-1), expected);
    }

    void nextRange_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected"); // empty: unusable
        QTest::newRow("heroku") << QByteArray(" id ]app-1..; max=1000 ") << QByteArray("id ]app-1..; max=1000");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("newline") << QByteArray("id ]a..\r\nX-Evil: 1") << QByteArray();
        QTest::newRow("control") << QByteArray("id \x01") << QByteArray();
        QTest::newRow("not ascii") << QByteArray("id ]\xc3\xa9..") << QByteArray();
        QTest::newRow("longest") << QByteArray(HeaderValues::kMaxRangeLength, 'x')
                                 << QByteArray(HeaderValues::kMaxRangeLength, 'x');
        QTest::newRow("too long") << QByteArray(HeaderValues::kMaxRangeLength + 1, 'x') << QByteArray();
    }

    void nextRange()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(HeaderValues::nextRange(value).value_or(QByteArray()), expected);
    }
};

QTEST_GUILESS_MAIN(TestHeaderValues)
#include "testheadervalues.moc"
