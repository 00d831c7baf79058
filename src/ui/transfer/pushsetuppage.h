#pragma once

#include "core/transfer/pgquery.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

namespace Ui {
class PushSetupPage;
}

namespace hpg {

class TransferContext;

// Push, first page: the local server and one of its databases (listed from the server), the
// Heroku database (its credentials are fetched here), --exclude-table-data, and the CLI command.
class PushSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PushSetupPage(TransferContext *context, QWidget *parent = nullptr);
    ~PushSetupPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void listDatabases();
    void onDatabases();
    void updateRemote();
    void updateLocal();
    void updateChoices();
    void retranslate();

    std::unique_ptr<Ui::PushSetupPage> m_ui;
    TransferContext *m_context;
    QFutureWatcher<PgQuery::Result> m_listWatcher;
    bool m_listAgain = false;
};

} // namespace hpg
