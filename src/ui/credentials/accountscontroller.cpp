#include "accountscontroller.h"

#include "core/secrets/secretstore.h"
#include "core/secrets/tokenimporter.h"
#include "core/session/session.h"
#include "signindialog.h"
#include "ui/widgets/messagebanner.h"

#include <QPushButton>

namespace hpg {

AccountsController::AccountsController(Session *session, AccountStore *accounts, MessageBanner *banner,
                                       QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_accounts(accounts)
    , m_banner(banner)
    , m_dialogParent(dialogParent)
{ }

void AccountsController::restore()
{
    if (const auto entry = m_accounts->current())
        signInWith(*entry);
}

void AccountsController::switchTo(const AccountStore::Entry &entry)
{
    m_session->signOut();
    signInWith(entry);
}

void AccountsController::signInWith(const AccountStore::Entry &entry)
{
    m_accounts->readToken(entry, this, [this, entry](const SecretResult &result) {
        if (result.ok()) {
            m_accounts->setCurrent(entry);
            m_session->signIn(entry.apiUrl, result.secret);
            return;
        }
        if (result.status == SecretResult::Status::NotFound) {
            m_banner->showMessage(tr("The token for %1 is no longer in the keychain. Sign in again.").arg(entry.email));
        } else {
            m_banner->showMessage(tr("The keychain could not be read, so hpgdesk cannot sign in to %1 by itself: %2")
                                      .arg(entry.email, result.message));
            emit keychainProblem(result.message);
        }
        connect(m_banner->addButton(QStringLiteral("bannerSignInPushButton"), tr("Sign In…")), &QPushButton::clicked,
                this, [this] { showSignIn(); });
    });
}

void AccountsController::showSignIn(const QString &importFrom)
{
    if (m_dialog) {
        m_dialog->raise();
        if (!importFrom.isEmpty())
            onImportRequested(importFrom);
        return;
    }
    m_dialog = new SignInDialog(m_session, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto entry = m_accounts->current())
        m_dialog->setApiUrl(entry->apiUrl);
    connect(m_dialog, &SignInDialog::importRequested, this, &AccountsController::onImportRequested);
    connect(m_dialog, &QDialog::accepted, this, &AccountsController::onDialogAccepted);
    m_dialog->open();
    if (!importFrom.isEmpty())
        onImportRequested(importFrom);
}

void AccountsController::onDialogAccepted()
{
    // The session checked the token with GET /account; now keep it.
    const AccountStore::Entry entry { m_session->account().email, m_session->api()->baseUrl(), false };
    const QString token = m_dialog->token();
    m_accounts->save(entry, token, this, [this, entry, token](const SecretResult &result) {
        if (result.ok())
            return;
        offerThisRunOnly(entry, token, result.message);
    });
}

void AccountsController::offerThisRunOnly(const AccountStore::Entry &entry, const QString &token, const QString &reason)
{
    m_banner->showMessage(tr("Signed in, but the token could not be kept in the system keychain: %1 Nothing was "
                             "written to disk. Keep the token for this run only, or sign out.")
                              .arg(reason));
    connect(m_banner->addButton(QStringLiteral("keepThisRunPushButton"), tr("Keep for This Run")),
            &QPushButton::clicked, this, [this, entry, token] { m_accounts->keepForThisRun(entry, token); });
    connect(m_banner->addButton(QStringLiteral("bannerSignOutPushButton"), tr("Sign Out")), &QPushButton::clicked,
            m_session, &Session::signOut);
    emit keychainProblem(reason);
}

void AccountsController::signOut()
{
    const auto entry = m_accounts->current();
    m_session->signOut();
    if (!entry)
        return;
    m_accounts->remove(*entry, this, [this, entry](const SecretResult &result) {
        if (!result.ok())
            m_banner->showMessage(tr("Signed out of %1, but its token could not be deleted from the keychain: %2")
                                      .arg(entry->email, result.message));
    });
}

void AccountsController::onImportRequested(const QString &source)
{
    if (!m_dialog)
        return;
    const auto env = QProcessEnvironment::systemEnvironment();
    QList<TokenImporter::Problem> problems;
    std::optional<TokenImporter::Found> found;
    if (source == QLatin1String("env")) {
        found = TokenImporter::fromEnvironment(env, &problems);
    } else if (source == QLatin1String("netrc")) {
        found = TokenImporter::fromNetrc(TokenImporter::netrcPath(env),
                                         TokenImporter::netrcMachineFor(m_dialog->apiUrl()), &problems);
    } else {
        auto *importer = new TokenImporter(this);
        connect(importer, &TokenImporter::finished, this, [this, importer](const TokenImporter::Report &report) {
            importer->deleteLater();
            if (!m_dialog)
                return;
            for (const auto &f : report.found) {
                if (f.source == TokenImporter::Source::HerokuCliKeychain) {
                    m_dialog->setImportedToken(f.token, f.origin);
                    return;
                }
            }
            QString why;
            for (const auto &p : report.problems) {
                if (p.source == TokenImporter::Source::HerokuCliKeychain)
                    why = p.message;
            }
            m_dialog->setImportedToken(QString(), why.isEmpty() ? tr("the Heroku CLI's keychain item") : why);
        });
        importer->start();
        return;
    }
    if (found) {
        m_dialog->setImportedToken(found->token, found->origin);
        return;
    }
    m_dialog->setImportedToken(QString(),
                               problems.isEmpty() ? (source == QLatin1String("env") ? QStringLiteral("HEROKU_API_KEY")
                                                                                    : TokenImporter::netrcPath(env))
                                                  : problems.constFirst().message);
}

} // namespace hpg
