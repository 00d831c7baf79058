#include "transferwizard.h"

#include "core/secrets/keychainsecretstore.h"
#include "pullsetuppage.h"
#include "pushsetuppage.h"
#include "transfercheckpage.h"
#include "transfercontext.h"
#include "transferprogresspage.h"
#include "ui/widgets/wizardbuttons.h"

#include <QAbstractButton>
#include <QCloseEvent>

namespace hpg {

TransferWizard *TransferWizard::openPull(ApiClient *api, const QString &appName, const QString &addonName,
                                         QWidget *parent, SecretStore *secrets)
{
    auto *wizard = new TransferWizard(TransferSpec::Direction::Pull, api, secrets, appName, addonName, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

TransferWizard *TransferWizard::openPush(ApiClient *api, const QString &appName, const QString &addonName,
                                         QWidget *parent, SecretStore *secrets)
{
    auto *wizard = new TransferWizard(TransferSpec::Direction::Push, api, secrets, appName, addonName, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

TransferWizard::TransferWizard(TransferSpec::Direction direction, ApiClient *api, SecretStore *secrets,
                               const QString &appName, const QString &addonName, QWidget *parent)
    : QWizard(parent, Qt::Window)
{
    if (!secrets)
        secrets = new KeychainSecretStore(this);
    m_context = new TransferContext(direction, api, secrets, appName, addonName, this);
    const bool pull = direction == TransferSpec::Direction::Pull;
    setObjectName(pull ? QStringLiteral("pullWizard") : QStringLiteral("pushWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    if (pull)
        addPage(new PullSetupPage(m_context, this));
    else
        addPage(new PushSetupPage(m_context, this));
    m_checkPage = new TransferCheckPage(m_context, this);
    addPage(m_checkPage);
    m_progressPage = new TransferProgressPage(m_context, this);
    addPage(m_progressPage);
    nameWizardButtons(this);
    retranslate();
    resize(720, 600);
    m_context->loadLocalServer();
}

TransferWizard::~TransferWizard() = default;

void TransferWizard::retranslate()
{
    setWindowTitle(m_context->isPull() ? tr("Pull %1").arg(m_context->herokuLabel())
                                       : tr("Push to %1").arg(m_context->herokuLabel()));
}

bool TransferWizard::isTransferring() const
{
    return m_progressPage->isRunning();
}

void TransferWizard::reject()
{
    // Cancel during the transfer stops the transfer; the wizard stays to show what happened.
    if (isTransferring()) {
        m_progressPage->requestCancel();
        return;
    }
    QWizard::reject();
}

void TransferWizard::closeEvent(QCloseEvent *event)
{
    if (isTransferring()) {
        m_progressPage->requestCancel();
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void TransferWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateWizardButtons(this);
    }
    QWizard::changeEvent(event);
}

} // namespace hpg
