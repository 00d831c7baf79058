#pragma once

#include "core/runbooks/switchfindings.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SwitchPreflightPage;
}

namespace hpg {

class FollowerSwitchWizard;
class SwitchPreflight;

// Second page: what hpgdesk found on the live state (Heroku Connect, pools,
// other apps, existing followers, a Scheduler add-on, or why the switch is
// refused) and every step that will run, with its Heroku CLI equivalent. Its
// commit button starts the run.
class SwitchPreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SwitchPreflightPage(FollowerSwitchWizard *wizard);
    ~SwitchPreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPlan();
    void runPreflight();
    void showFindings(const SwitchFindings &findings);
    void showState();

    std::unique_ptr<Ui::SwitchPreflightPage> m_ui;
    FollowerSwitchWizard *m_wizard;
    QPointer<SwitchPreflight> m_preflight;
    bool m_ok = false;
    bool m_checked = false; // the pre-flight has finished since the page was shown
};

} // namespace hpg
