// Tools ▸ Maintenance Calendar offscreen against a real sandbox: every database of the account
// with its maintenance and window, filtered by text and by "required within N days", a
// double-click asking for the database, and the iCalendar export written through its file dialog.
// The Calendar tab's week and month drawing. With HPG_SCREENSHOT_DIR set, saved in English and Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/fleet/maintenancefleet.h"
#include "screenshots.h"
#include "ui/dialogs/maintenancecalendardialog.h"
#include "ui/widgets/maintenancecalendarview.h"
#include "widgetdriver.h"

#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

using namespace hpg;
using hpgtest::find;

class TestMaintenanceCalendar : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void filledFilteredOpenedAndExported()
    {
        MaintenanceCalendarDialog dialog(m_f.api.get());
        QSignalSpy finished(dialog.fleet(), &MaintenanceFleet::finished);
        dialog.show(); // the first showing reads the fleet
        QVERIFY(finished.wait(60000));
        const int all = dialog.model()->rowCount();
        QVERIFY(all >= 3);
        QVERIFY(find<QLabel>(&dialog, "calendarStatusLabel")->text().contains(QStringLiteral("as of")));
        const QString error = hpgtest::saveScreenshots(&dialog, QStringLiteral("maintenance-calendar"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        auto *table = find<QTableView>(&dialog, "maintenanceCalendarTable");
        find<QLineEdit>(&dialog, "calendarFilterLineEdit")->setText(QStringLiteral("acme-blog"));
        QCOMPARE(table->model()->rowCount(), 1);
        find<QLineEdit>(&dialog, "calendarFilterLineEdit")->clear();
        QCOMPARE(table->model()->rowCount(), all);
        // The demo world's maintenances: acme-analytics' is required within 2 days, acme-primary's within 21.
        find<QSpinBox>(&dialog, "requiredWithinSpinBox")->setValue(30);
        QCOMPARE(table->model()->rowCount(), 2);
        find<QSpinBox>(&dialog, "requiredWithinSpinBox")->setValue(7);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("postgresql-acme-analytics"));

        QSignalSpy open(&dialog, &MaintenanceCalendarDialog::openDatabase);
        emit table->doubleClicked(table->model()->index(0, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("db:acme-analytics/postgresql-acme-analytics"));

        QVERIFY(hpgtest::click(&dialog, "exportICalendarPushButton"));
        auto *files = find<QFileDialog>(&dialog, "exportICalendarFileDialog");
        QVERIFY(files);
        const QString path = m_f.dir.filePath(QStringLiteral("calendar.ics"));
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept");
        QFile ics(path);
        QVERIFY(QTest::qWaitFor([&] { return ics.exists(); }, 5000));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray text = ics.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(text.contains("postgresql-acme-primary"));
    }

    // The Calendar tab draws the same databases as a week and a month, in local time: each window a
    // block at its local start, hovering tells when (UTC too), a double-click opens the database,
    // and the table's filter applies.
    void weekAndMonthDrawn()
    {
        MaintenanceCalendarDialog dialog(m_f.api.get());
        dialog.resize(1100, 700);
        QSignalSpy finished(dialog.fleet(), &MaintenanceFleet::finished);
        dialog.show();
        QVERIFY(finished.wait(60000));
        find<QTabWidget>(&dialog, "calendarViewsTabWidget")->setCurrentIndex(1);
        MaintenanceCalendarView *view = dialog.view();
        QVERIFY(view->isVisible());
        QCOMPARE(view->mode(), MaintenanceCalendarView::Mode::Week);
        // Every Standard database has its window this week (acme-primary, its follower, acme-analytics).
        QTRY_VERIFY(view->entries().size() >= 3);
        int window = -1;
        for (int i = 0; i < view->entries().size(); ++i) {
            const CalendarEntry &e = view->entries().at(i);
            if (e.kind == CalendarEntry::Kind::Window && e.addon == QLatin1String("postgresql-acme-primary")
                && e.startUtc >= QDateTime::currentDateTimeUtc().addDays(-6))
                window = i;
        }
        QVERIFY(window >= 0);
        const CalendarEntry primary = view->entries().at(window);
        QCOMPARE(primary.endUtc, primary.startUtc.addSecs(4 * 3600));
        QVERIFY(primary.startUtc.toUTC().time() == QTime(22, 0)); // the demo world's "Thursdays 22:00"
        const QRectF rect = view->entryRect(window);
        QVERIFY(!rect.isEmpty());
        QCOMPARE(view->entryAt(rect.center()), window);
        // Drawn at its local start: the block's top is where the local hour is on the time axis.
        const QDateTime local = primary.startUtc.toLocalTime();
        const int column = int(view->firstDay().daysTo(local.date()));
        QVERIFY(column >= 0 && column < 7);
        const QString tip = view->describe(window);
        QVERIFY2(tip.contains(QStringLiteral("UTC")) && tip.contains(QStringLiteral("postgresql-acme-primary")),
                 qPrintable(tip));
        QSignalSpy open(&dialog, &MaintenanceCalendarDialog::openDatabase);
        QTest::mouseDClick(view, Qt::LeftButton, {}, rect.center().toPoint());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("db:acme-storefront/postgresql-acme-primary"));
        QString error = hpgtest::saveScreenshots(&dialog, QStringLiteral("maintenance-calendar-week"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The filter applies to the drawing too.
        find<QLineEdit>(&dialog, "calendarFilterLineEdit")->setText(QStringLiteral("acme-analytics"));
        QTRY_VERIFY(!view->entries().isEmpty());
        QTRY_VERIFY(std::all_of(view->entries().cbegin(), view->entries().cend(),
                                [](const CalendarEntry &e) { return e.app == QLatin1String("acme-analytics"); }));
        find<QLineEdit>(&dialog, "calendarFilterLineEdit")->clear();

        // A month: four or five occurrences of each weekly window, the next and previous months.
        QVERIFY(hpgtest::click(&dialog, "calendarMonthToolButton"));
        QCOMPARE(view->mode(), MaintenanceCalendarView::Mode::Month);
        QCOMPARE(view->dayCount(), 42);
        QTRY_VERIFY(view->entries().size() >= 3 * 5);
        const QString title = find<QLabel>(&dialog, "calendarRangeLabel")->text();
        QVERIFY2(title.contains(QString::number(QDate::currentDate().year())), qPrintable(title));
        error = hpgtest::saveScreenshots(&dialog, QStringLiteral("maintenance-calendar-month"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QDate anchor = view->anchor();
        QVERIFY(hpgtest::click(&dialog, "calendarNextToolButton"));
        QCOMPARE(view->anchor(), anchor.addMonths(1));
        QVERIFY(find<QLabel>(&dialog, "calendarRangeLabel")->text() != title);
        QVERIFY(hpgtest::click(&dialog, "calendarTodayToolButton"));
        QCOMPARE(view->anchor(), QDate::currentDate());
    }
};

QTEST_MAIN(TestMaintenanceCalendar)
#include "testmaintenancecalendar.moc"
