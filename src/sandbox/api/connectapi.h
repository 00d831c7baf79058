#pragma once

#include "apirouter.h"
#include "sandbox/state/world.h"

namespace hpg::sandbox {

// Heroku Connect: discovery (/connections?app=, /auth/{app}) and the region API
// (/api/v3/connections/{id}[/actions/pause|resume|restart], /api/v3/apps/{app}), all on the
// sandbox's own port: region_url is this server's URL as the client reached it.
class ConnectApi
{
public:
    explicit ConnectApi(World &world);

    void install(ApiRouter &router);

private:
    ApiResponse list(const ApiRequest &request) const;
    ApiResponse show(const ApiRequest &request) const;
    ApiResponse action(const ApiRequest &request);
    ApiResponse update(const ApiRequest &request);
    ApiResponse mappingAction(const ApiRequest &request);
    ApiResponse appInfo(const ApiRequest &request) const;

    QJsonObject connectionJson(const ConnectConnectionRecord &connection, const QString &base, bool deep) const;
    static QString baseUrl(const ApiRequest &request);

    World &m_world;
};

} // namespace hpg::sandbox
