#include "connectmappingreloader.h"

#include "connectpauser.h"
#include "core/heroku/apicall.h"
#include "core/heroku/connectclient.h"

namespace hpg {

ConnectMappingReloader::ConnectMappingReloader(ConnectClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ConnectMappingReloader::~ConnectMappingReloader()
{
    cancel();
}

QString ConnectMappingReloader::reloadCommand(const QString &app, const ConnectConnection &connection,
                                              const QString &objectName)
{
    QString command = QStringLiteral("heroku connect:mapping:reload %1 -a %2").arg(objectName, app);
    if (!connection.resourceName.isEmpty())
        command += QStringLiteral(" --resource ") + connection.resourceName;
    return command;
}

void ConnectMappingReloader::reload(const QString &app, const ConnectConnection &connection,
                                    const QList<ConnectConnection::Mapping> &mappings)
{
    if (isRunning() || mappings.isEmpty())
        return;
    m_app = app;
    m_connection = connection;
    m_queue = mappings;
    m_count = int(mappings.size());
    m_reloaded = 0;
    m_failures.clear();
    next();
}

void ConnectMappingReloader::cancel()
{
    m_queue.clear();
    if (ApiCall *call = m_call.data()) {
        m_call.clear();
        call->cancel();
    }
}

void ConnectMappingReloader::next()
{
    if (m_queue.isEmpty()) {
        emit finished(m_reloaded, m_failures);
        return;
    }
    const ConnectConnection::Mapping mapping = m_queue.takeFirst();
    emit mappingStarted(mapping.objectName, m_count - int(m_queue.size()), m_count);
    m_call = m_client->reloadMapping(m_connection.regionUrl, mapping.id, this);
    connect(m_call, &ApiCall::finished, this, [this, mapping](const ApiResult &result) {
        if (!m_call)
            return; // cancelled
        m_call.clear();
        onAnswer(mapping, result);
    });
}

void ConnectMappingReloader::onAnswer(const ConnectConnection::Mapping &mapping, const ApiResult &result)
{
    QString message;
    if (result.ok()) {
        ++m_reloaded;
        message = tr("Heroku Connect is reloading %1 from Salesforce.").arg(mapping.objectName);
    } else {
        message = tr("Could not reload %1: %2").arg(mapping.objectName, result.error.userText());
        m_failures.append(message);
    }
    QJsonObject fields = ConnectPauser::actionRecord(
        m_app, m_connection, reloadCommand(m_app, m_connection, mapping.objectName), result, message);
    fields.insert(QStringLiteral("mapping"), mapping.id);
    fields.insert(QStringLiteral("object"), mapping.objectName);
    QString error;
    if (!m_audit.append(QStringLiteral("connect.mapping_reload"), fields, &error))
        m_failures.append(error);
    next();
}

} // namespace hpg
