// The follower switch wizard offscreen, driven by objectName, against a real
// sandbox with dynos and Heroku Connect writing: choose the plan, read the
// pre-flight, start, type the app name at the destructive steps, watch Behind
// By, read the downtime, export the transcript and deprovision the old primary.
// Then: closing the wizard mid-run pauses the run, and a wizard opened on its
// journal finishes it.
#include "../../core/runbooks/switchfixture.h"
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/runbook.h"
#include "ui/wizards/behindbychart.h"
#include "ui/wizards/followerswitchwizard.h"

#include <QAbstractButton>
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

using namespace hpg;

class TestFollowerSwitchWizard : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

    template<typename T> static T *find(QWidget *root, const char *name)
    {
        return root->findChild<T *>(QLatin1String(name));
    }

    static bool click(QWidget *root, const char *name)
    {
        auto *button = find<QAbstractButton>(root, name);
        if (!button || !button->isEnabled() || !button->isVisible())
            return false;
        button->click();
        return true;
    }

    // Types the app name wherever a confirmation is asked, until the run is finished.
    static bool confirmUntilFinished(FollowerSwitchWizard &wizard, const QString &app, int *confirmations)
    {
        return QTest::qWaitFor(
            [&] {
                auto *box = find<QGroupBox>(&wizard, "confirmGroupBox");
                if (box && box->isVisible()) {
                    auto *edit = find<QLineEdit>(&wizard, "confirmAppLineEdit");
                    auto *confirm = find<QPushButton>(&wizard, "confirmPushButton");
                    edit->setText(app.left(app.size() - 1));
                    if (confirm->isEnabled())
                        return false; // a wrong name must not be accepted
                    edit->setText(app);
                    if (confirm->isEnabled()) {
                        confirm->click();
                        ++*confirmations;
                    }
                }
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
        QVERIFY(QTest::qWaitFor(
            [&] { return plans->count() > 0 && find<QAbstractButton>(&wizard, "nextPushButton")->isEnabled(); },
            20000));
        QCOMPARE(find<QComboBox>(&wizard, "databaseComboBox")->currentData().toString(), QStringLiteral("DATABASE"));
        QCOMPARE(plans->findData(QStringLiteral("heroku-postgresql:essential-0")), -1);
        QCOMPARE(plans->findData(QStringLiteral("heroku-postgresql:private-0")), -1);
        const int plan = plans->findData(QStringLiteral("heroku-postgresql:standard-2"));
        QVERIFY(plan >= 0);
        plans->setCurrentIndex(plan);
        auto *targetApps = find<QComboBox>(&wizard, "targetAppComboBox");
        QVERIFY(targetApps->findData(QStringLiteral("acme-private-api")) > 0); // a migration would be possible
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
        auto *steps = find<QTreeWidget>(&wizard, "planTreeWidget");
        QCOMPARE(steps->topLevelItemCount(), 15);
        QCOMPARE(steps->topLevelItem(5)->text(1), QStringLiteral("heroku maintenance:on -a acme-storefront"));
        QVERIFY(click(&wizard, "commitPushButton"));

        // Run: confirmations by typing the app name; Behind By is shown.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("switchRunPage"));
        int confirmations = 0;
        QVERIFY(confirmUntilFinished(wizard, app, &confirmations));
        QCOMPARE(confirmations, 2); // unfollow and promote
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
        confirm->accept();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return SwitchFixture::wait(m_f.platform->addon(QStringLiteral("postgresql-acme-primary")))
                    .error.isNotFound();
            },
            30000));
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
            QVERIFY(QTest::qWaitFor(
                [&] { return plans->count() > 0 && find<QAbstractButton>(&wizard, "nextPushButton")->isEnabled(); },
                20000));
            plans->setCurrentIndex(plans->findData(QStringLiteral("heroku-postgresql:standard-2")));
            QVERIFY(click(&wizard, "nextPushButton"));
            QVERIFY(QTest::qWaitFor([&] { return find<QAbstractButton>(&wizard, "commitPushButton")->isEnabled(); },
                                    30000));
            QVERIFY(click(&wizard, "commitPushButton"));
            // Close at the first confirmation (unfollow): the run pauses, nothing is left half-done.
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
        int confirmations = 0;
        QVERIFY(confirmUntilFinished(*wizard, app, &confirmations));
        QCOMPARE(confirmations, 2);
        const Journal done = wizard->runbook()->journal();
        QCOMPARE(done.status(), Journal::Status::Finished);
        QCOMPARE(done.step(QStringLiteral("provision-follower"))->actionsSucceeded, 1);
        QCOMPARE(m_f.configVars(app).value(QStringLiteral("DATABASE_URL")),
                 m_f.configVars(app).value(done.value(QStringLiteral("follower_attachment")).toString()
                                           + QStringLiteral("_URL")));
        wizard->close();
        QVERIFY(QTest::qWaitFor([&] { return wizard.isNull(); }));
    }
};

QTEST_MAIN(TestFollowerSwitchWizard)
#include "testfollowerswitchwizard.moc"
