#pragma once

#include "core/session/accountstore.h"

#include <QObject>
#include <QPointer>

namespace hpg {

class MessageBanner;
class Session;
class SignInDialog;
struct Account;

// Ties the sign-in dialog, the Session and the AccountStore together: signs
// in to the current account at start-up, keeps a new token in the keychain
// (or, if the user agrees, for this run only), switches accounts, signs out.
class AccountsController : public QObject
{
    Q_OBJECT
public:
    AccountsController(Session *session, AccountStore *accounts, MessageBanner *banner, QWidget *dialogParent);

    // Signs in to the account used last, if there is one.
    void restore();
    // Opens the sign-in dialog; with `importFrom` ("env", "netrc", "heroku-cli") it fetches that token into it.
    void showSignIn(const QString &importFrom = QString());
    void switchTo(const AccountStore::Entry &entry);
    // Forgets the current account: deletes its token from the keychain.
    void signOut();

    SignInDialog *signInDialog() const { return m_dialog; }

signals:
    // The keychain could not be used; the banner says why.
    void keychainProblem(const QString &message);

private:
    void signInWith(const AccountStore::Entry &entry);
    void onDialogAccepted();
    void onImportRequested(const QString &source);
    void offerThisRunOnly(const AccountStore::Entry &entry, const QString &token, const QString &reason);

    Session *m_session;
    AccountStore *m_accounts;
    MessageBanner *m_banner;
    QWidget *m_dialogParent;
    QPointer<SignInDialog> m_dialog;
};

} // namespace hpg
