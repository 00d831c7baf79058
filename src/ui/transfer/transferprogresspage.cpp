#include "transferprogresspage.h"

#include "core/transfer/transferjob.h"
#include "transfercontext.h"
#include "transfertext.h"
#include "ui/widgets/appearance.h"

#include "ui_transferprogresspage.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QtMath>

namespace hpg {

TransferProgressPage::TransferProgressPage(TransferContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::TransferProgressPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("transferProgressPage"));
    m_ui->halfMadeFrame->hide();
    m_ui->logPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    retranslate();
    connect(m_ui->dropDatabasePushButton, &QPushButton::clicked, this, &TransferProgressPage::dropDatabase);
    connect(m_ui->keepDatabasePushButton, &QPushButton::clicked, this, &TransferProgressPage::keepDatabase);
}

TransferProgressPage::~TransferProgressPage() = default;

void TransferProgressPage::retranslate()
{
    setTitle(m_context->isPull() ? tr("Pulling") : tr("Pushing"));
    setSubTitle(m_context->isPull() ? tr("%1 into %2").arg(m_context->herokuLabel(), m_context->localLabel())
                                    : tr("%1 into %2").arg(m_context->localLabel(), m_context->herokuLabel()));
}

void TransferProgressPage::initializePage()
{
    if (m_job)
        return;
    retranslate();
    m_job = new TransferJob(m_context->spec(), this);
    connect(m_job, &TransferJob::progressChanged, this, &TransferProgressPage::onProgress);
    connect(m_job, &TransferJob::logLine, this, [this](const QString &line) {
        QScrollBar *bar = m_ui->logPlainTextEdit->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_ui->logPlainTextEdit->appendPlainText(line);
        if (atEnd)
            bar->setValue(bar->maximum());
    });
    connect(m_job, &TransferJob::finished, this, &TransferProgressPage::onFinished);
    m_ui->logPlainTextEdit->appendPlainText(tr("The same with the Heroku CLI: %1").arg(m_context->herokuCommand()));
    m_job->start();
}

bool TransferProgressPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void TransferProgressPage::requestCancel()
{
    if (isRunning())
        m_job->cancel();
}

void TransferProgressPage::onProgress(const TransferProgress &progress)
{
    m_progress = progress;
    m_ui->phaseLabel->setText(TransferText::phase(progress.phase, m_context->isPull()));
    m_ui->transferProgressBar->setValue(int(progress.fraction * 1000));
    m_ui->transferProgressBar->setFormat(QStringLiteral("%1%").arg(qFloor(progress.fraction * 100)));
    m_ui->countsLabel->setText(TransferText::counts(progress));
    m_ui->bytesLabel->setText(TransferText::bytes(progress));
    m_ui->elapsedLabel->setText(TransferText::elapsed(progress));
    m_ui->remainingLabel->setText(TransferText::remaining(progress));
    m_ui->currentItemLabel->setText(progress.currentItem);
}

void TransferProgressPage::onFinished(const TransferOutcome &outcome)
{
    m_outcome = outcome;
    m_finished = true;
    const bool halfMade = m_context->isPull() && outcome.targetCreated && !outcome.succeeded();
    m_decisionPending = halfMade;
    m_ui->halfMadeFrame->setVisible(halfMade);
    showOutcome();
    emit completeChanged();
    emit transferFinished(outcome);
}

void TransferProgressPage::showOutcome()
{
    if (!m_finished)
        return;
    QStringList lines { m_outcome.message };
    lines += m_outcome.warnings;
    if (m_outcome.status == TransferOutcome::Status::Failed)
        lines += m_outcome.errorLines.mid(qMax(0, int(m_outcome.errorLines.size()) - 5));
    if (!m_decision.isEmpty())
        lines.append(m_decision);
    m_ui->resultLabel->setText(lines.join(QLatin1Char('\n')));
    const bool good = m_outcome.status == TransferOutcome::Status::Succeeded;
    m_ui->resultLabel->setStyleSheet(
        good ? Appearance::successLabelStyle(palette())
             : QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; }"));
    m_ui->halfMadeLabel->setText(tr("The local database %1 was created and may hold part of the data. Drop it, or "
                                    "keep it to look into?")
                                     .arg(m_outcome.targetDatabase));
}

void TransferProgressPage::dropDatabase()
{
    if (!m_job)
        return;
    m_ui->dropDatabasePushButton->setEnabled(false);
    m_ui->keepDatabasePushButton->setEnabled(false);
    connect(
        m_job, &TransferJob::dropFinished, this,
        [this](bool ok, const QString &message) {
            m_decision = message;
            m_decisionPending = !ok;
            m_ui->halfMadeFrame->setVisible(!ok);
            m_ui->dropDatabasePushButton->setEnabled(!ok);
            m_ui->keepDatabasePushButton->setEnabled(!ok);
            showOutcome();
            emit completeChanged();
        },
        Qt::SingleShotConnection);
    m_job->dropTarget();
}

void TransferProgressPage::keepDatabase()
{
    m_decisionPending = false;
    m_decision = tr("The local database %1 was kept.").arg(m_outcome.targetDatabase);
    m_ui->halfMadeFrame->hide();
    showOutcome();
    emit completeChanged();
}

bool TransferProgressPage::isComplete() const
{
    return m_finished && !m_decisionPending;
}

void TransferProgressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_job)
            onProgress(m_progress);
        showOutcome();
    }
    QWizardPage::changeEvent(event);
}

} // namespace hpg
