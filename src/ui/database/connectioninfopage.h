#pragma once

#include "core/pg/conninfo.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ConnectionInfoPage;
}

namespace hpg {

class ApiCall;
class ApiClient;
class SecretClipboard;
struct ApiResult;

// The credentials of one database, ready to paste into another client, and
// their rotation. Passwords stay masked until revealed, are copied only as
// secrets (cleared from the clipboard after a while), and are never kept.
class ConnectionInfoPage : public QWidget
{
    Q_OBJECT
public:
    using Format = ConnInfo::Form;

    ConnectionInfoPage(ApiClient *api, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~ConnectionInfoPage() override;

    void showDatabase(const QString &appName, const QString &addonName);
    void reload();

    // The selected credential as a connection; empty before anything loaded.
    ConnInfo current() const { return m_current; }
    QString currentCredential() const;
    QString currentState() const;
    QString format(Format format) const;
    void copy(Format format);
    // Copies as soon as the credentials are there (at once when they already are).
    void copyWhenLoaded(Format format);
    // Asks for confirmation (typed app name) and rotates the selected credential.
    void rotate();
    // Opens the credentials dialog (list, create, destroy, rotate, attachments) and the export
    // dialog (pg_service.conf, pgAdmin, DBeaver) for the selected credential; they are children of
    // this page, found by objectName.
    void manageCredentials();
    void exportCredential();
    // A credential's state (active, rotating, revoking…) in words.
    static QString stateText(const QString &state);

signals:
    void loaded();
    // Something was copied to the clipboard (as a secret).
    void copied(hpg::ConnInfo::Form format);
    void failed(const QString &message);
    void rotationFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCredentials(const ApiResult &result);
    void onConfigVars(const ApiResult &result);
    void showCredential(int index);
    void startRotation();
    void pollRotation();
    void showError(const QString &message);
    void updateClipboardStatus();

    std::unique_ptr<Ui::ConnectionInfoPage> m_ui;
    ApiClient *m_api;
    SecretClipboard *m_clipboard;
    QString m_appName;
    QString m_addonName;
    QJsonArray m_credentials;
    QHash<QString, QString> m_configVars;
    ConnInfo m_current;
    QPointer<ApiCall> m_credentialsCall;
    QPointer<ApiCall> m_configCall;
    QTimer m_rotationPoll;
    QTimer m_clipboardTick;
    QString m_rotatingName;
    QString m_passwordBeforeRotation;
    int m_pollsLeft = 0;
    std::optional<Format> m_copyWhenLoaded;
};

} // namespace hpg
