#pragma once

#include "apiclient.h"

namespace hpg {

// The data API calls (/client/v11, /postgres/v0), reference §3–§5, §8.
class DataClient
{
public:
    explicit DataClient(ApiClient *api)
        : m_api(api)
    { }

    ApiCall *database(const QString &addonIdOrName, QObject *owner = nullptr);
    ApiCall *waitStatus(const QString &addonIdOrName, QObject *owner = nullptr);
    ApiCall *credentials(const QString &addonIdOrName, QObject *owner = nullptr); // Basic auth
    ApiCall *credential(const QString &addonName, const QString &credential, QObject *owner = nullptr);
    ApiCall *rotateCredential(const QString &addonName, const QString &credential, bool force,
                              QObject *owner = nullptr);
    ApiCall *connectionReset(const QString &addonIdOrName, QObject *owner = nullptr);
    // PUT /client/v11/databases/{id}/unfollow (reference §8.2).
    ApiCall *unfollow(const QString &addonIdOrName, QObject *owner = nullptr);
    // data:maintenances:info / :run (GET and POST /data/maintenances/v1/{addon id}[/run]).
    ApiCall *maintenance(const QString &addonId, QObject *owner = nullptr);
    ApiCall *runMaintenance(const QString &addonId, QObject *owner = nullptr);
    // POST /client/v11/databases/{addon name}/connection-pooling (pg:connection-pooling:attach --as NAME).
    ApiCall *attachConnectionPool(const QString &addonName, const QString &app, const QString &name,
                                  const QString &credential = QStringLiteral("default"), QObject *owner = nullptr);

private:
    ApiClient *m_api;
};

} // namespace hpg
