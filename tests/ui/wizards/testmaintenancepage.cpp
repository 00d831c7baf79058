// The Maintenance tab offscreen against a real sandbox (driven by objectName): the demo world's
// routine maintenance of acme-storefront's primary with its status, times, required-by, window and
// history; postponed by a week (to the first window a week later); Run Now asks first and then asks
// the main window for the RunMaintenance runbook with the options chosen; an Essential database says
// that windows do not apply; a window that would end after required-by is refused, one before it is set.
// With HPG_SCREENSHOT_DIR set, saved in English and Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/heroku/maintenance.h"
#include "screenshots.h"
#include "ui/database/maintenancepage.h"
#include "widgetdriver.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimeEdit>

using namespace hpg;
using hpgtest::click;
using hpgtest::find;

class TestMaintenancePage : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

    Maintenance current(const QString &addon)
    {
        const QString id = SwitchFixture::wait(m_f.platform->addon(addon)).object().value(QStringLiteral("id")).toString();
        return Maintenance::fromJson(SwitchFixture::wait(m_f.data->maintenance(id)).object());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void scheduledMaintenanceShownPostponedAndRun()
    {
        MaintenancePage page(m_f.api.get());
        page.resize(900, 600);
        page.show();
        QSignalSpy loaded(&page, &MaintenancePage::loaded);
        page.showDatabase(QStringLiteral("acme-storefront"), QStringLiteral("postgresql-acme-primary"),
                          QStringLiteral("DATABASE"));
        QVERIFY(loaded.wait(20000));
        const QString summary = find<QLabel>(&page, "maintenanceSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Status: Scheduled")) && summary.contains(QStringLiteral("Required by"))
                     && summary.contains(QStringLiteral("UTC")) && summary.contains(QStringLiteral("Routine maintenance")),
                 qPrintable(summary));
        QVERIFY(find<QLabel>(&page, "maintenanceWindowLabel")->text().startsWith(QStringLiteral("Window: Every ")));
        QVERIFY(find<QLabel>(&page, "maintenanceCliLabel")->text().contains(QStringLiteral("heroku maintenance:on")));
        const QString error = hpgtest::saveScreenshots(&page, QStringLiteral("maintenance-1-scheduled"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Postponed by one week, as data:maintenances:schedule --weeks 1.
        const Maintenance before = current(QStringLiteral("postgresql-acme-primary"));
        QVERIFY(click(&page, "postponePushButton"));
        QVERIFY(loaded.wait(20000));
        QVERIFY2(!find<QLabel>(&page, "maintenanceIntroLabel")->text().contains(QStringLiteral("must run before")),
                 qPrintable(find<QLabel>(&page, "maintenanceIntroLabel")->text()));
        const Maintenance after = current(QStringLiteral("postgresql-acme-primary"));
        QCOMPARE(after.previouslyScheduledFor, before.scheduledFor);
        QVERIFY(after.scheduledFor >= before.scheduledFor.addDays(7).addSecs(-1)); // the first window a week on
        QCOMPARE(page.maintenance().scheduledFor, after.scheduledFor);

        // Run Now asks first; then the page asks for the runbook (the main window starts it).
        QSignalSpy run(&page, &MaintenancePage::runNowRequested);
        QVERIFY(click(&page, "runMaintenanceNowPushButton"));
        auto *box = find<QMessageBox>(&page, "runMaintenanceBox");
        QVERIFY(box && box->isVisible());
        QVERIFY(click(box, "runMaintenanceConfirmButton"));
        QCOMPARE(run.size(), 1);
        const auto options = run.first().first().value<RunMaintenanceOptions>();
        QCOMPARE(options.app, QStringLiteral("acme-storefront"));
        QCOMPARE(options.database, QStringLiteral("DATABASE"));
        QVERIFY(options.maintenanceMode);
    }

    // acme-analytics' maintenance is required within two days and ready: the history shows the one
    // before; a window that would end after required-by is refused with the reason, nothing sent;
    // one that ends before it is set.
    void windowAfterRequiredByRefusedInThePage()
    {
        const QString addon = QStringLiteral("postgresql-acme-analytics");
        MaintenancePage page(m_f.api.get());
        page.resize(900, 600);
        page.show();
        QSignalSpy loaded(&page, &MaintenancePage::loaded);
        page.showDatabase(QStringLiteral("acme-analytics"), addon, QStringLiteral("DATABASE"));
        QVERIFY(loaded.wait(20000));
        QVERIFY2(find<QLabel>(&page, "maintenanceSummaryLabel")->text().contains(QStringLiteral("Status: Ready")),
                 qPrintable(find<QLabel>(&page, "maintenanceSummaryLabel")->text()));
        QVERIFY(find<QTableWidget>(&page, "maintenanceHistoryTable")->rowCount() >= 1); // the demo's history
        const Maintenance before = current(addon);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        const auto choose = [&page](const QDate &day, const QTime &start) {
            if (!click(&page, "changeWindowPushButton"))
                return false;
            auto *dialog = find<QDialog>(&page, "maintenanceWindowDialog");
            if (!dialog || !dialog->isVisible())
                return false;
            auto *days = find<QComboBox>(dialog, "windowDayComboBox");
            days->setCurrentIndex(days->findData(day.dayOfWeek()));
            find<QTimeEdit>(dialog, "windowTimeEdit")->setTime(start);
            return click(dialog, "windowOkButton");
        };
        // Midnight three days from now starts after required-by (two days).
        QVERIFY(choose(now.date().addDays(3), QTime(0, 0)));
        QTRY_VERIFY(find<QLabel>(&page, "maintenanceIntroLabel")->text().contains(QStringLiteral("must end before")));
        QTest::qWait(500);
        QCOMPARE(current(addon).scheduledFor, before.scheduledFor); // nothing was sent
        const QString error = hpgtest::saveScreenshots(&page, QStringLiteral("maintenance-3-window-refused"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // About a day from now: set, and the maintenance moves to it.
        page.refresh();
        QVERIFY(loaded.wait(20000));
        const QDateTime tomorrow = now.addSecs(23 * 3600);
        QVERIFY(choose(tomorrow.date(), QTime(tomorrow.time().hour(), 0)));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!find<QLabel>(&page, "maintenanceIntroLabel")->text().contains(QStringLiteral("must end before")));
        QCOMPARE(current(addon).previouslyScheduledFor, before.scheduledFor);
        QCOMPARE(page.maintenance().scheduledFor.toUTC().time(), QTime(tomorrow.time().hour(), 0));
    }

    void essentialSaysWindowsDoNotApply()
    {
        MaintenancePage page(m_f.api.get());
        page.show();
        QSignalSpy loaded(&page, &MaintenancePage::loaded);
        page.showDatabase(QStringLiteral("acme-blog"), QStringLiteral("postgresql-acme-blog"), QStringLiteral("DATABASE"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(find<QLabel>(&page, "maintenanceIntroLabel")->text().contains(QStringLiteral("Essential-tier")));
        QVERIFY(!find<QWidget>(&page, "runMaintenanceNowPushButton")->isVisible());
    }

    // acme-analytics' maintenance is required within two days: postponing it by a week is refused by
    // Heroku, and the page says so (Heroku's message) and is done; the maintenance stays where it was.
    void postponePastRequiredByShowsTheRefusal()
    {
        const QString addon = QStringLiteral("postgresql-acme-analytics");
        MaintenancePage page(m_f.api.get());
        page.show();
        QSignalSpy loaded(&page, &MaintenancePage::loaded);
        page.showDatabase(QStringLiteral("acme-analytics"), addon, QStringLiteral("DATABASE"));
        QVERIFY(loaded.wait(20000));
        const Maintenance before = current(addon);
        QVERIFY(before.isScheduled());
        QVERIFY(click(&page, "postponePushButton"));
        QVERIFY(loaded.wait(20000));
        const QString intro = find<QLabel>(&page, "maintenanceIntroLabel")->text();
        QVERIFY2(intro.contains(QStringLiteral("must run before")), qPrintable(intro));
        QCOMPARE(current(addon).scheduledFor, before.scheduledFor);
        QVERIFY(find<QWidget>(&page, "postponePushButton")->isEnabled());
    }
};

QTEST_MAIN(TestMaintenancePage)
#include "testmaintenancepage.moc"
