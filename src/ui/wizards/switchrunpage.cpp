#include "switchrunpage.h"

#include "behindbychart.h"
#include "core/runbooks/switchsteps.h"
#include "followerswitchwizard.h"

#include "ui_switchrunpage.h"

#include <QEvent>

namespace hpg {

SwitchRunPage::SwitchRunPage(FollowerSwitchWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::SwitchRunPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("switchRunPage"));
    setCommitPage(true);
    m_chart = new BehindByChart(m_ui->behindByChartHolder);
    m_ui->behindByChartLayout->addWidget(m_chart);
    m_ui->confirmGroupBox->hide();
    m_ui->resumePushButton->setEnabled(false);
    retranslate();
    connect(m_ui->confirmAppLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ui->confirmPushButton->setEnabled(text == m_expectedApp); });
    connect(m_ui->confirmAppLineEdit, &QLineEdit::returnPressed, this, &SwitchRunPage::confirm);
    connect(m_ui->confirmPushButton, &QPushButton::clicked, this, &SwitchRunPage::confirm);
    connect(m_ui->pausePushButton, &QPushButton::clicked, this, [this] {
        if (m_runbook)
            m_runbook->pause();
    });
    connect(m_ui->resumePushButton, &QPushButton::clicked, this, [this] {
        if (m_runbook)
            m_runbook->resume();
    });
    connect(m_ui->abortPushButton, &QPushButton::clicked, this, [this] {
        if (m_runbook)
            m_runbook->abort();
    });
}

SwitchRunPage::~SwitchRunPage() = default;

void SwitchRunPage::retranslate()
{
    setTitle(tr("Switch"));
    setSubTitle(tr("Steps run one after the other. Pause and Stop take effect between steps; every step checks "
                   "the live state before it acts, so an interrupted run can be resumed safely."));
    setButtonText(QWizard::CommitButton, tr("Show &Result"));
    showBehindBy();
}

void SwitchRunPage::showBehindBy()
{
    m_ui->behindByLabel->setText(m_behindBy < 0 ? tr("Behind By: unknown")
                                                : tr("Behind By: %1 commits").arg(qint64(m_behindBy)));
}

void SwitchRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_runbook) {
            // The step titles were made in the language of the moment the run was made.
            QHash<QString, QString> titles;
            for (const Step &step : SwitchSteps::build(m_wizard->options()))
                titles.insert(step.id, step.title);
            for (int i = 0; i < m_ui->stepsTreeWidget->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_ui->stepsTreeWidget->topLevelItem(i);
                item->setText(0, titles.value(item->data(0, Qt::UserRole).toString(), item->text(0)));
            }
            onState(m_runbook->state());
            if (m_runbook->state() == Runbook::State::AwaitingConfirmation)
                showConfirmation();
        }
    }
    QWizardPage::changeEvent(event);
}

QString SwitchRunPage::stateText(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Not started");
    case StepState::Running:
        return tr("Running…");
    case StepState::Waiting:
        return tr("Waiting…");
    case StepState::AwaitingConfirmation:
        return tr("Needs your confirmation");
    case StepState::Done:
        return tr("Done");
    case StepState::Skipped:
        return tr("Not needed");
    case StepState::Failed:
        return tr("Failed");
    }
    return {};
}

void SwitchRunPage::initializePage()
{
    if (m_runbook)
        return;
    m_runbook = m_wizard->startRunbook();
    m_ui->stepsTreeWidget->clear();
    for (const Step &step : m_runbook->steps()) {
        auto *item = new QTreeWidgetItem(m_ui->stepsTreeWidget);
        item->setText(0, step.title);
        item->setData(0, Qt::UserRole, step.id);
    }
    connect(m_runbook, &Runbook::stepStateChanged, this, &SwitchRunPage::refreshSteps);
    connect(m_runbook, &Runbook::stateChanged, this, &SwitchRunPage::onState);
    connect(m_runbook, &Runbook::confirmationRequired, this, &SwitchRunPage::onConfirmationRequired);
    connect(m_runbook, &Runbook::metric, this, &SwitchRunPage::onMetric);
    connect(m_runbook, &Runbook::stepProgress, this, &SwitchRunPage::onProgress);
    refreshSteps();
    m_ui->stepsTreeWidget->resizeColumnToContents(0);
    onState(m_runbook->state());
}

