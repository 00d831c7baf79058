// Resuming from the main window, for every runbook kind (issue 11): a follower switch and a
// Private Space migration are interrupted in this process (the runbook dropped as a crash
// would, with the app down); after sign-in the main window's banner offers each, the wizard
// opens on its run page paused (nothing is sent until Continue), and Continue finishes it.
// The same journal recorded for another account is refused with both accounts named. With
// HPG_SCREENSHOT_DIR set, the resumed-and-waiting run page is saved in English and Japanese.
// And the way back from a run that stopped with its app down (issue 20): the process running a
// switch is killed with SIGKILL after the scale-down; the red banner, and "Bring the App Back"
// before the point of no return (as it was) and after it (on the new database).
#include "../../core/runbooks/switchfixture.h"
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/runbook.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "screenshots.h"
#include "ui/connect/connectpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/unfinishedruns.h"
#include "ui/widgets/messagebanner.h"
#include "ui/wizards/followerswitchwizard.h"
#include "widgetdriver.h"

#include <QAbstractButton>
#include <QDeadlineTimer>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QWizard>

#include <memory>

using namespace hpg;
using hpgtest::find;

class TestResumeRunbooks : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    LanguageManager m_languages;

    static int stepIndex(const Runbook &runbook, const QString &id)
    {
        for (int i = 0; i < runbook.steps().size(); ++i) {
            if (runbook.steps().at(i).id == id)
                return i;
        }
        return -1;
    }

    // The services of a signed-in session, as the main window makes them.
    RunbookServices servicesOf(Session &session) const
    {
        RunbookServices services = m_f.services();
        services.apiUrl = session.api()->baseUrl().toString();
        services.account = session.account().email;
        return services;
    }

    // Runs a new run of `options` in this process until `stopAfter` is done, then drops it as a
    // crash would. Returns the journal it left.
    Journal interruptedRun(const SwitchOptions &options, const RunbookServices &services, const QString &stopAfter)
    {
        const Journal fresh = FollowerSwitch::newJournal(options, {}, services);
        std::unique_ptr<Runbook> runbook(FollowerSwitch::create(fresh, services));
        runbook->setPollIntervalScale(0.5);
        connect(runbook.get(), &Runbook::armingRequired, runbook.get(),
                [rb = runbook.get()](const QList<int> &, const QString &app) { rb->confirm(app); });
        if (!runbook->start())
            return {};
        const int index = stepIndex(*runbook, stopAfter);
        if (!QTest::qWaitFor([&] { return runbook->stepState(index) == StepState::Done; }, 240000))
            return {};
        const QString path = runbook->journal().path();
        runbook.reset(); // a crash: the journal stays as it was
        return Journal::load(path).value_or(Journal());
    }

    // A main window signed in to the sandbox.
    struct SignedIn
    {
        Session session;
        MainWindow window;
        explicit SignedIn(LanguageManager *languages)
            : window(languages, &session)
        { }
    };
    std::unique_ptr<SignedIn> signIn()
    {
        auto signedIn = std::make_unique<SignedIn>(&m_languages);
        signedIn->window.show();
        signedIn->session.signIn(m_f.sandbox.url(), m_f.sandbox.token());
        if (!QTest::qWaitFor([&] { return signedIn->session.isSignedIn(); }, 30000))
            return nullptr;
        return signedIn;
    }

    // Runs a new run of `options` in a switchrunner process (tests/core/runbooks) up to the boundary
    // after `stopAfter`, then kills it with SIGKILL. Returns the journal it left.
    Journal killedRun(const SwitchOptions &options, const RunbookServices &services, const QString &stopAfter)
    {
        // In the folder the main window reads; no owner (the runner has no account): the window adopts it.
        Journal fresh = FollowerSwitch::newJournal(options, Journal::defaultDir(services.apiUrl));
        if (!fresh.save())
            return {};
        QProcess runner;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HPG_SANDBOX_TOKEN"), m_f.sandbox.token());
        runner.setProcessEnvironment(env);
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        runner.start(qEnvironmentVariable("HPG_SWITCH_RUNNER"), { m_f.sandbox.url().toString(), fresh.path() });
        if (!runner.waitForStarted(10000))
            return {};
        QDeadlineTimer deadline(240000);
        while (!deadline.hasExpired()) {
            if (!runner.canReadLine() && !runner.waitForReadyRead(1000)) {
                if (runner.state() != QProcess::Running)
                    return {};
                continue;
            }
            const QString line = QString::fromUtf8(runner.readLine()).trimmed();
            if (line == QStringLiteral("boundary ") + stopAfter) {
                runner.kill(); // SIGKILL, with the app down
                runner.waitForFinished(10000);
                return Journal::load(fresh.path()).value_or(Journal());
            }
            if (line.startsWith(QLatin1String("finished")) || line.startsWith(QLatin1String("failed")))
                return {};
            runner.write("go\n"); // past a boundary, a wait or an action: go on
        }
        return {};
    }

    // Signs in again, so that the main window looks for unfinished runs, and returns the banner's
    // `button` it makes then (null when none comes).
    QPushButton *offeredAfterSignIn(MainWindow &window, Session &session, const char *button)
    {
        const QPointer<QPushButton> offeredBefore = find<QPushButton>(&window, button);
        session.signOut();
        session.signIn(m_f.sandbox.url(), m_f.sandbox.token());
        QPushButton *offered = nullptr;
        const bool ok = QTest::qWaitFor(
            [&] {
                offered = find<QPushButton>(&window, button);
                return session.isSignedIn() && offered && offered != offeredBefore.data();
            },
            30000);
        return ok ? offered : nullptr;
    }

    // Opens the run at `path` through the banner's `button` (resumeRunbookPushButton;
    // appDownResumePushButton on the red banner of a run that left its app down).
    FollowerSwitchWizard *resumeThroughBanner(MainWindow &window, Session &session, const QString &path,
                                              const char *button = "resumeRunbookPushButton")
    {
        QPushButton *resume = offeredAfterSignIn(window, session, button);
        if (!resume)
            return nullptr;
        if (QMenu *menu = resume->menu()) {
            // Several runs: the menu names each; take the one at `path`.
            for (QAction *action : menu->actions()) {
                if (action->data().toString() == path)
                    action->trigger();
            }
        } else {
            resume->click();
        }
        FollowerSwitchWizard *wizard = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (auto *w : window.findChildren<FollowerSwitchWizard *>()) {
                    if (w->isVisible() && w->runbook() && w->runbook()->journal().path() == path)
                        wizard = w;
                }
                return wizard != nullptr;
            },
            10000);
        return wizard;
    }

    // Confirms by typing the app name until the run is finished.
    static bool finishWithConfirmations(FollowerSwitchWizard &wizard, const QString &app, int *confirmations)
    {
        return QTest::qWaitFor(
            [&] {
                auto *box = find<QGroupBox>(&wizard, "confirmGroupBox");
                if (box->isVisible()) {
                    find<QLineEdit>(&wizard, "confirmAppLineEdit")->setText(app);
                    auto *confirm = find<QPushButton>(&wizard, "confirmPushButton");
                    if (confirm->isEnabled()) {
                        confirm->click();
                        ++*confirmations;
                    }
                }
                return wizard.runbook()->state() == Runbook::State::Finished;
            },
            240000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testresumerunbooks"));
        QSettings().clear();
        m_languages.apply(LanguageManager::Language::English);
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
        // Runs of an earlier test run (another sandbox) are not this test's.
        QDir(Journal::defaultDir(m_f.sandbox.url().toString())).removeRecursively();
    }

    // A switch stopped with the app down, before its point of no return: the red banner says so,
    // and "Bring the App Back" leaves the old database primary, with the formation, maintenance mode
    // and Heroku Connect as before the run, and every row kept.
    void bringTheAppBackBeforeThePointOfNoReturn()
    {
        const QString app = QStringLiteral("acme-storefront");
        const auto signedIn = signIn();
        QVERIFY(signedIn);
        Session &session = signedIn->session;
        MainWindow &window = signedIn->window;
        const RunbookServices services = servicesOf(session);
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const auto formation = m_f.formation(app);
        QVERIFY(formation.value(QStringLiteral("web")) > 0);

        SwitchOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("standard-2");
        // The process running it is killed with SIGKILL while the app is down.
        QVERIFY2(!qEnvironmentVariable("HPG_SWITCH_RUNNER").isEmpty(), "HPG_SWITCH_RUNNER is not set");
        const Journal interrupted = killedRun(options, services, QStringLiteral("scale-down"));
        QVERIFY(interrupted.isValid());
        QCOMPARE(m_f.formation(app).value(QStringLiteral("web")), 0);
        QCOMPARE(m_f.connectState(app), QStringLiteral("PAUSED"));

        // After the "crash", the main window says loudly that the app is down, and what is left in place.
        QPushButton *back = offeredAfterSignIn(window, session, "bringBackPushButton");
        QVERIFY(back);
        auto *banner = find<MessageBanner>(&window, "appDownBanner");
        QVERIFY(banner && banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("acme-storefront is DOWN")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Maintenance mode is on")) && text.contains(QStringLiteral("web="))
                     && text.contains(QStringLiteral("Heroku Connect is paused")),
                 qPrintable(text));
        QVERIFY(back->text().contains(QStringLiteral("as It Was")));
        {
            // The run holds what it changed: the Connect panel offers the run instead of Resume, and a
            // push into the app's database is refused with the run named.
            auto *panel = window.findChild<ConnectPanel *>(QStringLiteral("connectPanel"));
            QVERIFY(panel);
            panel->showApp(app);
            QVERIFY(find<QWidget>(panel, "heldFrame")->isVisibleTo(panel));
            const QString held = find<QLabel>(panel, "heldLabel")->text();
            QVERIFY2(held.contains(QStringLiteral("Follower switch")), qPrintable(held));
            QVERIFY(QTest::qWaitFor([&] { return panel->findChild<QTableView *>()->model()->rowCount() > 0; }, 20000));
            panel->findChild<QTableView *>(QStringLiteral("connectionsTableView"))->selectRow(0);
            QVERIFY(!find<QPushButton>(panel, "resumePushButton")->isEnabled());
            auto *runs = window.findChild<UnfinishedRuns *>();
            QVERIFY(runs && runs->offerHoldingRun(app, QStringLiteral("Push")));
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("heldByRunMessageBox"));
            QVERIFY(box);
            box->close();
            QVERIFY(!runs->offerHoldingRun(QStringLiteral("acme-blog"), QStringLiteral("Push")));
        }
        QString error = hpgtest::saveScreenshots(&window, QStringLiteral("app-down-banner"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        back = find<QPushButton>(&window, "bringBackPushButton"); // made again in each language
        QVERIFY(back);
        back->click();
        QPointer<QWizard> wizard;
        QVERIFY(QTest::qWaitFor(
            [&] { return (wizard = window.findChild<QWizard *>(QStringLiteral("runbookWizard"))) != nullptr; }, 10000));
        // The run is given up; the bring-back waits for Continue.
        QCOMPARE(Journal::load(interrupted.path())->status(), Journal::Status::Aborted);
        QTest::qWait(300);
        QCOMPARE(m_f.formation(app).value(QStringLiteral("web")), 0);
        auto *continueButton = find<QPushButton>(wizard.data(), "resumePushButton");
        QVERIFY(continueButton->isEnabled());
        continueButton->click();
        Runbook *runbook = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                runbook = wizard->findChild<Runbook *>();
                return runbook && runbook->state() == Runbook::State::Finished;
            },
            120000));
        QCOMPARE(runbook->journal().kind(), QStringLiteral("bring-back"));

        // As before the run: the old database is the primary and takes the dynos' writes again.
        QCOMPARE(m_f.configVars(app).value(QStringLiteral("DATABASE_URL")), oldUrl);
        QCOMPARE(m_f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        const QString state = m_f.connectState(app);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
        const qint64 rows
            = sql(oldUrl, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sql(oldUrl, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong()
                    > rows;
            },
            20000));
        wizard->close();
        QVERIFY(QTest::qWaitFor([&] { return wizard.isNull(); }));
        // Nothing is down any more: the red banner is gone.
        QVERIFY(QTest::qWaitFor([&] { return !banner->isVisible(); }, 5000));
    }

    // Past the point of no return (promoted), "Bring the App Back" finishes the run: the app comes
    // up on the new database.
    void bringTheAppBackAfterThePromotion()
    {
        const QString app = QStringLiteral("acme-storefront");
        const auto signedIn = signIn();
        QVERIFY(signedIn);
        Session &session = signedIn->session;
        MainWindow &window = signedIn->window;
        const RunbookServices services = servicesOf(session);
        SwitchOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("standard-2");
        const Journal interrupted = interruptedRun(options, services, QStringLiteral("promote"));
        QVERIFY(interrupted.isValid());

        QPushButton *back = offeredAfterSignIn(window, session, "bringBackPushButton");
        QVERIFY(back);
        QVERIFY2(back->text().contains(QStringLiteral("New Database")), qPrintable(back->text()));
        back->click();
        QPointer<FollowerSwitchWizard> wizard;
        QVERIFY(
            QTest::qWaitFor([&] { return (wizard = window.findChild<FollowerSwitchWizard *>()) != nullptr; }, 10000));
        wizard->setPollIntervalScale(0.5);
        find<QPushButton>(wizard.data(), "resumePushButton")->click();
        int confirmed = 0;
        QVERIFY(finishWithConfirmations(*wizard, app, &confirmed));
        QCOMPARE(confirmed, 0); // nothing destructive was left
        const Journal done = wizard->runbook()->journal();
        const auto vars = m_f.configVars(app);
        QCOMPARE(vars.value(QStringLiteral("DATABASE_URL")),
                 vars.value(done.value(QStringLiteral("follower_attachment")).toString() + QStringLiteral("_URL")));
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        QVERIFY(m_f.formation(app).value(QStringLiteral("web")) > 0);
        wizard->close();
        QVERIFY(QTest::qWaitFor([&] { return wizard.isNull(); }));
    }

    // Last: a migration leaves acme-storefront down by design.
    void eachKindIsOfferedAndWaitsForContinue_data()
    {
        QTest::addColumn<QString>("targetApp");
        QTest::addColumn<QString>("targetPlan");
        QTest::addColumn<QString>("confirmApp");
        QTest::addColumn<int>("confirmations");
        QTest::newRow("follower-switch") << QString() << QStringLiteral("standard-2")
                                         << QStringLiteral("acme-storefront") << 1;
        QTest::newRow("private-space-migration") << QStringLiteral("acme-private-api") << QStringLiteral("private-2")
                                                 << QStringLiteral("acme-private-api") << 1;
    }

    void eachKindIsOfferedAndWaitsForContinue()
    {
        QFETCH(QString, targetApp);
        QFETCH(QString, targetPlan);
        QFETCH(QString, confirmApp);
        QFETCH(int, confirmations);
        const auto signedIn = signIn();
        QVERIFY(signedIn);
        Session &session = signedIn->session;
        MainWindow &window = signedIn->window;
        const RunbookServices services = servicesOf(session);

        SwitchOptions options;
        options.app = QStringLiteral("acme-storefront");
        options.targetPlan = targetPlan;
        options.targetApp = targetApp;
        // Interrupted with the app down: maintenance mode on.
        const Journal interrupted = interruptedRun(options, services, QStringLiteral("maintenance-on"));
        QVERIFY(interrupted.isValid());
        QCOMPARE(interrupted.kind(), FollowerSwitch::kindFor(options));
        QCOMPARE(interrupted.account(), services.account);
        QVERIFY(interrupted.path().startsWith(Journal::defaultDir(services.apiUrl)));

        // Under another account, the same journal is refused, naming both.
        {
            Journal other = interrupted;
            other.setOwner(services.apiUrl, QStringLiteral("someone-else@example.com"));
            QVERIFY(other.save());
            QPointer<FollowerSwitchWizard> wizard
                = resumeThroughBanner(window, session, interrupted.path(), "appDownResumePushButton");
            QVERIFY(wizard);
            const QString refusal = find<QLabel>(wizard.data(), "runStatusLabel")->text();
            QVERIFY2(refusal.contains(QStringLiteral("someone-else@example.com")) && refusal.contains(services.account),
                     qPrintable(refusal));
            QVERIFY(!find<QAbstractButton>(wizard.data(), "resumePushButton")->isEnabled());
            QVERIFY(!find<QAbstractButton>(wizard.data(), "abortPushButton")->isEnabled());
            wizard->close();
            QVERIFY(QTest::qWaitFor([&] { return wizard.isNull(); }));
            QVERIFY(interrupted.save()); // back to its own account
        }

        // The app is down: the red banner offers the run.
        const QString banner = find<MessageBanner>(&window, "appDownBanner")->text();
        QVERIFY2(banner.contains(QStringLiteral("acme-storefront is DOWN")), qPrintable(banner));
        QPointer<FollowerSwitchWizard> wizard
            = resumeThroughBanner(window, session, interrupted.path(), "appDownResumePushButton");
        QVERIFY(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("switchRunPage"));
        wizard->setPollIntervalScale(0.5);
        // It waits: nothing is sent (the journal is as the crash left it) until Continue.
        QTest::qWait(1000);
        QCOMPARE(wizard->runbook()->state(), Runbook::State::Ready);
        const Journal untouched = Journal::load(interrupted.path()).value_or(Journal());
        QCOMPARE(untouched.events().size(), interrupted.events().size());
        QCOMPARE(untouched.status(), interrupted.status());
        const QString where = find<QLabel>(wizard.data(), "stopExplanationLabel")->text();
        QVERIFY2(where.contains(QStringLiteral("Next step")) && where.contains(QStringLiteral("heroku ps:scale")),
                 qPrintable(where));
        QVERIFY2(where.contains(QStringLiteral("Maintenance mode is on for acme-storefront")), qPrintable(where));
        auto *continueButton = find<QPushButton>(wizard.data(), "resumePushButton");
        QVERIFY(continueButton->isEnabled());
        QVERIFY(continueButton->hasFocus() || !wizard->isActiveWindow());
        const QString shot = QStringLiteral("resume-") + QString::fromLatin1(QTest::currentDataTag());
        const QString error = hpgtest::saveScreenshots(wizard.data(), shot);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        continueButton->click();
        int confirmed = 0;
        QVERIFY(finishWithConfirmations(*wizard, confirmApp, &confirmed));
        QCOMPARE(confirmed, confirmations);
        const Journal done = wizard->runbook()->journal();
        QCOMPARE(done.status(), Journal::Status::Finished);
        QCOMPARE(done.step(QStringLiteral("maintenance-on"))->actionsStarted, 1); // not repeated
        QCOMPARE(done.step(QStringLiteral("provision-follower"))->actionsStarted, 1);
        QCOMPARE(m_f.configVars(options.newDatabaseApp()).value(QStringLiteral("DATABASE_URL")),
                 m_f.configVars(options.newDatabaseApp())
                     .value(done.value(QStringLiteral("follower_attachment")).toString() + QStringLiteral("_URL")));
        wizard->close();
        QVERIFY(QTest::qWaitFor([&] { return wizard.isNull(); }));
    }
};

QTEST_MAIN(TestResumeRunbooks)
#include "testresumerunbooks.moc"
