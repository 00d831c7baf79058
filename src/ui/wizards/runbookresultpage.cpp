#include "runbookresultpage.h"

#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"
#include "core/runbooks/transcript.h"
#include "runbookhost.h"
#include "ui/widgets/statewords.h"

#include "ui_runbookresultpage.h"

#include <QEvent>
#include <QFileDialog>
#include <QLocale>

namespace hpg {

RunbookResultPage::RunbookResultPage(QWizard *wizard, RunbookHost *host)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::RunbookResultPage>())
    , m_host(host)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("runbookResultPage"));
    retranslate();
    connect(m_ui->exportTranscriptPushButton, &QPushButton::clicked, this, &RunbookResultPage::chooseTranscriptFile);
}

RunbookResultPage::~RunbookResultPage() = default;

void RunbookResultPage::retranslate()
{
    setTitle(tr("Result"));
    setSubTitle(tr("Every step is done. What is left to do is below."));
}

void RunbookResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showResult();
    }
    QWizardPage::changeEvent(event);
}

void RunbookResultPage::addOffers(QWidget *offers)
{
    // Before the spacer, after Export Transcript.
    m_ui->resultButtonsLayout->insertWidget(1, offers);
}

void RunbookResultPage::showOfferStatus(const QString &text)
{
    m_ui->offerStatusLabel->setText(text);
}

void RunbookResultPage::initializePage()
{
    showResult();
}

void RunbookResultPage::showResult()
{
    Runbook *runbook = m_host->runbook();
    if (!runbook || runbook->state() != Runbook::State::Finished)
        return;
    const Journal &journal = runbook->journal();
    const DownTime downtime = RunbookRegistry::downTime(journal);
    const auto seconds = [](qint64 ms) {
        return QLocale().toString(double(ms) / 1000.0, 'f', 1);
    };
    m_ui->downtimeLabel->setText(
        downtime.totalMs < 0
            ? tr("The downtime is not known.")
            : tr("Downtime: %1 s (automated steps: %2 s; waiting for a person: %3 s).")
                  .arg(seconds(downtime.totalMs), seconds(downtime.automatedMs()), seconds(downtime.personMs)));
    m_ui->summaryPlainTextEdit->setPlainText(RunbookRegistry::summary(journal).join(QStringLiteral("\n\n")));
}

void RunbookResultPage::chooseTranscriptFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Transcript"), QString(), tr("Markdown (*.md)"));
    dialog->setObjectName(QStringLiteral("transcriptFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &RunbookResultPage::exportTranscript);
    dialog->open();
}

bool RunbookResultPage::exportTranscript(const QString &path)
{
    Runbook *runbook = m_host->runbook();
    if (!runbook)
        return false;
    QString error;
    const QString md
        = Transcript::markdown(*runbook, RunbookRegistry::summary(runbook->journal()), StateWords::transcriptWords());
    if (!Transcript::write(path, md, &error)) {
        showOfferStatus(error);
        return false;
    }
    showOfferStatus(tr("The transcript was written to %1.").arg(path));
    return true;
}

} // namespace hpg
