#pragma once

#include "core/pg/conninfo.h"

#include <QDialog>

#include <memory>

class QMenu;

namespace Ui {
class CredentialsDialog;
}

namespace hpg {

class ApiClient;
class CredentialManager;
class SecretClipboard;

// pg:credentials in a dialog: every credential of a database with its state, its user and the
// attachments (app and config var) that use it; create, rotate one or all, destroy (typed
// confirmations, the `heroku …` command shown), and copy a credential in the forms Connection
// Info copies. Essential plans say that named credentials do not apply to them.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialsDialog(ApiClient *api, SecretClipboard *clipboard, const QString &appName, const QString &addonName,
                      QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    CredentialManager *manager() const { return m_manager; }
    QString selectedCredential() const;
    void selectCredential(const QString &name);
    // Copies the selected credential (as a secret) in `form`.
    void copy(ConnInfo::Form form);

signals:
    // An action ended; the dialog shows its message too.
    void actionFinished(bool ok, const QString &message);
    void copied(hpg::ConnInfo::Form form);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateButtons();
    void confirm(const QString &title, const QString &warning, const QString &cli, const QString &confirmText,
                 const std::function<void(const QString &)> &action);
    void rotateSelected();
    void rotateAll();
    void destroySelected();
    void showStatus(bool ok, const QString &message);
    void retranslate();

    std::unique_ptr<Ui::CredentialsDialog> m_ui;
    CredentialManager *m_manager;
    SecretClipboard *m_clipboard;
    QMenu *m_copyMenu;
};

} // namespace hpg
