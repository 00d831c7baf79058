// The plan change wizard offscreen, driven by objectName, against a real sandbox: a Standard
// database to a larger Standard plan through the changeover (maintenance mode around it), a move
// to Essential refused with the pg:copy route, and an Essential database changed at once. With
// HPG_SCREENSHOT_DIR set, every page is saved in English and Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/runbooks/runbook.h"
#include "screenshots.h"
#include "ui/wizards/planchangewizard.h"
#include "widgetdriver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
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

        // Essential is across the tier: refused with the pg:copy route, Start stays off.
        QVERIFY(choosePlan(wizard, QStringLiteral("heroku-postgresql:essential-0")));
        QVERIFY2(find<QLabel>(&wizard, "routeLabel")->text().contains(QStringLiteral("pg:copy")),
                 qPrintable(find<QLabel>(&wizard, "routeLabel")->text()));
        QVERIFY(!find<QAbstractButton>(&wizard, "commitPushButton")->isEnabled());
        screenshot(&wizard, QStringLiteral("planchange-1-refused"));

        QVERIFY(choosePlan(wizard, QStringLiteral("heroku-postgresql:standard-2")));
        const QString route = find<QLabel>(&wizard, "routeLabel")->text();
        QVERIFY2(route.contains(QStringLiteral("addons:upgrade")) && route.contains(QStringLiteral("changeover")),
                 qPrintable(route));
        QCOMPARE(find<QLabel>(&wizard, "cliLabel")->text(),
                 QStringLiteral("Same as: heroku addons:upgrade DATABASE standard-2 -a acme-storefront"));
        QVERIFY(find<QAbstractButton>(&wizard, "followerSwitchInsteadPushButton")->isVisible());
        QVERIFY2(route.contains(QStringLiteral("Price: ")), qPrintable(route)); // as the API reports it
        QVERIFY(find<QCheckBox>(&wizard, "maintenanceModeCheckBox")->isChecked());
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
        QVERIFY(click(&wizard, "commitPushButton"));
        QVERIFY(QTest::qWaitFor(
            [&] { return wizard.runbook() && wizard.runbook()->state() == Runbook::State::Finished; }, 120000));
        QCOMPARE(m_f.planOf(QStringLiteral("postgresql-acme-blog")), QStringLiteral("heroku-postgresql:essential-1"));
        QCOMPARE(wizard.runbook()->journal().step(QStringLiteral("maintenance-on"))->state, StepState::Skipped);
    }
};

QTEST_MAIN(TestPlanChangeWizard)
#include "testplanchangewizard.moc"
