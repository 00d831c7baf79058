#include "connectioninfopage.h"

#include "core/heroku/apiclient.h"
#include "core/heroku/configvars.h"
#include "core/heroku/credential.h"
#include "core/heroku/credentialmanager.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/settings/languagemanager.h"
#include "credentialsdialog.h"
#include "exportdialog.h"
#include "ui/dialogs/typedconfirmationdialog.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/secretclipboard.h"

#include "ui_connectioninfopage.h"

#include <QJsonObject>
#include <QUrl>

#include <utility>

namespace hpg {

ConnectionInfoPage::ConnectionInfoPage(ApiClient *api, SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionInfoPage>())
    , m_api(api)
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    Appearance::keepPanelStyled(m_ui->errorLabel, Appearance::Tone::Error);
    m_ui->errorLabel->hide();
    m_rotationPoll.setInterval(1500);
    connect(&m_rotationPoll, &QTimer::timeout, this, &ConnectionInfoPage::pollRotation);
    m_clipboardTick.setInterval(1000);
    connect(&m_clipboardTick, &QTimer::timeout, this, &ConnectionInfoPage::updateClipboardStatus);
    connect(m_clipboard, &SecretClipboard::cleared, this, &ConnectionInfoPage::updateClipboardStatus);

    connect(m_ui->credentialComboBox, &QComboBox::currentIndexChanged, this, &ConnectionInfoPage::showCredential);
    connect(m_ui->revealPasswordToolButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->passwordLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealPasswordToolButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    const QList<QPair<QPushButton *, Format>> buttons {
        { m_ui->copyUrlPushButton, Format::Url },       { m_ui->copyKeyValuePushButton, Format::KeyValue },
        { m_ui->copyJdbcPushButton, Format::Jdbc },     { m_ui->copyPsqlPushButton, Format::Psql },
        { m_ui->copyPgpassPushButton, Format::Pgpass }, { m_ui->copyEnvPushButton, Format::Env },
    };
    for (const auto &[button, fmt] : buttons) {
        const Format f = fmt;
        connect(button, &QPushButton::clicked, this, [this, f] { copy(f); });
    }
    connect(m_ui->rotatePushButton, &QPushButton::clicked, this, &ConnectionInfoPage::rotate);
    connect(m_ui->manageCredentialsPushButton, &QPushButton::clicked, this, &ConnectionInfoPage::manageCredentials);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &ConnectionInfoPage::exportCredential);
    m_ui->copyGroupBox->setEnabled(false);
    m_ui->rotatePushButton->setEnabled(false);
    m_ui->exportPushButton->setEnabled(false);
    m_ui->manageCredentialsPushButton->setEnabled(false);
    updateClipboardStatus();
}

ConnectionInfoPage::~ConnectionInfoPage() = default;

void ConnectionInfoPage::showDatabase(const QString &appName, const QString &addonName)
{
    if (appName == m_appName && addonName == m_addonName && !m_credentials.isEmpty())
        return;
    m_appName = appName;
    m_addonName = addonName;
    m_copyWhenLoaded.reset(); // it was for the database shown before
    m_credentials = QJsonArray();
    m_current = ConnInfo();
    m_rotationPoll.stop();
    m_ui->revealPasswordToolButton->setChecked(false);
    reload();
}

void ConnectionInfoPage::reload()
{
    if (m_addonName.isEmpty())
        return;
    if (m_credentialsCall)
        m_credentialsCall->cancel();
    if (m_configCall)
        m_configCall->cancel();
    m_credentialsCall = DataClient(m_api).credentials(m_addonName, this);
    connect(m_credentialsCall, &ApiCall::finished, this, &ConnectionInfoPage::onCredentials);
    m_configCall = PlatformClient(m_api).configVars(m_appName, this);
    connect(m_configCall, &ApiCall::finished, this, &ConnectionInfoPage::onConfigVars);
}

