// Database ▸ Upgrade the PostgreSQL Version… offscreen, driven by objectName, against a real sandbox
// with PostgreSQL 15 and 17: a Standard database with Heroku Connect goes 15 → 17 through every page
// (choose, the run with its confirmations typed before the down time, the result), and an Essential
// database is handed to the pg:copy route with the target version. With HPG_SCREENSHOT_DIR set,
// every page is saved in English and Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/runbooks/runbook.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "screenshots.h"
#include "ui/browser/browsermodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/wizards/versionupgradewizard.h"
#include "widgetdriver.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>

using namespace hpg;
using hpgtest::click;
using hpgtest::find;

class TestVersionUpgradeWizard : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

    static void screenshot(QWidget *window, const QString &name)
    {
        const QString error = hpgtest::saveScreenshots(window, name);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    static QString major(const QString &url)
    {
        return sql(url, QStringLiteral("SHOW server_version")).value().section(QLatin1Char('.'), 0, 0);
    }

    // Waits until the first page has read the database's version and describes the route.
    static bool routeShown(VersionUpgradeWizard &wizard, const QString &words)
    {
        return QTest::qWaitFor([&] { return find<QLabel>(&wizard, "routeLabel")->text().contains(words); }, 20000);
    }

    // Runs to the end, typing the app name at the arming; returns whether a confirmation was typed.
    static bool runToTheEnd(VersionUpgradeWizard &wizard, const QString &app, const QString &shot)
    {
        bool armed = false;
        bool shotConfirm = false;
        const bool finished = QTest::qWaitFor(
            [&] {
                if (!shotConfirm && find<QGroupBox>(&wizard, "confirmGroupBox")->isVisible()) {
                    shotConfirm = true;
                    screenshot(&wizard, shot);
                }
                const int typed = hpgtest::typeConfirmation(&wizard, app);
                armed = armed || typed > 0;
                return typed >= 0 && wizard.runbook() && wizard.runbook()->state() == Runbook::State::Finished;
            },
            300000);
        return finished && armed;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void standardTo17ThroughEveryPage()
    {
        const QString app = QStringLiteral("acme-storefront");
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QCOMPARE(major(oldUrl), QStringLiteral("15"));
        VersionUpgradeWizard wizard(m_f.services(), app);
        wizard.setJournalDir(m_f.journalDir());
        wizard.setPollIntervalScale(0.5);
        wizard.show();
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("versionUpgradeChoosePage"));
        QVERIFY(routeShown(wizard, QStringLiteral("pg:upgrade")));
        QCOMPARE(find<QComboBox>(&wizard, "databaseComboBox")->currentData().toString(), QStringLiteral("DATABASE"));
        QCOMPARE(find<QComboBox>(&wizard, "targetVersionComboBox")->currentData().toString(), QStringLiteral("17"));
        QVERIFY(find<QLabel>(&wizard, "chooseStatusLabel")->text().contains(QStringLiteral("PostgreSQL 15")));
        QVERIFY(find<QLabel>(&wizard, "cliLabel")->text().contains(QStringLiteral("heroku pg:upgrade:run FOLLOWER --version 17")));
        screenshot(&wizard, QStringLiteral("versionupgrade-1-choose"));
        QVERIFY(click(&wizard, "commitPushButton"));

        // The run page: the pre-flight names the extensions and the estimate; the confirmations are
        // typed before Heroku Connect is paused.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("versionUpgradeRunPage"));
        QVERIFY(runToTheEnd(wizard, app, QStringLiteral("versionupgrade-2-confirm")));
        const Journal journal = wizard.runbook()->journal();
        QCOMPARE(journal.status(), Journal::Status::Finished);
        const QString preflight = journal.step(QStringLiteral("preflight"))->summary;
        QVERIFY2(preflight.contains(QStringLiteral("Estimated down time")) && preflight.contains(QStringLiteral("plpgsql")),
                 qPrintable(preflight));
        screenshot(&wizard, QStringLiteral("versionupgrade-3-run-finished"));
        QVERIFY(QTest::qWaitFor([&] { return click(&wizard, "commitPushButton"); }, 5000));

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("versionUpgradeResultPage"));
        const QString summary = find<QPlainTextEdit>(&wizard, "summaryPlainTextEdit")->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("PostgreSQL 17")), qPrintable(summary));
        screenshot(&wizard, QStringLiteral("versionupgrade-4-result"));
        const QString newUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);
        QCOMPARE(major(newUrl), QStringLiteral("17"));
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        const QString state = m_f.connectState(app); // syncing: idle, or polling its changes
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
        QCOMPARE(journal.step(QStringLiteral("verify-connect"))->state, StepState::Done);
        QVERIFY(click(&wizard, "finishPushButton"));

        // Upgraded: the same database to 16 is refused on the first page.
        VersionUpgradeWizard again(m_f.services(), app);
        again.show();
        QVERIFY(QTest::qWaitFor(
            [&] { return find<QLabel>(&again, "chooseStatusLabel")->text().contains(QStringLiteral("PostgreSQL 17")); },
            20000));
        find<QComboBox>(&again, "targetVersionComboBox")->setCurrentIndex(0); // 16
        QVERIFY(find<QLabel>(&again, "routeLabel")->text().contains(QStringLiteral("newer version")));
        QVERIFY(!find<QWidget>(&again, "commitPushButton")->isEnabled());
    }

    // Database ▸ Upgrade the PostgreSQL Version… in the main window opens the wizard on the chosen app.
    void reachableFromTheDatabaseMenu()
    {
        LanguageManager languages;
        Session session;
        MainWindow window(&languages, &session);
        window.show();
        session.signIn(m_f.sandbox.url(), m_f.sandbox.token());
        QVERIFY(QTest::qWaitFor([&] { return window.browserModel()->appCount() >= 3; }, 30000));
        const QString key = QStringLiteral("app:acme-analytics");
        window.selectKey(key);
        QVERIFY(QTest::qWaitFor([&] { return window.selectedKey() == key; }, 30000));
        auto *action = window.findChild<QAction *>(QStringLiteral("versionUpgradeAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *wizard = window.findChild<VersionUpgradeWizard *>(QStringLiteral("versionUpgradeWizard"));
        QVERIFY(wizard && wizard->isVisible());
        QCOMPARE(wizard->initialApp(), QStringLiteral("acme-analytics"));
        QVERIFY(routeShown(*wizard, QStringLiteral("pg:upgrade")));
        wizard->close();
    }

    // Essential: the pg:copy route into a new PostgreSQL 17 database, Connect paused with maintenance mode.
    void essentialTakesTheCopyRoute()
    {
        const QString app = QStringLiteral("acme-blog");
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        VersionUpgradeWizard wizard(m_f.services(), app);
        wizard.setJournalDir(m_f.journalDir());
        wizard.setPollIntervalScale(0.5);
        wizard.show();
        QVERIFY(routeShown(wizard, QStringLiteral("pg:copy")));
        QVERIFY(find<QLabel>(&wizard, "cliLabel")->text().contains(QStringLiteral("--version 17")));
        screenshot(&wizard, QStringLiteral("versionupgrade-5-essential"));
        QVERIFY(click(&wizard, "commitPushButton"));
        QVERIFY(runToTheEnd(wizard, app, QStringLiteral("versionupgrade-6-essential-confirm")));
        QCOMPARE(wizard.runbook()->journal().kind(), QStringLiteral("pg-copy"));
        const QString newUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);
        QCOMPARE(major(newUrl), QStringLiteral("17"));
        QCOMPARE(sql(newUrl, QStringLiteral("SELECT count(*) FROM posts")).value(),
                 sql(oldUrl, QStringLiteral("SELECT count(*) FROM posts")).value());
    }
};

QTEST_MAIN(TestVersionUpgradeWizard)
#include "testversionupgradewizard.moc"
