#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace hpg {

class StepContext;

// Where one step of a runbook stands. Written to the journal by name (stepStateName).
enum class StepState {
    Pending, // not started
    Running, // its probe or its action is under way
    Waiting, // a wait: polling until the condition holds
    AwaitingConfirmation, // a destructive action waits for the typed app name
    Done, // its effect is there (acted, or found by the probe)
    Skipped, // not needed for this run (e.g. no Heroku Connect)
    Failed,
};

QString stepStateName(StepState state);
StepState stepStateFromName(const QString &name);

// Now, the way steps record times in the journal: UTC, ISO 8601 with milliseconds.
QString journalTimeNow();

// One step of a runbook: what it does, the `heroku …` command that does the
// same, and how to tell from the live state whether its effect is already
// there. Handlers run on the UI thread, answer through the StepContext
// (asynchronously, never blocking) and read and capture values there.
//
// The engine runs a step like this:
//   needed? → no: Skipped
//   precondition (if any) → must answer done(), else the run stops with its reason
//   probe (if any) → done(): the effect is there, the step is Done without acting
//                  → notDone(): Wait steps poll again after pollIntervalMs; others act
//   destructive? → wait for the typed app name
//   action → done(): Done; fail(): on a transient error the engine probes again and
//            retries; on another error it probes once more (the effect may be there
//            after all), then stops with the error.
// A step with side effects must have a probe, so that resuming never repeats it.
struct Step
{
    enum class Kind {
        Check, // reads and captures; no side effects
        Action, // changes something on Heroku
        Wait, // polls its probe until done()
    };
    using Handler = std::function<void(StepContext &)>;
    using Text = std::function<QString(const QJsonObject &values)>;
    using Predicate = std::function<bool(const QJsonObject &values)>;

    QString id; // stable key in the journal: "maintenance-on"
    Kind kind = Kind::Action;
    QString title; // translated, shown in the step list
    Text cli; // the equivalent heroku command for the captured values; may return ""
    bool destructive = false; // needs the app name typed before the action
    Text confirmApp; // the app whose name must be typed (destructive steps)
    Text confirmWarning; // optional: what to know before typing it (the Dev Center's warnings), translated
    Predicate needed; // empty: always needed
    Handler precondition; // optional
    Handler probe; // required for Action and Wait steps
    Handler action; // required for Action and Check steps
    // Action steps whose effect shows up a while after the request (an unfollow promotes a
    // replica): when an earlier attempt may still be under way (started, never confirmed, e.g.
    // before a crash), the probe is repeated once after this delay before acting again.
    int settleMs = 0;
    int pollIntervalMs = 2000; // Wait steps
    int timeoutMs = 0; // Wait steps: 0 waits for ever
    // What this step leaves in place until a later step undoes it, in a translated
    // sentence (e.g. "Maintenance mode is on for acme."). Shown when the run stops.
    Text leavesInPlace;
    QStringList undoes; // ids of earlier steps whose effect this step takes back
    // The down time runs from the first step that takes the app (or its integrations) down:
    // Heroku Connect paused, maintenance mode on; to the one that brings it back (maintenance mode
    // off), or to the end of the run. Every destructive step inside it is confirmed at once
    // ("armed") before the run enters it, so that no step waits for a person meanwhile.
    bool startsDownTime = false;
    bool endsDownTime = false;
    // Once this step has acted, the run can no longer go back to where it started (an unfollow):
    // bringing the app back then means finishing the run, not undoing it.
    bool pointOfNoReturn = false;

    bool hasSideEffects() const { return kind == Kind::Action; }
};

} // namespace hpg
