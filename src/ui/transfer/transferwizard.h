#pragma once

#include "core/transfer/transferspec.h"

#include <QWizard>

namespace hpg {

class ApiClient;
class SecretStore;
class TransferContext;
class PullSetupPage;
class PushSetupPage;
class TransferCheckPage;
class TransferProgressPage;

// pg:pull and pg:push as wizards: set up, check, transfer. Non-modal, so the main window stays
// usable during a long transfer; closing it or pressing Cancel while the transfer runs cancels
// the transfer (both programs stop) instead of closing.
//
// For the main window (Database menu):
//     TransferWizard::openPull(session->api(), appName, addonName, this);
//     TransferWizard::openPush(session->api(), appName, addonName, this);
class TransferWizard : public QWizard
{
    Q_OBJECT
public:
    // Opens (show()) a wizard that deletes itself when closed. `secrets` keeps the local server's
    // password; without one the wizard uses the system keychain (KeychainSecretStore).
    static TransferWizard *openPull(ApiClient *api, const QString &appName, const QString &addonName,
                                    QWidget *parent = nullptr, SecretStore *secrets = nullptr);
    static TransferWizard *openPush(ApiClient *api, const QString &appName, const QString &addonName,
                                    QWidget *parent = nullptr, SecretStore *secrets = nullptr);

    TransferWizard(TransferSpec::Direction direction, ApiClient *api, SecretStore *secrets, const QString &appName,
                   const QString &addonName, QWidget *parent = nullptr);
    ~TransferWizard() override;

    TransferContext *context() const { return m_context; }
    TransferCheckPage *checkPage() const { return m_checkPage; }
    TransferProgressPage *progressPage() const { return m_progressPage; }
    bool isTransferring() const;

    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TransferContext *m_context;
    TransferCheckPage *m_checkPage;
    TransferProgressPage *m_progressPage;
};

} // namespace hpg
