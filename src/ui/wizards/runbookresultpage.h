#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class RunbookResultPage;
}

namespace hpg {

class RunbookHost;

// The last page of any runbook: the down time, the kind's summary (what changed, what is
// left to do), the transcript export, and room for the wizard's own offers (a widget beside
// Export Transcript, with one status line below).
class RunbookResultPage : public QWizardPage
{
    Q_OBJECT
public:
    RunbookResultPage(QWizard *wizard, RunbookHost *host);
    ~RunbookResultPage() override;

    void initializePage() override;
    // Writes the transcript (Markdown) to `path`; false and a message on the page on failure.
    bool exportTranscript(const QString &path);
    void addOffers(QWidget *offers);
    void showOfferStatus(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResult(); // the down time and the summary, in the current language
    void chooseTranscriptFile();

    std::unique_ptr<Ui::RunbookResultPage> m_ui;
    RunbookHost *m_host;
};

} // namespace hpg
