#pragma once

#include "sandbox/api/apirouter.h"
#include "sandbox/api/faults.h"
#include "sandbox/api/httpfrontend.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <memory>

namespace hpg::sandbox {

class World;
class PlatformApi;
class AddonsApi;
class DataApi;
class CredentialsApi;
class MaintenanceApi;
class UpgradeApi;
class TransfersApi;
class ConnectApi;
class WorkloadSimulator;
class DatabaseFleet;

struct SandboxOptions
{
    QString stateDir;
    QString seedFile; // empty: the built-in demo world
    bool reset = false; // wipe the state dir first
    QString token; // empty: keep the persisted one, or make one
    Faults::Settings faults;
    int dynoRowsPerSecond = -1; // -1: from the seed / state
};

// The local Heroku: one HTTP server on loopback serving the Platform API, the data API
// and the Heroku Connect API, over a persisted World.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the persisted state, or builds the world from the seed. Emits ready() when
    // every database is up (at once when there are none).
    bool start(QString *error);
    // Listens on `address`:`port` (0 picks a free port); returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    // Saves the state and stops every cluster (blocking; for shutdown).
    void shutdown();

    QString token() const;
    World &world() { return *m_world; }

signals:
    void ready();

private:
    void handle(ApiRequest request, const Respond &respond);
    void dispatch(ApiRequest request, const Respond &respond);
    bool authorized(const ApiRequest &request) const;
    void installAdminRoutes();
    QString backupsTlsDir() const;
    ApiResponse finish(ApiResponse response, const ApiRequest &request);
    int takeRateLimitToken();
    void becomeReady();
    void applySlowFollower();

    SandboxOptions m_options;
    std::unique_ptr<World> m_world;
    std::unique_ptr<DatabaseFleet> m_fleet;
    std::unique_ptr<PlatformApi> m_platform;
    std::unique_ptr<AddonsApi> m_addons;
    std::unique_ptr<DataApi> m_data;
    std::unique_ptr<UpgradeApi> m_upgrade;
    std::unique_ptr<TransfersApi> m_transfers;
    std::unique_ptr<CredentialsApi> m_credentials;
    std::unique_ptr<MaintenanceApi> m_maintenance;
    std::unique_ptr<ConnectApi> m_connect;
    std::unique_ptr<WorkloadSimulator> m_simulator;
    bool m_ready = false;
    HttpFrontend m_http;
    HttpFrontend m_backupsHttps; // the backups' public URLs, as the CLI wants them (https)
    QString m_backupsTlsProblem;
    ApiRouter m_router;
    ApiRouter m_admin;
    Faults m_faults;
    double m_rateCapacity = 4500; // Heroku's 4,500 requests an hour; POST /_sandbox/timing can raise it
    double m_rateTokens = 4500;
    QElapsedTimer m_rateClock;
};

} // namespace hpg::sandbox
