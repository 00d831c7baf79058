#include "credentialmanager.h"

#include "apiclient.h"
#include "core/settings/languagemanager.h"
#include "dataclient.h"
#include "platformclient.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace hpg {

CredentialManager::CredentialManager(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_poll.setInterval(1500);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &CredentialManager::load);
}

void CredentialManager::setDatabase(const QString &appName, const QString &addonName)
{
    m_appName = appName;
    m_addonName = addonName;
    m_entries.clear();
    m_loaded = false;
    m_tier = Plan::Tier::Unknown;
    reload();
}

void CredentialManager::reload()
{
    load(); // during an action, its polling goes on from this answer
}

void CredentialManager::load()
{
    if (m_addonName.isEmpty())
        return;
    for (const auto &call : std::as_const(m_loading)) {
        if (call)
            call->cancel();
    }
    m_loading.clear();
    m_loadError.clear();
    m_credentialsJson = {};
    m_attachments.clear();

    auto *credentials = DataClient(m_api).credentials(m_addonName, this);
    connect(credentials, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result.ok())
            m_credentialsJson = result.array();
        else
            m_loadError = result.error.userText();
        onLoaded();
    });
    auto *attachments = PlatformClient(m_api).addonAttachments(m_addonName, this);
    connect(attachments, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result.ok())
            m_attachments = Attachment::listFromJson(result.array());
        else if (m_loadError.isEmpty())
            m_loadError = result.error.userText();
        onLoaded();
    });
    auto *addon = PlatformClient(m_api).addon(m_addonName, this);
    connect(addon, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result.ok())
            m_tier = Plan::tierOf(
                result.object().value(QStringLiteral("plan")).toObject().value(QStringLiteral("name")).toString());
        else if (m_loadError.isEmpty())
            m_loadError = result.error.userText();
        onLoaded();
    });
    m_loading = { credentials, attachments, addon };
    m_pending = int(m_loading.size());
}

void CredentialManager::onLoaded()
{
    if (--m_pending > 0)
        return; // another one is still on its way
    m_loading.clear();
    if (!m_loadError.isEmpty()) {
        m_poll.stop();
        emit failed(m_loadError);
        if (isBusy() && !m_awaitingAnswer)
            finishAction(false, m_loadError);
        return;
    }
    m_entries.clear();
    for (const Credential &credential : Credential::listFromJson(m_credentialsJson)) {
        Entry entry { credential, {} };
        for (const Attachment &attachment : std::as_const(m_attachments)) {
            if (Credential::fromNamespace(attachment.nameSpace) == credential.name)
                entry.attachments.append(attachment);
        }
        m_entries.append(entry);
    }
    m_loaded = true;
    emit loaded();
    if (isBusy() && !m_awaitingAnswer)
        pollUntilSettled();
}

// Heroku answers a rotation or a creation before the credential is active again; the list is
// read again until every credential is, for up to three minutes.
void CredentialManager::pollUntilSettled()
{
    const bool settled = std::all_of(m_entries.cbegin(), m_entries.cend(),
                                     [](const Entry &e) { return e.credential.state == QLatin1String("active"); });
    if (settled) {
        finishAction(true, m_action);
        return;
    }
    if (m_pollsLeft-- <= 0) {
        finishAction(false,
                     tr("The credentials of %1 did not become active again within three minutes. Refresh to "
                        "see their state.")
                         .arg(m_addonName));
        return;
    }
    m_poll.start();
}

std::optional<CredentialManager::Entry> CredentialManager::entry(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.credential.name == name)
            return e;
    }
    return std::nullopt;
}

QString CredentialManager::nameError(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a name for the new credential.");
    if (name == QLatin1String("default"))
        return tr("The name \"default\" belongs to the database's own credential. Choose another name.");
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_-]{0,49}$"));
    if (!valid.match(name).hasMatch())
        return tr("A credential name starts with a lowercase letter and has only lowercase letters, digits, _ and - "
                  "(at most 50 characters).");
    return {};
}

QString CredentialManager::rotationWarning(const QString &addon, const QString &name)
{
    return name == QLatin1String("default")
        ? tr("Rotating the default credential of %1 changes its password now. Every connection that uses it is "
             "reset, and the apps attached to it restart to pick up the new password.")
              .arg(addon)
        : tr("Rotating the credential %1 of %2 gives it a new password. Connections older than 30 minutes are "
             "reset, and a temporary user keeps newer ones working during the change.")
              .arg(name, addon);
}

QString CredentialManager::createCommand(const QString &name) const
{
    return QStringLiteral("heroku pg:credentials:create %1 --name %2 --app %3").arg(m_addonName, name, m_appName);
}

QString CredentialManager::destroyCommand(const QString &name) const
{
    return QStringLiteral("heroku pg:credentials:destroy %1 --name %2 --app %3").arg(m_addonName, name, m_appName);
}

