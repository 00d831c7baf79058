#include "signindialog.h"

#include "core/session/session.h"
#include "ui/widgets/appearance.h"

#include "ui_signindialog.h"

#include <QPushButton>

namespace hpg {

SignInDialog::SignInDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->signInButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    m_ui->statusLabel->hide();
    connect(m_ui->signInButtonBox, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_ui->signInButtonBox, &QDialogButtonBox::rejected, this, [this] {
        m_session->cancelSignIn();
        reject();
    });
    connect(m_ui->importEnvironmentPushButton, &QPushButton::clicked, this,
            [this] { emit importRequested(QStringLiteral("env")); });
    connect(m_ui->importNetrcPushButton, &QPushButton::clicked, this,
            [this] { emit importRequested(QStringLiteral("netrc")); });
    connect(m_ui->importCliKeychainPushButton, &QPushButton::clicked, this,
            [this] { emit importRequested(QStringLiteral("heroku-cli")); });
    connect(m_session, &Session::signedIn, this, [this] {
        if (m_busy)
            accept();
    });
    connect(m_session, &Session::signInFailed, this, [this](const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        showStatus(message, true);
        m_ui->apiTokenLineEdit->setFocus();
        m_ui->apiTokenLineEdit->selectAll();
    });
}

SignInDialog::~SignInDialog() = default;

QString SignInDialog::token() const
{
    return m_ui->apiTokenLineEdit->text().trimmed();
}

QUrl SignInDialog::apiUrl() const
{
    return QUrl::fromUserInput(m_ui->apiUrlLineEdit->text().trimmed());
}

void SignInDialog::setApiUrl(const QUrl &url)
{
    m_ui->apiUrlLineEdit->setText(url.toString());
}

void SignInDialog::setImportedToken(const QString &token, const QString &source)
{
    if (token.isEmpty()) {
        showStatus(tr("No Heroku API token was found in %1.").arg(source), true);
        return;
    }
    m_ui->apiTokenLineEdit->setText(token);
    showStatus(tr("A token was imported from %1. Choose Sign In to check it.").arg(source), false);
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    if (token().isEmpty()) {
        showStatus(tr("Enter an API token first."), true);
        return;
    }
    setBusy(true);
    showStatus(tr("Checking the token with %1…").arg(apiUrl().toString()), false);
    m_session->signIn(apiUrl(), token());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->signInButtonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->apiTokenLineEdit->setEnabled(!busy);
    m_ui->apiUrlLineEdit->setEnabled(!busy);
}

void SignInDialog::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? Appearance::errorLabelStyle(palette()) : QString());
    m_ui->statusLabel->show();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->signInButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    }
    QDialog::changeEvent(event);
}

} // namespace hpg
