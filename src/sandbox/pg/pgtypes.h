#pragma once

// Plain value types of the sandbox's PostgreSQL layer (see clustermanager.h).

#include <QDateTime>
#include <QList>
#include <QString>

namespace hpg::sandbox {

// One login role of a cluster (Heroku's "credential"). The default credential
// is named "default"; its role name is random like Heroku's (u1a2b3c…).
struct PgCredential
{
    QString name; // "default" or the credential name given by the user
    QString user; // the PostgreSQL role
    QString password;
};

// Where a sandbox database listens and who may log in.
struct PgEndpoint
{
    QString addonId;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString database; // d<random>
    QList<PgCredential> credentials; // "default" first
    QString dataDir;
    QString following; // addon id of the leader while a follower, else ""
    QString forkedFrom; // addon id this was forked from, else ""
    int pgMajor = 0; // the server's major version (0: the sandbox's default)
    QDateTime createdAt;

    // postgres://user:pass@host:port/database for the named credential ("" when unknown).
    // User and password are percent-encoded.
    QString url(const QString &credential = QStringLiteral("default")) const;
    // The named credential, or nullptr.
    const PgCredential *credential(const QString &name) const;
};

// What pg:info shows, read from the live cluster.
struct PgStats
{
    bool running = false;
    QString serverVersion; // "15.20"
    qint64 dataSizeBytes = 0; // pg_database_size of the database
    int tableCount = 0; // user tables
    int connectionCount = 0; // client backends on the database (not counting the one asking)
    bool inRecovery = false; // a follower that has not been unfollowed
    // Follower only: commits the leader has that the follower has not replayed, counted on the
    // leader as the xids after the follower's newest replayed commit that have a commit
    // timestamp (track_commit_timestamp is on); see ClusterAdmin::stats. -1 when the leader
    // cannot be reached.
    qint64 behindByCommits = 0;
    // Follower only: pg_current_wal_lsn() on the leader minus pg_last_wal_replay_lsn() (-1: unknown).
    qint64 lagBytes = 0;
    bool readOnly = false; // default_transaction_read_only on the database
    QDateTime createdAt;
};

struct ProvisionSpec
{
    QString addonId; // directory and key
    QString followAddonId; // non-empty: a streaming replica of that cluster (pg_basebackup -R)
    QString forkAddonId; // non-empty: a copy of that cluster's data at provisioning time
    int maxConnections = 120;
    // The PostgreSQL major version of a new database (0: the sandbox's default). A follower or
    // fork gets its source's; giving another one is an error.
    int pgMajor = 0;
};

} // namespace hpg::sandbox
