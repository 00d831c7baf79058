#pragma once

#include "sandbox/pg/pgtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hpg::sandbox {

struct ClusterRecord;

// The SQL side of a cluster, run as its superuser over libpq. Blocking; for worker threads.
// Throws PgError.
class ClusterAdmin
{
public:
    // On a fresh cluster: the replication role, the default role (u…, p…) and the database (d…)
    // owned by it, its public schema too. Fills record.database and record.credentials.
    static void bootstrap(ClusterRecord &record);
    // On a fresh fork: a new database name, default role name and passwords for every role, so
    // the fork does not share credentials with its source (as on Heroku).
    static void renameForFork(ClusterRecord &record);

    // What pg:info shows. For a follower `leader` is its leader's record (nullptr when unknown
    // or stopped: behindByCommits and lagBytes are then -1).
    //
    // Behind By: the leader commits with track_commit_timestamp on, and a standby replays the
    // commit records, so pg_last_committed_xact() gives the newest committed xid on the leader
    // and the newest *replayed* one on the follower. The commits in between are counted on the
    // leader as the xids in (replayed, newest] that have a commit timestamp (aborted and
    // still-running transactions have none); above 100000 xids the xid difference is used as an
    // estimate. When the follower has replayed all of the leader's WAL, it is 0. Right after a
    // follower starts, before it replayed any commit, the standby's snapshot horizon (next
    // xid - 1) stands in for its newest replayed commit.
    // Lag bytes: pg_current_wal_lsn() on the leader minus pg_last_wal_replay_lsn() on the follower.
    static PgStats stats(const ClusterRecord &record, const ClusterRecord *leader);

    // pg_promote(wait => true), then checks that pg_is_in_recovery() is false.
    static void promote(const ClusterRecord &record);
    // Terminates client backends (all, or only `role`'s) except its own and waits for them to go.
    static int terminateClientBackends(const ClusterRecord &record, const QString &role = {});
    // DROP DATABASE … WITH (FORCE); CREATE DATABASE … OWNER <default role>; extensions; read-only.
    static void recreateDatabase(const ClusterRecord &record, const QStringList &extensions);
    static void setReadOnly(const ClusterRecord &record, bool readOnly);
    // CREATE ROLE <name> LOGIN with a new password; CONNECT on the database.
    static PgCredential createRole(const ClusterRecord &record, const QString &name);
    static void setPassword(const ClusterRecord &record, const QString &role, const QString &password);
    // Reassigns the role's objects to the default role, then drops it.
    static void dropRole(const ClusterRecord &record, const QString &role);
    static void reloadConfig(const ClusterRecord &record);
    static QList<QStringList> query(const ClusterRecord &record, const QString &sql);
};

} // namespace hpg::sandbox
