#pragma once

#include "apirouter.h"
#include "presenter.h"

namespace hpg::sandbox {

// Platform API routes that need no database: account, apps, teams, spaces, regions,
// config vars, formation, releases, dynos and the small stubs the CLI touches.
class PlatformApi
{
public:
    explicit PlatformApi(World &world);

    void install(ApiRouter &router);

    // Common lookups that also answer the Heroku 404 for the caller.
    static AppRecord *findApp(const World &world, const QString &idOrName, ApiResponse *notFound);

private:
    ApiResponse listApps(const ApiRequest &request, const QString &teamIdOrName) const;
    ApiResponse createApp(const ApiRequest &request, bool teamRoute);
    ApiResponse updateApp(const ApiRequest &request);
    ApiResponse deleteApp(const ApiRequest &request);
    ApiResponse updateConfigVars(const ApiRequest &request);
    ApiResponse updateFormation(const ApiRequest &request, const QString &singleType);
    ApiResponse filterApps(const ApiRequest &request) const;

    World &m_world;
    Presenter m_present;
};

} // namespace hpg::sandbox
