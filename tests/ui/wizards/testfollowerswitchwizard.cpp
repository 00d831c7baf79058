// The follower switch wizard offscreen, driven by objectName, against a real
// sandbox with dynos and Heroku Connect writing: choose the plan, read the
// pre-flight, start, type the app name at the destructive steps, watch Behind
// By, read the downtime, export the transcript and deprovision the old primary.
// Then: closing the wizard mid-run pauses the run, and a wizard opened on its
// journal finishes it. Before that: Behind By is charted while an existing
// follower lags (a slow-follower fault), and Stop while it waits changes
// nothing; the Private Space migration mode is checked up to its pre-flight, and last a whole
// migration armed once before its down time.
// With HPG_SCREENSHOT_DIR set, every page (the run page at several moments) is
// saved as PNGs in English and in Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"
#include "core/settings/languagemanager.h"
#include "screenshots.h"
#include "ui/wizards/behindbychart.h"
#include "ui/wizards/followerswitchwizard.h"
#include "widgetdriver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <functional>

using namespace hpg;
using hpgtest::click;
using hpgtest::find;

class TestFollowerSwitchWizard : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

    // With HPG_SCREENSHOT_DIR set, saves the wizard (or a dialog of it) as <dir>/<name>-en.png and -ja.png.
    static void screenshot(QWidget *window, const QString &name)
    {
        const QString error = hpgtest::saveScreenshots(window, name);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    static StepState stepState(const FollowerSwitchWizard &wizard, const char *id)
    {
        const Runbook *runbook = wizard.runbook();
        for (int i = 0; runbook && i < runbook->steps().size(); ++i) {
            if (runbook->steps().at(i).id == QLatin1String(id))
                return runbook->stepState(i);
        }
        return StepState::Pending;
    }

    // The choose page has read the app: plans are offered and Next can be pressed.
    static bool choicesLoaded(FollowerSwitchWizard &wizard)
    {
        auto *plans = find<QComboBox>(&wizard, "targetPlanComboBox");
        return QTest::qWaitFor(
            [&] { return plans->count() > 0 && find<QAbstractButton>(&wizard, "nextPushButton")->isEnabled(); }, 20000);
    }

    // Types the app name wherever a confirmation is asked, until the run is finished.
    // `watch` is called before each look (for screenshots of the moments it waits for).
    static bool confirmUntilFinished(FollowerSwitchWizard &wizard, const QString &app, int *confirmations,
                                     const std::function<void()> &watch = {})
    {
        return QTest::qWaitFor(
            [&] {
                if (watch)
                    watch();
                const int typed = hpgtest::typeConfirmation(&wizard, app);
                if (typed < 0)
                    return false; // a wrong name must not be accepted
                *confirmations += typed;
                return wizard.runbook() && wizard.runbook()->state() == Runbook::State::Finished;
            },
            240000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    // An existing follower that replays nothing (the sandbox's slow-follower fault) while the primary
    // commits: the run page charts Behind By as it grows, and Stop while it waits leaves nothing changed.
    void behindByWhileTheFollowerLags()
    {
        const QString app = QStringLiteral("acme-storefront");
        const QString follower = QStringLiteral("postgresql-acme-follower");
        FollowerSwitchWizard wizard(m_f.services(), app);
        wizard.setJournalDir(m_f.journalDir());
        wizard.setPollIntervalScale(0.5);
        wizard.show();
        auto *followers = find<QComboBox>(&wizard, "followerComboBox");
        QVERIFY(QTest::qWaitFor(
            [&] { return followers->count() > 1 && find<QAbstractButton>(&wizard, "nextPushButton")->isEnabled(); },
            20000));
        const int existing = followers->findData(follower);
        QVERIFY(existing > 0);
        followers->setCurrentIndex(existing);
        QVERIFY2(find<QLabel>(&wizard, "modeDescriptionLabel")->text().contains(follower),
                 qPrintable(find<QLabel>(&wizard, "modeDescriptionLabel")->text()));
        QVERIFY(click(&wizard, "nextPushButton"));
        QVERIFY(
            QTest::qWaitFor([&] { return find<QAbstractButton>(&wizard, "commitPushButton")->isEnabled(); }, 30000));

        // The follower stops replaying; the primary commits 600 times.
        QString followerUrl;
        const auto vars = m_f.configVars(app);
        for (const Attachment &a : m_f.attachmentsOf(follower)) {
            if (a.appName == app)
                followerUrl = vars.value(a.name + QStringLiteral("_URL"));
        }
        QVERIFY(!followerUrl.isEmpty());
        m_f.setFaults(
            { { QStringLiteral("slow_follower_ms"), 600000 }, { QStringLiteral("slow_follower"), follower } });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sql(followerUrl, QStringLiteral("SHOW recovery_min_apply_delay")).value()
                    == QLatin1String("10min");
            },
            20000));
        const QString primaryUrl = vars.value(QStringLiteral("DATABASE_URL"));
        const auto commit = [&](int count) {
            const auto done = sql(primaryUrl,
                                  QStringLiteral("DO $$ BEGIN FOR i IN 1..%1 LOOP INSERT INTO wizard_lag VALUES (i); "
                                                 "COMMIT; END LOOP; END $$")
                                      .arg(count));
            QVERIFY2(done.ok, qPrintable(done.error));
        };
        const auto table = sql(primaryUrl, QStringLiteral("CREATE TABLE IF NOT EXISTS wizard_lag (i int)"));
        QVERIFY2(table.ok, qPrintable(table.error));
        commit(600);

        // Start: the run waits for the follower to catch up, charting Behind By; more commits make it grow.
        QVERIFY(click(&wizard, "commitPushButton"));
        auto *chart = find<BehindByChart>(&wizard, "behindByChart");
        qsizetype seen = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (chart->values().size() > seen) {
                    seen = chart->values().size();
                    commit(150);
                }
                return seen >= 6;
            },
            60000));
        const StepState waiting = stepState(wizard, "wait-caught-up");
        QVERIFY(waiting == StepState::Waiting || waiting == StepState::Running);
        for (double value : chart->values())
            QVERIFY2(value > 200, qPrintable(QString::number(value)));
        const QString behind = find<QLabel>(&wizard, "behindByLabel")->text();
        QVERIFY2(behind.startsWith(QStringLiteral("Behind By: ")) && behind.endsWith(QStringLiteral(" commits")),
                 qPrintable(behind));
        screenshot(&wizard, QStringLiteral("switch-4-run-behind-by"));

        // Stop: nothing was changed yet, and the page says so.
        QVERIFY(click(&wizard, "abortPushButton"));
        QVERIFY(QTest::qWaitFor([&] { return wizard.runbook()->state() == Runbook::State::Aborted; }, 20000));
        const QString explanation = find<QLabel>(&wizard, "stopExplanationLabel")->text();
        QVERIFY2(explanation.contains(QStringLiteral("Nothing that this run changed is left in place.")),
                 qPrintable(explanation));
        screenshot(&wizard, QStringLiteral("switch-stopped"));
        m_f.setFaults({});
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        QVERIFY(m_f.connectState(app) != QLatin1String("PAUSED"));
        QVERIFY(m_f.formation(app).value(QStringLiteral("web")) > 0);
        QVERIFY(click(&wizard, "cancelPushButton"));
    }

    // The same wizard as a Private Space migration, up to its pre-flight (then closed: nothing ran).
    void migrationUpToPreflight()
    {
        const QString app = QStringLiteral("acme-storefront");
        FollowerSwitchWizard wizard(m_f.services(), app);
        wizard.setJournalDir(m_f.journalDir());
        wizard.show();
        auto *targetApps = find<QComboBox>(&wizard, "targetAppComboBox");
        auto *plans = find<QComboBox>(&wizard, "targetPlanComboBox");
        QVERIFY(choicesLoaded(wizard));
        const int target = targetApps->findData(QStringLiteral("acme-private-api"));
        QVERIFY(target > 0);
        QVERIFY2(targetApps->itemText(target).contains(QStringLiteral("(migration)")),
                 qPrintable(targetApps->itemText(target)));
        targetApps->setCurrentIndex(target);
        // Only plans that can run in the space are offered, and an existing follower cannot be used.
        QCOMPARE(plans->findData(QStringLiteral("heroku-postgresql:standard-2")), -1);
        const int plan = plans->findData(QStringLiteral("heroku-postgresql:private-2"));
        QVERIFY(plan >= 0);
        plans->setCurrentIndex(plan);
        QVERIFY(!find<QComboBox>(&wizard, "followerComboBox")->isEnabled());
        // The Dev Center's last step, bringing the app in the space up, is offered.
        auto *activate = find<QCheckBox>(&wizard, "activateTargetCheckBox");
        QVERIFY(activate->isVisible());
        activate->setChecked(true);
        screenshot(&wizard, QStringLiteral("migration-1-choose"));
        QVERIFY(click(&wizard, "nextPushButton"));

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("switchPreflightPage"));
        QVERIFY(wizard.options().isMigration());
        QVERIFY(
            QTest::qWaitFor([&] { return find<QAbstractButton>(&wizard, "commitPushButton")->isEnabled(); }, 30000));
        QVERIFY(wizard.windowTitle().contains(QStringLiteral("Private Space")));
        auto *steps = find<QTreeWidget>(&wizard, "planTreeWidget");
        QStringList cli;
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            cli.append(steps->topLevelItem(i)->text(1));
        QVERIFY2(cli.join(QLatin1Char('\n')).contains(QStringLiteral("-a acme-private-api")),
                 qPrintable(cli.join('\n')));
        QCOMPARE(cli.last(), QStringLiteral("heroku maintenance:off -a acme-private-api"));
        // The source app's followers are found (they will not follow the new database), as the page says.
        QStringList findings;
        auto *list = find<QListWidget>(&wizard, "findingsListWidget");
        for (int i = 0; i < list->count(); ++i)
            findings.append(list->item(i)->text());
        QVERIFY2(findings.join(QLatin1Char('\n')).contains(QStringLiteral("postgresql-acme-follower")),
                 qPrintable(findings.join('\n')));
        screenshot(&wizard, QStringLiteral("migration-2-preflight"));
        QVERIFY(click(&wizard, "cancelPushButton"));
        QVERIFY(!wizard.isVisible());
        QVERIFY(!wizard.runbook());
    }

    void switchThroughEveryPage()
    {
        const QString app = QStringLiteral("acme-storefront");
        FollowerSwitchWizard wizard(m_f.services(), app);
        wizard.setJournalDir(m_f.journalDir());
        wizard.setPollIntervalScale(0.5);
        wizard.show();

        // Choose: DATABASE is preselected; Essential and Private plans are not offered here.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("switchChoosePage"));
        auto *plans = find<QComboBox>(&wizard, "targetPlanComboBox");
        QVERIFY(choicesLoaded(wizard));
        QCOMPARE(find<QComboBox>(&wizard, "databaseComboBox")->currentData().toString(), QStringLiteral("DATABASE"));
        QCOMPARE(plans->findData(QStringLiteral("heroku-postgresql:essential-0")), -1);
        QCOMPARE(plans->findData(QStringLiteral("heroku-postgresql:private-0")), -1);
        const int plan = plans->findData(QStringLiteral("heroku-postgresql:standard-2"));
        QVERIFY(plan >= 0);
        plans->setCurrentIndex(plan);
        auto *targetApps = find<QComboBox>(&wizard, "targetAppComboBox");
        QVERIFY(targetApps->findData(QStringLiteral("acme-private-api")) > 0); // a migration would be possible
        screenshot(&wizard, QStringLiteral("switch-1-choose"));
        QVERIFY(click(&wizard, "nextPushButton"));

        // Pre-flight: findings and the steps with their CLI equivalents; then Start.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("switchPreflightPage"));
        QVERIFY(
            QTest::qWaitFor([&] { return find<QAbstractButton>(&wizard, "commitPushButton")->isEnabled(); }, 30000));
        QStringList findings;
        auto *list = find<QListWidget>(&wizard, "findingsListWidget");
        for (int i = 0; i < list->count(); ++i)
            findings.append(list->item(i)->text());
        QVERIFY2(findings.join(QLatin1Char('\n')).contains(QStringLiteral("Heroku Connect")),
                 qPrintable(findings.join('\n')));
        QVERIFY(findings.join(QLatin1Char('\n')).contains(QStringLiteral("postgresql-acme-follower")));
        {
            // The findings follow a language change (they are made again, not kept as text).
            hpg::LanguageManager languages;
            QVERIFY(languages.apply(hpg::LanguageManager::Language::Japanese));
            QCoreApplication::processEvents();
            const QString japanese = list->item(0)->text();
            languages.apply(hpg::LanguageManager::Language::English);
            QCoreApplication::processEvents();
            QVERIFY2(japanese != findings.first() && japanese.contains(QStringLiteral("フォロワー")),
                     qPrintable(japanese));
            QCOMPARE(list->item(0)->text(), findings.first());
        }
        auto *steps = find<QTreeWidget>(&wizard, "planTreeWidget");
        QCOMPARE(steps->topLevelItemCount(), 15);
        QCOMPARE(steps->topLevelItem(5)->text(1), QStringLiteral("heroku maintenance:on -a acme-storefront"));
        screenshot(&wizard, QStringLiteral("switch-2-preflight"));
        QVERIFY(click(&wizard, "commitPushButton"));

        // Run: confirmations by typing the app name; Behind By is shown.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("switchRunPage"));
        int confirmations = 0;
        QStringList shots; // the moments of the run page saved so far
        const auto shootOnce = [&](const QString &name) {
            if (!shots.contains(name)) {
                shots.append(name);
                screenshot(&wizard, name);
            }
        };
        const auto watch = [&] {
            if (!hpgtest::screenshotsWanted())
                return;
            if (stepState(wizard, "wait-available") == StepState::Waiting)
                shootOnce(QStringLiteral("switch-3-run-provisioning"));
            if (find<QGroupBox>(&wizard, "confirmGroupBox")->isVisible()) {
                find<QLineEdit>(&wizard, "confirmAppLineEdit")->setText(app);
                shootOnce(QStringLiteral("switch-5-run-confirmation"));
            }
        };
        QVERIFY(confirmUntilFinished(wizard, app, &confirmations, watch));
        // One typed app name, before maintenance mode went on, armed unfollow and promote: nothing
        // waited for a person while the app was down.
        QCOMPARE(confirmations, 1);
        {
            const Journal &j = wizard.runbook()->journal();
            QDateTime armedAt;
            for (const auto &event : j.events()) {
                if (event.kind == QLatin1String("armed"))
                    armedAt = event.time;
            }
            const QDateTime downAt
                = QDateTime::fromString(j.value(QStringLiteral("maintenance_on_at")).toString(), Qt::ISODateWithMs);
            QVERIFY(armedAt.isValid() && downAt.isValid() && armedAt <= downAt);
            QCOMPARE(RunbookRegistry::downTime(j).personMs, 0);
            QVERIFY(RunbookRegistry::downTime(j).totalMs > 0);
        }
        screenshot(&wizard, QStringLiteral("switch-6-run-finished"));
        QVERIFY(find<QLabel>(&wizard, "behindByLabel")->text().contains(QStringLiteral("commits")));
        QVERIFY(!find<BehindByChart>(&wizard, "behindByChart")->values().isEmpty());
        auto *runSteps = find<QTreeWidget>(&wizard, "stepsTreeWidget");
        for (int i = 0; i < runSteps->topLevelItemCount(); ++i) {
            const QString state = runSteps->topLevelItem(i)->text(1);
            QVERIFY2(state == QLatin1String("Done") || state == QLatin1String("Not needed"), qPrintable(state));
        }
        QVERIFY(QTest::qWaitFor([&] {
            return find<QAbstractButton>(&wizard, "commitPushButton")->isEnabled()
                || find<QAbstractButton>(&wizard, "nextPushButton")->isEnabled();
        }));
        if (!click(&wizard, "commitPushButton"))
            QVERIFY(click(&wizard, "nextPushButton"));

        // Result: the downtime, the transcript, and the old primary deprovisioned after typing the app name.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("switchResultPage"));
        QVERIFY(find<QLabel>(&wizard, "downtimeLabel")->text().startsWith(QStringLiteral("Downtime: ")));
        screenshot(&wizard, QStringLiteral("switch-7-result"));
        QVERIFY(
            find<QPlainTextEdit>(&wizard, "summaryPlainTextEdit")->toPlainText().contains(QStringLiteral("dataclips")));
        QVERIFY(click(&wizard, "exportTranscriptPushButton"));
        auto *dialog = find<QFileDialog>(&wizard, "transcriptFileDialog");
        QVERIFY(dialog);
        const QString path = m_f.dir.filePath(QStringLiteral("transcript.md"));
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
        QFile transcript(path);
        QVERIFY(QTest::qWaitFor([&] { return transcript.exists(); }, 5000));
        QVERIFY(transcript.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(transcript.readAll());
        QVERIFY(md.contains(QStringLiteral("heroku pg:unfollow")));
        QVERIFY(md.contains(QStringLiteral("Downtime (maintenance mode on to off)")));

        QVERIFY(click(&wizard, "deprovisionPushButton"));
        QDialog *confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (confirm = wizard.findChild<QDialog *>(QStringLiteral("typedConfirmationDialog"))); }));
        find<QLineEdit>(confirm, "confirmAppNameLineEdit")->setText(app);
        screenshot(confirm, QStringLiteral("switch-8-deprovision-confirmation"));
        confirm->accept();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return SwitchFixture::wait(m_f.platform->addon(QStringLiteral("postgresql-acme-primary")))
                    .error.isNotFound();
            },
            30000));
        screenshot(&wizard, QStringLiteral("switch-9-result-deprovisioned"));
        QVERIFY(click(&wizard, "finishPushButton"));
    }

    void closingPausesAndTheJournalResumes()
    {
        const QString app = QStringLiteral("acme-storefront");
        QString journalPath;
        {
            FollowerSwitchWizard wizard(m_f.services(), app);
            wizard.setJournalDir(m_f.journalDir());
            wizard.setPollIntervalScale(0.5);
            wizard.show();
            auto *plans = find<QComboBox>(&wizard, "targetPlanComboBox");
            QVERIFY(choicesLoaded(wizard));
            plans->setCurrentIndex(plans->findData(QStringLiteral("heroku-postgresql:standard-2")));
            QVERIFY(click(&wizard, "nextPushButton"));
            QVERIFY(QTest::qWaitFor([&] { return find<QAbstractButton>(&wizard, "commitPushButton")->isEnabled(); },
                                    30000));
            QVERIFY(click(&wizard, "commitPushButton"));
            // Close at the first confirmation (the arming, before the down time): the run pauses, nothing
            // is left half-done.
            QVERIFY(QTest::qWaitFor([&] { return find<QGroupBox>(&wizard, "confirmGroupBox")->isVisible(); }, 240000));
            journalPath = wizard.runbook()->journal().path();
            QVERIFY(click(&wizard, "cancelPushButton"));
            QVERIFY(QTest::qWaitFor([&] { return !wizard.isVisible(); }));
            QCOMPARE(wizard.runbook()->state(), Runbook::State::Paused);
        }
        bool found = false;
        Journal journal;
        for (const Journal &j : Journal::unfinished(m_f.journalDir())) {
            if (j.path() == journalPath) {
                found = true;
                journal = j;
            }
        }
        QVERIFY(found);
        QCOMPARE(journal.status(), Journal::Status::Paused);
        QCOMPARE(journal.step(QStringLiteral("unfollow"))->actionsStarted, 0);

        QPointer<FollowerSwitchWizard> wizard = FollowerSwitchWizard::resume(journal, m_f.services());
        wizard->setPollIntervalScale(0.5);
        wizard->show();
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("switchRunPage"));
        // Resumed, it waits: where it stopped and the next step are shown, and nothing is sent until Continue.
        QTest::qWait(500);
        QCOMPARE(wizard->runbook()->state(), Runbook::State::Ready);
        QVERIFY(wizard->runbook()->isPrepared());
        QCOMPARE(Journal::load(journalPath)->events().size(), journal.events().size());
        const QString where = find<QLabel>(wizard.data(), "stopExplanationLabel")->text();
        // It was closed while arming, before Heroku Connect was paused: that is the next step.
        QVERIFY2(where.contains(QStringLiteral("heroku connect:pause")), qPrintable(where));
        {
            // A second window on the same run is refused while this one has it open.
            QPointer<FollowerSwitchWizard> second = FollowerSwitchWizard::resume(journal, m_f.services());
            second->show();
            QVERIFY(!second->runbook()->isPrepared());
            const QString refusal = find<QLabel>(second.data(), "runStatusLabel")->text();
            QVERIFY2(refusal.contains(QStringLiteral("open in another window")), qPrintable(refusal));
            QVERIFY(!find<QAbstractButton>(second.data(), "resumePushButton")->isEnabled());
            second->close();
            QVERIFY(QTest::qWaitFor([&] { return second.isNull(); }));
        }
        screenshot(wizard.data(), QStringLiteral("switch-10-resumed-waiting"));
        QVERIFY(click(wizard.data(), "resumePushButton"));
        int confirmations = 0;
        QVERIFY(confirmUntilFinished(*wizard, app, &confirmations));
        QCOMPARE(confirmations, 1); // armed again after the resume, before maintenance mode went on
        const Journal done = wizard->runbook()->journal();
        QCOMPARE(done.status(), Journal::Status::Finished);
        QCOMPARE(done.step(QStringLiteral("provision-follower"))->actionsSucceeded, 1);
        QCOMPARE(m_f.configVars(app).value(QStringLiteral("DATABASE_URL")),
                 m_f.configVars(app).value(done.value(QStringLiteral("follower_attachment")).toString()
                                           + QStringLiteral("_URL")));
        wizard->close();
        QVERIFY(QTest::qWaitFor([&] { return wizard.isNull(); }));
    }

    // Last (it leaves acme-storefront down by design): a Private Space migration through the pages,
    // armed once before the down time; from then on to the promotion nothing waits for a person.
    void migrationArmedBeforeTheDownTime()
    {
        const QString app = QStringLiteral("acme-storefront");
        FollowerSwitchWizard wizard(m_f.services(), app);
        wizard.setJournalDir(m_f.journalDir());
        wizard.setPollIntervalScale(0.5);
        wizard.show();
        auto *targetApps = find<QComboBox>(&wizard, "targetAppComboBox");
        auto *plans = find<QComboBox>(&wizard, "targetPlanComboBox");
        QVERIFY(choicesLoaded(wizard));
        targetApps->setCurrentIndex(targetApps->findData(QStringLiteral("acme-private-api")));
        plans->setCurrentIndex(plans->findData(QStringLiteral("heroku-postgresql:private-2")));
        QVERIFY(click(&wizard, "nextPushButton"));
        QVERIFY(
            QTest::qWaitFor([&] { return find<QAbstractButton>(&wizard, "commitPushButton")->isEnabled(); }, 30000));
        QVERIFY(click(&wizard, "commitPushButton"));
        int confirmations = 0;
        QVERIFY(confirmUntilFinished(wizard, QStringLiteral("acme-private-api"), &confirmations));
        QCOMPARE(confirmations, 1); // unfollow and promote, armed at once
        const Journal &j = wizard.runbook()->journal();
        QCOMPARE(j.kind(), QStringLiteral("private-space-migration"));
        QDateTime armedAt;
        int asked = 0;
        for (const auto &event : j.events()) {
            if (event.kind == QLatin1String("armed"))
                armedAt = event.time;
            asked += event.kind == QLatin1String("asked");
        }
        QCOMPARE(asked, 1);
        const DownWindow window = RunbookRegistry::downWindow(j);
        QVERIFY(armedAt.isValid() && window.since.isValid() && armedAt <= window.since);
        const DownTime downtime = RunbookRegistry::downTime(j);
        QVERIFY(downtime.totalMs > 0);
        QCOMPARE(downtime.personMs, 0);
    }
};

QTEST_MAIN(TestFollowerSwitchWizard)
#include "testfollowerswitchwizard.moc"
