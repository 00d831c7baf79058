#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace hpg {

class Session;

// Asks for an API token (and the API URL), checks it with GET /account
// through the Session, and closes once signed in. Nothing is kept if the
// check fails; the dialog stays open with Heroku's message.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Session *session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString token() const;
    QUrl apiUrl() const;
    void setApiUrl(const QUrl &url);

    // Imports show their source's result here; empty token = not found there.
    void setImportedToken(const QString &token, const QString &source);

signals:
    void importRequested(const QString &source); // "env", "netrc", "heroku-cli"

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Session *m_session;
    bool m_busy = false;
};

} // namespace hpg
