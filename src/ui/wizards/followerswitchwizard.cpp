#include "followerswitchwizard.h"

#include "core/runbooks/followerswitch.h"
#include "core/runbooks/runbook.h"
#include "runbookresultpage.h"
#include "runbookrunpage.h"
#include "runbookwizard.h"
#include "switchchoosepage.h"
#include "newprimaryoffers.h"
#include "switchpreflightpage.h"
#include "ui/widgets/desktopnotifier.h"
#include "ui/widgets/wizardbuttons.h"

#include <QAbstractButton>
#include <QEvent>

namespace hpg {

FollowerSwitchWizard::FollowerSwitchWizard(const RunbookServices &services, const QString &app, QWidget *parent)
    : QWizard(parent, Qt::Window)
    , m_services(services)
    , m_app(app)
{
    setObjectName(QStringLiteral("followerSwitchWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the run is over: Finish closes
    m_choosePage = new SwitchChoosePage(this);
    m_preflightPage = new SwitchPreflightPage(this);
    m_runPage = new RunbookRunPage(this, this);
    m_runPage->setObjectName(QStringLiteral("switchRunPage"));
    m_resultPage = new RunbookResultPage(this, this);
    m_resultPage->setObjectName(QStringLiteral("switchResultPage"));
    m_offers = new NewPrimaryOffers(
        m_services,
        [this] {
            // After a migration the new primary is on the app in the space: no follower is offered.
            return NewPrimaryOffers::Subject { m_options.app,
                                               m_options.isMigration() ? QString() : m_options.fullTargetPlan(),
                                               m_findings.sourceAddonName };
        },
        m_resultPage);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ResultPageId)
            m_offers->updateOffers();
    });
    setPage(ChoosePageId, m_choosePage);
    setPage(PreflightPageId, m_preflightPage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    nameWizardButtons(this);
    // A desktop notification when the follower has caught up: the DBA may be waiting in another window.
    auto *notifier = new DesktopNotifier(this);
    connect(this, &FollowerSwitchWizard::caughtUp, notifier, [this, notifier] {
        notifier->notify(tr("The follower has caught up"),
                         tr("The new database for %1 is within 200 commits of the primary. The switch goes on.")
                             .arg(m_options.app.isEmpty() ? m_app : m_options.app));
    });
    retranslate();
    resize(860, 680); // the 15 steps and a typed confirmation without a scroll bar
}

FollowerSwitchWizard::~FollowerSwitchWizard() = default;

FollowerSwitchWizard *FollowerSwitchWizard::resume(const Journal &journal, const RunbookServices &services,
                                                   QWidget *parent)
{
    auto *wizard = new FollowerSwitchWizard(services, journal.app(), parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->m_resumeJournal = journal;
    wizard->m_options = FollowerSwitch::options(journal);
    wizard->m_findings = SwitchFindings::fromJson(journal.value(QStringLiteral("findings")).toObject());
    wizard->setStartId(RunPageId);
    return wizard;
}

void FollowerSwitchWizard::retranslate()
{
    setWindowTitle(m_options.isMigration() ? tr("Migrate %1 into a Private Space").arg(m_options.app)
                                           : tr("Follower Switch on %1").arg(m_app));
}

void FollowerSwitchWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateWizardButtons(this);
    }
    QWizard::changeEvent(event);
}

Runbook *FollowerSwitchWizard::startRunbook()
{
    if (m_runbook)
        return m_runbook;
    const Journal journal
        = m_resumeJournal ? *m_resumeJournal : FollowerSwitch::newJournal(m_options, m_journalDir, m_services);
    m_runbook = openRunbook(journal, m_services, m_resumeJournal.has_value(), m_pollScale, this);
    if (!m_runbook)
        return nullptr;
    connect(m_runbook, &Runbook::stepStateChanged, this, [this](int index, StepState state) {
        if (state == StepState::Done && m_runbook->steps().at(index).id == QLatin1String("wait-caught-up"))
            emit caughtUp();
    });
    retranslate();
    return m_runbook;
}

void FollowerSwitchWizard::reject()
{
    pauseThenClose(m_runbook, this, [this] { QWizard::reject(); });
}

} // namespace hpg
