#pragma once

#include "core/runbooks/journal.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookservices.h"
#include "core/runbooks/versionupgradeoptions.h"
#include "runbookhost.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace hpg {

class RunbookRunPage;
class RunbookResultPage;
class VersionUpgradeChoosePage;

// Database ▸ Upgrade the PostgreSQL Version…: choose the database and the new major version, then
// the VersionUpgrade runbook (a follower upgraded with pg:upgrade, Heroku Connect paused around it)
// or, for an Essential database, the copy to a new database of the new version (CopyToNewDatabase
// with a target version), on the generic run and result pages. Every typed confirmation is asked
// before the down time. Non-modal; closing it while the run runs pauses the run, and resume()
// continues it later, paused until Continue.
class VersionUpgradeWizard : public QWizard, public RunbookHost
{
    Q_OBJECT
public:
    enum PageId { ChoosePageId, RunPageId, ResultPageId };

    VersionUpgradeWizard(const RunbookServices &services, const QString &app, QWidget *parent = nullptr);
    ~VersionUpgradeWizard() override;

    // A wizard that opens on the run page of an unfinished run (deletes itself when closed).
    static VersionUpgradeWizard *resume(const Journal &journal, const RunbookServices &services,
                                        QWidget *parent = nullptr);

    const RunbookServices &services() const override { return m_services; }
    Runbook *runbook() const override { return m_runbook; }
    Runbook *startRunbook() override;

    QString initialApp() const { return m_app; }
    void setJournalDir(const QString &dir) { m_journalDir = dir; }
    void setPollIntervalScale(double scale) { m_pollScale = scale; }
    VersionUpgradeOptions options() const { return m_options; }
    void setOptions(const VersionUpgradeOptions &options) { m_options = options; }
    // The pg:copy route (an Essential database) rather than pg:upgrade on a follower.
    bool copyRoute() const { return m_copy; }
    void setCopyRoute(bool copy) { m_copy = copy; }

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RunbookServices m_services;
    QString m_app;
    QString m_journalDir;
    double m_pollScale = 1.0;
    VersionUpgradeOptions m_options;
    bool m_copy = false;
    std::optional<Journal> m_resumeJournal;
    QPointer<Runbook> m_runbook;
    VersionUpgradeChoosePage *m_choosePage;
    RunbookRunPage *m_runPage;
    RunbookResultPage *m_resultPage;
};

} // namespace hpg
