#include "statewords.h"

#include <QHash>

namespace hpg {

QString StateWords::connectState(const QString &state)
{
    static const QHash<QString, const char *> words {
        // Connections (Dev Center "Connection States Reference").
        { QStringLiteral("IDLE"), QT_TR_NOOP("Idle") },
        { QStringLiteral("POLLING_DB_CHANGES"), QT_TR_NOOP("Reading database changes") },
        { QStringLiteral("PAUSED"), QT_TR_NOOP("Paused") },
        { QStringLiteral("RECOVERY"), QT_TR_NOOP("Recovering") },
        { QStringLiteral("IMPORT_CONFIGURATION"), QT_TR_NOOP("Importing the configuration") },
        { QStringLiteral("SYSTEM_ERROR"), QT_TR_NOOP("System error") },
        { QStringLiteral("DB_UNAVAILABLE"), QT_TR_NOOP("Database unavailable") },
        { QStringLiteral("TOO_MANY_ROWS"), QT_TR_NOOP("Too many rows") },
        { QStringLiteral("UNAUTHORIZED"), QT_TR_NOOP("Salesforce authorization failed") },
        { QStringLiteral("HEROKU_UNAUTH"), QT_TR_NOOP("Heroku authorization failed") },
        // Mappings (Dev Center "Mapping States Reference").
        { QStringLiteral("DATA_SYNCED"), QT_TR_NOOP("Synced") },
        { QStringLiteral("SYNCED"), QT_TR_NOOP("Synced") },
        { QStringLiteral("INITIAL"), QT_TR_NOOP("Initial load") },
        { QStringLiteral("RESYNC"), QT_TR_NOOP("Resyncing") },
        { QStringLiteral("RELOAD_TABLE"), QT_TR_NOOP("Reloading the table") },
        { QStringLiteral("SCHEMA_CHANGED"), QT_TR_NOOP("Schema changed") },
        { QStringLiteral("POLLING_SF_CHANGES"), QT_TR_NOOP("Reading Salesforce changes") },
    };
    const char *word = words.value(state);
    return word ? tr(word) : state;
}

QString StateWords::sessionState(const QString &state)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("active"), QT_TR_NOOP("Active") },
        { QStringLiteral("idle"), QT_TR_NOOP("Idle") },
        { QStringLiteral("idle in transaction"), QT_TR_NOOP("Idle in transaction") },
        { QStringLiteral("idle in transaction (aborted)"), QT_TR_NOOP("Idle in failed transaction") },
        { QStringLiteral("fastpath function call"), QT_TR_NOOP("Fast-path function call") },
        { QStringLiteral("disabled"), QT_TR_NOOP("Not tracked (track_activities off)") },
    };
    const char *word = words.value(state);
    return word ? tr(word) : state;
}

QString StateWords::runStatus(Journal::Status status)
{
    switch (status) {
    case Journal::Status::Running:
        return tr("Running");
    case Journal::Status::Paused:
        //: a run's status
        return tr("Paused", "run");
    case Journal::Status::AwaitingConfirmation:
        return tr("Waiting for confirmation");
    case Journal::Status::Failed:
        return tr("Failed");
    case Journal::Status::Aborted:
        return tr("Given up");
    case Journal::Status::Finished:
        return tr("Finished");
    }
    return Journal::statusName(status);
}

QString StateWords::stepState(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Not started");
    case StepState::Running:
        return tr("Running…");
    case StepState::Waiting:
        return tr("Waiting…");
    case StepState::AwaitingConfirmation:
        return tr("Needs your confirmation");
    case StepState::Done:
        return tr("Done");
    case StepState::Skipped:
        return tr("Not needed");
    case StepState::Failed:
        return tr("Failed");
    }
    return {};
}

QString StateWords::eventKind(const QString &kind)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("started"), QT_TR_NOOP("Started") },
        { QStringLiteral("resumed"), QT_TR_NOOP("Resumed") },
        { QStringLiteral("checked"), QT_TR_NOOP("Checked") },
        { QStringLiteral("acted"), QT_TR_NOOP("Done") },
        { QStringLiteral("found"), QT_TR_NOOP("Already done") },
        { QStringLiteral("waited"), QT_TR_NOOP("Waited") },
        { QStringLiteral("asked"), QT_TR_NOOP("Asked") },
        { QStringLiteral("armed"), QT_TR_NOOP("Confirmations given") },
        { QStringLiteral("confirmed"), QT_TR_NOOP("Confirmed") },
        { QStringLiteral("paused"), QT_TR_NOOP("Paused") },
        { QStringLiteral("skipped"), QT_TR_NOOP("Not needed") },
        { QStringLiteral("error"), QT_TR_NOOP("Error") },
        { QStringLiteral("failed"), QT_TR_NOOP("Failed") },
        { QStringLiteral("aborted"), QT_TR_NOOP("Given up") },
        { QStringLiteral("finished"), QT_TR_NOOP("Finished") },
    };
    const char *word = words.value(kind);
    return word ? tr(word) : kind;
}

QString StateWords::auditAction(const QString &action)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("sessions.cancel"), QT_TR_NOOP("Cancel a query") },
        { QStringLiteral("sessions.terminate"), QT_TR_NOOP("Terminate a session") },
        { QStringLiteral("sessions.killall"), QT_TR_NOOP("Terminate all sessions") },
        { QStringLiteral("credentials.create"), QT_TR_NOOP("Create a credential") },
        { QStringLiteral("credentials.destroy"), QT_TR_NOOP("Destroy a credential") },
        { QStringLiteral("credentials.rotate"), QT_TR_NOOP("Rotate a credential") },
        { QStringLiteral("credentials.rotate-all"), QT_TR_NOOP("Rotate all credentials") },
        { QStringLiteral("connect.pause"), QT_TR_NOOP("Pause Heroku Connect") },
        { QStringLiteral("connect.resume"), QT_TR_NOOP("Resume Heroku Connect") },
        { QStringLiteral("runbook.start"), QT_TR_NOOP("Start a runbook") },
        { QStringLiteral("runbook.resume"), QT_TR_NOOP("Resume a runbook") },
        { QStringLiteral("runbook.arm"), QT_TR_NOOP("Give the confirmations") },
        { QStringLiteral("runbook.confirm"), QT_TR_NOOP("Confirm a step") },
        { QStringLiteral("runbook.step"), QT_TR_NOOP("Runbook step") },
        { QStringLiteral("runbook.pause"), QT_TR_NOOP("Pause a runbook") },
        { QStringLiteral("runbook.abort"), QT_TR_NOOP("Give up a runbook") },
        { QStringLiteral("runbook.finish"), QT_TR_NOOP("Finish a runbook") },
    };
    const char *word = words.value(action);
    return word ? tr(word) : action;
}

QString StateWords::auditOutcome(const QString &outcome)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("ok"), QT_TR_NOOP("Succeeded") },
        { QStringLiteral("done"), QT_TR_NOOP("Done") },
        { QStringLiteral("already-done"), QT_TR_NOOP("Already done") },
        { QStringLiteral("failed"), QT_TR_NOOP("Failed") },
        { QStringLiteral("error"), QT_TR_NOOP("Error") },
        { QStringLiteral("journal-write-failed"), QT_TR_NOOP("The journal could not be written") },
    };
    const char *word = words.value(outcome);
    return word ? tr(word) : outcome;
}

Transcript::Words StateWords::transcriptWords()
{
    return Transcript::Words { &StateWords::runStatus, &StateWords::eventKind };
}

} // namespace hpg
