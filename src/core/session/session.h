#pragma once

#include "core/heroku/account.h"
#include "core/heroku/apiclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

namespace hpg {

// The signed-in state of the app: one QNetworkAccessManager, one ApiClient,
// the account. A token is checked with GET /account before it is used.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    ApiClient *api() { return &m_api; }
    QNetworkAccessManager *network() { return &m_nam; }
    const Account &account() const { return m_account; }
    bool isSignedIn() const { return m_account.isValid(); }
    // A sign-in's GET /account is on its way.
    bool isSigningIn() const { return !m_check.isNull(); }

    // Checks the token against the API at `baseUrl`; emits signedIn() or signInFailed().
    void signIn(const QUrl &baseUrl, const QString &token);
    void cancelSignIn();
    void signOut();

signals:
    void signingIn(const QUrl &baseUrl);
    void signedIn(const hpg::Account &account);
    void signInFailed(const QString &message);
    void signedOut();

private:
    QNetworkAccessManager m_nam;
    ApiClient m_api;
    Account m_account;
    QPointer<ApiCall> m_check;
};

} // namespace hpg
