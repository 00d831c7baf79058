#pragma once

// CONTRACT between the sandbox's HTTP/API layer (src/sandbox/api, src/sandbox/state)
// and its PostgreSQL layer (src/sandbox/pg). The PostgreSQL layer owns this header;
// change it only together with its callers.
//
// Changes since the first version of the contract (all existing calls still compile):
// - The value types moved to pgtypes.h (included here). PgEndpoint gained `following`,
//   `forkedFrom`, `createdAt` and credential(name); PgStats documents -1 for "unknown".
// - Futures fail with hpg::sandbox::PgError, a QException (see pgerror.h): a plain
//   std::runtime_error would reach QFuture::result() wrapped in QUnhandledException and lose
//   its message. Catch `const std::exception &e` and use e.what().
// - Added: problem(), addonIds(), isRunning(), start(), stop(); reset() takes optional extensions;
//   rotateCredential() can also terminate the role's sessions; backup() and restore() (files).

#include "sandbox/pg/pgerror.h"
#include "sandbox/pg/pgtypes.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace hpg::sandbox {

// Runs the sandbox's PostgreSQL 15 clusters under <stateDir>/clusters/<addonId>:
//   cluster.json  the cluster's settings and passwords (superuser, replication role,
//                 credentials), mode 0600, owned by the sandbox's user
//   data/         the PostgreSQL data directory, owned by the server user
//   log/          postgresql.log
// initdb/pg_ctl/pg_basebackup run as the `postgres` user when euid is 0 (see pgtools.h).
// SSL is on (self-signed), each cluster listens on 127.0.0.1 on a free random port,
// SCRAM passwords, a database d<14 random> owned by the default role u<14 random>.
// Every potentially slow call returns a QFuture and never blocks the caller's thread (the work
// runs on the manager's own thread pool); the futures finish with a PgError on failure.
// The object itself must be used from the thread it lives in; clusterStopped is emitted there.
class ClusterManager : public QObject
{
    Q_OBJECT
public:
    explicit ClusterManager(const QString &stateDir, QObject *parent = nullptr);
    ~ClusterManager() override; // stops every cluster it started (blocking; used at shutdown)

    // Empty when PostgreSQL can be run here; otherwise why not (no binaries, root without a
    // postgres user). Every operation then fails with this message.
    QString problem() const;

    // Starts every cluster persisted under the state dir (after a restart), on the same ports
    // where they are still free. Leaders start before their followers. The result lists every
    // persisted cluster; those that could not start are reported with clusterStopped() (and
    // isRunning() false) instead of failing the whole future.
    QFuture<QList<PgEndpoint>> restoreAll();
    // Stops every running cluster (fast shutdown, in parallel; blocking, for shutdown and --reset).
    void stopAll();
    // Deletes every cluster's files (stops them first; for --reset).
    void wipe();

    // The PostgreSQL major versions a database can have (the default first; 16 and 17 are
    // installed on first use, see pgtools.h) and the default one.
    QList<int> supportedVersions() const;
    int defaultVersion() const;

    QFuture<PgEndpoint> provision(const ProvisionSpec &spec);
    // pg:upgrade of a leader to `targetMajor` (0: the newest): a new cluster of that version filled
    // by pg_dumpall --roles-only and pg_dump | pg_restore, swapped in on the same port (see
    // clusterregistryupgrade.cpp). `progress` (on a worker thread) gets the step 1..3 and what it
    // does. Not on a follower, nor on a leader with followers.
    QFuture<void> upgrade(const QString &addonId, int targetMajor,
                          std::function<void(int, const QString &)> progress = {},
                          std::function<bool()> cancelled = {});
    // Stops the cluster and deletes its files.
    QFuture<void> destroy(const QString &addonId);
    std::optional<PgEndpoint> endpoint(const QString &addonId) const;
    QStringList addonIds() const;
    bool isRunning(const QString &addonId) const;

    // Stops / starts one cluster (faults: "database unavailable"). start() keeps the port when free.
    QFuture<void> stop(const QString &addonId);
    QFuture<PgEndpoint> start(const QString &addonId);

    QFuture<PgStats> stats(const QString &addonId);

    // Promotes a follower (pg:unfollow): afterwards pg_is_in_recovery() is false.
    QFuture<void> unfollow(const QString &addonId);
    // Terminates every client backend of the cluster except its own (pg:killall); returns how many.
    QFuture<int> connectionReset(const QString &addonId);
    // Drops and recreates the database, owned by the default role, with the given extensions
    // (pg:reset). Sessions on it are terminated. Not on a follower.
    QFuture<void> reset(const QString &addonId, const QStringList &extensions = {});
    // Copies all data from one database into another with pg_dump -Fc | pg_restore --no-owner
    // --no-acl (pg:copy). The target is emptied first (like Heroku's) and everything restored is
    // owned by its default role. `progress` is called (on a worker thread) with the bytes that
    // went through the pipe so far; the result is the total. When `cancelled` (also called on the
    // worker thread) returns true, both programs are stopped and the copy fails.
    QFuture<qint64> copy(const QString &fromAddonId, const QString &toAddonId,
                         std::function<void(qint64)> progress = {}, std::function<bool()> cancelled = {});
    // pg:backups:capture: the database in pg_dump's custom format into `file` (written only once
    // complete). Works on followers too. `progress`/`cancelled` as for copy().
    QFuture<qint64> backup(const QString &addonId, const QString &file, std::function<void(qint64)> progress = {},
                           std::function<bool()> cancelled = {});
    // pg:backups:restore: empties the database and restores `file` into it, owned by its default
    // role (like copy()'s target). Not on a follower.
    QFuture<qint64> restore(const QString &addonId, const QString &file, std::function<void(qint64)> progress = {},
                            std::function<bool()> cancelled = {});
    // Sets default_transaction_read_only on the database (Essential plan change); new sessions only.
    QFuture<void> setReadOnly(const QString &addonId, bool readOnly);

    // Credentials (real roles; followers get them through replication and see them in endpoint()).
    QFuture<PgCredential> createCredential(const QString &addonId, const QString &name);
    // A new password; the old one stops working at once. With resetConnections the role's
    // sessions are terminated too (Heroku does that for default, --all and --force).
    QFuture<PgCredential> rotateCredential(const QString &addonId, const QString &name, bool resetConnections = false);
    // Drops the role (its objects are reassigned to the default role). Not "default".
    QFuture<void> destroyCredential(const QString &addonId, const QString &name);

    // Fault: a follower that replays WAL late (recovery_min_apply_delay), 0 turns it off.
    QFuture<void> setApplyDelay(const QString &addonId, int milliseconds);

    // Runs SQL as the superuser on the add-on's database; rows as lists of strings (NULL: null QString).
    QFuture<QList<QStringList>> query(const QString &addonId, const QString &sql);

signals:
    // A cluster stopped on its own (crash, killed) or failed to start in restoreAll():
    // the API layer marks the database unavailable.
    void clusterStopped(const QString &addonId);

private:
    void checkClusters();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hpg::sandbox
