#include "session.h"

#include "core/heroku/platformclient.h"

namespace hpg {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_api(&m_nam)
{ }

void Session::signIn(const QUrl &baseUrl, const QString &token)
{
    cancelSignIn();
    QString problem;
    if (!m_api.setBaseUrl(baseUrl, &problem)) {
        emit signInFailed(problem);
        return;
    }
    if (token.trimmed().isEmpty()) {
        emit signInFailed(tr("The API token is empty."));
        return;
    }
    m_api.setToken(token.trimmed());
    emit signingIn(baseUrl);
    m_check = PlatformClient(&m_api).account(this);
    connect(m_check, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_check.clear();
        if (!result.ok()) {
            m_api.setToken(QString());
            if (result.error.isUnauthorized())
                emit signInFailed(tr("Heroku refused this API token. It may be mistyped, expired or revoked.")
                                  + QLatin1Char('\n') + result.error.userText());
            else
                emit signInFailed(result.error.userText());
            return;
        }
        m_account = Account::fromJson(result.object());
        if (!m_account.isValid()) {
            m_api.setToken(QString());
            emit signInFailed(tr("The answer to GET /account had no email address; this does not look like the "
                                 "Heroku API."));
            return;
        }
        emit signedIn(m_account);
    });
}

void Session::cancelSignIn()
{
    if (m_check)
        m_check->cancel();
    m_check.clear();
}

void Session::signOut()
{
    cancelSignIn();
    m_api.setToken(QString());
    m_account = Account();
    emit signedOut();
}

} // namespace hpg
