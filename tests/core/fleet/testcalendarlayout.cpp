// The maintenance calendar's geometry (CalendarLayout) and the notification rule
// (MaintenanceNotices), apart from any widget: which windows and maintenances fall in a range,
// where each lands in a time zone (crossing midnight, overlapping, a DST change), and which
// notices are due, each once.
#include "core/fleet/calendarlayout.h"
#include "core/fleet/maintenancenotices.h"

#include <QLocale>
#include <QTest>

using namespace hpg;

namespace {

FleetDatabase database(const QString &addon, const QString &window, const QString &status = QStringLiteral("none"),
                       const QDateTime &scheduled = {}, const QDateTime &required = {})
{
    FleetDatabase d;
    d.app = addon + QStringLiteral("-app");
    d.addon = addon;
    d.addonId = addon + QStringLiteral("-id");
    d.window = MaintenanceWindow::fromText(window);
    d.maintenance.status = status;
    d.maintenance.scheduledFor = scheduled;
    d.maintenance.requiredBy = required;
    return d;
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class TestCalendarLayout : public QObject
{
    Q_OBJECT
private slots:
    void windowsAndMaintenancesInARange()
    {
        // Thursday 2026-12-10 22:00 UTC; the week from Monday 7th to Monday 14th.
        const QList<FleetDatabase> dbs {
            database(QStringLiteral("a"), QStringLiteral("Thursdays 22:00 to Fridays 02:00 UTC")),
            database(QStringLiteral("b"), QStringLiteral("Mondays 02:00 to 06:00 UTC"), QStringLiteral("ready"),
                     utc(2026, 12, 8, 9), utc(2026, 12, 9, 0)),
            database(QStringLiteral("essential"), QString()),
        };
        const QDateTime now = utc(2026, 12, 7, 12);
        const auto entries = CalendarLayout::entries(dbs, utc(2026, 12, 7, 0), utc(2026, 12, 14, 0), now, 7);
        QCOMPARE(entries.size(), 3); // a's window, b's window (Monday 7th), b's maintenance
        QCOMPARE(entries.at(0).addon, QStringLiteral("b"));
        QCOMPARE(entries.at(0).startUtc, utc(2026, 12, 7, 2));
        QCOMPARE(entries.at(1).kind, CalendarEntry::Kind::Maintenance);
        QVERIFY(entries.at(1).requiredSoon);
        QCOMPARE(entries.at(1).key, QStringLiteral("db:b-app/b"));
        QCOMPARE(entries.at(2).startUtc, utc(2026, 12, 10, 22));
        QCOMPARE(entries.at(2).endUtc, utc(2026, 12, 11, 2));
        // A window under way when the range begins still shows.
        const auto late = CalendarLayout::entries(dbs, utc(2026, 12, 11, 1), utc(2026, 12, 11, 3), now, 7);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().startUtc, utc(2026, 12, 10, 22));
        // Four weeks: four occurrences of each window.
        QCOMPARE(CalendarLayout::entries({ dbs.first() }, utc(2026, 12, 7, 0), utc(2027, 1, 4, 0), now, 7).size(), 4);
    }

    void piecesInTheLocalTimeZone()
    {
        const QList<FleetDatabase> dbs { database(QStringLiteral("a"),
                                                  QStringLiteral("Thursdays 22:00 to Fridays 02:00 UTC")) };
        const QDateTime now = utc(2026, 12, 7, 12);
        const auto entries = CalendarLayout::entries(dbs, utc(2026, 12, 6, 0), utc(2026, 12, 15, 0), now, 7);
        QCOMPARE(entries.size(), 1);
        // In UTC the window crosses midnight: Thursday 22–24 and Friday 0–2.
        const auto inUtc = CalendarLayout::segments(entries, QDate(2026, 12, 7), 7, QTimeZone::utc());
        QCOMPARE(inUtc.size(), 2);
        QCOMPARE(inUtc.at(0).day, 3);
        QCOMPARE(inUtc.at(0).startHour, 22.0);
        QCOMPARE(inUtc.at(0).endHour, 24.0);
        QCOMPARE(inUtc.at(1).day, 4);
        QCOMPARE(inUtc.at(1).startHour, 0.0);
        QCOMPARE(inUtc.at(1).endHour, 2.0);
        // In Tokyo (UTC+9) it is Friday 07:00–11:00, one piece.
        const auto tokyo = CalendarLayout::segments(entries, QDate(2026, 12, 7), 7, QTimeZone("Asia/Tokyo"));
        QCOMPARE(tokyo.size(), 1);
        QCOMPARE(tokyo.first().day, 4);
        QCOMPARE(tokyo.first().startHour, 7.0);
        QCOMPARE(tokyo.first().endHour, 11.0);
        const auto days = CalendarLayout::byDay(entries, QDate(2026, 12, 7), 7, QTimeZone::utc());
        QCOMPARE(days.at(3), QList<int>({ 0 }));
        QCOMPARE(days.at(4), QList<int>({ 0 }));
        QVERIFY(days.at(5).isEmpty());
    }

    void overlappingPiecesShareTheColumn()
    {
        const QList<FleetDatabase> dbs {
            database(QStringLiteral("a"), QStringLiteral("Mondays 10:00 to 14:00 UTC")),
            database(QStringLiteral("b"), QStringLiteral("Mondays 12:00 to 16:00 UTC")),
            database(QStringLiteral("c"), QStringLiteral("Mondays 15:00 to 19:00 UTC")),
            database(QStringLiteral("d"), QStringLiteral("Mondays 20:00 to Tuesdays 00:00 UTC")),
        };
        const auto entries
            = CalendarLayout::entries(dbs, utc(2026, 12, 7, 0), utc(2026, 12, 8, 0), utc(2026, 12, 1, 0), 7);
        QCOMPARE(entries.size(), 4);
        const auto pieces = CalendarLayout::segments(entries, QDate(2026, 12, 7), 1, QTimeZone::utc());
        QCOMPARE(pieces.size(), 4);
        // a, b, c overlap in a chain: two lanes (c takes a's lane back); d stands alone.
        QCOMPARE(pieces.at(0).lane, 0);
        QCOMPARE(pieces.at(1).lane, 1);
        QCOMPARE(pieces.at(2).lane, 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pieces.at(i).lanes, 2);
        QCOMPARE(pieces.at(3).lane, 0);
        QCOMPARE(pieces.at(3).lanes, 1);
    }

    void aDaylightSavingDayStillSpansTheColumn()
    {
        // New York leaves DST on 2026-11-01: a 25-hour day, drawn in 24 rows.
        const QList<FleetDatabase> dbs { database(QStringLiteral("a"), QStringLiteral("Sundays 04:00 to 08:00 UTC")) };
        const auto entries
            = CalendarLayout::entries(dbs, utc(2026, 11, 1, 0), utc(2026, 11, 3, 0), utc(2026, 10, 1, 0), 7);
        const auto pieces = CalendarLayout::segments(entries, QDate(2026, 11, 1), 1, QTimeZone("America/New_York"));
        QCOMPARE(pieces.size(), 1);
        QVERIFY(pieces.first().startHour >= 0 && pieces.first().endHour <= 24.0);
        QVERIFY(pieces.first().endHour - pieces.first().startHour < 4.0); // four hours of 25, scaled
    }

    void weekAndMonthStarts()
    {
        QCOMPARE(CalendarLayout::weekStart(QDate(2026, 12, 10)), QDate(2026, 12, 7));
        QCOMPARE(CalendarLayout::weekStart(QDate(2026, 12, 7)), QDate(2026, 12, 7));
        QCOMPARE(CalendarLayout::weekStart(QDate(2026, 12, 10), Qt::Sunday), QDate(2026, 12, 6));
        QCOMPARE(CalendarLayout::monthGridStart(QDate(2026, 12, 24)), QDate(2026, 11, 30));
    }

    void noticesAreDueOnce()
    {
        const QDateTime now = utc(2026, 12, 7, 12);
        const QList<FleetDatabase> dbs {
            database(QStringLiteral("soon"), QStringLiteral("Mondays 02:00 to 06:00 UTC"), QStringLiteral("pending"),
                     utc(2026, 12, 8, 2), utc(2026, 12, 10, 0)),
            database(QStringLiteral("ready"), QStringLiteral("Mondays 02:00 to 06:00 UTC"), QStringLiteral("ready"),
                     utc(2026, 12, 14, 2), utc(2027, 1, 30, 0)),
            database(QStringLiteral("later"), QStringLiteral("Mondays 02:00 to 06:00 UTC"), QStringLiteral("pending"),
                     utc(2026, 12, 14, 2), utc(2027, 1, 30, 0)),
            database(QStringLiteral("done"), QStringLiteral("Mondays 02:00 to 06:00 UTC"), QStringLiteral("completed"),
                     utc(2026, 12, 1, 2), utc(2026, 12, 8, 0)),
        };
        const auto due = MaintenanceNotices::due(dbs, now, 7, {});
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).kind, MaintenanceNotice::Kind::RequiredSoon);
        QVERIFY(due.at(0).summary.contains(QStringLiteral("soon")));
        QCOMPARE(due.at(1).kind, MaintenanceNotice::Kind::ReplacementReady);
        QVERIFY(due.at(1).body.contains(QStringLiteral("ready-app")));
        // Shown once: not again, also after it was postponed (same required-by).
        QStringList shown { due.at(0).id, due.at(1).id };
        QVERIFY(MaintenanceNotices::due(dbs, now, 7, shown).isEmpty());
        QList<FleetDatabase> postponed = dbs;
        postponed[0].maintenance.scheduledFor = utc(2026, 12, 9, 2);
        QVERIFY(MaintenanceNotices::due(postponed, now, 7, shown).isEmpty());
        // A new maintenance of the same database (another required-by) is announced.
        postponed[0].maintenance.requiredBy = utc(2026, 12, 12, 0);
        QCOMPARE(MaintenanceNotices::due(postponed, now, 7, shown).size(), 1);
        // Once a maintenance is over, its ids can be forgotten.
        QList<FleetDatabase> over = dbs;
        over[0].maintenance.status = QStringLiteral("completed");
        QCOMPARE(MaintenanceNotices::stillOpen(shown, over), QStringList({ due.at(1).id }));
    }

    // A few notices are shown apart; many at once (a large account's first look) make one digest
    // with the counts and the first databases by name, not a flood of desktop notifications.
    void manyNoticesAtOnceMakeOneDigest()
    {
        const QDateTime now = utc(2026, 12, 7, 12);
        QList<FleetDatabase> dbs;
        for (int i = 0; i < 3; ++i)
            dbs << database(QStringLiteral("soon-%1").arg(i), QStringLiteral("Mondays 02:00 to 06:00 UTC"),
                            QStringLiteral("pending"), utc(2026, 12, 8, 2), utc(2026, 12, 10, 0));
        const auto few = MaintenanceNotices::due(dbs, now, 7, {});
        QCOMPARE(few.size(), 3);
        QCOMPARE(MaintenanceNotices::toShow(few).size(), 3);
        QCOMPARE(MaintenanceNotices::toShow(few).at(2).summary, few.at(2).summary);

        // Required soon and ready: two notices for one database, counted apart, named once.
        dbs << database(QStringLiteral("both"), QStringLiteral("Mondays 02:00 to 06:00 UTC"), QStringLiteral("ready"),
                        utc(2026, 12, 8, 2), utc(2026, 12, 9, 0));
        for (int i = 0; i < 4; ++i)
            dbs << database(QStringLiteral("ready-%1").arg(i), QStringLiteral("Mondays 02:00 to 06:00 UTC"),
                            QStringLiteral("ready"), utc(2026, 12, 14, 2), utc(2027, 1, 30, 0));
        const auto many = MaintenanceNotices::due(dbs, now, 7, {});
        QCOMPARE(many.size(), 9);
        const auto shown = MaintenanceNotices::toShow(many);
        QCOMPARE(shown.size(), 1);
        const MaintenanceNotice &digest = shown.first();
        QCOMPARE(digest.kind, MaintenanceNotice::Kind::Digest);
        // (No catalogue here: the English plural is the app's, hpgdesk_en.ts.)
        QVERIFY2(digest.summary.startsWith(QStringLiteral("Maintenance of 8 database")), qPrintable(digest.summary));
        const QString firstFive = QLocale().createSeparatedList(
            { QStringLiteral("soon-0"), QStringLiteral("soon-1"), QStringLiteral("soon-2"), QStringLiteral("both"),
              QStringLiteral("ready-0") });
        QVERIFY2(digest.body.startsWith(
                     QStringLiteral("Required soon: 4. Ready to run: 5. The first of them: %1.").arg(firstFive)),
                 qPrintable(digest.body));
        QVERIFY(!digest.body.contains(QStringLiteral("ready-1")));
        QVERIFY(digest.body.endsWith(QStringLiteral("Maintenance Calendar shows them all.")));

        // Five databases or fewer: all named.
        const auto named = MaintenanceNotices::toShow(MaintenanceNotices::due(dbs.mid(0, 5), now, 7, {}));
        QCOMPARE(named.size(), 1);
        QVERIFY2(named.first().body.contains(QStringLiteral("The databases: %1.").arg(firstFive)),
                 qPrintable(named.first().body));
    }
};

QTEST_GUILESS_MAIN(TestCalendarLayout)
#include "testcalendarlayout.moc"
