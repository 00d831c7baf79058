#pragma once

#include "core/runbooks/journal.h"
#include "core/runbooks/runbookservices.h"
#include "runbookhost.h"

#include <QPointer>
#include <QWizard>

namespace hpg {

class RunbookRunPage;
class RunbookResultPage;

// A wizard of the generic run and result pages alone, for a journal of any registered kind
// that has no wizard of its own (a bring-back): it opens on the run page, paused, showing the
// steps and their CLI equivalents, and sends nothing until Continue. Non-modal; deletes itself
// when closed; closing it while the run runs pauses the run.
class RunbookWizard : public QWizard, public RunbookHost
{
    Q_OBJECT
public:
    RunbookWizard(const Journal &journal, const RunbookServices &services, QWidget *parent = nullptr);
    ~RunbookWizard() override;

    const RunbookServices &services() const override { return m_services; }
    Runbook *runbook() const override { return m_runbook; }
    Runbook *startRunbook() override;
    RunbookRunPage *runPage() const { return m_runPage; }
    // Starts the run as soon as the run page shows, rather than waiting for Continue (a bring-back
    // the DBA has just asked for).
    void setStartAtOnce(bool now) { m_startAtOnce = now; }

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Journal m_journal;
    RunbookServices m_services;
    QPointer<Runbook> m_runbook;
    bool m_startAtOnce = false;
    RunbookRunPage *m_runPage;
    RunbookResultPage *m_resultPage;
};

// The runbook a wizard runs for `journal`: a resumed one is only prepared (owner checked, locks
// taken) and waits for the user's Continue; a new one starts now. Null for an unknown kind.
Runbook *openRunbook(const Journal &journal, const RunbookServices &services, bool resumed, double pollScale,
                     QObject *parent);

// Pauses `runbook` when its wizard is closed mid-run (an action under way finishes first), then
// calls `close`; calls `close` at once when nothing runs.
void pauseThenClose(Runbook *runbook, QWizard *wizard, const std::function<void()> &close);

} // namespace hpg
