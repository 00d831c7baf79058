// Runbook: its journal (saved before and after every action; a save before an action that fails pauses the run),
// the Request-Ids and events it records, and the audit log.
#include "runbook.h"

#include "auditlog.h"

#include <QJsonArray>

namespace hpg {

namespace {

constexpr int kKeptRequestIds = 20;

void keepLast(QStringList &list, const QString &item)
{
    list.append(item);
    while (list.size() > kKeptRequestIds)
        list.removeFirst();
}

} // namespace

Journal::StepRecord &Runbook::record()
{
    return *m_journal.step(step().id);
}

void Runbook::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Runbook::setStepState(int index, StepState state)
{
    auto *rec = m_journal.step(m_steps.at(index).id);
    if (rec->state == state)
        return;
    rec->state = state;
    emit stepStateChanged(index, state);
}

void Runbook::save(bool writeAhead)
{
    m_journal.saveLater(
        this,
        [this](const QString &error) {
            if (!error.isEmpty())
                emit journalWriteFailed(error);
        },
        writeAhead);
}

void Runbook::pauseForJournal(const QString &error)
{
    // The action was not sent: nothing may run that the journal does not know of.
    dropContext();
    m_timer.stop();
    m_pendingPhase = -1;
    m_pauseRequested = false;
    m_abortRequested = false;
    m_confirmed.clear();
    --record().actionsStarted;
    setStepState(m_current, StepState::Pending);
    m_lastError = error;
    m_journal.setStatus(Journal::Status::Paused);
    m_journal.setStopExplanation(
        tr("The run paused before “%1” because its journal could not be written: %2\nNothing was sent. Make the "
           "folder writable again (or free some disk space), then continue.")
            .arg(step().title, error));
    addEvent(QStringLiteral("paused"), m_journal.stopExplanation(), false);
    audit(QStringLiteral("runbook.pause"), QStringLiteral("journal-write-failed"), error);
    save();
    setState(State::Paused);
}

void Runbook::captured(bool inAction)
{
    // A probe's or a precondition's value: the action's own save comes before anything is sent.
    // A value captured inside an action (the time a copy was asked for, a new add-on's name) is on
    // disk before the action's next request that changes something leaves: see the change gate.
    save(inAction);
}

void Runbook::noteRequestId(const QString &requestId)
{
    if (requestId.isEmpty() || m_current < 0)
        return;
    keepLast(m_requestIds, requestId);
    keepLast(record().requestIds, requestId);
}

void Runbook::addEvent(const QString &kind, const QString &result, bool withRequests)
{
    Journal::Event event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.result = result;
    if (withRequests && m_current >= 0) {
        event.stepId = step().id;
        event.cli = stepCli(m_current);
        event.requestIds = m_requestIds;
        m_requestIds.clear();
    }
    m_journal.addEvent(event);
}

void Runbook::audit(const QString &action, const QString &outcome, const QString &error)
{
    if (!m_services.audit)
        return;
    QJsonObject fields { { QStringLiteral("runbook"), m_journal.id() },
                         { QStringLiteral("runbook_kind"), m_journal.kind() },
                         { QStringLiteral("app"), m_journal.app() },
                         { QStringLiteral("outcome"), outcome } };
    if (m_current >= 0 && m_current < m_steps.size()) {
        fields.insert(QStringLiteral("step"), step().id);
        fields.insert(QStringLiteral("cli"), stepCli(m_current));
        fields.insert(QStringLiteral("request_ids"), QJsonArray::fromStringList(record().requestIds));
    }
    if (!error.isEmpty())
        fields.insert(QStringLiteral("error"), error);
    m_services.audit->append(action, fields);
}

} // namespace hpg
