#pragma once

namespace hpg {

class Runbook;
struct RunbookServices;

// What the generic run and result pages (RunbookRunPage, RunbookResultPage) ask of the wizard
// they are in: the runbook, made from the wizard's options or from a journal being resumed.
class RunbookHost
{
public:
    virtual ~RunbookHost() = default;
    virtual const RunbookServices &services() const = 0;
    // The wizard's runbook; null before startRunbook().
    virtual Runbook *runbook() const = 0;
    // Makes the runbook: a new run starts at once; a resumed one is only prepared (owner checked,
    // locks taken) and waits for the user's Continue. Null when no runbook could be made.
    virtual Runbook *startRunbook() = 0;
};

} // namespace hpg
