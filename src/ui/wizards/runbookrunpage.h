#pragma once

#include "core/runbooks/runbook.h"

#include <QPointer>
#include <QWizardPage>

class QTimer;

#include <memory>

namespace Ui {
class RunbookRunPage;
}

namespace hpg {

class BehindByChart;
class RunbookHost;

// The run page of any runbook: each step with its state, its CLI equivalent and what it
// did; live progress; a Behind By chart once a step reports the follower's lag; the typed
// confirmation of destructive steps (the app name, as the CLI asks), asked for all the steps
// of the down time at once before the app goes down; a live "down for N s" while the app is
// down, with the steps still to run before it is back; Pause, Continue and
// Stop (between steps); and what is left in place when the run stops. A resumed run opens
// paused: the page shows where it stopped and the next step with its CLI equivalent, and
// nothing is sent until Continue.
class RunbookRunPage : public QWizardPage
{
    Q_OBJECT
public:
    RunbookRunPage(QWizard *wizard, RunbookHost *host);
    ~RunbookRunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    BehindByChart *chart() const { return m_chart; }

    static QString stateText(StepState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retranslateSteps();
    void showBehindBy();
    void showConfirmation();
    void showWhereItStopped();
    void refreshSteps();
    void onState(Runbook::State state);
    void onConfirmationRequired(int index, const QString &appName, const QString &cli);
    void onArmingRequired(const QList<int> &steps, const QString &appName);
    void showDownTime();
    void onMetric(int index, const QString &name, double value);
    void onProgress(int index, double fraction, const QString &text);
    void confirm();
    void continueRun();

    std::unique_ptr<Ui::RunbookRunPage> m_ui;
    RunbookHost *m_host;
    BehindByChart *m_chart;
    QPointer<Runbook> m_runbook; // the wizard may delete it (a copy given up hands over to a bring-back)
    QString m_expectedApp;
    int m_confirmIndex = -1;
    QString m_confirmCli;
    QList<int> m_armSteps; // while arming: the steps of the down time the typed name confirms
    QTimer *m_downTimeTimer;
    double m_behindBy = -1; // the last Behind By, in commits; -1: not known yet
};

} // namespace hpg
