// The plan change wizard offscreen, driven by objectName, against a real sandbox: a Standard
// database to a larger Standard plan through the changeover (maintenance mode around it), a move
// to Essential refused with the pg:copy route, and an Essential database changed at once. With
// HPG_SCREENSHOT_DIR set, every page is saved in English and Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/runbooks/runbook.h"
#include "screenshots.h"
#include "ui/wizards/planchangewizard.h"
#include "ui/wizards/runbookwizard.h"
#include "widgetdriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPointer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>

using namespace hpg;
using hpgtest::click;
using hpgtest::find;

class TestPlanChangeWizard : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

    static void screenshot(QWidget *window, const QString &name)
    {
        const QString error = hpgtest::saveScreenshots(window, name);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Chooses `plan` on the first page once the app's databases and the plans are read.
    static bool choosePlan(PlanChangeWizard &wizard, const QString &plan)
    {
        auto *plans = find<QComboBox>(&wizard, "targetPlanComboBox");
        if (!QTest::qWaitFor([&] { return plans->findData(plan) >= 0; }, 20000))
            return false;
        plans->setCurrentIndex(plans->findData(plan));
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
        m_f.quickMaintenances(); // a changeover prepared in seconds, not hours
    }

    void standardChangeoverThroughEveryPage()
    {
        const QString app = QStringLiteral("acme-storefront");
        PlanChangeWizard wizard(m_f.services(), app);
        wizard.setJournalDir(m_f.journalDir());
        wizard.setPollIntervalScale(0.5);
        wizard.show();
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("planChangeChoosePage"));

        // Essential is across the tier: addons:upgrade cannot, the pg:copy route is taken, with an estimate.
        QVERIFY(choosePlan(wizard, QStringLiteral("heroku-postgresql:essential-0")));
        QVERIFY(!find<QAbstractButton>(&wizard, "upgradeRouteRadioButton")->isEnabled());
        QVERIFY(find<QAbstractButton>(&wizard, "copyRouteRadioButton")->isChecked());
        QVERIFY(QTest::qWaitFor(
            [&] { return find<QLabel>(&wizard, "routeLabel")->text().contains(QStringLiteral("Estimated down time")); },
            10000));
        QVERIFY2(find<QLabel>(&wizard, "routeLabel")->text().contains(QStringLiteral("pg:copy")),
                 qPrintable(find<QLabel>(&wizard, "routeLabel")->text()));
        QVERIFY(!find<QCheckBox>(&wizard, "maintenanceModeCheckBox")->isEnabled());
        QVERIFY(!find<QAbstractButton>(&wizard, "followerSwitchInsteadPushButton")->isVisible());
        screenshot(&wizard, QStringLiteral("planchange-1-copy-route"));

        QVERIFY(choosePlan(wizard, QStringLiteral("heroku-postgresql:standard-2")));
        QVERIFY(find<QAbstractButton>(&wizard, "upgradeRouteRadioButton")->isEnabled());
        QVERIFY(click(&wizard, "upgradeRouteRadioButton"));
        const QString route = find<QLabel>(&wizard, "routeLabel")->text();
        QVERIFY2(route.contains(QStringLiteral("addons:upgrade")) && route.contains(QStringLiteral("changeover")),
                 qPrintable(route));
        QCOMPARE(find<QLabel>(&wizard, "cliLabel")->text(),
                 QStringLiteral("Same as: heroku addons:upgrade DATABASE standard-2 -a acme-storefront"));
        QVERIFY(find<QAbstractButton>(&wizard, "followerSwitchInsteadPushButton")->isVisible());
        QVERIFY2(route.contains(QStringLiteral("Price: ")), qPrintable(route)); // as the API reports it
        // The app has a Heroku Connect connection: what the Connect maintenance page says for this route.
        QVERIFY(QTest::qWaitFor(
            [&] { return find<QLabel>(&wizard, "routeLabel")->text().contains(QStringLiteral("HA failover")); }, 10000));
        QVERIFY(find<QCheckBox>(&wizard, "maintenanceModeCheckBox")->isChecked());

        // The maintenance window, in UTC and local time, changed through its dialog; choosing it
        // leaves the changeover to Heroku.
        auto *window = find<QLabel>(&wizard, "windowLabel");
        QVERIFY(QTest::qWaitFor([&] { return window->text().startsWith(QStringLiteral("Window: Every ")); }, 10000));
        QVERIFY(click(&wizard, "changeWindowPushButton"));
        auto *dialog = find<QDialog>(&wizard, "maintenanceWindowDialog");
        QVERIFY(dialog && dialog->isVisible());
        find<QComboBox>(dialog, "windowDayComboBox")->setCurrentIndex(1); // Tuesday
        find<QTimeEdit>(dialog, "windowTimeEdit")->setTime(QTime(14, 30));
        QVERIFY(find<QLabel>(dialog, "windowLocalLabel")
                    ->text()
                    .contains(QStringLiteral("heroku data:maintenances:window:update DATABASE tuesday 14:30")));
        screenshot(dialog, QStringLiteral("planchange-2-window"));
        QVERIFY(click(dialog, "windowOkButton"));
        QVERIFY(QTest::qWaitFor([&] { return window->text().contains(QStringLiteral("Tuesday 14:30")); }, 10000));
        QVERIFY(click(&wizard, "changeoverWindowRadioButton"));
        QVERIFY(find<QAbstractButton>(&wizard, "upgradeRouteRadioButton")->isChecked()); // a choice of its own
        QVERIFY(find<QLabel>(&wizard, "routeLabel")->text().contains(QStringLiteral("in the maintenance window")));
        QVERIFY(!find<QCheckBox>(&wizard, "maintenanceModeCheckBox")->isEnabled());
        screenshot(&wizard, QStringLiteral("planchange-2-choose-window"));
        QVERIFY(click(&wizard, "changeoverNowRadioButton"));
        screenshot(&wizard, QStringLiteral("planchange-2-choose"));
        QVERIFY(click(&wizard, "commitPushButton"));

        // Run: no typed confirmation is needed with maintenance mode; every step finishes.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("planChangeRunPage"));
        bool shotWaiting = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                Runbook *runbook = wizard.runbook();
                if (!shotWaiting && runbook && runbook->state() == Runbook::State::Running
                    && runbook->journal().step(QStringLiteral("wait-changeover-ready"))->state == StepState::Waiting) {
                    shotWaiting = true;
                    screenshot(&wizard, QStringLiteral("planchange-3-preparing"));
                }
                return runbook && runbook->state() == Runbook::State::Finished;
            },
            240000));
        QCOMPARE(wizard.runbook()->journal().status(), Journal::Status::Finished);
        screenshot(&wizard, QStringLiteral("planchange-4-run-finished"));
        QVERIFY(QTest::qWaitFor([&] { return click(&wizard, "commitPushButton"); }, 5000));

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("planChangeResultPage"));
        QVERIFY(find<QLabel>(&wizard, "downtimeLabel")->text().startsWith(QStringLiteral("Downtime: ")));
        QVERIFY(find<QPlainTextEdit>(&wizard, "summaryPlainTextEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("heroku-postgresql:standard-2")));
        screenshot(&wizard, QStringLiteral("planchange-5-result"));
        // addons:upgrade keeps the database: nothing to deprovision, followers moved by Heroku.
        QVERIFY(!find<QWidget>(&wizard, "deprovisionPushButton")->isVisible());
        QVERIFY(!find<QWidget>(&wizard, "createFollowerPushButton")->isVisible());
        QCOMPARE(m_f.planOf(QStringLiteral("postgresql-acme-primary")), QStringLiteral("heroku-postgresql:standard-2"));
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        QVERIFY(click(&wizard, "finishPushButton"));
    }

    void essentialChangesAtOnce()
    {
        PlanChangeWizard wizard(m_f.services(), QStringLiteral("acme-blog"));
        wizard.setJournalDir(m_f.journalDir());
        wizard.setPollIntervalScale(0.5);
        wizard.show();
        QVERIFY(choosePlan(wizard, QStringLiteral("heroku-postgresql:essential-1")));
        QVERIFY(find<QLabel>(&wizard, "routeLabel")->text().contains(QStringLiteral("read-only")));
        QVERIFY(!find<QAbstractButton>(&wizard, "followerSwitchInsteadPushButton")->isVisible());
        find<QCheckBox>(&wizard, "maintenanceModeCheckBox")->setChecked(false);
        find<QCheckBox>(&wizard, "backupFirstCheckBox")->setChecked(true); // a backup before anything changes
        QVERIFY(click(&wizard, "commitPushButton"));
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard.runbook() && wizard.runbook()->state() == Runbook::State::Finished; }, 120000));
        QCOMPARE(m_f.planOf(QStringLiteral("postgresql-acme-blog")), QStringLiteral("heroku-postgresql:essential-1"));
        QCOMPARE(wizard.runbook()->journal().step(QStringLiteral("maintenance-on"))->state, StepState::Skipped);
        // The backup came first, and it is complete.
        const Journal &journal = wizard.runbook()->journal();
        QCOMPARE(journal.steps().at(1).id, QStringLiteral("capture-backup"));
        QCOMPARE(journal.step(QStringLiteral("wait-backup"))->state, StepState::Done);
        const QString backup = journal.values().value(QStringLiteral("backup_name")).toString();
        bool completed = false;
        for (const QJsonValue &t : SwitchFixture::wait(m_f.data->transfers(QStringLiteral("acme-blog"))).array()) {
            completed = completed
                || (QStringLiteral("b%1").arg(t[QStringLiteral("num")].toInt(), 3, 10, QLatin1Char('0')) == backup
                    && t[QStringLiteral("succeeded")].toBool());
        }
        QVERIFY2(completed, qPrintable(backup));
    }

    // Database ▸ Copy to a New Database…: Essential to Standard by pg:copy, through every page.
    void copyToStandardThroughEveryPage()
    {
        const QString app = QStringLiteral("acme-blog");
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        PlanChangeWizard wizard(m_f.services(), app);
        wizard.setJournalDir(m_f.journalDir());
        wizard.setPollIntervalScale(0.5);
        wizard.setCopyRoute(true);
        wizard.show();
        QVERIFY(choosePlan(wizard, QStringLiteral("heroku-postgresql:standard-0")));
        QVERIFY(find<QAbstractButton>(&wizard, "copyRouteRadioButton")->isChecked());
        QVERIFY(QTest::qWaitFor(
            [&] { return find<QLabel>(&wizard, "routeLabel")->text().contains(QStringLiteral("Estimated down time")); },
            10000));
        QVERIFY(find<QLabel>(&wizard, "cliLabel")->text().contains(QStringLiteral("heroku pg:copy DATABASE_URL")));
        screenshot(&wizard, QStringLiteral("pgcopy-1-choose"));
        QVERIFY(click(&wizard, "commitPushButton"));
        // The promote is confirmed (the app name typed) before the app goes down.
        bool armed = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!armed && find<QGroupBox>(&wizard, "confirmGroupBox")->isVisible())
                    screenshot(&wizard, QStringLiteral("pgcopy-2-confirm"));
                const int typed = hpgtest::typeConfirmation(&wizard, app);
                armed = armed || typed > 0;
                return typed >= 0 && wizard.runbook() && wizard.runbook()->state() == Runbook::State::Finished;
            },
            240000));
        QVERIFY(armed);
        screenshot(&wizard, QStringLiteral("pgcopy-3-run-finished"));
        QVERIFY(QTest::qWaitFor([&] { return click(&wizard, "commitPushButton"); }, 5000));
        const QString summary = find<QPlainTextEdit>(&wizard, "summaryPlainTextEdit")->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("a copy of postgresql-acme-blog")), qPrintable(summary));
        screenshot(&wizard, QStringLiteral("pgcopy-4-result"));
        const QString newUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);
        QCOMPARE(sql(newUrl, QStringLiteral("SELECT count(*) FROM posts")).value(),
                 sql(oldUrl, QStringLiteral("SELECT count(*) FROM posts")).value());
        // The copy's offers: a follower of the new Standard primary, and the old primary deprovisioned
        // after typing the app name.
        QVERIFY(find<QWidget>(&wizard, "createFollowerPushButton")->isVisible());
        QVERIFY(click(&wizard, "deprovisionPushButton"));
        QDialog *confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (confirm = wizard.findChild<QDialog *>(QStringLiteral("typedConfirmationDialog"))); }));
        find<QLineEdit>(confirm, "confirmAppNameLineEdit")->setText(app);
        confirm->accept();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return SwitchFixture::wait(m_f.platform->addon(QStringLiteral("postgresql-acme-blog")))
                    .error.isNotFound();
            },
            30000));
        QVERIFY(click(&wizard, "finishPushButton"));
    }

    // Cancel the Copy… in the middle of the copy: the app comes back on its old database, the new
    // one is destroyed as chosen.
    void cancelTheCopyBringsTheAppBack()
    {
        const QString app = QStringLiteral("acme-storefront");
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("transfer_bytes_per_second"), 16384 } });
        auto *wizard = new PlanChangeWizard(m_f.services(), app);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setJournalDir(m_f.journalDir());
        wizard->setPollIntervalScale(0.5);
        wizard->setCopyRoute(true);
        wizard->show();
        QVERIFY(choosePlan(*wizard, QStringLiteral("heroku-postgresql:standard-3")));
        QVERIFY(click(wizard, "commitPushButton"));
        QPointer<PlanChangeWizard> alive(wizard);
        QVERIFY(QTest::qWaitFor(
            [&] {
                hpgtest::typeConfirmation(wizard, app);
                return find<QAbstractButton>(wizard, "cancelCopyButton")->isVisible();
            },
            240000));
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard->runbook()->journal().step(QStringLiteral("wait-copy"))->state == StepState::Waiting; },
            60000));
        screenshot(wizard, QStringLiteral("pgcopy-5-copying"));
        QVERIFY(click(wizard, "cancelCopyButton"));
        auto *box = find<QWidget>(wizard, "cancelCopyBox");
        QVERIFY(box);
        screenshot(box, QStringLiteral("pgcopy-6-cancel"));
        find<QCheckBox>(box, "destroyTargetCheckBox")->setChecked(true);
        const QString target = wizard->runbook()->journal().value(QStringLiteral("target_name")).toString();
        QVERIFY(click(box, "cancelCopyConfirmButton"));

        // The bring-back runs in a window of its own; this one closes.
        QWidget *back = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->objectName() == QLatin1String("runbookWizard") && w->isVisible())
                        back = w;
                }
                return back != nullptr;
            },
            30000));
        auto *backWizard = qobject_cast<RunbookWizard *>(back);
        QVERIFY(backWizard);
        QVERIFY(QTest::qWaitFor(
            [&] { return backWizard->runbook() && backWizard->runbook()->state() == Runbook::State::Finished; }, 120000));
        screenshot(back, QStringLiteral("pgcopy-7-brought-back"));
        QVERIFY(alive.isNull());
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("transfer_bytes_per_second"), 0 } });
        QCOMPARE(m_f.configVars(app).value(QStringLiteral("DATABASE_URL")), oldUrl);
        QVERIFY(SwitchFixture::wait(m_f.platform->addon(target)).error.isNotFound() || m_f.planOf(target).isEmpty());
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        back->close();
    }
};

QTEST_MAIN(TestPlanChangeWizard)
#include "testplanchangewizard.moc"
