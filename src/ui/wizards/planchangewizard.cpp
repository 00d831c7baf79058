#include "planchangewizard.h"

#include "core/runbooks/bringback.h"
#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/planchange.h"
#include "core/runbooks/switchsteps.h"
#include "core/runbooks/runbook.h"
#include "followerswitchwizard.h"
#include "newprimaryoffers.h"
#include "planchangechoosepage.h"
#include "runbookresultpage.h"
#include "runbookrunpage.h"
#include "runbookwizard.h"
#include "ui/widgets/desktopnotifier.h"
#include "ui/widgets/wizardbuttons.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

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
    // After a copy: a follower of the new primary (not on Essential) and the old primary's deprovision.
    m_offers = new NewPrimaryOffers(
        m_services,
        [this] {
            NewPrimaryOffers::Subject subject;
            if (!m_copy || !m_runbook)
                return subject;
            subject.app = m_options.app;
            if (Plan::tierOf(m_options.fullTargetPlan()) != Plan::Tier::Essential)
                subject.followerPlan = m_options.fullTargetPlan();
            subject.oldPrimary = SwitchSteps::findings(m_runbook->journal().values()).sourceAddonName;
            return subject;
        },
        m_resultPage);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ResultPageId)
            m_offers->updateOffers();
    });
    setPage(ChoosePageId, m_choosePage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    nameWizardButtons(this);
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("cancelCopyButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            cancelCopy();
    });
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
    wizard->m_copy = journal.kind() == QLatin1String(CopyToNewDatabase::kKind);
    wizard->setStartId(RunPageId);
    wizard->retranslate();
    return wizard;
}

void PlanChangeWizard::retranslate()
{
    setWindowTitle(tr("Change the Plan of a Database of %1").arg(m_app));
    setButtonText(QWizard::CustomButton1, tr("Cancel the C&opy…"));
}

void PlanChangeWizard::showCancelCopy(bool show)
{
    setOption(QWizard::HaveCustomButton1, show);
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
    CopyOptions copy;
    copy.app = m_options.app;
    copy.targetPlan = m_options.targetPlan;
    copy.backupFirst = m_options.backupFirst;
    const Journal journal = m_resumeJournal ? *m_resumeJournal
        : m_copy                            ? CopyToNewDatabase::newJournal(copy, m_services, m_journalDir)
                                            : PlanChange::newJournal(m_options, m_services, m_journalDir);
    m_runbook = openRunbook(journal, m_services, m_resumeJournal.has_value(), m_pollScale, this);
    if (!m_runbook)
        return nullptr;
    // The copy can be given up while it runs (not once the copy has become DATABASE_URL).
    connect(m_runbook, &Runbook::stepStateChanged, this, [this](int index, StepState state) {
        const QString id = m_runbook->steps().at(index).id;
        if (id == QLatin1String("start-copy") || id == QLatin1String("wait-copy"))
            showCancelCopy(state == StepState::Running || state == StepState::Waiting
                           || (id == QLatin1String("start-copy") && state == StepState::Done));
        else if (state == StepState::Running && index > 0 && id != QLatin1String("wait-copy"))
            showCancelCopy(false);
    });
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

void PlanChangeWizard::cancelCopy()
{
    if (!m_runbook)
        return;
    const QString target = m_runbook->journal().value(QStringLiteral("target_name")).toString();
    // Window-modal and asynchronous: the run goes on while the DBA decides.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel the Copy"),
                                tr("Cancel the copy and bring %1 back on its old database? Its data is unchanged; the "
                                   "app comes back as it was (formation, maintenance mode off, Heroku Connect "
                                   "resumed).")
                                    .arg(m_options.app),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("cancelCopyBox"));
    QAbstractButton *cancelIt = box->addButton(tr("Cancel the Copy"), QMessageBox::DestructiveRole);
    cancelIt->setObjectName(QStringLiteral("cancelCopyConfirmButton"));
    box->addButton(tr("Go On Copying"), QMessageBox::RejectRole);
    auto *destroy = new QCheckBox(tr("Also destroy the new database %1 (it holds a partial copy)").arg(target), box);
    destroy->setObjectName(QStringLiteral("destroyTargetCheckBox"));
    box->setCheckBox(destroy);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancelIt, destroy](QAbstractButton *clicked) {
        if (clicked != cancelIt || !m_runbook)
            return;
        const bool destroyTarget = destroy->isChecked();
        showCancelCopy(false);
        // The run stops between steps (a wait stops at once), then the bring-back takes over.
        m_runbook->pause();
        const auto stopped = [](Runbook::State state) {
            return state == Runbook::State::Paused || state == Runbook::State::Failed;
        };
        if (stopped(m_runbook->state())) {
            bringBackAfterCopy(destroyTarget);
            return;
        }
        connect(m_runbook, &Runbook::stateChanged, this, [this, destroyTarget, stopped](Runbook::State state) {
            // Not inside the runbook's own signal: bringBackAfterCopy() deletes it.
            if (stopped(state))
                QMetaObject::invokeMethod(
                    this, [this, destroyTarget] { bringBackAfterCopy(destroyTarget); }, Qt::QueuedConnection);
        });
    });
    box->open();
}

void PlanChangeWizard::bringBackAfterCopy(bool destroyTarget)
{
    if (!m_runbook)
        return; // handed over already
    const Journal interrupted = m_runbook->journal();
    delete m_runbook.data(); // releases the run's locks
    QString error;
    const auto journal = BringBack::start(interrupted, m_services, &error, destroyTarget);
    if (!journal) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel the Copy"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto *back = new RunbookWizard(*journal, m_services, parentWidget());
    back->setStartAtOnce(true);
    back->show();
    close();
}

void PlanChangeWizard::reject()
{
    pauseThenClose(m_runbook, this, [this] { QWizard::reject(); });
}

} // namespace hpg
