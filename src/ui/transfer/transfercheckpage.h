#pragma once

#include "core/transfer/transferpreflight.h"

#include <QFutureWatcher>
#include <QStyle>
#include <QWizardPage>

#include <memory>

namespace Ui {
class TransferCheckPage;
}

namespace hpg {

class TransferContext;

// Second page of both wizards: runs TransferPreflight (source inventory, target refusals, client
// programs, extensions, mode) on worker threads and lists the results. A push into a non-empty
// Heroku database can be reset here (typed confirmation, PUT …/reset), and the push itself asks for
// the app name before it starts. This is the commit page: the transfer starts from here.
class TransferCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TransferCheckPage(TransferContext *context, QWidget *parent = nullptr);
    ~TransferCheckPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isChecking() const { return m_watcher.isRunning(); }

signals:
    void checked(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void runChecks();
    void showReport();
    void addLine(QStyle::StandardPixmap icon, const QString &text, const QString &objectName = {});
    void confirmReset();
    void resetTarget();
    void confirmPush();
    void retranslate();

    std::unique_ptr<Ui::TransferCheckPage> m_ui;
    TransferContext *m_context;
    QFutureWatcher<PreflightReport> m_watcher;
    bool m_hasReport = false;
    bool m_confirmed = false;
    bool m_resetting = false;
};

} // namespace hpg
