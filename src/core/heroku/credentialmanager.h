#pragma once

#include "attachment.h"
#include "core/runbooks/auditlog.h"
#include "credential.h"
#include "plan.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace hpg {

class ApiCall;
class ApiClient;
struct ApiResult;

// The credentials of one database (pg:credentials and its subcommands, reference §5): the list
// with the attachments that use each credential, and create, destroy, rotate one or all. The
// destructive actions take the app name the user typed, as the CLI's --confirm does, and refuse
// anything else. Essential plans have only the default credential: creating, destroying and
// rotating a named one are refused there.
class CredentialManager : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        Credential credential;
        QList<Attachment> attachments; // the attachments whose namespace names this credential
    };

    explicit CredentialManager(ApiClient *api, QObject *parent = nullptr);

    void setDatabase(const QString &appName, const QString &addonName);
    // Where create, destroy and rotate are recorded ("credentials.create" …; the default log unless set).
    void setAuditLog(const AuditLog &log) { m_audit = log; }
    const AuditLog &auditLog() const { return m_audit; }
    QString appName() const { return m_appName; }
    QString addonName() const { return m_addonName; }
    void reload();

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return !m_action.isEmpty(); }
    Plan::Tier tier() const { return m_tier; }
    // False on Essential plans: they have the default credential only.
    bool credentialsApply() const { return m_tier != Plan::Tier::Essential; }
    QList<Entry> entries() const { return m_entries; }
    std::optional<Entry> entry(const QString &name) const;

    // A translated sentence saying what is wrong with a new credential's name; empty when it is fine.
    static QString nameError(const QString &name);

    // What rotating the credential `name` of `addonName` does (the CLI's warning), for the confirmation.
    static QString rotationWarning(const QString &addonName, const QString &name);

    // The equivalent `heroku …` commands, shown in the confirmations.
    QString createCommand(const QString &name) const;
    QString destroyCommand(const QString &name) const;
    QString rotateCommand(const QString &name) const;
    QString rotateAllCommand() const;

    void create(const QString &name);
    void destroy(const QString &name, const QString &typedAppName);
    void rotate(const QString &name, const QString &typedAppName);
    void rotateAll(const QString &typedAppName);

signals:
    void loaded();
    void failed(const QString &message);
    // An action (create, destroy, rotate) ended; the list is reloaded before this when it worked.
    void actionFinished(bool ok, const QString &message);

private:
    void load();
    void onLoaded();
    bool refuse(const QString &typedAppName, const QString &name);
    void start(ApiCall *call, const QString &auditAction, const QString &credential, const QString &cli,
               const QString &doneMessage);
    void finishAction(bool ok, const QString &message);
    void pollUntilSettled();

    ApiClient *m_api;
    QString m_appName;
    QString m_addonName;
    QList<Entry> m_entries;
    Plan::Tier m_tier = Plan::Tier::Unknown;
    bool m_loaded = false;
    QList<QPointer<ApiCall>> m_loading;
    int m_pending = 0; // of m_loading, not finished yet
    QJsonArray m_credentialsJson;
    QList<Attachment> m_attachments;
    QString m_loadError;
    QString m_action; // the message of the action under way; empty when none
    bool m_awaitingAnswer = false; // the action's own call has not answered yet
    AuditLog m_audit;
    QJsonObject m_auditFields; // of the action under way: action, credential, cli
    QTimer m_poll;
    int m_pollsLeft = 0;
};

} // namespace hpg
