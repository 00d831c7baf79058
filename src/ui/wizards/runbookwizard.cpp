#include "runbookwizard.h"

#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"
#include "runbookresultpage.h"
#include "runbookrunpage.h"
#include "ui/widgets/wizardbuttons.h"

#include <QAbstractButton>
#include <QEvent>

namespace hpg {

Runbook *openRunbook(const Journal &journal, const RunbookServices &services, bool resumed, double pollScale,
                     QObject *parent)
{
    Runbook *runbook = RunbookRegistry::create(journal, services, parent);
    if (!runbook)
        return nullptr;
    runbook->setPollIntervalScale(pollScale);
    if (resumed) {
        runbook->prepare();
        return runbook;
    }
    // The run's locks are taken on the journal writer's thread (creating their files may wait for a
    // busy disk), then the run starts; the run page is made meanwhile.
    runbook->prepareLater([runbook](bool prepared) {
        if (!prepared || !runbook->start())
            emit runbook->stateChanged(runbook->state()); // refused: the page shows why
    });
    return runbook;
}

void pauseThenClose(Runbook *runbook, QWizard *wizard, const std::function<void()> &close)
{
    using S = Runbook::State;
    const auto running = [runbook] {
        const S state = runbook->state();
        return state == S::Running || state == S::Pausing || state == S::AwaitingConfirmation || state == S::Aborting;
    };
    // Closing never leaves a step half-done: the run pauses between steps, and its journal lets
    // it continue later.
    if (runbook && running()) {
        runbook->pause();
        if (runbook->state() == S::Pausing) {
            // An action is under way: let it finish, then close.
            wizard->hide();
            QObject::connect(runbook, &Runbook::stateChanged, wizard, [close](S state) {
                if (state != S::Pausing && state != S::Running)
                    close();
            });
            return;
        }
    }
    close();
}

RunbookWizard::RunbookWizard(const Journal &journal, const RunbookServices &services, QWidget *parent)
    : QWizard(parent, Qt::Window)
    , m_journal(journal)
    , m_services(services)
{
    setObjectName(QStringLiteral("runbookWizard"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_runPage = new RunbookRunPage(this, this);
    m_resultPage = new RunbookResultPage(this, this);
    addPage(m_runPage);
    addPage(m_resultPage);
    nameWizardButtons(this);
    retranslate();
    resize(820, 560);
}

RunbookWizard::~RunbookWizard() = default;

void RunbookWizard::retranslate()
{
    setWindowTitle(RunbookRegistry::title(m_journal));
}

void RunbookWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateWizardButtons(this);
    }
    QWizard::changeEvent(event);
}

Runbook *RunbookWizard::startRunbook()
{
    if (!m_runbook)
        m_runbook = openRunbook(m_journal, m_services, !m_startAtOnce, 1.0, this);
    return m_runbook;
}

void RunbookWizard::reject()
{
    pauseThenClose(m_runbook, this, [this] { QWizard::reject(); });
}

} // namespace hpg
