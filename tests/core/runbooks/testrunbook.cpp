// The runbook engine with steps over an in-memory "world": order, probes that
// skip effects already there, typed confirmation, pause/abort between steps,
// crash and resume without repeating actions, transient and permanent errors,
// waits and their time limit, the journal and the audit log. And a resume that
// cannot surprise: the journal's owner (API and account), the locks on the run
// and its database, confirmations asked again after a failure or a pause, and
// a run that pauses before an action its journal cannot record.
#include "core/runbooks/auditlog.h"
#include "core/runbooks/journalwriter.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbooklock.h"
#include "core/runbooks/stepcontext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace hpg;

namespace {

// What the steps act on. `executions` counts real side effects per step id.
struct World
{
    QHash<QString, bool> flags;
    QHash<QString, int> executions;
    int polls = 0;
};

// Answers after a short delay, like an API call would.
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void later(StepContext &ctx, std::function<void()> fn, int ms = 5)
{
    QTimer::singleShot(ms, ctx.owner(), std::move(fn));
}

Step flagStep(World &world, const QString &id, bool destructive = false)
{
    Step s;
    s.id = id;
    s.title = QStringLiteral("Set %1").arg(id);
    s.cli = [id](const QJsonObject &) {
        return QStringLiteral("heroku set %1").arg(id);
    };
    s.destructive = destructive;
    s.probe = [&world, id](StepContext &ctx) {
        later(ctx, [&world, &ctx, id] {
            if (world.flags.value(id))
                ctx.done(QStringLiteral("%1 is set").arg(id));
            else
                ctx.notDone();
        });
    };
    s.action = [&world, id](StepContext &ctx) {
        later(ctx, [&world, &ctx, id] {
            world.flags[id] = true;
            ++world.executions[id];
            ctx.done(QStringLiteral("set %1").arg(id));
        });
    };
    s.leavesInPlace = [id](const QJsonObject &) {
        return QStringLiteral("%1 is still set.").arg(id);
    };
    return s;
}

} // namespace

