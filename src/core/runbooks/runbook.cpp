#include "runbook.h"

#include "auditlog.h"
#include "core/heroku/apiclient.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/memory/codeprefetch.h"
#include "core/stall/operationscope.h"
#include "journalwriter.h"
#include "stepcontext.h"

#include <QJsonArray>

namespace hpg {

Runbook::Runbook(const QString &title, const QList<Step> &steps, const Journal &journal,
                 const RunbookServices &services, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_steps(steps)
    , m_journal(journal)
    , m_services(services)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int phase = m_pendingPhase;
        m_pendingPhase = -1;
        if (phase < 0)
            runNext();
        else
            startPhase(phase);
    });
    // Requests that change something wait for the values an action captured before them.
    for (ApiClient *api : { m_services.platform ? m_services.platform->api() : nullptr,
                            m_services.data ? m_services.data->api() : nullptr }) {
        if (api)
            api->setChangeGate([](QObject *call, std::function<void()> send) {
                JournalWriter::instance().afterWritesAhead(call, std::move(send));
            });
    }
    // A journal written before owners were recorded belongs to the first account that opens it.
    if (!m_journal.hasOwner())
        m_journal.setOwner(m_services.apiUrl, m_services.account);
    // A journal written by a run with fewer steps still gets a record for each step.
    for (const Step &s : std::as_const(m_steps)) {
        if (!m_journal.step(s.id)) {
            Journal::StepRecord record;
            record.id = s.id;
            m_journal.steps().append(record);
        }
    }
}

Runbook::~Runbook()
{
    releaseLocks();
}

void Runbook::releaseLocks()
{
    if (m_lock)
        m_lock->releaseLater(); // removing the lock files may wait for a busy disk
    m_lock.reset();
}

StepState Runbook::stepState(int index) const
{
    if (index < 0 || index >= m_steps.size())
        return StepState::Pending;
    const auto *record = m_journal.step(m_steps.at(index).id);
    return record ? record->state : StepState::Pending;
}

QString Runbook::stepCli(int index) const
{
    if (index < 0 || index >= m_steps.size() || !m_steps.at(index).cli)
        return {};
    return m_steps.at(index).cli(m_journal.values());
}

int Runbook::nextOpenStep() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepState state = stepState(i);
        if (state != StepState::Done && state != StepState::Skipped)
            return i;
    }
    return -1;
}

bool Runbook::isResumed() const
{
    if (!m_journal.events().isEmpty())
        return true;
    for (const auto &rec : m_journal.steps()) {
        if (rec.state != StepState::Pending)
            return true;
    }
    return false;
}

