#include "switchpreflightpage.h"

#include "core/runbooks/switchpreflight.h"
#include "core/runbooks/switchsteps.h"
#include "core/stall/operationscope.h"
#include "followerswitchwizard.h"

#include "ui_switchpreflightpage.h"

#include <QEvent>

namespace hpg {

SwitchPreflightPage::SwitchPreflightPage(FollowerSwitchWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::SwitchPreflightPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("switchPreflightPage"));
    setCommitPage(true);
    retranslate();
    connect(m_ui->retryPreflightPushButton, &QPushButton::clicked, this, &SwitchPreflightPage::runPreflight);
}

SwitchPreflightPage::~SwitchPreflightPage() = default;

void SwitchPreflightPage::retranslate()
{
    setTitle(tr("Pre-flight"));
    setSubTitle(tr("Nothing has changed yet. Read what hpgdesk found and what it will do, then start."));
    setButtonText(QWizard::CommitButton, tr("&Start"));
}

void SwitchPreflightPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_ui->planTreeWidget->topLevelItemCount() > 0)
            fillPlan();
        showState();
    }
    QWizardPage::changeEvent(event);
}

void SwitchPreflightPage::initializePage()
{
    m_checked = false;
    fillPlan();
    runPreflight();
}

void SwitchPreflightPage::fillPlan()
{
    m_ui->planTreeWidget->clear();
    QJsonObject values;
    for (const Step &step : SwitchSteps::build(m_wizard->options())) {
        auto *item = new QTreeWidgetItem(m_ui->planTreeWidget);
        item->setText(0, step.title);
        item->setData(0, Qt::UserRole, step.id);
        item->setText(1, step.cli ? step.cli(values) : QString());
        item->setToolTip(1, item->text(1));
    }
    m_ui->planTreeWidget->resizeColumnToContents(0);
}

void SwitchPreflightPage::runPreflight()
{
    if (m_preflight)
        return;
    m_ok = false;
    m_checked = false;
    m_ui->retryPreflightPushButton->setEnabled(false);
    m_preflight = new SwitchPreflight(m_wizard->services(), m_wizard->options(), this);
    connect(m_preflight, &SwitchPreflight::finished, this, &SwitchPreflightPage::showFindings);
    showState();
    m_preflight->start();
    emit completeChanged();
}

void SwitchPreflightPage::showFindings(const SwitchFindings &findings)
{
    const OperationScope scope("switch pre-flight: show the findings");
    m_preflight->deleteLater();
    m_preflight = nullptr;
    m_ui->retryPreflightPushButton->setEnabled(true);
    m_wizard->setFindings(findings);
    m_ok = findings.ok();
    m_checked = true;
    showState();
    const OperationScope complete("switch pre-flight: the commit button follows");
    emit completeChanged();
}

// The status and the findings, in the current language (the findings' own sentences stay in the
// language they were found in).
void SwitchPreflightPage::showState()
{
    m_ui->findingsListWidget->clear();
    const SwitchOptions options = m_wizard->options();
    if (m_preflight) {
        m_ui->preflightStatusLabel->setText(tr("Checking %1…").arg(options.app));
        return;
    }
    if (!m_checked)
        return;
    const SwitchFindings &findings = m_wizard->findings();
    if (!m_ok) {
        m_ui->preflightStatusLabel->setText(options.isMigration()
                                                ? tr("The migration cannot be done: %1").arg(findings.refusal)
                                                : tr("The switch cannot be done: %1").arg(findings.refusal));
        return;
    }
    m_ui->preflightStatusLabel->setText(
        options.isMigration()
            ? tr("The database is %1 on %2. The migration into %3 can start.")
                  .arg(findings.sourceAddonName, findings.sourcePlan, options.targetApp)
            : tr("The database is %1 on %2. The switch can start.").arg(findings.sourceAddonName, findings.sourcePlan));
    // Made again here rather than taken from the findings, so that they follow a language change.
    const QStringList warnings = SwitchPreflight::warnings(findings, options);
    for (const QString &warning : warnings)
        m_ui->findingsListWidget->addItem(warning);
    if (warnings.isEmpty())
        m_ui->findingsListWidget->addItem(
            tr("No pools, other apps, followers, Scheduler or Heroku Connect to take care "
               "of."));
    if (!findings.connectChecked)
        m_ui->findingsListWidget->addItem(tr("Heroku Connect was not checked."));
}

bool SwitchPreflightPage::isComplete() const
{
    return m_ok && !m_preflight;
}

} // namespace hpg
