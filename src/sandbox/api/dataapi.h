#pragma once

#include "apirouter.h"
#include "presenter.h"

#include <QHash>

#include <atomic>
#include <memory>

namespace hpg::sandbox {

class DatabaseFleet;
class AddonsApi;
struct PgStats;
struct PgEndpoint;

// The data API for Heroku Postgres (legacy tiers): /client/v11/databases/{id|name}
// (pg:info, wait_status, unfollow, connection_reset, reset, connection pooling). Transfers
// (pg:copy, pg:backups) are TransfersApi's.
class DataApi
{
public:
    DataApi(World &world, DatabaseFleet &fleet, AddonsApi &addons);

    void install(ApiRouter &router);

    // The add-on behind /client/v11/databases/{key}: id or name (nullptr when unknown).
    AddonRecord *database(const QString &key) const;
    // "Thursdays 22:00 to Fridays 02:00 UTC"
    static QString windowText(const AddonRecord &addon);
    static QString maintenanceText(const MaintenanceRecord *maintenance);
    // Promotes a follower for real (pg:unfollow, pg:upgrade:run on a follower); the add-on then
    // shows its former leader as "Forked From".
    void stopFollowing(const QString &addonId, const std::function<void()> &done,
                       const std::function<void(const QString &)> &failed);

private:
    void info(const ApiRequest &request, const Respond &respond);
    void waitStatus(const ApiRequest &request, const Respond &respond);
    void unfollow(const ApiRequest &request, const Respond &respond);
    void connectionReset(const ApiRequest &request, const Respond &respond);
    void reset(const ApiRequest &request, const Respond &respond);
    ApiResponse connectionPooling(const ApiRequest &request);

    QJsonObject infoJson(const AddonRecord &addon, const PgEndpoint &endpoint, const PgStats &stats) const;
    QString publicUrl(const QString &addonId) const; // postgres://host:port/db without credentials

    World &m_world;
    DatabaseFleet &m_fleet;
    AddonsApi &m_addons;
    Presenter m_present;
};

} // namespace hpg::sandbox
