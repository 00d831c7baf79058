#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SwitchResultPage;
}

namespace hpg {

class FollowerSwitchWizard;

// Last page: the downtime, the new and old primary, reminders (old followers,
// dataclips), the transcript export, and the offers to create a follower of
// the new primary and to deprovision the old one (typed confirmation).
class SwitchResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SwitchResultPage(FollowerSwitchWizard *wizard);
    ~SwitchResultPage() override;

    void initializePage() override;
    // Writes the transcript (Markdown) to `path`; false and a message on the page on failure.
    bool exportTranscript(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResult(); // the downtime and the summary, in the current language
    void chooseTranscriptFile();
    void createFollower();
    void confirmDeprovision();
    void deprovision();

    std::unique_ptr<Ui::SwitchResultPage> m_ui;
    FollowerSwitchWizard *m_wizard;
};

} // namespace hpg
