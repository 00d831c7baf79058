#include "planchangewizard.h"

#include "core/runbooks/planchange.h"
#include "core/runbooks/runbook.h"
#include "followerswitchwizard.h"
#include "planchangechoosepage.h"
#include "runbookresultpage.h"
#include "runbookrunpage.h"
#include "runbookwizard.h"
#include "ui/widgets/desktopnotifier.h"
#include "ui/widgets/wizardbuttons.h"

#include <QEvent>

namespace hpg {

PlanChangeWizard::PlanChangeWizard(const RunbookServices &services, const QString &app, QWidget *parent)
    : QWizard(parent, Qt::Window)
    , m_services(services)
    , m_app(app)
{
    setObjectName(QStringLiteral("planChangeWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_choosePage = new PlanChangeChoosePage(this);
    m_runPage = new RunbookRunPage(this, this);
    m_runPage->setObjectName(QStringLiteral("planChangeRunPage"));
    m_resultPage = new RunbookResultPage(this, this);
    m_resultPage->setObjectName(QStringLiteral("planChangeResultPage"));
    setPage(ChoosePageId, m_choosePage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    nameWizardButtons(this);
    m_notifier = new DesktopNotifier(this);
    retranslate();
    resize(860, 640);
}

PlanChangeWizard::~PlanChangeWizard() = default;

PlanChangeWizard *PlanChangeWizard::resume(const Journal &journal, const RunbookServices &services, QWidget *parent)
{
    auto *wizard = new PlanChangeWizard(services, journal.app(), parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->m_resumeJournal = journal;
    wizard->m_options = PlanChangeOptions::fromJson(journal.parameters());
    wizard->setStartId(RunPageId);
    wizard->retranslate();
    return wizard;
}

void PlanChangeWizard::retranslate()
{
    setWindowTitle(tr("Change the Plan of a Database of %1").arg(m_app));
}

void PlanChangeWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateWizardButtons(this);
    }
    QWizard::changeEvent(event);
}

Runbook *PlanChangeWizard::startRunbook()
{
    if (m_runbook)
        return m_runbook;
    const Journal journal
        = m_resumeJournal ? *m_resumeJournal : PlanChange::newJournal(m_options, m_services, m_journalDir);
    m_runbook = openRunbook(journal, m_services, m_resumeJournal.has_value(), m_pollScale, this);
    if (!m_runbook)
        return nullptr;
    // Preparing can take hours: a desktop notification when the changeover is ready to run.
    connect(m_runbook, &Runbook::stepStateChanged, this, [this](int index, StepState state) {
        if (state == StepState::Done && m_runbook->steps().at(index).id == QLatin1String("wait-changeover-ready"))
            m_notifier->notify(
                tr("The new database is ready"),
                tr("Heroku has prepared the new database of %1. The changeover runs now.").arg(m_options.app));
    });
    return m_runbook;
}

void PlanChangeWizard::useFollowerSwitchInstead(const QString &app)
{
    auto *other = new FollowerSwitchWizard(m_services, app, parentWidget());
    other->setAttribute(Qt::WA_DeleteOnClose);
    other->show();
    close();
}

void PlanChangeWizard::reject()
{
    pauseThenClose(m_runbook, this, [this] { QWizard::reject(); });
}

} // namespace hpg
