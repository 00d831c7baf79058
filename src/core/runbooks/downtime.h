#pragma once

#include <QDateTime>

namespace hpg {

class Journal;

// How long an app was down during a run, and how much of it was spent waiting for a person
// (a typed confirmation, a pause, a failure until someone resumed) rather than for Heroku and
// the database. Read from the journal's events: "asked", "paused" and "failed" start a wait for
// a person; "confirmed", "armed", "resumed" and "aborted" end it.
struct DownTime
{
    qint64 totalMs = -1; // -1: not known (the app was never taken down)
    qint64 personMs = 0;

    qint64 automatedMs() const { return totalMs < 0 ? -1 : totalMs - personMs; }

    // From `since` to `until` (invalid `until`: up to now, the app is still down).
    static DownTime measure(const Journal &journal, const QDateTime &since, const QDateTime &until);
};

} // namespace hpg
