#include "versionupgradewizard.h"

#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/versionupgrade.h"
#include "runbookresultpage.h"
#include "runbookrunpage.h"
#include "runbookwizard.h"
#include "ui/widgets/wizardbuttons.h"
#include "versionupgradechoosepage.h"

#include <QEvent>

namespace hpg {

VersionUpgradeWizard::VersionUpgradeWizard(const RunbookServices &services, const QString &app, QWidget *parent)
    : QWizard(parent, Qt::Window)
    , m_services(services)
    , m_app(app)
{
    setObjectName(QStringLiteral("versionUpgradeWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_choosePage = new VersionUpgradeChoosePage(this);
    m_runPage = new RunbookRunPage(this, this);
    m_runPage->setObjectName(QStringLiteral("versionUpgradeRunPage"));
    m_resultPage = new RunbookResultPage(this, this);
    m_resultPage->setObjectName(QStringLiteral("versionUpgradeResultPage"));
    setPage(ChoosePageId, m_choosePage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    nameWizardButtons(this);
    retranslate();
    resize(860, 640);
}

VersionUpgradeWizard::~VersionUpgradeWizard() = default;

VersionUpgradeWizard *VersionUpgradeWizard::resume(const Journal &journal, const RunbookServices &services,
                                                   QWidget *parent)
{
    auto *wizard = new VersionUpgradeWizard(services, journal.app(), parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->m_resumeJournal = journal;
    wizard->m_options = VersionUpgradeOptions::fromJson(journal.parameters());
    wizard->m_copy = journal.kind() == QLatin1String(CopyToNewDatabase::kKind);
    wizard->setStartId(RunPageId);
    return wizard;
}

void VersionUpgradeWizard::retranslate()
{
    setWindowTitle(tr("Upgrade the PostgreSQL Version of a Database of %1").arg(m_app));
}

void VersionUpgradeWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateWizardButtons(this);
    }
    QWizard::changeEvent(event);
}

Runbook *VersionUpgradeWizard::startRunbook()
{
    if (m_runbook)
        return m_runbook;
    Journal journal;
    if (m_resumeJournal) {
        journal = *m_resumeJournal;
    } else if (m_copy) {
        // Essential: the Dev Center's pg:copy route into a new database of the new version, same plan.
        CopyOptions copy;
        copy.app = m_options.app;
        copy.targetPlan = m_options.plan;
        copy.targetVersion = m_options.targetVersion;
        journal = CopyToNewDatabase::newJournal(copy, m_services, m_journalDir);
    } else {
        journal = VersionUpgrade::newJournal(m_options, m_services, m_journalDir);
    }
    m_runbook = openRunbook(journal, m_services, m_resumeJournal.has_value(), m_pollScale, this);
    return m_runbook;
}

void VersionUpgradeWizard::reject()
{
    pauseThenClose(m_runbook, this, [this] { QWizard::reject(); });
}

} // namespace hpg
