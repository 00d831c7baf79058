#pragma once

#include "core/runbooks/runbook.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SwitchRunPage;
}

namespace hpg {

class BehindByChart;
class FollowerSwitchWizard;

// Third page: runs the runbook. Each step with its state and CLI equivalent,
// the follower's live Behind By, the typed confirmation of destructive steps
// (the app name, as the CLI asks), Pause, Resume and Stop (between steps),
// and what is left in place when the run stops.
class SwitchRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SwitchRunPage(FollowerSwitchWizard *wizard);
    ~SwitchRunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    BehindByChart *chart() const { return m_chart; }

    static QString stateText(StepState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showBehindBy();
    void showConfirmation();
    void refreshSteps();
    void onState(Runbook::State state);
    void onConfirmationRequired(int index, const QString &appName, const QString &cli);
    void onMetric(int index, const QString &name, double value);
    void onProgress(int index, double fraction, const QString &text);
    void confirm();

    std::unique_ptr<Ui::SwitchRunPage> m_ui;
    FollowerSwitchWizard *m_wizard;
    BehindByChart *m_chart;
    Runbook *m_runbook = nullptr;
    QString m_expectedApp;
    int m_confirmIndex = -1;
    QString m_confirmCli;
    double m_behindBy = -1; // the last Behind By, in commits; -1: not known yet
};

} // namespace hpg