class TestRunbook : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    Journal newJournal(const QList<Step> &steps)
    {
        QStringList ids;
        for (const Step &s : steps)
            ids.append(s.id);
        return Journal::create(QStringLiteral("test"), QStringLiteral("acme"), { { QStringLiteral("n"), ++m_counter } },
                               ids, m_dir.path());
    }

    static bool waitForState(Runbook &runbook, Runbook::State state, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return runbook.state() == state; }, timeoutMs);
    }

    static Journal reload(const Journal &journal)
    {
        auto loaded = Journal::load(journal.path());
        return loaded ? *loaded : Journal();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void runsStepsInOrderAndSkipsEffectsAlreadyThere()
    {
        World world;
        world.flags[QStringLiteral("b")] = true; // already there
        QList<Step> steps;
        Step check;
        check.id = QStringLiteral("check");
        check.kind = Step::Kind::Check;
        check.title = QStringLiteral("Check");
        check.action = [](StepContext &ctx) {
            ctx.capture(QStringLiteral("seen"), 42);
            ctx.done();
        };
        steps << check << flagStep(world, QStringLiteral("a")) << flagStep(world, QStringLiteral("b"));
        Step wait;
        wait.id = QStringLiteral("wait");
        wait.kind = Step::Kind::Wait;
        wait.title = QStringLiteral("Wait");
        wait.pollIntervalMs = 10;
        wait.probe = [&world](StepContext &ctx) {
            if (++world.polls >= 3)
                ctx.done(QStringLiteral("ready"));
            else
                ctx.notDone(QStringLiteral("poll %1").arg(world.polls));
        };
        steps << wait;
        Step skipped = flagStep(world, QStringLiteral("c"));
        skipped.needed = [](const QJsonObject &values) {
            return values.value(QStringLiteral("seen")).toInt() != 42;
        };
        steps << skipped;

        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        QSignalSpy finished(&runbook, &Runbook::finished);
        QVERIFY(runbook.start());
        QVERIFY(finished.wait(10000));
        QCOMPARE(runbook.state(), Runbook::State::Finished);
        QCOMPARE(world.executions.value(QStringLiteral("a")), 1);
        QCOMPARE(world.executions.value(QStringLiteral("b")), 0);
        QCOMPARE(world.executions.value(QStringLiteral("c")), 0);
        QCOMPARE(world.polls, 3);

        const Journal saved = reload(runbook.journal());
        QCOMPARE(saved.status(), Journal::Status::Finished);
        QCOMPARE(saved.value(QStringLiteral("seen")).toInt(), 42);
        QCOMPARE(saved.step(QStringLiteral("a"))->actionsSucceeded, 1);
        QVERIFY(!saved.step(QStringLiteral("a"))->foundDone);
        QCOMPARE(saved.step(QStringLiteral("b"))->actionsStarted, 0);
        QVERIFY(saved.step(QStringLiteral("b"))->foundDone);
        QCOMPARE(saved.step(QStringLiteral("wait"))->probes, 3);
        QCOMPARE(saved.step(QStringLiteral("c"))->state, StepState::Skipped);
        QStringList kinds;
        for (const auto &event : saved.events())
            kinds.append(event.kind);
        QCOMPARE(kinds,
                 QStringList({ QStringLiteral("started"), QStringLiteral("checked"), QStringLiteral("acted"),
                               QStringLiteral("found"), QStringLiteral("waited"), QStringLiteral("skipped"),
                               QStringLiteral("finished") }));
        QCOMPARE(saved.events().at(2).cli, QStringLiteral("heroku set a"));
        QVERIFY(!runbook.start()); // a finished run does not start again
    }

    void destructiveStepWaitsForTheTypedAppName()
    {
        World world;
        QList<Step> steps { flagStep(world, QStringLiteral("x"), true) };
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        QSignalSpy asked(&runbook, &Runbook::confirmationRequired);
        QVERIFY(runbook.start());
        QVERIFY(asked.wait(5000));
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("acme"));
        QCOMPARE(asked.first().at(2).toString(), QStringLiteral("heroku set x"));
        QCOMPARE(runbook.state(), Runbook::State::AwaitingConfirmation);
        QCOMPARE(reload(runbook.journal()).status(), Journal::Status::AwaitingConfirmation);
        QTest::qWait(50);
        QCOMPARE(world.executions.value(QStringLiteral("x")), 0);
        QVERIFY(!runbook.confirm(QStringLiteral("acme-other")));
        QVERIFY(!runbook.confirm(QStringLiteral("ACME")));
        QCOMPARE(runbook.state(), Runbook::State::AwaitingConfirmation);
        QVERIFY(runbook.confirm(QStringLiteral("acme")));
        QVERIFY(waitForState(runbook, Runbook::State::Finished));
        QCOMPARE(world.executions.value(QStringLiteral("x")), 1);
    }

    void pauseAndAbortHappenBetweenSteps()
    {
        World world;
        QList<Step> steps { flagStep(world, QStringLiteral("one")), flagStep(world, QStringLiteral("two")),
                            flagStep(world, QStringLiteral("three")) };
        steps[1].undoes = { QStringLiteral("one") };
        steps[0].action = [&world](StepContext &ctx) {
            later(
                ctx,
                [&world, &ctx] {
                    world.flags[QStringLiteral("one")] = true;
                    ++world.executions[QStringLiteral("one")];
                    ctx.done();
                },
                200);
        };
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        QSignalSpy actionStarted(&runbook, &Runbook::actionStarted);
        QVERIFY(runbook.start());
        QVERIFY(actionStarted.wait());
        runbook.pause(); // the action is under way: it finishes, then the run pauses
        QCOMPARE(runbook.state(), Runbook::State::Pausing);
        QVERIFY(waitForState(runbook, Runbook::State::Paused));
        QCOMPARE(world.executions.value(QStringLiteral("one")), 1);
        QCOMPARE(runbook.stepState(0), StepState::Done);
        QCOMPARE(runbook.stepState(1), StepState::Pending);
        QTest::qWait(50);
        QCOMPARE(world.executions.value(QStringLiteral("two")), 0);
        QCOMPARE(reload(runbook.journal()).status(), Journal::Status::Paused);
        QCOMPARE(runbook.leftInPlace(), QStringLiteral("one is still set."));

        QVERIFY(runbook.resume());
        QVERIFY(QTest::qWaitFor([&] { return runbook.stepState(1) == StepState::Done; }));
        runbook.pause();
        QVERIFY(waitForState(runbook, Runbook::State::Paused));
        // "two" undoes "one": only its own effect is left in place.
        QCOMPARE(runbook.leftInPlace(), QStringLiteral("two is still set."));
        QSignalSpy stopped(&runbook, &Runbook::stopped);
        runbook.abort();
        QCOMPARE(runbook.state(), Runbook::State::Aborted);
        QCOMPARE(stopped.size(), 1);
        const QString explanation = stopped.first().first().toString();
        QVERIFY2(explanation.contains(QStringLiteral("Set three")), qPrintable(explanation));
        QVERIFY2(explanation.contains(QStringLiteral("two is still set.")), qPrintable(explanation));
        QVERIFY(!explanation.contains(QStringLiteral("one is still set.")));
        const Journal saved = reload(runbook.journal());
        QCOMPARE(saved.status(), Journal::Status::Aborted);
        QCOMPARE(saved.stopExplanation(), explanation);
        QCOMPARE(world.executions.value(QStringLiteral("three")), 0);
        for (const Journal &j : Journal::unfinished(m_dir.path()))
            QVERIFY(j.id() != saved.id());
    }

    // A pause that comes while the journal is being written before an action: the action is not sent.
    void aPauseWhileTheAttemptIsWrittenSendsNothing()
    {
        World world;
        QList<Step> steps { flagStep(world, QStringLiteral("one")) };
        Runbook *target = nullptr;
        steps[0].probe = [&target](StepContext &ctx) {
            ctx.notDone(); // the action's attempt is queued for the journal writer now
            QCOMPARE(target->state(), Runbook::State::Running);
            target->pause();
            QCOMPARE(target->state(), Runbook::State::Pausing);
        };
        Runbook pausing(QStringLiteral("Test"), steps, newJournal(steps), {});
        target = &pausing;
        QSignalSpy actionStarted(&pausing, &Runbook::actionStarted);
        QVERIFY(pausing.start());
        QVERIFY(waitForState(pausing, Runbook::State::Paused));
        QCOMPARE(actionStarted.size(), 0);
        QCOMPARE(world.executions.value(QStringLiteral("one")), 0);
        QCOMPARE(pausing.stepState(0), StepState::Pending);
        QCOMPARE(pausing.journal().step(QStringLiteral("one"))->actionsStarted, 0);
        JournalWriter::instance().flush();
        const Journal onDisk = *Journal::fromBytes(readAll(pausing.journal().path()), pausing.journal().path());
        QCOMPARE(onDisk.status(), Journal::Status::Paused);
        QCOMPARE(onDisk.step(QStringLiteral("one"))->actionsStarted, 0);
    }

    void crashAndResumeDoNotRepeatAnAction()
    {
        World world;
        QList<Step> steps { flagStep(world, QStringLiteral("first")), flagStep(world, QStringLiteral("slow")),
                            flagStep(world, QStringLiteral("last")) };
        // The server applies "slow" at once, but its answer never arrives before the crash. When it
        // is sent, the journal file (not this process's newest state: the disk) records the attempt.
        QString journalPath;
        int attemptsOnDisk = -1;
        steps[1].action = [&world, &journalPath, &attemptsOnDisk](StepContext &ctx) {
            const auto onDisk = Journal::fromBytes(readAll(journalPath), journalPath);
            attemptsOnDisk = onDisk ? onDisk->step(QStringLiteral("slow"))->actionsStarted : -1;
            world.flags[QStringLiteral("slow")] = true;
            ++world.executions[QStringLiteral("slow")];
            later(
                ctx, [&ctx] { ctx.done(); }, 60000);
        };
        Journal journal = newJournal(steps);
        journalPath = journal.path();
        {
            auto runbook = std::make_unique<Runbook>(QStringLiteral("Test"), steps, journal, RunbookServices {});
            QVERIFY(runbook->start());
            QVERIFY(QTest::qWaitFor([&] { return world.executions.value(QStringLiteral("slow")) == 1; }));
        } // destroyed mid-action: a crash
        QCOMPARE(attemptsOnDisk, 1);
        auto crashed = reload(journal);
        QCOMPARE(crashed.status(), Journal::Status::Running);
        QCOMPARE(crashed.step(QStringLiteral("first"))->state, StepState::Done);
        QCOMPARE(crashed.step(QStringLiteral("slow"))->state, StepState::Running);
        QCOMPARE(crashed.step(QStringLiteral("slow"))->actionsStarted, 1);
        QCOMPARE(crashed.step(QStringLiteral("slow"))->actionsSucceeded, 0);

        bool found = false;
        for (const Journal &j : Journal::unfinished(m_dir.path()))
            found = found || j.id() == journal.id();
        QVERIFY(found);

        Runbook resumed(QStringLiteral("Test"), steps, crashed, {});
        QVERIFY(resumed.start());
        QVERIFY(waitForState(resumed, Runbook::State::Finished));
        QCOMPARE(world.executions.value(QStringLiteral("first")), 1);
        QCOMPARE(world.executions.value(QStringLiteral("slow")), 1);
        QCOMPARE(world.executions.value(QStringLiteral("last")), 1);
        const Journal saved = reload(journal);
        QCOMPARE(saved.step(QStringLiteral("slow"))->actionsStarted, 1);
        QVERIFY(saved.step(QStringLiteral("slow"))->foundDone);
        QCOMPARE(saved.step(QStringLiteral("first"))->probes, 1); // a done step is not probed again
        QStringList kinds;
        for (const auto &event : saved.events())
            kinds.append(event.kind);
        QCOMPARE(kinds,
                 QStringList({ QStringLiteral("started"), QStringLiteral("acted"), QStringLiteral("resumed"),
                               QStringLiteral("found"), QStringLiteral("acted"), QStringLiteral("finished") }));
    }

    void anAttemptStillUnderWayIsGivenTimeToShow()
    {
        World world;
        QList<Step> steps { flagStep(world, QStringLiteral("async")) };
        steps[0].settleMs = 300;
        // The effect shows 150 ms after the request, like an unfollow promoting a replica.
        steps[0].action = [&world](StepContext &ctx) {
            ++world.executions[QStringLiteral("async")];
            QTimer::singleShot(150, [&world] { world.flags[QStringLiteral("async")] = true; });
            later(
                ctx, [&ctx] { ctx.done(); }, 60000);
        };
        Journal journal = newJournal(steps);
        {
            Runbook runbook(QStringLiteral("Test"), steps, journal, {});
            QVERIFY(runbook.start());
            QVERIFY(QTest::qWaitFor([&] { return world.executions.value(QStringLiteral("async")) == 1; }));
        } // crash before the answer
        Runbook resumed(QStringLiteral("Test"), steps, reload(journal), {});
        QVERIFY(resumed.start());
        QVERIFY(waitForState(resumed, Runbook::State::Finished));
        QCOMPARE(world.executions.value(QStringLiteral("async")), 1);
        QVERIFY(reload(journal).step(QStringLiteral("async"))->foundDone);
    }

    void transientErrorsProbeBeforeTryingAgain()
    {
        World world;
        int attempts = 0;
        QList<Step> steps { flagStep(world, QStringLiteral("flaky")), flagStep(world, QStringLiteral("lost")) };
        steps[0].action = [&world, &attempts](StepContext &ctx) {
            if (++attempts < 3) { // refused before it did anything (a 503)
                ctx.fail(QStringLiteral("HTTP 503"), true);
                return;
            }
            world.flags[QStringLiteral("flaky")] = true;
            ++world.executions[QStringLiteral("flaky")];
            ctx.done();
        };
        steps[1].action = [&world](StepContext &ctx) { // done, but the answer was lost
            world.flags[QStringLiteral("lost")] = true;
            ++world.executions[QStringLiteral("lost")];
            ctx.fail(QStringLiteral("connection closed"), true);
        };
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        runbook.setRetryPolicy({ 5, 10, 50 });
        QVERIFY(runbook.start());
        QVERIFY(waitForState(runbook, Runbook::State::Finished));
        QCOMPARE(attempts, 3);
        QCOMPARE(world.executions.value(QStringLiteral("flaky")), 1);
        QCOMPARE(world.executions.value(QStringLiteral("lost")), 1);
        const Journal saved = reload(runbook.journal());
        QCOMPARE(saved.step(QStringLiteral("flaky"))->actionsStarted, 3);
        QCOMPARE(saved.step(QStringLiteral("flaky"))->actionsSucceeded, 1);
        QCOMPARE(saved.step(QStringLiteral("flaky"))->probes, 3);
        QCOMPARE(saved.step(QStringLiteral("lost"))->actionsStarted, 1);
        QVERIFY(saved.step(QStringLiteral("lost"))->foundDone);
    }

    void permanentErrorStopsAndResumeRetries()
    {
        World world;
        bool refuse = true;
        QList<Step> steps { flagStep(world, QStringLiteral("p")) };
        steps[0].action = [&world, &refuse](StepContext &ctx) {
            if (refuse) {
                ctx.fail(QStringLiteral("422: not allowed"));
                return;
            }
            world.flags[QStringLiteral("p")] = true;
            ctx.done();
        };
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        QSignalSpy failed(&runbook, &Runbook::failed);
        QVERIFY(runbook.start());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("422: not allowed"));
        const Journal saved = reload(runbook.journal());
        QCOMPARE(saved.status(), Journal::Status::Failed);
        QCOMPARE(saved.step(QStringLiteral("p"))->probes, 2); // probed again after the error
        QVERIFY(saved.stopExplanation().contains(QStringLiteral("422: not allowed")));
        refuse = false;
        QVERIFY(runbook.resume());
        QVERIFY(waitForState(runbook, Runbook::State::Finished));
    }

    void waitGivesUpAfterItsTimeLimit()
    {
        QList<Step> steps;
        Step wait;
        wait.id = QStringLiteral("never");
        wait.kind = Step::Kind::Wait;
        wait.title = QStringLiteral("Never");
        wait.pollIntervalMs = 20;
        wait.timeoutMs = 200;
        wait.probe = [](StepContext &ctx) {
            ctx.progress(0.5, QStringLiteral("half"));
            ctx.notDone(QStringLiteral("still behind"));
        };
        steps << wait;
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        QSignalSpy failed(&runbook, &Runbook::failed);
        QSignalSpy progress(&runbook, &Runbook::stepProgress);
        QVERIFY(runbook.start());
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("still behind")));
        QVERIFY(progress.size() >= 2);
    }

    void pauseInterruptsAWaitAtOnce()
    {
        int polls = 0;
        QList<Step> steps;
        Step wait;
        wait.id = QStringLiteral("w");
        wait.kind = Step::Kind::Wait;
        wait.title = QStringLiteral("W");
        wait.pollIntervalMs = 10000;
        wait.probe = [&polls](StepContext &ctx) {
            if (++polls >= 2)
                ctx.done();
            else
                ctx.notDone();
        };
        steps << wait;
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        QVERIFY(runbook.start());
        QVERIFY(QTest::qWaitFor([&] { return runbook.stepState(0) == StepState::Waiting; }));
        runbook.pause();
        QCOMPARE(runbook.state(), Runbook::State::Paused);
        QCOMPARE(runbook.stepState(0), StepState::Pending);
        QVERIFY(runbook.resume());
        QVERIFY(waitForState(runbook, Runbook::State::Finished));
        QCOMPARE(polls, 2);
    }

    void aConfirmationIsAskedAgainAfterAFailure()
    {
        World world;
        bool refuse = true;
        QList<Step> steps { flagStep(world, QStringLiteral("d"), true) };
        steps[0].action = [&world, &refuse](StepContext &ctx) {
            if (refuse) {
                ctx.fail(QStringLiteral("422: not now"));
                return;
            }
            world.flags[QStringLiteral("d")] = true;
            ++world.executions[QStringLiteral("d")];
            ctx.done();
        };
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        QSignalSpy asked(&runbook, &Runbook::confirmationRequired);
        QVERIFY(runbook.start());
        QVERIFY(asked.wait(5000));
        QVERIFY(runbook.confirm(QStringLiteral("acme")));
        QVERIFY(waitForState(runbook, Runbook::State::Failed));
        refuse = false;
        QVERIFY(runbook.resume());
        // The destructive step does not act on the confirmation given before it failed.
        QVERIFY(waitForState(runbook, Runbook::State::AwaitingConfirmation));
        QCOMPARE(asked.size(), 2);
        QTest::qWait(50);
        QCOMPARE(world.executions.value(QStringLiteral("d")), 0);
        QVERIFY(runbook.confirm(QStringLiteral("acme")));
        QVERIFY(waitForState(runbook, Runbook::State::Finished));
        QCOMPARE(world.executions.value(QStringLiteral("d")), 1);
    }

    void aConfirmationIsAskedAgainAfterAPause()
    {
        World world;
        QList<Step> steps { flagStep(world, QStringLiteral("first")), flagStep(world, QStringLiteral("second"), true),
                            flagStep(world, QStringLiteral("third"), true) };
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), {});
        QSignalSpy asked(&runbook, &Runbook::confirmationRequired);
        QVERIFY(runbook.start());
        QVERIFY(asked.wait(5000));
        QCOMPARE(asked.last().at(0).toInt(), 1);
        runbook.pause();
        QVERIFY(waitForState(runbook, Runbook::State::Paused));
        QVERIFY(runbook.resume());
        QVERIFY(waitForState(runbook, Runbook::State::AwaitingConfirmation));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().at(0).toInt(), 1);
        QCOMPARE(world.executions.value(QStringLiteral("second")), 0);
    }

    void anotherAccountOrApiIsRefused()
    {
        World world;
        QList<Step> steps { flagStep(world, QStringLiteral("owned")) };
        RunbookServices alice;
        alice.apiUrl = QStringLiteral("http://127.0.0.1:5000");
        alice.account = QStringLiteral("alice@example.com");
        Journal journal = newJournal(steps);
        {
            Runbook runbook(QStringLiteral("Test"), steps, journal, alice);
            QVERIFY(runbook.prepare()); // an old journal without owner is recorded for the first account
            QVERIFY(runbook.journal().save());
            journal = runbook.journal();
        }
        QCOMPARE(reload(journal).account(), QStringLiteral("alice@example.com"));
        QCOMPARE(reload(journal).apiUrl(), QStringLiteral("http://127.0.0.1:5000"));

        RunbookServices bob = alice;
        bob.account = QStringLiteral("bob@example.com");
        Runbook asBob(QStringLiteral("Test"), steps, reload(journal), bob);
        QVERIFY(!asBob.prepare());
        QVERIFY(!asBob.start());
        QVERIFY2(asBob.lastError().contains(QStringLiteral("alice@example.com"))
                     && asBob.lastError().contains(QStringLiteral("bob@example.com")),
                 qPrintable(asBob.lastError()));
        RunbookServices production = alice;
        production.apiUrl = QStringLiteral("https://api.heroku.com");
        Runbook onProduction(QStringLiteral("Test"), steps, reload(journal), production);
        QVERIFY(!onProduction.start());
        QVERIFY(onProduction.lastError().contains(QStringLiteral("https://api.heroku.com")));
        QTest::qWait(50);
        QCOMPARE(world.executions.value(QStringLiteral("owned")), 0);
        QCOMPARE(reload(journal).events().size(), 0); // nothing was recorded either

        RunbookServices aliceAgain = alice;
        aliceAgain.account = QStringLiteral("Alice@Example.com"); // emails compare without case
        Runbook asAlice(QStringLiteral("Test"), steps, reload(journal), aliceAgain);
        QVERIFY(asAlice.start());
        QVERIFY(waitForState(asAlice, Runbook::State::Finished));
        QCOMPARE(world.executions.value(QStringLiteral("owned")), 1);
    }

    void oneWindowPerRunAndOneRunPerDatabase()
    {
        World world;
        QList<Step> steps { flagStep(world, QStringLiteral("locked"), true) };
        const Journal journal = newJournal(steps);
        Runbook first(QStringLiteral("Follower switch"), steps, journal, {});
        first.setLockResources({ QStringLiteral("acme/DATABASE") });
        QVERIFY(first.prepare());
        QVERIFY(first.isPrepared());

        Runbook second(QStringLiteral("Follower switch"), steps, journal, {});
        QVERIFY(!second.prepare());
        QVERIFY(!second.start());
        QVERIFY2(second.lastError().contains(QStringLiteral("open in another window")), qPrintable(second.lastError()));

        Runbook other(QStringLiteral("Plan change"), steps, newJournal(steps), {});
        other.setLockResources({ QStringLiteral("acme/DATABASE") });
        QVERIFY(!other.start());
        QVERIFY2(other.lastError().contains(QStringLiteral("Another runbook is running on this database"))
                     && other.lastError().contains(QStringLiteral("Follower switch")),
                 qPrintable(other.lastError()));
        Runbook elsewhere(QStringLiteral("Plan change"), steps, newJournal(steps), {});
        elsewhere.setLockResources({ QStringLiteral("acme/HEROKU_POSTGRESQL_GRAY") });
        QVERIFY(elsewhere.prepare());

        // The same refusal when the locks are taken on the journal writer's thread.
        std::optional<bool> preparedLater;
        other.prepareLater([&preparedLater](bool prepared) { preparedLater = prepared; });
        QVERIFY(QTest::qWaitFor([&] { return preparedLater.has_value(); }));
        QVERIFY(!*preparedLater);
        QVERIFY(other.lastError().contains(QStringLiteral("Another runbook is running on this database")));

        // Once the first run is over (aborted here), its locks are free again; their files go on the
        // journal writer's thread, and a prepare in this process comes after that.
        first.abort();
        preparedLater.reset();
        other.prepareLater([&preparedLater](bool prepared) { preparedLater = prepared; });
        QVERIFY(!preparedLater.has_value()); // not on this thread
        QVERIFY(QTest::qWaitFor([&] { return preparedLater.has_value(); }));
        QVERIFY2(*preparedLater, qPrintable(other.lastError()));
        QVERIFY(other.isPrepared());
        JournalWriter::instance().flush();
        const QDir locks(RunbookLock::lockDir(m_dir.path()));
        QStringList holders;
        for (const QString &name : locks.entryList({ QStringLiteral("*.json*") }, QDir::Files)) {
            QFile info(locks.filePath(name));
            QVERIFY(info.open(QIODevice::ReadOnly));
            holders.append(QJsonDocument::fromJson(info.readAll()).object().value(QStringLiteral("title")).toString());
        }
        holders.sort();
        // "other" and "elsewhere" each hold their run and their database; nothing is left of "first".
        QCOMPARE(holders, QStringList(4, QStringLiteral("Plan change")));
        QTest::qWait(20);
        QCOMPARE(world.executions.value(QStringLiteral("locked")), 0);
    }

    void aJournalThatCannotBeWrittenPausesBeforeTheAction()
    {
        World world;
        QTemporaryDir dir;
        QList<Step> steps { flagStep(world, QStringLiteral("before")), flagStep(world, QStringLiteral("after")) };
        // "after" gets its probe answer only once the journal folder is gone.
        const QString folder = dir.filePath(QStringLiteral("runbooks"));
        QStringList ids { QStringLiteral("before"), QStringLiteral("after") };
        Journal journal = Journal::create(QStringLiteral("test"), QStringLiteral("acme"), {}, ids, folder);
        bool folderGone = false;
        steps[1].probe = [&](StepContext &ctx) {
            later(ctx, [&] {
                if (!folderGone) {
                    // Root ignores permissions: the folder becomes a plain file, which nobody can write into.
                    QVERIFY(QDir(folder).removeRecursively());
                    QFile file(folder);
                    QVERIFY(file.open(QIODevice::WriteOnly));
                    folderGone = true;
                }
                ctx.notDone();
            });
        };
        Runbook runbook(QStringLiteral("Test"), steps, journal, {});
        QSignalSpy writeFailed(&runbook, &Runbook::journalWriteFailed);
        QVERIFY(runbook.start());
        QVERIFY(waitForState(runbook, Runbook::State::Paused));
        QVERIFY(writeFailed.size() >= 1);
        QCOMPARE(world.executions.value(QStringLiteral("before")), 1);
        QCOMPARE(world.executions.value(QStringLiteral("after")), 0);
        QCOMPARE(runbook.stepState(1), StepState::Pending);
        QVERIFY2(runbook.journal().stopExplanation().contains(QStringLiteral("could not be written")),
                 qPrintable(runbook.journal().stopExplanation()));
        QVERIFY(runbook.journal().stopExplanation().contains(QStringLiteral("Set after")));
        QTest::qWait(50);
        QCOMPARE(world.executions.value(QStringLiteral("after")), 0);

        // Writable again: Continue acts, and the journal records it.
        QVERIFY(QFile::remove(folder));
        QVERIFY(runbook.resume());
        QVERIFY(waitForState(runbook, Runbook::State::Finished));
        QCOMPARE(world.executions.value(QStringLiteral("after")), 1);
        QCOMPARE(reload(runbook.journal()).status(), Journal::Status::Finished);
    }

    void actionsGoToTheAuditLog()
    {
        World world;
        AuditLog log(m_dir.filePath(QStringLiteral("audit.log")));
        QList<Step> steps { flagStep(world, QStringLiteral("audited")) };
        RunbookServices services;
        services.audit = &log;
        Runbook runbook(QStringLiteral("Test"), steps, newJournal(steps), services);
        QVERIFY(runbook.start());
        QVERIFY(waitForState(runbook, Runbook::State::Finished));
        QStringList actions;
        for (const QJsonObject &entry : log.entries()) {
            if (entry.value(QStringLiteral("runbook")).toString() == runbook.journal().id())
                actions.append(entry.value(QStringLiteral("action")).toString() + QLatin1Char('/')
                               + entry.value(QStringLiteral("outcome")).toString());
        }
        QCOMPARE(actions,
                 QStringList({ QStringLiteral("runbook.start/ok"), QStringLiteral("runbook.step/done"),
                               QStringLiteral("runbook.finish/ok") }));
        const auto entries = log.entries();
        QCOMPARE(entries.at(1).value(QStringLiteral("cli")).toString(), QStringLiteral("heroku set audited"));
    }
};

QTEST_GUILESS_MAIN(TestRunbook)
#include "testrunbook.moc"
