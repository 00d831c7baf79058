#include "transfercontext.h"

#include "core/heroku/apiclient.h"
#include "core/heroku/dataclient.h"
#include "core/secrets/secretstore.h"
#include "core/transfer/transfercommands.h"
#include "localserverdialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QThread>

namespace hpg {

TransferContext::TransferContext(TransferSpec::Direction direction, ApiClient *api, SecretStore *secrets,
                                 const QString &appName, const QString &addonName, QObject *parent)
    : QObject(parent)
    , m_direction(direction)
    , m_api(api)
    , m_secrets(secrets)
    , m_appName(appName)
    , m_addonName(addonName)
    , m_jobs(qBound(2, QThread::idealThreadCount(), 8))
{ }

QString TransferContext::herokuLabel() const
{
    return m_appName + QStringLiteral("::") + m_addonName;
}

void TransferContext::fetchRemote()
{
    if (m_remoteCall)
        return;
    m_remoteError.clear();
    m_remoteCall = DataClient(m_api).credentials(m_addonName, this);
    connect(m_remoteCall, &ApiCall::finished, this, &TransferContext::onCredentials);
    emit remoteChanged();
}

void TransferContext::onCredentials(const ApiResult &result)
{
    m_remoteCall = nullptr;
    m_remote = ConnInfo();
    if (!result.ok()) {
        m_remoteError = result.error.userText();
        emit remoteChanged();
        return;
    }
    for (const auto &value : result.array()) {
        const QJsonObject credential = value.toObject();
        if (credential.value(QLatin1String("name")).toString() != QLatin1String("default"))
            continue;
        ConnInfo conn;
        conn.setHost(credential.value(QLatin1String("host")).toString());
        conn.setPort(credential.value(QLatin1String("port")).toInt());
        conn.setDatabase(credential.value(QLatin1String("database")).toString());
        conn.setSslMode(QStringLiteral("require"));
        // The first active user is the one that works now (the CLI does the same).
        for (const auto &user : credential.value(QLatin1String("credentials")).toArray()) {
            const QJsonObject object = user.toObject();
            if (object.value(QLatin1String("state")).toString() == QLatin1String("active") || conn.user().isEmpty()) {
                conn.setUser(object.value(QLatin1String("user")).toString());
                conn.setPassword(object.value(QLatin1String("password")).toString());
            }
        }
        m_remote = conn;
    }
    if (m_remote.user().isEmpty())
        m_remoteError = tr("%1 has no default credential to connect with.").arg(herokuLabel());
    emit remoteChanged();
}

void TransferContext::loadLocalServer()
{
    QSettings settings;
    m_localSettings = LocalServerSettings::load(settings);
    m_localPassword = LocalServerSettings::environmentPassword();
    emit localServerChanged();
    if (!m_secrets)
        return;
    const LocalServerSettings asked = m_localSettings;
    m_secrets->read(SecretStore::appService(), m_localSettings.secretKey(), this,
                    [this, asked](const SecretResult &result) {
                        if (!result.ok() || !(asked == m_localSettings))
                            return;
                        m_localPassword = result.secret;
                        emit localServerChanged();
                    });
}

void TransferContext::setLocalServer(const LocalServerSettings &settings, const QString &password)
{
    m_localSettings = settings;
    m_localPassword = password;
    emit localServerChanged();
}

void TransferContext::editLocalServer(QWidget *parent)
{
    auto *dialog = new LocalServerDialog(m_localSettings, m_localPassword, m_secrets, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setLocalServer(dialog->settings(), dialog->password()); });
    dialog->open();
}

QString TransferContext::localLabel() const
{
    return tr("%1 on %2").arg(m_localDatabase, m_localSettings.displayName());
}

TransferPreflight::Request TransferContext::preflightRequest() const
{
    TransferPreflight::Request request;
    request.direction = m_direction;
    request.excludeTableData = m_excludeTableData;
    if (isPull()) {
        request.source = m_remote;
        request.target = local(m_localDatabase);
        request.sourceLabel = herokuLabel();
        request.targetLabel = localLabel();
    } else {
        request.source = local(m_localDatabase);
        request.target = m_remote;
        request.sourceLabel = localLabel();
        request.targetLabel = herokuLabel();
    }
    return request;
}

TransferSpec TransferContext::spec() const
{
    TransferSpec spec;
    spec.direction = m_direction;
    const TransferPreflight::Request request = preflightRequest();
    spec.source = request.source;
    spec.target = request.target;
    spec.excludeTableData = m_excludeTableData;
    spec.tools = m_report.tools;
    spec.inventory = m_report.inventory;
    spec.createTarget = isPull();
    // Faster restore settings only for the user's own server; a Heroku plan's memory is not ours to spend.
    spec.tuneRestore = isPull();
    switch (m_modeChoice) {
    case ModeChoice::Automatic:
        spec.mode = m_report.advice.mode;
        spec.jobs = m_report.advice.jobs;
        break;
    case ModeChoice::Stream:
        spec.mode = TransferSpec::Mode::Stream;
        break;
    case ModeChoice::Parallel:
        spec.mode = TransferSpec::Mode::Parallel;
        spec.jobs = m_jobs;
        break;
    }
    return spec;
}

QString TransferContext::herokuCommand() const
{
    return TransferCommands::herokuCommand(m_direction, m_appName, m_addonName,
                                           m_localDatabase.isEmpty() ? QStringLiteral("mylocaldb") : m_localDatabase,
                                           m_excludeTableData);
}

QString TransferContext::remoteStatusText() const
{
    if (isFetchingRemote())
        return tr("Fetching the credentials…");
    if (!m_remoteError.isEmpty())
        return m_remoteError;
    if (isRemoteReady())
        return tr("Connecting as %1 to %2.").arg(m_remote.user(), m_remote.host());
    return QString();
}

} // namespace hpg
