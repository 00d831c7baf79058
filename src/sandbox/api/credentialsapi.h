#pragma once

#include "apirouter.h"
#include "sandbox/state/world.h"

namespace hpg::sandbox {

class DatabaseFleet;

// /postgres/v0/databases/{id|name}/credentials…: real roles of the cluster. Config vars of
// attachments follow automatically (they are computed from the live credentials).
class CredentialsApi
{
public:
    CredentialsApi(World &world, DatabaseFleet &fleet);

    void install(ApiRouter &router);

private:
    void create(const ApiRequest &request, const Respond &respond);
    void destroy(const ApiRequest &request, const Respond &respond);
    void rotate(const ApiRequest &request, const Respond &respond, bool all);
    ApiResponse list(const ApiRequest &request) const;
    ApiResponse show(const ApiRequest &request) const;

    QJsonObject credentialJson(const QString &addonId, const QString &name) const;
    void releaseFor(const QString &addonId, const QString &credential);

    World &m_world;
    DatabaseFleet &m_fleet;
};

} // namespace hpg::sandbox
