#include "runbookrunpage.h"

#include "behindbychart.h"
#include "core/memory/codeprefetch.h"
#include "core/runbooks/runbookregistry.h"
#include "runbookhost.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/statewords.h"

#include "ui_runbookrunpage.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QTimer>

namespace hpg {

namespace {

enum Column { TitleColumn, StateColumn, CliColumn, ResultColumn };

// Only a change: each change makes the view measure the row again (its texts laid out), and
// refreshSteps() runs at every step's change for every step.
void changeText(QTreeWidgetItem *item, int column, const QString &text)
{
    if (item->text(column) != text)
        item->setText(column, text);
}

void changeToolTip(QTreeWidgetItem *item, int column, const QString &text)
{
    if (item->toolTip(column) != text)
        item->setToolTip(column, text);
}

} // namespace

RunbookRunPage::RunbookRunPage(QWizard *wizard, RunbookHost *host)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::RunbookRunPage>())
    , m_host(host)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("runbookRunPage"));
    // A run's wizard is open: the code of its pages and steps into memory now, not read from a busy
    // disk when it first runs (165 ms on leaving the first page, in BENCH uistall).
    CodePrefetch::inBackground(CodePrefetch::How::Map);
    setCommitPage(true);
    m_chart = new BehindByChart(m_ui->behindByChartHolder);
    m_ui->behindByChartLayout->addWidget(m_chart);
    m_ui->confirmGroupBox->hide();
    // Shown once a step reports a follower's lag (a runbook without a follower has no chart).
    m_ui->behindByLabel->hide();
    m_ui->behindByChartHolder->hide();
    m_ui->resumePushButton->setEnabled(false);
    m_ui->downTimeLabel->hide();
    m_ui->downTimeLabel->setStyleSheet(Appearance::errorLabelStyle(palette(), true));
    m_downTimeTimer = new QTimer(this);
    m_downTimeTimer->setInterval(1000);
    connect(m_downTimeTimer, &QTimer::timeout, this, &RunbookRunPage::showDownTime);
    retranslate();
    connect(m_ui->confirmAppLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ui->confirmPushButton->setEnabled(text == m_expectedApp); });
    connect(m_ui->confirmAppLineEdit, &QLineEdit::returnPressed, this, &RunbookRunPage::confirm);
    connect(m_ui->confirmPushButton, &QPushButton::clicked, this, &RunbookRunPage::confirm);
    connect(m_ui->pausePushButton, &QPushButton::clicked, this, [this] {
        if (m_runbook)
            m_runbook->pause();
    });
    connect(m_ui->resumePushButton, &QPushButton::clicked, this, &RunbookRunPage::continueRun);
    connect(m_ui->abortPushButton, &QPushButton::clicked, this, [this] {
        if (m_runbook)
            m_runbook->abort();
    });
}

RunbookRunPage::~RunbookRunPage() = default;

void RunbookRunPage::retranslate()
{
    setTitle(tr("Run"));
    setSubTitle(tr("Steps run one after the other. Pause and Stop take effect between steps; every step checks "
                   "the live state before it acts, so an interrupted run can be resumed safely."));
    setButtonText(QWizard::CommitButton, tr("Show &Result"));
    showBehindBy();
}

void RunbookRunPage::showBehindBy()
{
    m_ui->behindByLabel->setText(m_behindBy < 0 ? tr("Behind By: unknown")
                                                : tr("Behind By: %1 commits").arg(qint64(m_behindBy)));
}

void RunbookRunPage::retranslateSteps()
{
    // The step titles were made in the language of the moment the run was made.
    const RunbookKind *kind = m_runbook ? RunbookRegistry::find(m_runbook->journal().kind()) : nullptr;
    if (!kind)
        return;
    QHash<QString, QString> titles;
    for (const Step &step : kind->steps(m_runbook->journal().parameters()))
        titles.insert(step.id, step.title);
    for (int i = 0; i < m_ui->stepsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->stepsTreeWidget->topLevelItem(i);
        item->setText(TitleColumn, titles.value(item->data(0, Qt::UserRole).toString(), item->text(TitleColumn)));
    }
}

void RunbookRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_runbook) {
            retranslateSteps();
            onState(m_runbook->state());
            if (m_runbook->state() == Runbook::State::AwaitingConfirmation)
                showConfirmation();
        }
    }
    QWizardPage::changeEvent(event);
}

QString RunbookRunPage::stateText(StepState state)
{
    return StateWords::stepState(state);
}

