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

    ApiClient *api() const { return m_api; }

    ApiCall *database(const QString &addonIdOrName, QObject *owner = nullptr);
    ApiCall *waitStatus(const QString &addonIdOrName, QObject *owner = nullptr);
    ApiCall *credentials(const QString &addonIdOrName, QObject *owner = nullptr); // Basic auth
    ApiCall *credential(const QString &addonName, const QString &credential, QObject *owner = nullptr);
    ApiCall *rotateCredential(const QString &addonName, const QString &credential, bool force,
                              QObject *owner = nullptr);
    // pg:credentials:rotate --all: POST /postgres/v0/databases/{addon}/credentials_rotation (Basic auth).
    ApiCall *rotateAllCredentials(const QString &addonName, bool force, QObject *owner = nullptr);
    // pg:credentials:create --name N (POST …/credentials {"name": N}) and :destroy -n N (DELETE …/credentials/{N}).
    ApiCall *createCredential(const QString &addonName, const QString &credential, QObject *owner = nullptr);
    ApiCall *destroyCredential(const QString &addonName, const QString &credential, QObject *owner = nullptr);
    // pg:credentials:repair-default: POST /postgres/v0/databases/{addon}/repair-default.
    ApiCall *repairDefaultCredential(const QString &addonName, QObject *owner = nullptr);
    ApiCall *connectionReset(const QString &addonIdOrName, QObject *owner = nullptr);
    // PUT /client/v11/databases/{id}/unfollow (reference §8.2).
    ApiCall *unfollow(const QString &addonIdOrName, QObject *owner = nullptr);
    // pg:upgrade:* (reference §8.8): POST /client/v11/databases/{id}/upgrade/run and …/prepare with
    // {"version": V} (empty: Heroku's default), …/dry_run and …/cancel with {}; the answer is
    // {message}, an error {id, message}. upgradeWaitStatus: GET …/upgrade/wait_status (pg:upgrade:wait).
    ApiCall *upgradeRun(const QString &addonIdOrName, const QString &version, QObject *owner = nullptr);
    ApiCall *upgradePrepare(const QString &addonIdOrName, const QString &version, QObject *owner = nullptr);
    ApiCall *upgradeDryRun(const QString &addonIdOrName, QObject *owner = nullptr);
    ApiCall *upgradeCancel(const QString &addonIdOrName, QObject *owner = nullptr);
    ApiCall *upgradeWaitStatus(const QString &addonIdOrName, QObject *owner = nullptr);
    // PUT /client/v11/databases/{id}/reset (reference §8.9): deletes every table, view and function.
    ApiCall *reset(const QString &addonIdOrName, QObject *owner = nullptr);
    // data:maintenances:info / :run (GET and POST /data/maintenances/v1/{addon id}[/run]).
    ApiCall *maintenance(const QString &addonId, QObject *owner = nullptr);
    ApiCall *runMaintenance(const QString &addonId, QObject *owner = nullptr);
    // data:maintenances:window / :window:update: GET and POST /data/maintenances/v1/{addon id}/window;
    // `dayOfWeek` "thursday", `timeOfDay` "22:00" (UTC).
    ApiCall *maintenanceWindow(const QString &addonId, QObject *owner = nullptr);
    // data:maintenances --app: the open maintenances of an app's databases (GET …/apps/{app id}).
    ApiCall *appMaintenances(const QString &appId, QObject *owner = nullptr);
    // data:maintenances:history (GET …/{id}/history/?limit=N, at most 20) and :schedule --weeks N
    // (POST …/{id}/schedule with {"delay_weeks": "N"}).
    ApiCall *maintenanceHistory(const QString &addonId, int limit, QObject *owner = nullptr);
    ApiCall *scheduleMaintenance(const QString &addonId, int delayWeeks, QObject *owner = nullptr);
    ApiCall *setMaintenanceWindow(const QString &addonId, const QString &dayOfWeek, const QString &timeOfDay,
                                  QObject *owner = nullptr);
    // pg:copy (reference §8.7): POST /client/v11/databases/{target add-on id}/transfers. The URLs
    // carry the credentials of both databases; they go in the body only.
    ApiCall *createTransfer(const QString &addonId, const QString &fromName, const QString &fromUrl,
                            const QString &toName, const QString &toUrl, QObject *owner = nullptr);
    // GET /client/v11/apps/{app}/transfers/{uuid or num}[?verbose=true], and the list.
    ApiCall *transfer(const QString &app, const QString &uuid, bool verbose, QObject *owner = nullptr);
    ApiCall *transfers(const QString &app, QObject *owner = nullptr);
    // pg:backups:cancel: POST /client/v11/apps/{app}/transfers/{uuid}/actions/cancel.
    ApiCall *cancelTransfer(const QString &app, const QString &uuid, QObject *owner = nullptr);
    // POST /client/v11/databases/{addon name}/connection-pooling (pg:connection-pooling:attach --as NAME).
    ApiCall *attachConnectionPool(const QString &addonName, const QString &app, const QString &name,
                                  const QString &credential = QStringLiteral("default"), QObject *owner = nullptr);

private:
    ApiClient *m_api;
};

} // namespace hpg
