#pragma once

#include "sandbox/pg/clustercontrol.h"
#include "sandbox/pg/clusterrecord.h"
#include "sandbox/pg/pgtools.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <functional>
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
    // The tools whose server programs are of `major` (0: the default); installs it on first use.
    const PgTools &toolsFor(int major) const;
    // The cluster's major version (record.pgMajor, or the default one when 0).
    int majorOf(const ClusterRecord &record) const { return record.pgMajor > 0 ? record.pgMajor : m_tools.defaultMajor(); }
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
    struct Entry
    {
        ClusterRecord record; // guarded by ClusterRegistry::m_mutex
        qint64 pid = 0; // guarded
        bool running = false; // guarded
        std::mutex operations;
    };
    struct OperationLock
    {
        std::shared_ptr<Entry> entry;
        std::unique_lock<std::mutex> lock;
    };
    OperationLock lockOperations(const QString &addonId) const;

    ClusterRecord provision(const QString &addonId, const QString &followId, const QString &forkId, int maxConnections,
                            int pgMajor = 0);
    // pg:upgrade of a leader to `targetMajor` (see clusterregistryupgrade.cpp). `progress` gets
    // the step (1..3) and what it does; `cancelled` is polled while data is copied.
    void upgrade(const QString &addonId, int targetMajor, const std::function<void(int, const QString &)> &progress,
                 const std::function<bool()> &cancelled);
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
    // The major version in <dataDir>/PG_VERSION (0: none).
    static int dataDirMajor(const QString &dataDir);
    // Before a start: finishes the swap of an upgrade that was interrupted, and makes the
    // record's version that of its data directory.
    void recoverInterruptedUpgrade(ClusterRecord &record) const;
    // After a leader moved to another port: points its running followers at it.
    void retargetFollowers(const ClusterRecord &leader);

    PgTools m_tools;
    ClusterControl m_control;
    mutable QMutex m_toolsMutex;
    mutable QHash<int, std::shared_ptr<PgTools>> m_toolsByMajor;
    QString m_clustersDir;
    std::atomic<bool> m_shuttingDown = false;

    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QStringList m_failedToStart;
};

} // namespace hpg::sandbox
