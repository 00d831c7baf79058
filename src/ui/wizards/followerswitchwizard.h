#pragma once

#include "core/runbooks/journal.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookservices.h"
#include "core/runbooks/switchfindings.h"
#include "core/runbooks/switchoptions.h"
#include "runbookhost.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace hpg {

class SwitchChoosePage;
class SwitchPreflightPage;
class RunbookRunPage;
class RunbookResultPage;
class NewPrimaryOffers;

// The follower switch and the Private Space migration as a wizard: choose the
// app, database, target plan (and, for a migration, the app in the space),
// see the pre-flight findings and the steps with their CLI equivalents, run
// the runbook with live Behind By and typed confirmations, and read the
// result with the downtime. Non-modal. Closing it while the runbook runs
// pauses the run; its journal stays, and resume() continues it later: the
// resumed wizard opens on the run page, paused, and waits for Continue.
//
// For the main window:
//     auto *wizard = new FollowerSwitchWizard(services, appName, this);
//     wizard->setAttribute(Qt::WA_DeleteOnClose);
//     wizard->show();
// and, for an unfinished run, openRunbookWizard() (openrunbookwizard.h).
class FollowerSwitchWizard : public QWizard, public RunbookHost
{
    Q_OBJECT
public:
    enum PageId { ChoosePageId, PreflightPageId, RunPageId, ResultPageId };

    FollowerSwitchWizard(const RunbookServices &services, const QString &app, QWidget *parent = nullptr);
    ~FollowerSwitchWizard() override;

    // A wizard that opens on the run page of an unfinished run (deletes itself when closed).
    static FollowerSwitchWizard *resume(const Journal &journal, const RunbookServices &services,
                                        QWidget *parent = nullptr);

    const RunbookServices &services() const override { return m_services; }
    QString initialApp() const { return m_app; }
    // Where journals go (default: Journal::defaultDir()).
    void setJournalDir(const QString &dir) { m_journalDir = dir; }
    // Scales the runbook's poll intervals (tests).
    void setPollIntervalScale(double scale) { m_pollScale = scale; }

    SwitchOptions options() const { return m_options; }
    void setOptions(const SwitchOptions &options)
    {
        m_options = options;
        retranslate(); // the title says whether it is a migration
    }
    const SwitchFindings &findings() const { return m_findings; }
    void setFindings(const SwitchFindings &findings) { m_findings = findings; }

    // The runbook of this wizard: made from the options on the run page, or from the journal
    // when resuming. Null before.
    Runbook *runbook() const override { return m_runbook; }
    Runbook *startRunbook() override;

    RunbookRunPage *runPage() const { return m_runPage; }
    RunbookResultPage *resultPage() const { return m_resultPage; }

    void reject() override;

signals:
    // The follower is within 200 commits: the switch can go on (for a desktop notification).
    void caughtUp();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RunbookServices m_services;
    QString m_app;
    QString m_journalDir;
    double m_pollScale = 1.0;
    SwitchOptions m_options;
    SwitchFindings m_findings;
    std::optional<Journal> m_resumeJournal;
    QPointer<Runbook> m_runbook;
    SwitchChoosePage *m_choosePage;
    SwitchPreflightPage *m_preflightPage;
    RunbookRunPage *m_runPage;
    RunbookResultPage *m_resultPage;
    NewPrimaryOffers *m_offers;
};

} // namespace hpg