void RunbookRunPage::initializePage()
{
    if (m_runbook)
        return;
    m_runbook = m_host->startRunbook();
    m_ui->stepsTreeWidget->clear();
    if (!m_runbook)
        return;
    for (const Step &step : m_runbook->steps()) {
        auto *item = new QTreeWidgetItem(m_ui->stepsTreeWidget);
        item->setText(TitleColumn, step.title);
        item->setData(0, Qt::UserRole, step.id);
    }
    connect(m_runbook, &Runbook::stepStateChanged, this, &RunbookRunPage::refreshSteps);
    connect(m_runbook, &Runbook::stateChanged, this, &RunbookRunPage::onState);
    connect(m_runbook, &Runbook::confirmationRequired, this, &RunbookRunPage::onConfirmationRequired);
    connect(m_runbook, &Runbook::armingRequired, this, &RunbookRunPage::onArmingRequired);
    m_downTimeTimer->start();
    connect(m_runbook, &Runbook::metric, this, &RunbookRunPage::onMetric);
    connect(m_runbook, &Runbook::stepProgress, this, &RunbookRunPage::onProgress);
    refreshSteps();
    m_ui->stepsTreeWidget->resizeColumnToContents(TitleColumn);
    onState(m_runbook->state());
}

void RunbookRunPage::refreshSteps()
{
    if (!m_runbook)
        return;
    for (int i = 0; i < m_ui->stepsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->stepsTreeWidget->topLevelItem(i);
        changeText(item, StateColumn, stateText(m_runbook->stepState(i)));
        changeText(item, CliColumn, m_runbook->stepCli(i));
        changeToolTip(item, CliColumn, item->text(CliColumn));
        const auto *record = m_runbook->journal().step(m_runbook->steps().at(i).id);
        const QString result = record ? (record->error.isEmpty() ? record->summary : record->error) : QString();
        changeToolTip(item, StateColumn, result);
        changeText(item, ResultColumn, result);
        changeToolTip(item, ResultColumn, result);
    }
}

void RunbookRunPage::showWhereItStopped()
{
    // A resumed run, before Continue: where it stopped, what is left in place, what comes next.
    const Journal &journal = m_runbook->journal();
    QStringList lines;
    if (!journal.stopExplanation().isEmpty())
        lines.append(journal.stopExplanation());
    else if (const QString left = m_runbook->leftInPlace(); !left.isEmpty())
        lines.append(tr("Left in place:") + QLatin1Char('\n') + left);
    for (int i = 0; i < m_runbook->steps().size(); ++i) {
        const StepState state = m_runbook->stepState(i);
        if (state == StepState::Done || state == StepState::Skipped)
            continue;
        const QString cli = m_runbook->stepCli(i);
        const QString title = m_ui->stepsTreeWidget->topLevelItem(i)->text(TitleColumn);
        lines.append(cli.isEmpty() ? tr("Next step: “%1”.").arg(title)
                                   : tr("Next step: “%1”, the same as: %2").arg(title, cli));
        break;
    }
    m_ui->stopExplanationLabel->setText(lines.join(QStringLiteral("\n\n")));
}