void SwitchRunPage::refreshSteps()
{
    if (!m_runbook)
        return;
    for (int i = 0; i < m_ui->stepsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->stepsTreeWidget->topLevelItem(i);
        item->setText(1, stateText(m_runbook->stepState(i)));
        item->setText(2, m_runbook->stepCli(i));
        item->setToolTip(2, item->text(2));
        const auto *record = m_runbook->journal().step(m_runbook->steps().at(i).id);
        item->setToolTip(1, record ? (record->error.isEmpty() ? record->summary : record->error) : QString());
    }
}

void SwitchRunPage::onState(Runbook::State state)
{
    using S = Runbook::State;
    const bool stoppable = state == S::Running || state == S::AwaitingConfirmation;
    m_ui->pausePushButton->setEnabled(stoppable);
    m_ui->resumePushButton->setEnabled(state == S::Paused || state == S::Failed);
    m_ui->abortPushButton->setEnabled(stoppable || state == S::Paused || state == S::Failed || state == S::Pausing);
    if (state != S::AwaitingConfirmation)
        m_ui->confirmGroupBox->hide();
    switch (state) {
    case S::Ready:
    case S::Running:
        m_ui->runStatusLabel->setText(tr("Running…"));
        m_ui->stopExplanationLabel->clear();
        break;
    case S::Pausing:
        m_ui->runStatusLabel->setText(tr("Pausing after the current step…"));
        break;
    case S::Aborting:
        m_ui->runStatusLabel->setText(tr("Stopping after the current step…"));
        break;
    case S::Paused:
        m_ui->runStatusLabel->setText(tr("Paused. Nothing runs until you resume."));
        m_ui->stopExplanationLabel->setText(m_runbook->leftInPlace());
        break;
    case S::AwaitingConfirmation:
        m_ui->runStatusLabel->setText(tr("Waiting for your confirmation."));
        break;
    case S::Failed:
        m_ui->runStatusLabel->setText(tr("A step failed. Fix the cause, then resume: the step checks the live state "
                                         "again before it acts."));
        m_ui->stopExplanationLabel->setText(m_runbook->journal().stopExplanation());
        break;
    case S::Aborted:
        m_ui->runStatusLabel->setText(tr("Stopped."));
        m_ui->stopExplanationLabel->setText(m_runbook->journal().stopExplanation());
        break;
    case S::Finished:
        m_ui->runStatusLabel->setText(tr("All steps are done."));
        m_ui->stopExplanationLabel->clear();
        break;
    }
    refreshSteps();
    emit completeChanged();
}

void SwitchRunPage::onConfirmationRequired(int index, const QString &appName, const QString &cli)
{
    m_expectedApp = appName;
    m_confirmIndex = index;
    m_confirmCli = cli;
    showConfirmation();
    m_ui->confirmAppLineEdit->clear();
    m_ui->confirmPushButton->setEnabled(false);
    m_ui->confirmGroupBox->show();
    m_ui->confirmAppLineEdit->setFocus();
}

void SwitchRunPage::showConfirmation()
{
    if (!m_runbook || m_confirmIndex < 0 || m_confirmIndex >= m_ui->stepsTreeWidget->topLevelItemCount())
        return;
    const QString title = m_ui->stepsTreeWidget->topLevelItem(m_confirmIndex)->text(0);
    m_ui->confirmLabel->setText(tr("“%1” cannot be undone. To go on, type the app name %2.").arg(title, m_expectedApp));
    m_ui->confirmCliLabel->setText(tr("Same as: %1").arg(m_confirmCli));
}

void SwitchRunPage::confirm()
{
    if (m_runbook && m_ui->confirmAppLineEdit->text() == m_expectedApp
        && m_runbook->confirm(m_ui->confirmAppLineEdit->text()))
        m_ui->confirmGroupBox->hide();
}

void SwitchRunPage::onMetric(int, const QString &name, double value)
{
    if (name != QLatin1String("behind_by"))
        return;
    m_chart->addValue(value);
    m_behindBy = value;
    showBehindBy();
}

void SwitchRunPage::onProgress(int index, double, const QString &text)
{
    QTreeWidgetItem *item = m_ui->stepsTreeWidget->topLevelItem(index);
    if (!text.isEmpty() && item && m_runbook && m_runbook->state() == Runbook::State::Running)
        m_ui->runStatusLabel->setText(tr("%1: %2").arg(item->text(0), text));
}

bool SwitchRunPage::isComplete() const
{
    return m_runbook && m_runbook->state() == Runbook::State::Finished;
}

} // namespace hpg
