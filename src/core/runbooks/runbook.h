#pragma once

#include "journal.h"
#include "runbookservices.h"
#include "step.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace hpg {

class StepContext;

// Runs the steps of a runbook one after the other, asynchronously on the UI
// thread (timers and API callbacks; never a nested event loop), writing the
// journal after every change of state.
//
// start() begins a new run or resumes one from its journal: steps already
// Done or Skipped are not run again, and every other step probes the live
// state before it acts, so an action whose effect is already there (because
// the previous process died after sending it) is not repeated. Destroying a
// Runbook leaves the journal as it was, like a crash would.
//
// pause() and abort() take effect between steps; a wait (or a probe) is
// interrupted at once, since it changes nothing. A destructive step stops at
// AwaitingConfirmation until confirm() gets the app name typed exactly.
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
    QString lastError() const { return m_lastError; }
    // What the completed steps left in place (maintenance mode, scaled-down dynos…), one
    // translated sentence per line; empty when nothing.
    QString leftInPlace() const;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Multiplies every Wait step's poll interval (tests use small values).
    void setPollIntervalScale(double scale) { m_pollScale = scale; }

    // Starts the run, or resumes it from its journal. False when the journal is
    // Finished or Aborted, or the runbook is already running.
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
    void answer(StepContext *context, Answer kind, const QString &text, bool transient, int delayMs);
    void onPrecondition(Answer kind, const QString &text);
    void onProbe(Answer kind, const QString &text, bool transient, int delayMs);
    void onAction(Answer kind, const QString &text, bool transient, int delayMs);
    void completeStep(const QString &summary, bool found);
    void failStep(const QString &message);
    void stopNow(bool abort);
    void retryAfterTransient(const QString &message);
    void dropContext();
    void noteRequestId(const QString &requestId);
    void captured();
    void addEvent(const QString &kind, const QString &result, bool withRequests = true);
    void audit(const QString &action, const QString &outcome, const QString &error = {});
    void save();
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
    QSet<QString> m_confirmed; // step ids confirmed in this run
    QStringList m_requestIds; // of the current step run
    QString m_lastError;
};

} // namespace hpg