bool Runbook::prepare()
{
    if (isPrepared())
        return true;
    const QString mismatch = m_journal.ownerMismatch(m_services.apiUrl, m_services.account);
    if (!mismatch.isEmpty()) {
        m_lastError = mismatch;
        return false;
    }
    auto lock = std::make_shared<RunbookLock>(m_journal, m_title, m_lockResources);
    QString error;
    if (!lock->acquire(&error)) {
        m_lastError = error;
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

void Runbook::prepareLater(const std::function<void(bool prepared)> &done)
{
    if (isPrepared()) {
        done(true);
        return;
    }
    const QString mismatch = m_journal.ownerMismatch(m_services.apiUrl, m_services.account);
    if (!mismatch.isEmpty()) {
        m_lastError = mismatch;
        done(false);
        return;
    }
    // Creating the lock files may wait for a busy disk (50-155 ms in BENCH uistall): the journal
    // writer's thread takes them, after any release this process queued.
    auto lock = std::make_shared<RunbookLock>(m_journal, m_title, m_lockResources);
    JournalWriter::instance().post(
        [lock] {
            QString error;
            lock->acquire(&error);
            return error;
        },
        this,
        [this, lock, done](const QString &error) {
            if (!isPrepared()) {
                if (lock->isHeld())
                    m_lock = lock;
                else
                    m_lastError = error;
            }
            done(isPrepared());
        });
}

bool Runbook::start()
{
    if (m_state != State::Ready || !m_journal.isUnfinished() || !prepare())
        return false;
    const bool resumed = isResumed();
    m_confirmed.clear();
    for (auto &rec : m_journal.steps()) {
        // A step cut short by a crash starts again with its probe.
        if (rec.state != StepState::Done && rec.state != StepState::Skipped)
            rec.state = StepState::Pending;
    }
    m_current = -1;
    m_journal.setStatus(Journal::Status::Running);
    m_journal.setStopExplanation({});
    addEvent(resumed ? QStringLiteral("resumed") : QStringLiteral("started"),
             resumed ? tr("The run was resumed from its journal.") : tr("The run started."), false);
    audit(resumed ? QStringLiteral("runbook.resume") : QStringLiteral("runbook.start"), QStringLiteral("ok"));
    save();
    CodePrefetch::inBackground(); // the steps' code is in memory before the down time, not read then
    setState(State::Running);
    scheduleNext();
    return true;
}

bool Runbook::resume()
{
    if (m_state == State::Ready)
        return start();
    if (m_state != State::Paused && m_state != State::Failed)
        return false;
    if (m_current >= 0 && stepState(m_current) == StepState::Failed)
        setStepState(m_current, StepState::Pending);
    m_journal.setStatus(Journal::Status::Running);
    m_journal.setStopExplanation({});
    addEvent(QStringLiteral("resumed"), tr("The run continues."), false);
    save();
    CodePrefetch::inBackground();
    setState(State::Running);
    scheduleNext();
    return true;
}

void Runbook::pause()
{
    if (m_state != State::Running && m_state != State::AwaitingConfirmation)
        return;
    if (m_context && m_context->phase() == StepContext::Phase::Action) {
        m_pauseRequested = true;
        setState(State::Pausing);
        return;
    }
    stopNow(false);
}

void Runbook::abort()
{
    switch (m_state) {
    case State::Running:
    case State::Pausing:
    case State::AwaitingConfirmation:
        if (m_context && m_context->phase() == StepContext::Phase::Action) {
            m_abortRequested = true;
            setState(State::Aborting);
            return;
        }
        stopNow(true);
        return;
    case State::Ready:
    case State::Paused:
    case State::Failed:
        stopNow(true);
        return;
    case State::Aborting:
    case State::Aborted:
    case State::Finished:
        return;
    }
}

void Runbook::scheduleNext(int delayMs)
{
    m_pendingPhase = -1;
    m_timer.start(delayMs);
}

void Runbook::runNext()
{
    const OperationScope scope("runbook: next step");
    if (m_state != State::Running && m_state != State::Pausing && m_state != State::Aborting)
        return;
    if (m_abortRequested || m_pauseRequested) {
        stopNow(m_abortRequested);
        return;
    }
    m_current = nextOpenStep();
    if (m_current < 0) {
        m_journal.setStatus(Journal::Status::Finished);
        addEvent(QStringLiteral("finished"), tr("All steps are done."), false);
        audit(QStringLiteral("runbook.finish"), QStringLiteral("ok"));
        save();
        releaseLocks(); // a finished run holds nothing
        setState(State::Finished);
        emit finished();
        return;
    }
    // Before the down time (or inside it, after a resume), everything that needs a person is asked at once.
    if (askToArm())
        return;
    const Step &s = step();
    Journal::StepRecord &rec = record();
    m_requestIds.clear();
    if (s.needed && !s.needed(m_journal.values())) {
        rec.finishedAt = QDateTime::currentDateTimeUtc();
        rec.summary = tr("Not needed for this run.");
        setStepState(m_current, StepState::Skipped);
        addEvent(QStringLiteral("skipped"), rec.summary);
        save();
        scheduleNext();
        return;
    }
    m_transientFailures = 0;
    m_checkingAfterError = false;
    m_settled = false;
    m_lastError.clear();
    m_waitClock.start();
    if (!rec.startedAt.isValid())
        rec.startedAt = QDateTime::currentDateTimeUtc();
    rec.error.clear();
    setStepState(m_current, StepState::Running);
    save();
    if (s.precondition)
        startPhase(int(StepContext::Phase::Precondition));
    else
        startPhase(int(s.probe ? StepContext::Phase::Probe : StepContext::Phase::Action));
}

void Runbook::dropContext()
{
    if (!m_context)
        return;
    m_context->m_answered = true; // late answers and API callbacks are ignored
    m_context->deleteLater(); // cancels its API calls
    m_context = nullptr;
}

void Runbook::startPhase(int phase)
{
    const OperationScope scope("runbook: start a phase");
    dropContext();
    const auto p = StepContext::Phase(phase);
    const Step &s = step();
    auto *context = new StepContext(this, m_services, m_current, p);
    m_context = context;
    Step::Handler handler;
    switch (p) {
    case StepContext::Phase::Precondition:
        handler = s.precondition;
        break;
    case StepContext::Phase::Probe:
        ++record().probes;
        handler = s.probe;
        break;
    case StepContext::Phase::Action:
        ++record().actionsStarted;
        // Before anything is sent, the journal on disk shows the attempt (it survives a crash).
        // The action starts when the write is over; this thread does not wait for the disk.
        m_journal.saveLater(this, [this, guard = QPointer<StepContext>(context)](const QString &error) {
            if (guard && guard == m_context)
                act(guard, error);
        });
        return;
    }
    runHandler(context, handler);
}

void Runbook::act(StepContext *context, const QString &journalError)
{
    if (!journalError.isEmpty()) {
        emit journalWriteFailed(journalError);
        pauseForJournal(journalError);
        return;
    }
    if (m_pauseRequested || m_abortRequested) {
        // Stopped while the attempt was written down: nothing was sent.
        --record().actionsStarted;
        stopNow(m_abortRequested);
        return;
    }
    runHandler(context, step().action);
}

void Runbook::runHandler(StepContext *context, const Step::Handler &handler)
{
    const OperationScope scope("runbook: run a phase");
    const StepContext::Phase p = context->phase();
    if (!handler) {
        if (p == StepContext::Phase::Probe)
            context->notDone();
        else
            context->done();
        return;
    }
    handler(*context);
    if (p == StepContext::Phase::Action && m_context == context)
        emit actionStarted(m_current);
}

void Runbook::answer(StepContext *context, Answer kind, const QString &text, bool transient, int delayMs)
{
    if (context != m_context)
        return;
    m_context = nullptr;
    context->deleteLater();
    switch (context->phase()) {
    case StepContext::Phase::Precondition:
        if (kind == Answer::Fail && transient)
            retryAfterTransient(text);
        else
            onPrecondition(kind, text);
        return;
    case StepContext::Phase::Probe:
        onProbe(kind, text, transient, delayMs);
        return;
    case StepContext::Phase::Action:
        onAction(kind, text, transient, delayMs);
        return;
    }
}

void Runbook::onPrecondition(Answer kind, const QString &text)
{
    if (kind == Answer::Done) {
        startPhase(int(step().probe ? StepContext::Phase::Probe : StepContext::Phase::Action));
        return;
    }
    if (kind == Answer::Later) {
        m_pendingPhase = int(StepContext::Phase::Precondition);
        m_timer.start(1000);
        return;
    }
    failStep(text.isEmpty() ? tr("A condition for this step does not hold.") : text);
}

void Runbook::onProbe(Answer kind, const QString &text, bool transient, int delayMs)
{
    const Step &s = step();
    if (kind == Answer::Fail) {
        if (transient)
            retryAfterTransient(text);
        else
            failStep(text);
        return;
    }
    m_transientFailures = 0;
    if (kind == Answer::Done) {
        completeStep(text, s.kind == Step::Kind::Action);
        return;
    }
    if (m_pauseRequested || m_abortRequested) {
        stopNow(m_abortRequested);
        return;
    }
    if (kind == Answer::Later || s.kind == Step::Kind::Wait) {
        int interval = delayMs;
        if (s.kind == Step::Kind::Wait) {
            setStepState(m_current, StepState::Waiting);
            if (!text.isEmpty()) {
                record().summary = text;
                emit stepProgress(m_current, -1, text);
            }
            if (s.timeoutMs > 0 && m_waitClock.elapsed() > s.timeoutMs) {
                failStep(tr("Gave up waiting after %1 seconds. Last status: %2")
                             .arg(s.timeoutMs / 1000)
                             .arg(text.isEmpty() ? tr("unknown") : text));
                return;
            }
            if (kind != Answer::Later)
                interval = int(s.pollIntervalMs * m_pollScale);
        }
        m_pendingPhase = int(StepContext::Phase::Probe);
        m_timer.start(qMax(1, interval));
        return;
    }
    if (m_checkingAfterError) {
        failStep(m_lastError);
        return;
    }
    const Journal::StepRecord &rec = record();
    if (s.settleMs > 0 && !m_settled && rec.actionsStarted > rec.actionsSucceeded) {
        // An earlier attempt was sent but never confirmed: give it time to show before acting again.
        m_settled = true;
        emit stepProgress(m_current, -1, tr("Checking whether an earlier attempt is still taking effect…"));
        m_pendingPhase = int(StepContext::Phase::Probe);
        m_timer.start(int(s.settleMs * m_pollScale));
        return;
    }
    if (s.destructive && !m_confirmed.contains(s.id)) {
        setStepState(m_current, StepState::AwaitingConfirmation);
        m_journal.setStatus(Journal::Status::AwaitingConfirmation);
        addEvent(QStringLiteral("asked"), tr("Waiting for the app name %1 to be typed.").arg(confirmationApp()));
        save();
        setState(State::AwaitingConfirmation);
        emit confirmationRequired(m_current, confirmationApp(), stepCli(m_current));
        return;
    }
    startPhase(int(StepContext::Phase::Action));
}

void Runbook::onAction(Answer kind, const QString &text, bool transient, int delayMs)
{
    const Step &s = step();
    if (kind == Answer::Done) {
        ++record().actionsSucceeded;
        completeStep(text, false);
        return;
    }
    if (kind == Answer::Later) {
        record().summary = text;
        emit stepProgress(m_current, -1, text);
        if (m_pauseRequested || m_abortRequested) {
            stopNow(m_abortRequested);
            return;
        }
        m_pendingPhase = int(s.probe ? StepContext::Phase::Probe : StepContext::Phase::Action);
        m_timer.start(qMax(1, delayMs));
        return;
    }
    m_lastError = text;
    addEvent(QStringLiteral("error"), text);
    audit(QStringLiteral("runbook.step"), QStringLiteral("error"), text);
    if (transient) {
        retryAfterTransient(text);
        return;
    }
    // The effect may be there after all (a request that succeeded although its answer was lost).
    if (s.probe && !m_checkingAfterError) {
        m_checkingAfterError = true;
        startPhase(int(StepContext::Phase::Probe));
        return;
    }
    failStep(text);
}

void Runbook::retryAfterTransient(const QString &message)
{
    ++m_transientFailures;
    m_lastError = message;
    if (m_transientFailures > m_policy.maxTransientRetries) {
        failStep(message);
        return;
    }
    const int delay = qMin(m_policy.maxDelayMs, m_policy.baseDelayMs << qMin(m_transientFailures - 1, 10));
    emit stepProgress(m_current, -1, tr("Trying again in %1 s: %2").arg(qMax(1, delay / 1000)).arg(message));
    // Probe first: the action may have taken effect although its answer was lost.
    const Step &s = step();
    StepContext::Phase next = StepContext::Phase::Action;
    if (s.precondition && !m_checkingAfterError && record().actionsStarted == 0)
        next = StepContext::Phase::Precondition;
    else if (s.probe)
        next = StepContext::Phase::Probe;
    m_pendingPhase = int(next);
    m_timer.start(delay);
}

void Runbook::completeStep(const QString &summary, bool found)
{
    const OperationScope scope("runbook: complete a step");
    const Step &s = step();
    Journal::StepRecord &rec = record();
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    rec.summary = summary;
    rec.error.clear();
    rec.foundDone = rec.foundDone || found;
    QString kind;
    switch (s.kind) {
    case Step::Kind::Wait:
        kind = QStringLiteral("waited");
        break;
    case Step::Kind::Check:
        kind = QStringLiteral("checked");
        break;
    case Step::Kind::Action:
        kind = found ? QStringLiteral("found") : QStringLiteral("acted");
        break;
    }
    setStepState(m_current, StepState::Done);
    addEvent(kind, summary);
    if (s.hasSideEffects())
        audit(QStringLiteral("runbook.step"), found ? QStringLiteral("already-done") : QStringLiteral("done"));
    save();
    scheduleNext();
}

void Runbook::failStep(const QString &message)
{
    const Step &s = step();
    Journal::StepRecord &rec = record();
    rec.error = message;
    m_lastError = message;
    m_pauseRequested = false;
    m_abortRequested = false;
    m_confirmed.clear(); // after a failure, a destructive step asks again
    m_arming = false;
    setStepState(m_current, StepState::Failed);
    addEvent(QStringLiteral("failed"), message);
    audit(QStringLiteral("runbook.step"), QStringLiteral("failed"), message);
    QString explanation = tr("The step “%1” failed: %2").arg(s.title, message);
    const QString left = leftInPlace();
    if (!left.isEmpty())
        explanation += QLatin1Char('\n') + tr("Left in place:") + QLatin1Char('\n') + left;
    m_journal.setStatus(Journal::Status::Failed);
    m_journal.setStopExplanation(explanation);
    save();
    setState(State::Failed);
    emit failed(m_current, message);
}

void Runbook::stopNow(bool abort)
{
    m_timer.stop();
    m_pendingPhase = -1;
    dropContext();
    m_pauseRequested = false;
    m_abortRequested = false;
    m_confirmed.clear(); // after a pause, a destructive step asks again
    m_arming = false;
    if (m_current >= 0) {
        const StepState state = stepState(m_current);
        if (state == StepState::Running || state == StepState::Waiting || state == StepState::AwaitingConfirmation)
            setStepState(m_current, StepState::Pending);
    }
    if (!abort) {
        m_journal.setStatus(Journal::Status::Paused);
        addEvent(QStringLiteral("paused"), tr("The run was paused."), false);
        audit(QStringLiteral("runbook.pause"), QStringLiteral("ok"));
        save();
        setState(State::Paused);
        return;
    }
    const int next = nextOpenStep();
    QString explanation = next >= 0 ? tr("The run was stopped before the step “%1”.").arg(m_steps.at(next).title)
                                    : tr("The run was stopped.");
    const QString left = leftInPlace();
    explanation += QLatin1Char('\n')
        + (left.isEmpty() ? tr("Nothing that this run changed is left in place.")
                          : tr("Left in place:") + QLatin1Char('\n') + left);
    m_journal.setStatus(Journal::Status::Aborted);
    m_journal.setStopExplanation(explanation);
    addEvent(QStringLiteral("aborted"), explanation, false);
    audit(QStringLiteral("runbook.abort"), QStringLiteral("ok"));
    save();
    releaseLocks();
    setState(State::Aborted);
    emit stopped(explanation);
}

} // namespace hpg