void ConnectionInfoPage::onConfigVars(const ApiResult &result)
{
    m_configVars = ConfigVars::fromJson(result.object());
    showCredential(m_ui->credentialComboBox->currentIndex());
}

void ConnectionInfoPage::onCredentials(const ApiResult &result)
{
    if (!result.ok()) {
        showError(result.error.userText());
        return;
    }
    m_ui->errorLabel->hide();
    m_credentials = result.array();
    const QString keep = currentCredential();
    const QSignalBlocker blocker(m_ui->credentialComboBox);
    m_ui->credentialComboBox->clear();
    for (const auto &value : std::as_const(m_credentials)) {
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        //: the name of a database's default credential (Heroku calls it "default")
        m_ui->credentialComboBox->addItem(name == QLatin1String("default") ? tr("default") : name, name);
    }
    const int index = m_ui->credentialComboBox->findData(keep.isEmpty() ? QStringLiteral("default") : keep);
    m_ui->credentialComboBox->setCurrentIndex(qMax(0, index));
    showCredential(m_ui->credentialComboBox->currentIndex());
    if (m_copyWhenLoaded)
        copy(*std::exchange(m_copyWhenLoaded, std::nullopt));
    emit loaded();
}

QString ConnectionInfoPage::currentCredential() const
{
    return m_ui->credentialComboBox->currentData().toString();
}

QString ConnectionInfoPage::currentState() const
{
    const int index = m_ui->credentialComboBox->currentIndex();
    return index < 0 ? QString() : m_credentials.at(index).toObject().value(QStringLiteral("state")).toString();
}

QString ConnectionInfoPage::stateText(const QString &state)
{
    if (state == QLatin1String("active"))
        return tr("Active");
    if (state == QLatin1String("rotating"))
        return tr("Rotating…");
    if (state == QLatin1String("revoking"))
        return tr("Waiting for connections to end before the old password is revoked…");
    if (state == QLatin1String("provisioning") || state == QLatin1String("wait_for_provisioning"))
        return tr("Being created…");
    return state;
}

void ConnectionInfoPage::showCredential(int index)
{
    m_current = ConnInfo();
    if (index < 0 || index >= m_credentials.size()) {
        m_ui->copyGroupBox->setEnabled(false);
        m_ui->rotatePushButton->setEnabled(false);
        m_ui->exportPushButton->setEnabled(false);
        return;
    }
    const Credential credential = Credential::fromJson(m_credentials.at(index).toObject());
    const QString state = credential.state;
    m_ui->stateLabel->setText(stateText(state));
    m_ui->stateLabel->setToolTip(state);
    m_current = credential.connection;
    m_ui->hostLineEdit->setText(m_current.host());
    m_ui->portLineEdit->setText(QString::number(m_current.port()));
    m_ui->databaseLineEdit->setText(m_current.database());
    m_ui->userLineEdit->setText(m_current.user());
    m_ui->passwordLineEdit->setText(m_current.password());

    QStringList vars;
    for (auto it = m_configVars.begin(); it != m_configVars.end(); ++it) {
        const auto parsed = ConnInfo::fromUrl(it.value());
        if (parsed && parsed->user() == m_current.user() && parsed->host() == m_current.host()
            && (parsed->port() ? parsed->port() : 5432) == m_current.port()
            && parsed->database() == m_current.database())
            vars.append(it.key());
    }
    vars.sort();
    m_ui->configVarsLabel->setText(vars.isEmpty() ? tr("None on %1").arg(m_appName) : LanguageManager::joinList(vars));
    m_ui->copyGroupBox->setEnabled(!m_current.user().isEmpty());
    m_ui->exportPushButton->setEnabled(!m_current.user().isEmpty());
    m_ui->manageCredentialsPushButton->setEnabled(true);
    m_ui->rotatePushButton->setEnabled(state == QLatin1String("active") && !m_rotationPoll.isActive());
}

QString ConnectionInfoPage::format(Format fmt) const
{
    return m_current.to(fmt);
}

