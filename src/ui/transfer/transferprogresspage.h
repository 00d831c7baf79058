#pragma once

#include "core/transfer/transferjob.h"
#include "core/transfer/transferoutcome.h"
#include "core/transfer/transferprogress.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class TransferProgressPage;
}

namespace hpg {

class TransferContext;
class TransferJob;

// Last page of both wizards: runs the TransferJob and shows its progress from the real work
// (phase, "Tables 12/40, indexes 3/16", bytes, elapsed, time left, the item being restored) and
// the programs' verbose log. Cancel stops both programs; after a pull that did not finish, it
// offers to drop the half-made local database or to keep it.
class TransferProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TransferProgressPage(TransferContext *context, QWidget *parent = nullptr);
    ~TransferProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void requestCancel();
    TransferJob *job() const { return m_job; }

signals:
    void transferFinished(const hpg::TransferOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(const TransferProgress &progress);
    void onFinished(const TransferOutcome &outcome);
    void showOutcome();
    void dropDatabase();
    void keepDatabase();
    void retranslate();

    std::unique_ptr<Ui::TransferProgressPage> m_ui;
    TransferContext *m_context;
    QPointer<TransferJob> m_job;
    TransferProgress m_progress;
    TransferOutcome m_outcome;
    bool m_finished = false;
    bool m_decisionPending = false; // drop or keep the half-made database
    QString m_decision; // what became of it, for the result text
};

} // namespace hpg