void RunbookRunPage::onState(Runbook::State state)
{
    using S = Runbook::State;
    const bool stoppable = state == S::Running || state == S::AwaitingConfirmation;
    const bool refused = state == S::Ready && !m_runbook->isPrepared();
    m_ui->pausePushButton->setEnabled(stoppable);
    m_ui->resumePushButton->setEnabled(!refused && (state == S::Ready || state == S::Paused || state == S::Failed));
    m_ui->abortPushButton->setEnabled(
        !refused
        && (stoppable || state == S::Ready || state == S::Paused || state == S::Failed || state == S::Pausing));
    if (state != S::AwaitingConfirmation)
        m_ui->confirmGroupBox->hide();
    switch (state) {
    case S::Ready:
        if (refused) {
            m_ui->runStatusLabel->setText(m_runbook->lastError());
            m_ui->stopExplanationLabel->clear();
        } else {
            m_ui->runStatusLabel->setText(tr("This run was interrupted. Nothing is sent until you press Continue; "
                                             "every step checks the live state again before it acts."));
            showWhereItStopped();
            // Once the page is shown (the wizard moves the focus to its own buttons first).
            QTimer::singleShot(0, m_ui->resumePushButton, [button = m_ui->resumePushButton] { button->setFocus(); });
        }
        break;
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
        m_ui->runStatusLabel->setText(tr("Paused. Nothing runs until you continue."));
        showWhereItStopped();
        break;
    case S::AwaitingConfirmation:
        m_ui->runStatusLabel->setText(tr("Waiting for your confirmation."));
        break;
    case S::Failed:
        m_ui->runStatusLabel->setText(tr("A step failed. Fix the cause, then continue: the step checks the live "
                                         "state again before it acts."));
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
    showDownTime();
    emit completeChanged();
}

void RunbookRunPage::showDownTime()
{
    const QDateTime since = m_runbook ? RunbookRegistry::downSince(m_runbook->journal()) : QDateTime();
    if (!since.isValid()) {
        m_ui->downTimeLabel->hide();
        m_ui->downTimeLabel->setStyleSheet(Appearance::errorLabelStyle(palette(), true));
        return;
    }
    // The steps still to run before the app is back.
    QStringList left;
    const auto [first, last] = m_runbook->downTimeSteps();
    for (int i = qMax(0, first); i <= last && i < m_ui->stepsTreeWidget->topLevelItemCount(); ++i) {
        const StepState state = m_runbook->stepState(i);
        if (state != StepState::Done && state != StepState::Skipped)
            left.append(m_ui->stepsTreeWidget->topLevelItem(i)->text(TitleColumn));
    }
    const qint64 seconds = qMax<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
    const QString app = m_runbook->journal().app();
    m_ui->downTimeLabel->setText(left.isEmpty() ? tr("%1 has been down for %2 s.").arg(app).arg(seconds)
                                                : tr("%1 has been down for %2 s. Still to run before it is back: %3")
                                                      .arg(app)
                                                      .arg(seconds)
                                                      .arg(QLocale().createSeparatedList(left)));
    m_ui->downTimeLabel->setToolTip(
        tr("Down since %1 (%2 UTC).")
            .arg(QLocale().toString(since.toLocalTime(), QLocale::LongFormat), since.toUTC().toString(Qt::ISODate)));
    m_ui->downTimeLabel->show();
}

void RunbookRunPage::continueRun()
{
    if (!m_runbook)
        return;
    if (!m_runbook->resume() && m_runbook->state() == Runbook::State::Ready)
        m_ui->runStatusLabel->setText(m_runbook->lastError());
}

void RunbookRunPage::onConfirmationRequired(int index, const QString &appName, const QString &cli)
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

void RunbookRunPage::onArmingRequired(const QList<int> &steps, const QString &appName)
{
    m_armSteps = steps;
    m_expectedApp = appName;
    m_confirmIndex = -1;
    showConfirmation();
    m_ui->confirmAppLineEdit->clear();
    m_ui->confirmPushButton->setEnabled(false);
    m_ui->confirmGroupBox->show();
    m_ui->confirmAppLineEdit->setFocus();
}

void RunbookRunPage::showConfirmation()
{
    if (!m_runbook)
        return;
    if (m_runbook->isArming()) {
        // Everything the down time will need, asked now, before the app goes down.
        QStringList lines;
        for (int i : std::as_const(m_armSteps)) {
            if (i < m_ui->stepsTreeWidget->topLevelItemCount())
                lines.append(
                    tr("“%1”, the same as: %2")
                        .arg(m_ui->stepsTreeWidget->topLevelItem(i)->text(TitleColumn), m_runbook->stepCli(i)));
        }
        m_ui->confirmLabel->setText(tr("While %1 is down, these steps run and cannot be undone. Type the app name %2 "
                                       "now, before it goes down, so that none of them waits for you while it is "
                                       "down:")
                                        .arg(m_runbook->journal().app(), m_expectedApp));
        m_ui->confirmCliLabel->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    if (m_confirmIndex < 0 || m_confirmIndex >= m_ui->stepsTreeWidget->topLevelItemCount())
        return;
    const QString title = m_ui->stepsTreeWidget->topLevelItem(m_confirmIndex)->text(TitleColumn);
    QString text = tr("“%1” cannot be undone. To go on, type the app name %2.").arg(title, m_expectedApp);
    // What the DBA must know first (the Dev Center's warnings for this action), above the request.
    const Step &step = m_runbook->steps().at(m_confirmIndex);
    if (const QString warning = step.confirmWarning ? step.confirmWarning(m_runbook->journal().values()) : QString();
        !warning.isEmpty())
        text = warning + QStringLiteral("\n\n") + text;
    m_ui->confirmLabel->setText(text);
    m_ui->confirmCliLabel->setText(tr("Same as: %1").arg(m_confirmCli));
}

void RunbookRunPage::confirm()
{
    if (m_runbook && m_ui->confirmAppLineEdit->text() == m_expectedApp
        && m_runbook->confirm(m_ui->confirmAppLineEdit->text()))
        m_ui->confirmGroupBox->hide();
}

void RunbookRunPage::onMetric(int, const QString &name, double value)
{
    if (name != QLatin1String("behind_by"))
        return;
    m_chart->addValue(value);
    m_behindBy = value;
    m_ui->behindByLabel->show();
    m_ui->behindByChartHolder->show();
    showBehindBy();
}

void RunbookRunPage::onProgress(int index, double, const QString &text)
{
    QTreeWidgetItem *item = m_ui->stepsTreeWidget->topLevelItem(index);
    if (!text.isEmpty() && item && m_runbook && m_runbook->state() == Runbook::State::Running)
        m_ui->runStatusLabel->setText(tr("%1: %2").arg(item->text(TitleColumn), text));
}

bool RunbookRunPage::isComplete() const
{
    return m_runbook && m_runbook->state() == Runbook::State::Finished;
}

} // namespace hpg
