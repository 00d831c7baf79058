#pragma once

#include "core/heroku/apiresult.h"
#include "core/heroku/connectconnection.h"
#include "core/runbooks/auditlog.h"

#include <QObject>
#include <QPointer>

namespace hpg {

class ApiCall;
class ConnectClient;

// Reloads every mapping of one Heroku Connect connection (heroku connect:mapping:reload, one
// POST <region>/api/v3/mappings/{id}/actions/reload per mapping, one after the other). The Heroku
// Connect maintenance page asks for it after a database rollback: Connect keeps a high-water
// mark, so rows of the rolled-back database that it had already synced are not synced again
// unless their mappings are reloaded from Salesforce.
//
// Every answer is written to the audit log as "connect.mapping_reload" (app, connection,
// connection_name, mapping, object, cli, ok, result, detail, request_id). A failure does not stop
// the others.
class ConnectMappingReloader : public QObject
{
    Q_OBJECT
public:
    explicit ConnectMappingReloader(ConnectClient *client, QObject *parent = nullptr);
    ~ConnectMappingReloader() override;

    void setAuditLog(const AuditLog &log) { m_audit = log; }

    // Ignored while a reload is under way or when `mappings` is empty.
    void reload(const QString &app, const ConnectConnection &connection,
                const QList<ConnectConnection::Mapping> &mappings);
    // Drops the requests not yet answered; nothing more is said.
    void cancel();
    bool isRunning() const { return !m_queue.isEmpty() || m_call; }

    static QString reloadCommand(const QString &app, const ConnectConnection &connection,
                                 const QString &objectName);

signals:
    void mappingStarted(const QString &objectName, int index, int count);
    // `failures` holds one translated sentence per mapping that was not reloaded.
    void finished(int reloaded, const QStringList &failures);

private:
    void next();
    void onAnswer(const ConnectConnection::Mapping &mapping, const ApiResult &result);

    ConnectClient *m_client;
    AuditLog m_audit;
    QString m_app;
    ConnectConnection m_connection;
    QList<ConnectConnection::Mapping> m_queue;
    int m_count = 0;
    int m_reloaded = 0;
    QStringList m_failures;
    QPointer<ApiCall> m_call;
};

} // namespace hpg