void ConnectionInfoPage::copy(Format fmt)
{
    if (m_current.user().isEmpty())
        return;
    m_clipboard->copy(format(fmt), true);
    updateClipboardStatus();
    m_clipboardTick.start();
    emit copied(fmt);
}

void ConnectionInfoPage::copyWhenLoaded(Format fmt)
{
    if (!m_current.user().isEmpty()) {
        copy(fmt);
        return;
    }
    m_copyWhenLoaded = fmt;
}

void ConnectionInfoPage::updateClipboardStatus()
{
    if (!m_clipboard->isPending()) {
        m_clipboardTick.stop();
        const int seconds = SecretClipboard::clearSeconds();
        m_ui->clipboardStatusLabel->setText(
            seconds > 0 ? tr("Copies include the password and are cleared from the clipboard after %n second(s).",
                             nullptr, seconds)
                        : tr("Copies include the password. The clipboard is not cleared (see Settings)."));
        return;
    }
    m_ui->clipboardStatusLabel->setText(tr("Copied with the password. The clipboard is cleared in %n second(s).",
                                           nullptr, m_clipboard->remainingSeconds()));
}

void ConnectionInfoPage::rotate()
{
    const QString name = currentCredential();
    if (name.isEmpty())
        return;
    const QString warning = CredentialManager::rotationWarning(m_addonName, name);
    const QString cli
        = QStringLiteral("heroku pg:credentials:rotate %1 --name %2 --app %3").arg(m_addonName, name, m_appName);
    auto *dialog = new TypedConfirmationDialog(tr("Rotate Credentials"), warning, cli, m_appName, this);
    dialog->setConfirmText(tr("Rotate"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ConnectionInfoPage::startRotation);
    dialog->open();
}

void ConnectionInfoPage::manageCredentials()
{
    if (m_addonName.isEmpty())
        return;
    auto *dialog = new CredentialsDialog(m_api, m_clipboard, m_appName, m_addonName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What changed there shows here too.
    connect(dialog, &CredentialsDialog::actionFinished, this, [this](bool ok) {
        if (ok)
            reload();
    });
    dialog->open();
}

void ConnectionInfoPage::exportCredential()
{
    if (m_current.user().isEmpty())
        return;
    auto *dialog = new ExportDialog(m_current, currentCredential(), m_appName, m_addonName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConnectionInfoPage::startRotation()
{
    m_rotatingName = currentCredential();
    m_passwordBeforeRotation = m_current.password();
    m_ui->rotatePushButton->setEnabled(false);
    m_ui->stateLabel->setText(stateText(QStringLiteral("rotating")));
    auto *call = DataClient(m_api).rotateCredential(m_addonName, m_rotatingName, false, this);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.ok()) {
            showError(result.error.userText());
            m_ui->rotatePushButton->setEnabled(true);
            emit rotationFinished(false);
            return;
        }
        m_pollsLeft = 120;
        m_rotationPoll.start();
    });
}

void ConnectionInfoPage::pollRotation()
{
    if (m_credentialsCall)
        return; // the previous poll is still on its way
    if (--m_pollsLeft < 0) {
        m_rotationPoll.stop();
        showError(tr("The credential %1 did not become active again within three minutes. Refresh to see its state.")
                      .arg(m_rotatingName));
        emit rotationFinished(false);
        return;
    }
    m_credentialsCall = DataClient(m_api).credentials(m_addonName, this);
    connect(m_credentialsCall, &ApiCall::finished, this, [this](const ApiResult &result) {
        onCredentials(result);
        if (currentCredential() == m_rotatingName && currentState() == QLatin1String("active")
            && m_current.password() != m_passwordBeforeRotation) {
            m_rotationPoll.stop();
            m_ui->rotatePushButton->setEnabled(true);
            emit rotationFinished(true);
        }
    });
}

void ConnectionInfoPage::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_copyWhenLoaded.reset();
    emit failed(message);
}

void ConnectionInfoPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showCredential(m_ui->credentialComboBox->currentIndex());
        updateClipboardStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace hpg