QString CredentialManager::rotateCommand(const QString &name) const
{
    return QStringLiteral("heroku pg:credentials:rotate %1 --name %2 --app %3").arg(m_addonName, name, m_appName);
}

QString CredentialManager::rotateAllCommand() const
{
    return QStringLiteral("heroku pg:credentials:rotate %1 --all --app %2").arg(m_addonName, m_appName);
}

bool CredentialManager::refuse(const QString &typedAppName, const QString &name)
{
    QString error;
    if (isBusy())
        error = tr("Another change to the credentials of %1 is still under way.").arg(m_addonName);
    else if (typedAppName != m_appName)
        error = tr("Type the app name %1 to confirm; nothing was changed.").arg(m_appName);
    else if (!name.isEmpty() && !entry(name))
        error = tr("%1 has no credential named %2.").arg(m_addonName, name);
    else if (!credentialsApply() && name != QLatin1String("default"))
        error = tr("Essential plans have only the default credential.");
    if (error.isEmpty())
        return false;
    emit actionFinished(false, error);
    return true;
}

void CredentialManager::create(const QString &name)
{
    QString error = nameError(name);
    if (error.isEmpty() && !credentialsApply())
        error = tr("Essential plans have only the default credential; credentials cannot be created on %1.")
                    .arg(m_addonName);
    if (error.isEmpty() && entry(name))
        error = tr("%1 already has a credential named %2.").arg(m_addonName, name);
    if (error.isEmpty() && isBusy())
        error = tr("Another change to the credentials of %1 is still under way.").arg(m_addonName);
    if (!error.isEmpty()) {
        emit actionFinished(false, error);
        return;
    }
    start(DataClient(m_api).createCredential(m_addonName, name, this), QStringLiteral("credentials.create"), name,
          createCommand(name), tr("Created the credential %1.").arg(name));
}

void CredentialManager::destroy(const QString &name, const QString &typedAppName)
{
    if (refuse(typedAppName, name))
        return;
    QString error;
    if (name == QLatin1String("default"))
        error = tr("The default credential cannot be destroyed.");
    else if (const auto e = entry(name); e && !e->attachments.isEmpty()) {
        QStringList uses;
        for (const Attachment &attachment : e->attachments)
            uses.append(QStringLiteral("%1 (%2)").arg(attachment.name, attachment.appName));
        error = tr("Detach the credential %1 from %2 first.").arg(name, LanguageManager::joinList(uses));
    }
    if (!error.isEmpty()) {
        emit actionFinished(false, error);
        return;
    }
    start(DataClient(m_api).destroyCredential(m_addonName, name, this), QStringLiteral("credentials.destroy"), name,
          destroyCommand(name), tr("Destroyed the credential %1.").arg(name));
}

void CredentialManager::rotate(const QString &name, const QString &typedAppName)
{
    if (refuse(typedAppName, name))
        return;
    start(DataClient(m_api).rotateCredential(m_addonName, name, false, this), QStringLiteral("credentials.rotate"),
          name, rotateCommand(name), tr("Rotated the credential %1; it has a new password.").arg(name));
}

void CredentialManager::rotateAll(const QString &typedAppName)
{
    if (refuse(typedAppName, QString()))
        return;
    start(DataClient(m_api).rotateAllCredentials(m_addonName, false, this), QStringLiteral("credentials.rotate-all"),
          QString(), rotateAllCommand(), tr("Rotated every credential of %1.").arg(m_addonName));
}

void CredentialManager::start(ApiCall *call, const QString &auditAction, const QString &credential, const QString &cli,
                              const QString &doneMessage)
{
    m_action = doneMessage;
    m_auditFields = { { QStringLiteral("action"), auditAction }, { QStringLiteral("cli"), cli } };
    if (!credential.isEmpty())
        m_auditFields.insert(QStringLiteral("credential"), credential);
    m_awaitingAnswer = true;
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_awaitingAnswer = false;
        if (!result.ok()) {
            finishAction(false, result.error.userText());
            return;
        }
        m_pollsLeft = 120;
        load();
    });
}

void CredentialManager::finishAction(bool ok, const QString &message)
{
    m_action.clear();
    m_poll.stop();
    QString result = message;
    QJsonObject fields = std::exchange(m_auditFields, {});
    if (const QString action = fields.take(QStringLiteral("action")).toString(); !action.isEmpty()) {
        fields.insert(QStringLiteral("app"), m_appName);
        fields.insert(QStringLiteral("addon"), m_addonName);
        fields.insert(QStringLiteral("ok"), ok);
        fields.insert(QStringLiteral("result"), message);
        QString error;
        if (!m_audit.append(action, fields, &error))
            result = LanguageManager::joinSentences({ message, error });
    }
    emit actionFinished(ok, result);
}

} // namespace hpg
