#pragma once

#include "sandbox/pg/clustercontrol.h"
#include "sandbox/pg/clusterrecord.h"
#include "sandbox/pg/pgtools.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace hpg::sandbox {

// The state behind ClusterManager, shared with its worker threads: every known cluster (its
// record, postmaster pid, running flag) and the lifecycle operations. Thread-safe. Blocking
// calls are meant for worker threads, except stopAll()/wipe() (shutdown). Throws PgError.
class ClusterRegistry
{
public:
    explicit ClusterRegistry(const QString &stateDir);

    const PgTools &tools() const { return m_tools; }
    const ClusterControl &control() const { return m_control; }
    QString clustersDir() const { return m_clustersDir; }

    void beginShutdown() { m_shuttingDown = true; }
    bool shuttingDown() const { return m_shuttingDown; }

    std::optional<ClusterRecord> find(const QString &addonId) const;
    ClusterRecord record(const QString &addonId) const; // unknown: PgError
    ClusterRecord runningRecord(const QString &addonId) const; // unknown or stopped: PgError
    QStringList addonIds() const;
    bool isRunning(const QString &addonId) const;
    // Stores a changed record and writes its cluster.json.
    void update(const ClusterRecord &record);
    // Copies the leader's credentials into its followers' records (roles replicate by themselves).
    void syncFollowerCredentials(const QString &leaderId);

    // Serializes lifecycle operations (start, stop, destroy, promote, role changes) on one cluster.
    struct Entry;
    struct OperationLock
    {
        std::shared_ptr<Entry> entry;
        std::unique_lock<std::mutex> lock;
    };
    OperationLock lockOperations(const QString &addonId) const;

    ClusterRecord provision(const QString &addonId, const QString &followId, const QString &forkId, int maxConnections);
    QList<ClusterRecord> restoreAll();
    ClusterRecord start(const QString &addonId);
    void stop(const QString &addonId);
    void destroy(const QString &addonId);
    void stopAll();
    void wipe();
    // Clusters that died since the last call (or failed to start in restoreAll()); marks them stopped.
    QStringList collectDeadClusters();

private:
    std::shared_ptr<Entry> entry(const QString &addonId) const;
    int pickPort(const QString &addonId) const;
    void removeLeftovers(const QString &dir);
    // Starts `record` (a follower towards its leader's current port); updates the entry.
    void startRecord(const std::shared_ptr<Entry> &entry, ClusterRecord &record);
    // After a leader moved to another port: points its running followers at it.
    void retargetFollowers(const ClusterRecord &leader);

    PgTools m_tools;
    ClusterControl m_control;
    QString m_clustersDir;
    std::atomic<bool> m_shuttingDown = false;

    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QStringList m_failedToStart;
};

} // namespace hpg::sandbox
