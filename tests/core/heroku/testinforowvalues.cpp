#include "core/heroku/inforowvalues.h"

#include <QTest>
#include <QTimeZone>

using hpg::InfoRowValues;

class TestInfoRowValues : public QObject
{
    Q_OBJECT
private:
    static QDateTime utc(int y, int mo, int d, int h, int mi)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
    }

private slots:
    void times()
    {
        QCOMPARE(InfoRowValues::utcTime(QStringLiteral("2026-11-07 22:00 UTC")), utc(2026, 11, 7, 22, 0));
        QCOMPARE(InfoRowValues::rollbackEarliest(QStringLiteral("earliest from 2026-11-07 22:05 UTC")),
                 utc(2026, 11, 7, 22, 5));
        QVERIFY(!InfoRowValues::rollbackEarliest(QStringLiteral("Unsupported")));
        QVERIFY(!InfoRowValues::utcTime(QStringLiteral("yesterday")));
    }

    void maintenance()
    {
        using State = InfoRowValues::Maintenance::State;
        QCOMPARE(InfoRowValues::maintenance(QStringLiteral("not required")).state, State::NotRequired);
        QCOMPARE(InfoRowValues::maintenance(QStringLiteral("in progress")).state, State::InProgress);
        const auto required = InfoRowValues::maintenance(QStringLiteral("required by 2026-12-01 22:00:00 +0000"));
        QCOMPARE(required.state, State::Required);
        QCOMPARE(required.requiredBy, utc(2026, 12, 1, 22, 0));
        QVERIFY(!required.scheduledFor.isValid());
        QVERIFY(!required.preparing);
        const auto scheduled = InfoRowValues::maintenance(
            QStringLiteral("scheduled for 2026-11-26 22:00:00 +0000, required by 2026-12-01 22:00:00 +0000, "
                           "replacement currently being prepared"));
        QCOMPARE(scheduled.state, State::Required);
        QCOMPARE(scheduled.scheduledFor, utc(2026, 11, 26, 22, 0));
        QCOMPARE(scheduled.requiredBy, utc(2026, 12, 1, 22, 0));
        QVERIFY(scheduled.preparing);
        QCOMPARE(InfoRowValues::maintenance(QStringLiteral("something new")).state, State::Unknown);
    }

    void window()
    {
        const auto sameDay = InfoRowValues::window(QStringLiteral("Mondays 14:30 to 18:30 UTC"));
        QVERIFY(sameDay);
        QCOMPARE(sameDay->dayOfWeek, 1);
        QCOMPARE(sameDay->start, QTime(14, 30));
        QCOMPARE(sameDay->durationSecs, 4 * 3600);
        const auto crossing = InfoRowValues::window(QStringLiteral("Thursdays 22:00 to Fridays 02:00 UTC"));
        QVERIFY(crossing);
        QCOMPARE(crossing->dayOfWeek, 4);
        QCOMPARE(crossing->durationSecs, 4 * 3600);
        const auto sunday = InfoRowValues::window(QStringLiteral("Sundays 22:00 to Mondays 02:00 UTC"));
        QVERIFY(sunday);
        QCOMPARE(sunday->durationSecs, 4 * 3600);
        QVERIFY(!InfoRowValues::window(QStringLiteral("Someday 22:00 to 02:00 UTC")));
        QVERIFY(!InfoRowValues::window(QStringLiteral("Thursdays 22:00")));
    }
};

QTEST_APPLESS_MAIN(TestInfoRowValues)
#include "testinforowvalues.moc"
