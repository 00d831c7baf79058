#pragma once

#include "core/runbooks/journal.h"
#include "core/runbooks/step.h"
#include "core/runbooks/transcript.h"

#include <QCoreApplication>
#include <QString>

namespace hpg {

// The one place where states and status values that core and the APIs give as enums or
// upper-case names become words in the UI language: Heroku Connect connection and mapping
// states, a run's status, its steps' states and the kinds of its journal events. A value it does
// not know is shown as it came (the raw value belongs in a tooltip next to the word anyway).
class StateWords
{
    Q_DECLARE_TR_FUNCTIONS(StateWords)
public:
    // IDLE, POLLING_DB_CHANGES, PAUSED, … (a connection) and DATA_SYNCED, RESYNC, … (a mapping).
    static QString connectState(const QString &state);
    // PostgreSQL's pg_stat_activity.state: active, idle, idle in transaction, idle in transaction
    // (aborted), fastpath function call, disabled.
    static QString sessionState(const QString &state);
    static QString runStatus(Journal::Status status);
    static QString stepState(StepState state);
    // started, checked, acted, found, waited, asked, confirmed, paused, resumed, skipped, error, failed,
    // aborted, finished, armed.
    static QString eventKind(const QString &kind);
    // The audit log's actions ("sessions.terminate", "runbook.step", …) and outcomes ("ok", "already-done", …).
    static QString auditAction(const QString &action);
    static QString auditOutcome(const QString &outcome);
    // The words above, for a transcript written in the UI language.
    static Transcript::Words transcriptWords();
};

} // namespace hpg
