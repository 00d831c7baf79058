#pragma once

class QWidget;

namespace hpg {

class Journal;
struct RunbookServices;

// The wizard that resumes an unfinished run of any registered runbook kind: it opens on its
// run page, paused, showing where the run stopped, and sends nothing until Continue. Null for
// a kind this version has no wizard for. The wizard deletes itself when closed.
QWidget *openRunbookWizard(const Journal &journal, const RunbookServices &services, QWidget *parent);

} // namespace hpg
