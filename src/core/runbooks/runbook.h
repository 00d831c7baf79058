#pragma once

#include "journal.h"
#include "runbooklock.h"
#include "runbookservices.h"
#include "step.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <utility>

namespace hpg {

class StepContext;

// Runs the steps of a runbook one after the other, asynchronously on the UI
// thread (timers and API callbacks; never a nested event loop), writing the
// journal after every change of state. The journal is written on the journal
// writer's thread (JournalWriter), never waited for on the UI thread; an
// action starts only once the journal that records its attempt is on disk.
//
// start() begins a new run or resumes one from its journal: steps already
// Done or Skipped are not run again, and every other step probes the live
// state before it acts, so an action whose effect is already there (because
// the previous process died after sending it) is not repeated. Destroying a
// Runbook leaves the journal as it was, like a crash would.
//
// pause() and abort() take effect between steps; a wait (or a probe) is
// interrupted at once, since it changes nothing. A destructive step stops at
// AwaitingConfirmation until confirm() gets the app name typed exactly; a
// confirmation holds only until the run stops (a failure, a pause, a new
// process): after that it is asked again.
//
// Resuming never surprises: prepare() checks that the journal belongs to the
// services' API and account and takes the run's locks (its journal, its
// databases) without sending anything, so that a window can show where the run
// stopped and wait for the user's Continue (start()). No action runs
// unrecorded: when the journal cannot be written before an action, the run
// pauses there and says why.
class Runbook : public QObject
{
    Q_OBJECT
public:
    enum class State { Ready, Running, Pausing, Paused, AwaitingConfirmation, Aborting, Aborted, Failed, Finished };
    Q_ENUM(State)

    struct RetryPolicy
    {
        int maxTransientRetries = 8; // transient failures in a row before the step fails
        int baseDelayMs = 1000; // doubled after each, up to maxDelayMs
        int maxDelayMs = 15000;
    };

    Runbook(const QString &title, const QList<Step> &steps, const Journal &journal, const RunbookServices &services,
            QObject *parent = nullptr);
    ~Runbook() override;

    QString title() const { return m_title; }
    const QList<Step> &steps() const { return m_steps; }
    const Journal &journal() const { return m_journal; }
    State state() const { return m_state; }
    int currentStep() const { return m_current; }
    StepState stepState(int index) const;
    QString stepCli(int index) const; // for the values captured so far
    QString confirmationApp() const; // the name to type while AwaitingConfirmation
    // The destructive steps of the down time that are not confirmed yet, when the next step to
    // run is the first of the down time or inside it; empty otherwise. While they are asked for
    // (isArming()), one typed app name confirms them all.
    QList<int> stepsToArm() const;
    bool isArming() const { return m_arming; }
    // [first, last] step of the down time; {-1, -1} when the run takes no app down.
    std::pair<int, int> downTimeSteps() const;
    QString lastError() const { return m_lastError; }
    // What the completed steps left in place (maintenance mode, scaled-down dynos…), one
    // translated sentence per line; empty when nothing.
    QString leftInPlace() const;
    // The ids of the completed steps whose effect is still in place (not undone by a later step).
    QStringList stepsLeftInPlace() const;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // What the run changes ("app/DATABASE"), locked while the run is open (RunbookKind::resources).
    void setLockResources(const QStringList &resources) { m_lockResources = resources; }
    // Checks the owner and takes the locks, sending nothing; false and lastError() when the journal
    // belongs to another API or account, or another window or process has the run or its database.
    bool prepare();
    // The same, with the locks taken on the journal writer's thread; `done` runs on this thread
    // (unless the Runbook is gone by then) with isPrepared().
    void prepareLater(const std::function<void(bool prepared)> &done);
    bool isPrepared() const { return m_lock && m_lock->isHeld(); }
    // True while the steps ran before (a resumed journal), so the run should wait for the user.
    bool isResumed() const;
    // Multiplies every Wait step's poll interval (tests use small values).
    void setPollIntervalScale(double scale) { m_pollScale = scale; }

    // Starts the run, or resumes it from its journal (prepare() first, if not done). False when the
    // journal is Finished or Aborted, the runbook is already running, or prepare() fails.
    bool start();
    void pause();
    // Continues after pause() or after a failure (the failed step probes again first).
    bool resume();
    void abort();
    // True when `typedAppName` is the expected app name; the step then probes once more and acts.
    bool confirm(const QString &typedAppName);

signals:
    void stateChanged(hpg::Runbook::State state);
    void stepStateChanged(int index, hpg::StepState state);
    void stepProgress(int index, double fraction, const QString &text);
    void metric(int index, const QString &name, double value);
    void confirmationRequired(int index, const QString &appName, const QString &cli);
    // Before the down time: the destructive steps inside it, all confirmed by one typed app name.
    void armingRequired(const QList<int> &steps, const QString &appName);
    // An action was started (its first request is on its way); for progress views and crash tests.
    void actionStarted(int index);
    void failed(int index, const QString &message);
    void stopped(const QString &explanation); // after abort()
    void finished();
    void journalWriteFailed(const QString &message);

private:
    friend class StepContext;
    enum class Answer { Done, NotDone, Later, Fail };

    void setState(State state);
    void setStepState(int index, StepState state);
    void scheduleNext(int delayMs = 0);
    void runNext();
    void startPhase(int phase);
    void act(StepContext *context, const QString &journalError);
    void runHandler(StepContext *context, const Step::Handler &handler);
    void answer(StepContext *context, Answer kind, const QString &text, bool transient, int delayMs);
    void onPrecondition(Answer kind, const QString &text);
    void onProbe(Answer kind, const QString &text, bool transient, int delayMs);
    void onAction(Answer kind, const QString &text, bool transient, int delayMs);
    void completeStep(const QString &summary, bool found);
    void failStep(const QString &message);
    void stopNow(bool abort);
    bool askToArm();
    bool arm(const QString &typedAppName);
    void retryAfterTransient(const QString &message);
    void dropContext();
    void noteRequestId(const QString &requestId);
    void captured(bool inAction);
    void addEvent(const QString &kind, const QString &result, bool withRequests = true);
    void audit(const QString &action, const QString &outcome, const QString &error = {});
    // Queues the journal's state; `writeAhead`: requests that change something wait until it is on disk.
    void save(bool writeAhead = false);
    void pauseForJournal(const QString &error);
    void releaseLocks();
    int nextOpenStep() const;
    Journal::StepRecord &record();
    const Step &step() const { return m_steps.at(m_current); }

    QString m_title;
    QList<Step> m_steps;
    Journal m_journal;
    RunbookServices m_services;
    RetryPolicy m_policy;
    double m_pollScale = 1.0;
    State m_state = State::Ready;
    int m_current = -1;
    QPointer<StepContext> m_context;
    QTimer m_timer; // the next phase: a poll, a retry, the next step
    int m_pendingPhase = -1;
    QElapsedTimer m_waitClock;
    int m_transientFailures = 0;
    bool m_checkingAfterError = false;
    bool m_settled = false;
    bool m_pauseRequested = false;
    bool m_abortRequested = false;
    bool m_arming = false; // AwaitingConfirmation of stepsToArm(), not of one step
    QSet<QString> m_confirmed; // step ids confirmed since the run last started or resumed
    QStringList m_lockResources;
    std::shared_ptr<RunbookLock> m_lock; // shared: prepareLater() takes it on another thread
    QStringList m_requestIds; // of the current step run
    QString m_lastError;
};

} // namespace hpg
