#pragma once

// A real PostgreSQL 15 cluster for tests that need a server of their own, provisioned by the
// sandbox's PostgreSQL layer (ClusterManager, run as `postgres` when root) in a temporary
// directory. Header-only: the test links hpg_sandbox or hpg_sandbox_pg.

#include "futurewait.h"
#include "sandbox/pg/clustermanager.h"

#include <QTemporaryDir>

#include <memory>

namespace testsupport {

class LocalCluster
{
public:
    LocalCluster() = default;
    ~LocalCluster() { stop(); } // before the directory goes

    // Provisions the cluster `spec` describes; false with the reason.
    bool provision(const hpg::sandbox::ProvisionSpec &spec, QString *error, int timeoutMs)
    {
        if (!m_stateDir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        m_manager = std::make_unique<hpg::sandbox::ClusterManager>(m_stateDir.path());
        if (!m_manager->problem().isEmpty()) {
            *error = m_manager->problem();
            return false;
        }
        auto future = m_manager->provision(spec);
        if (!finish(future, error, timeoutMs))
            return false;
        m_endpoint = future.result();
        return true;
    }

    void stop() { m_manager.reset(); }

    hpg::sandbox::ClusterManager *manager() const { return m_manager.get(); }
    const hpg::sandbox::PgEndpoint &endpoint() const { return m_endpoint; }
    void setEndpoint(const hpg::sandbox::PgEndpoint &endpoint) { m_endpoint = endpoint; }

private:
    QTemporaryDir m_stateDir;
    std::unique_ptr<hpg::sandbox::ClusterManager> m_manager;
    hpg::sandbox::PgEndpoint m_endpoint;
};

} // namespace testsupport
