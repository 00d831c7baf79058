#pragma once

// CONTRACT between the sandbox's HTTP/API layer (src/sandbox/api, src/sandbox/state)
// and its PostgreSQL layer (src/sandbox/pg). The PostgreSQL layer owns this header;
// change it only together with its callers.

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace hpg::sandbox {

// One login role of a cluster (Heroku's "credential"). The default credential
// is named "default"; its role name is random like Heroku's (u1a2b3c…).
struct PgCredential
{
    QString name;     // "default" or the credential name given by the user
    QString user;     // the PostgreSQL role
    QString password;
};

// Where a sandbox database listens and who may log in.
struct PgEndpoint
{
    QString addonId;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString database;                // d<random>
    QList<PgCredential> credentials; // "default" first
    QString dataDir;

    // postgres://user:pass@host:port/database for the named credential ("" when unknown).
    QString url(const QString &credential = QStringLiteral("default")) const;
};

// What pg:info shows, read from the live cluster.
struct PgStats
{
    bool running = false;
    QString serverVersion;     // "15.18"
    qint64 dataSizeBytes = 0;  // pg_database_size of the database
    int tableCount = 0;        // user tables
    int connectionCount = 0;   // backends on the database (client backends)
    bool inRecovery = false;   // a follower that has not been unfollowed
    qint64 behindByCommits = 0; // follower only: commits the leader has that it has not replayed
    qint64 lagBytes = 0;       // follower only: leader WAL position minus replayed position
    bool readOnly = false;     // default_transaction_read_only on the database
    QDateTime createdAt;
};

struct ProvisionSpec
{
    QString addonId;         // directory and key
    QString followAddonId;   // non-empty: a streaming replica of that cluster (pg_basebackup -R)
    QString forkAddonId;     // non-empty: a copy of that cluster's data at provisioning time
    int maxConnections = 120;
};

// Runs the sandbox's PostgreSQL 15 clusters under <stateDir>/clusters/<addonId>.
// initdb/pg_ctl/pg_basebackup run as the `postgres` user when euid is 0.
// SSL is on (self-signed), each cluster listens on 127.0.0.1 on a free port.
// Every potentially slow call returns a QFuture and never blocks the caller's thread;
// the futures finish with an exception (std::runtime_error with a message) on failure.
class ClusterManager : public QObject
{
    Q_OBJECT
public:
    explicit ClusterManager(const QString &stateDir, QObject *parent = nullptr);
    ~ClusterManager() override; // stops every cluster it started (blocking; used at shutdown)

    // Starts every cluster persisted under the state dir (after a restart).
    QFuture<QList<PgEndpoint>> restoreAll();
    // Stops every running cluster (blocking, for shutdown and --reset).
    void stopAll();
    // Deletes every cluster's files (after stopAll; for --reset).
    void wipe();

    QFuture<PgEndpoint> provision(const ProvisionSpec &spec);
    QFuture<void> destroy(const QString &addonId);
    std::optional<PgEndpoint> endpoint(const QString &addonId) const;

    QFuture<PgStats> stats(const QString &addonId);

    // Promotes a follower (pg:unfollow): afterwards pg_is_in_recovery() is false.
    QFuture<void> unfollow(const QString &addonId);
    // Terminates every client backend on the database (pg:killall).
    QFuture<int> connectionReset(const QString &addonId);
    // Drops and recreates everything in the database (pg:reset).
    QFuture<void> reset(const QString &addonId);
    // Copies all data from one database into another with pg_dump | pg_restore
    // (pg:copy). `progress` is called (on any thread) with bytes processed so far.
    QFuture<qint64> copy(const QString &fromAddonId, const QString &toAddonId,
                         std::function<void(qint64)> progress = {});
    // Sets default_transaction_read_only on the database (Essential plan change).
    QFuture<void> setReadOnly(const QString &addonId, bool readOnly);

    // Credentials (real roles; followers get them through replication).
    QFuture<PgCredential> createCredential(const QString &addonId, const QString &name);
    QFuture<PgCredential> rotateCredential(const QString &addonId, const QString &name); // new password
    QFuture<void> destroyCredential(const QString &addonId, const QString &name);

    // Fault: a follower that replays WAL late (recovery_min_apply_delay), 0 turns it off.
    QFuture<void> setApplyDelay(const QString &addonId, int milliseconds);

    // Runs SQL as the superuser on the add-on's database; rows as lists of strings.
    QFuture<QList<QStringList>> query(const QString &addonId, const QString &sql);

signals:
    // A cluster stopped on its own (crash, killed): the API layer marks the database unavailable.
    void clusterStopped(const QString &addonId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hpg::sandbox
