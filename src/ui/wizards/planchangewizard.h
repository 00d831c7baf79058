#pragma once

#include "core/runbooks/journal.h"
#include "core/runbooks/planchangeoptions.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookservices.h"
#include "runbookhost.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace hpg {

class DesktopNotifier;
class NewPrimaryOffers;
class PlanChangeChoosePage;
class RunbookRunPage;
class RunbookResultPage;

// Database ▸ Change Plan… and Database ▸ Copy to a New Database…: choose the database and the
// new plan and the route the Dev Center gives (addons:upgrade, or pg:copy, which moves across the
// Essential tier), then the PlanChange or the CopyToNewDatabase runbook on the generic run and
// result pages. While the copy runs, "Cancel the Copy…" gives it up: the copy is cancelled, the
// new database kept or destroyed, and the app brought back on its old database. Non-modal;
// closing it while the run runs pauses the run, and resume() continues it later, paused until
// Continue.
class PlanChangeWizard : public QWizard, public RunbookHost
{
    Q_OBJECT
public:
    enum PageId { ChoosePageId, RunPageId, ResultPageId };

    PlanChangeWizard(const RunbookServices &services, const QString &app, QWidget *parent = nullptr);
    ~PlanChangeWizard() override;

    // A wizard that opens on the run page of an unfinished run (deletes itself when closed).
    static PlanChangeWizard *resume(const Journal &journal, const RunbookServices &services, QWidget *parent = nullptr);

    const RunbookServices &services() const override { return m_services; }
    Runbook *runbook() const override { return m_runbook; }
    Runbook *startRunbook() override;

    QString initialApp() const { return m_app; }
    void setJournalDir(const QString &dir) { m_journalDir = dir; }
    void setPollIntervalScale(double scale) { m_pollScale = scale; }
    PlanChangeOptions options() const { return m_options; }
    void setOptions(const PlanChangeOptions &options) { m_options = options; }
    // The pg:copy route (CopyToNewDatabase) rather than addons:upgrade.
    bool copyRoute() const { return m_copy; }
    void setCopyRoute(bool copy) { m_copy = copy; }
    // Gives the running copy up (after the DBA confirms): see the class comment.
    void cancelCopy();
    // Closes this wizard and opens the follower switch on `app` (the other route for Standard and up).
    void useFollowerSwitchInstead(const QString &app);

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCancelCopy(bool show);
    void bringBackAfterCopy(bool destroyTarget);

    RunbookServices m_services;
    QString m_app;
    QString m_journalDir;
    double m_pollScale = 1.0;
    PlanChangeOptions m_options;
    bool m_copy = false;
    std::optional<Journal> m_resumeJournal;
    QPointer<Runbook> m_runbook;
    PlanChangeChoosePage *m_choosePage;
    RunbookRunPage *m_runPage;
    RunbookResultPage *m_resultPage;
    NewPrimaryOffers *m_offers;
    DesktopNotifier *m_notifier;
};

} // namespace hpg
