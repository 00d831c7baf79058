// Tools ▸ Maintenance Calendar offscreen against a real sandbox: every database of the account
// with its maintenance and window, filtered by text and by "required within N days", a
// double-click asking for the database, and the iCalendar export written through its file dialog.
// With HPG_SCREENSHOT_DIR set, saved in English and Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/fleet/maintenancefleet.h"
#include "screenshots.h"
#include "ui/dialogs/maintenancecalendardialog.h"
#include "widgetdriver.h"

#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>

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
        // The demo world's routine maintenance is required within 14 days; no other database has one.
        find<QSpinBox>(&dialog, "requiredWithinSpinBox")->setValue(30);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("postgresql-acme-primary"));

        QSignalSpy open(&dialog, &MaintenanceCalendarDialog::openDatabase);
        emit table->doubleClicked(table->model()->index(0, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("db:acme-storefront/postgresql-acme-primary"));

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
};

QTEST_MAIN(TestMaintenanceCalendar)
#include "testmaintenancecalendar.moc"
