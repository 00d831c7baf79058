#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class PullSetupPage;
}

namespace hpg {

class TransferContext;

// Pull, first page: the Heroku database (its credentials are fetched here), the local server, the
// new local database's name, --exclude-table-data, the mode, and the equivalent CLI command.
class PullSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PullSetupPage(TransferContext *context, QWidget *parent = nullptr);
    ~PullSetupPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillModes();
    void updateRemote();
    void updateLocal();
    void updateChoices();

    std::unique_ptr<Ui::PullSetupPage> m_ui;
    TransferContext *m_context;
};

} // namespace hpg
