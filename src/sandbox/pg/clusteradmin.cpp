#include "sandbox/pg/clusteradmin.h"

#include "sandbox/pg/clusterrecord.h"
#include "sandbox/pg/pgconnection.h"
#include "sandbox/pg/pgerror.h"
#include "sandbox/pg/scramsecret.h"

#include <QDateTime>

#include <future>
#include <memory>

namespace hpg::sandbox {

namespace {

const QString maintenanceDatabase = QStringLiteral("postgres");

// "16/B374D848" → byte position.
qint64 parseLsn(const QString &lsn)
{
    const qsizetype slash = lsn.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return -1;
    bool ok1 = false;
    bool ok2 = false;
    const qint64 high = lsn.left(slash).toLongLong(&ok1, 16);
    const qint64 low = lsn.mid(slash + 1).toLongLong(&ok2, 16);
    return ok1 && ok2 ? (high << 32) | low : -1;
}

const PgCredential &defaultCredential(const ClusterRecord &record)
{
    const PgCredential *c = record.credential(QStringLiteral("default"));
    if (!c)
        throw PgError(QStringLiteral("The cluster of %1 has no default credential").arg(record.addonId));
    return *c;
}

// "PASSWORD '<SCRAM secret>'": the password itself never reaches the server.
QString passwordClause(PgConnection &conn, const QString &role, const QString &password)
{
    return QStringLiteral("PASSWORD ") + conn.quoteLiteral(conn.scramSecret(role, password));
}

} // namespace

void ClusterAdmin::bootstrap(ClusterRecord &record)
{
    record.database = ClusterRecord::randomDatabaseName();
    const PgCredential owner { QStringLiteral("default"), ClusterRecord::randomUserName(),
                               ClusterRecord::randomPassword() };
    {
        PgConnection conn(record.superuserParams(maintenanceDatabase));
        // initdb stored the superuser's password with 4096 iterations; the same password, cheaper.
        conn.exec(QStringLiteral("ALTER ROLE %1 PASSWORD %2")
                      .arg(conn.quoteIdentifier(record.superuser),
                           conn.quoteLiteral(adminScramSecret(record.superuserPassword))));
        conn.exec(QStringLiteral("CREATE ROLE %1 WITH REPLICATION LOGIN %2")
                      .arg(conn.quoteIdentifier(record.replicationUser),
                           passwordClause(conn, record.replicationUser, record.replicationPassword)));
        conn.exec(QStringLiteral("CREATE ROLE %1 WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE %2")
                      .arg(conn.quoteIdentifier(owner.user), passwordClause(conn, owner.user, owner.password)));
        conn.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2")
                      .arg(conn.quoteIdentifier(record.database), conn.quoteIdentifier(owner.user)));
        // Like Heroku, the tenant sees only its own database.
        conn.exec(QStringLiteral("REVOKE CONNECT ON DATABASE postgres FROM PUBLIC; "
                                 "REVOKE CONNECT ON DATABASE template1 FROM PUBLIC"));
    }
    PgConnection conn(record.superuserParams());
    conn.exec(QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(conn.quoteIdentifier(owner.user)));
    record.credentials = { owner };
}

void ClusterAdmin::renameForFork(ClusterRecord &record)
{
    PgConnection conn(record.superuserParams(maintenanceDatabase));
    const QString database = ClusterRecord::randomDatabaseName();
    conn.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                  .arg(conn.quoteIdentifier(record.database), conn.quoteIdentifier(database)));
    record.database = database;
    for (PgCredential &c : record.credentials) {
        const QString password = ClusterRecord::randomPassword();
        if (c.name == QStringLiteral("default")) {
            const QString user = ClusterRecord::randomUserName();
            conn.exec(QStringLiteral("ALTER ROLE %1 RENAME TO %2")
                          .arg(conn.quoteIdentifier(c.user), conn.quoteIdentifier(user)));
            c.user = user;
        }
        conn.exec(QStringLiteral("ALTER ROLE %1 %2")
                      .arg(conn.quoteIdentifier(c.user), passwordClause(conn, c.user, password)));
        c.password = password;
    }
    const QString replicationPassword = ClusterRecord::randomPassword();
    conn.exec(QStringLiteral("ALTER ROLE %1 %2")
                  .arg(conn.quoteIdentifier(record.replicationUser),
                       passwordClause(conn, record.replicationUser, replicationPassword)));
    record.replicationPassword = replicationPassword;
    // The superuser last: this session stays valid, later ones use the new password.
    const QString superuserPassword = ClusterRecord::randomPassword();
    conn.exec(QStringLiteral("ALTER ROLE %1 PASSWORD %2")
                  .arg(conn.quoteIdentifier(record.superuser), conn.quoteLiteral(adminScramSecret(superuserPassword))));
    record.superuserPassword = superuserPassword;
}

PgStats ClusterAdmin::stats(const ClusterRecord &record, const ClusterRecord *leader)
{
    PgStats stats;
    stats.createdAt = record.createdAt;
    // A follower's figures need its leader too: that connection is opened meanwhile (each takes
    // about 10 ms, most of pg:info's time for a follower).
    std::future<std::unique_ptr<PgConnection>> leaderConnecting;
    if (leader && !record.following.isEmpty()) {
        leaderConnecting = std::async(std::launch::async, [params = leader->superuserParams()] {
            try {
                return std::make_unique<PgConnection>(params);
            } catch (const PgError &) {
                return std::unique_ptr<PgConnection>();
            }
        });
    }
    PgConnection conn(record.superuserParams());
    const QStringList row
        = conn
              .query(QStringLiteral(
                  "SELECT split_part(current_setting('server_version'), ' ', 1), pg_database_size(current_database()), "
                  "(SELECT count(*) FROM pg_stat_user_tables), "
                  "(SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
                  "   AND datname = current_database() AND pid <> pg_backend_pid()), "
                  "pg_is_in_recovery(), "
                  "current_setting('default_transaction_read_only') = 'on', "
                  "pg_last_wal_replay_lsn(), "
                  "coalesce((pg_last_committed_xact()).xid::text::bigint, "
                  "   pg_snapshot_xmax(pg_current_snapshot())::text::bigint % 4294967296 - 1)"))
              .value(0);
    stats.running = true;
    stats.serverVersion = row.value(0);
    stats.dataSizeBytes = row.value(1).toLongLong();
    stats.tableCount = row.value(2).toInt();
    stats.connectionCount = row.value(3).toInt();
    stats.inRecovery = row.value(4) == QStringLiteral("t");
    stats.readOnly = row.value(5) == QStringLiteral("t");
    if (!stats.inRecovery || record.following.isEmpty())
        return stats;

    const qint64 replayed = parseLsn(row.value(6));
    // The newest replayed commit; right after a restart, when nothing was replayed yet, the
    // standby's snapshot horizon (next xid - 1) stands in for it.
    const qint64 replayedXid = row.value(7).toLongLong();
    if (!leader) {
        stats.behindByCommits = -1;
        stats.lagBytes = -1;
        return stats;
    }
    const std::unique_ptr<PgConnection> leaderConnection = leaderConnecting.get();
    if (!leaderConnection) {
        stats.behindByCommits = -1;
        stats.lagBytes = -1;
        return stats;
    }
    try {
        PgConnection &leaderConn = *leaderConnection;
        const QStringList l
            = leaderConn.query(QStringLiteral("SELECT pg_current_wal_lsn(), (pg_last_committed_xact()).xid")).value(0);
        const qint64 current = parseLsn(l.value(0));
        stats.lagBytes = current >= 0 && replayed >= 0 ? qMax<qint64>(0, current - replayed) : -1;
        if (stats.lagBytes == 0 || l.value(1).isNull()) {
            stats.behindByCommits = 0;
            return stats;
        }
        const qint64 newest = l.value(1).toLongLong();
        const qint64 oldest = replayedXid;
        if (newest <= oldest) {
            stats.behindByCommits = 0;
        } else if (newest - oldest > 100000) {
            stats.behindByCommits = newest - oldest;
        } else {
            stats.behindByCommits = leaderConn
                                        .value(QStringLiteral("SELECT count(*) FROM generate_series($1::bigint, "
                                                              "$2::bigint) g WHERE g >= 3 AND "
                                                              "pg_xact_commit_timestamp(g::text::xid) IS NOT NULL"),
                                               { QString::number(oldest + 1), QString::number(newest) })
                                        .toLongLong();
        }
    } catch (const PgError &) {
        stats.behindByCommits = -1;
        stats.lagBytes = -1;
    }
    return stats;
}

void ClusterAdmin::promote(const ClusterRecord &record)
{
    PgConnection conn(record.superuserParams());
    if (conn.value(QStringLiteral("SELECT pg_is_in_recovery()")) != QStringLiteral("t"))
        return;
    if (conn.value(QStringLiteral("SELECT pg_promote(true, 60)")) != QStringLiteral("t"))
        throw PgError(QStringLiteral("%1 did not finish its promotion within 60 s").arg(record.addonId));
    if (conn.value(QStringLiteral("SELECT pg_is_in_recovery()")) != QStringLiteral("f"))
        throw PgError(QStringLiteral("%1 is still in recovery after its promotion").arg(record.addonId));
}

int ClusterAdmin::terminateClientBackends(const ClusterRecord &record, const QString &role)
{
    PgConnection conn(record.superuserParams(maintenanceDatabase));
    return conn
        .value(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                              "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() "
                              "AND ($1::text IS NULL OR usename = $1)"),
               { role.isEmpty() ? QString() : role })
        .toInt();
}

void ClusterAdmin::recreateDatabase(const ClusterRecord &record, const QStringList &extensions)
{
    const PgCredential &owner = defaultCredential(record);
    {
        PgConnection conn(record.superuserParams(maintenanceDatabase));
        const QString db = conn.quoteIdentifier(record.database);
        conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
        conn.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(db, conn.quoteIdentifier(owner.user)));
        if (record.readOnly)
            conn.exec(QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(db));
    }
    PgConnection conn(record.superuserParams());
    conn.exec(QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(conn.quoteIdentifier(owner.user)));
    for (const QString &extension : extensions)
        conn.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1").arg(conn.quoteIdentifier(extension)));
}

void ClusterAdmin::setReadOnly(const ClusterRecord &record, bool readOnly)
{
    PgConnection conn(record.superuserParams(maintenanceDatabase));
    const QString db = conn.quoteIdentifier(record.database);
    conn.exec(readOnly ? QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(db)
                       : QStringLiteral("ALTER DATABASE %1 RESET default_transaction_read_only").arg(db));
}

PgCredential ClusterAdmin::createRole(const ClusterRecord &record, const QString &name)
{
    PgConnection conn(record.superuserParams());
    if (!conn.value(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), { name }).isEmpty())
        throw PgError(QStringLiteral("A role named %1 already exists").arg(name));
    const PgCredential credential { name, name, ClusterRecord::randomPassword() };
    conn.exec(
        QStringLiteral("CREATE ROLE %1 WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE %2")
            .arg(conn.quoteIdentifier(credential.user), passwordClause(conn, credential.user, credential.password)));
    conn.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                  .arg(conn.quoteIdentifier(record.database), conn.quoteIdentifier(credential.user)));
    return credential;
}

void ClusterAdmin::setPassword(const ClusterRecord &record, const QString &role, const QString &password)
{
    PgConnection conn(record.superuserParams());
    conn.exec(QStringLiteral("ALTER ROLE %1 %2").arg(conn.quoteIdentifier(role), passwordClause(conn, role, password)));
}

void ClusterAdmin::dropRole(const ClusterRecord &record, const QString &role)
{
    const PgCredential &owner = defaultCredential(record);
    terminateClientBackends(record, role);
    {
        PgConnection conn(record.superuserParams());
        conn.exec(QStringLiteral("REASSIGN OWNED BY %1 TO %2; DROP OWNED BY %1")
                      .arg(conn.quoteIdentifier(role), conn.quoteIdentifier(owner.user)));
    }
    PgConnection conn(record.superuserParams(maintenanceDatabase));
    conn.exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(conn.quoteIdentifier(role)));
}

void ClusterAdmin::reloadConfig(const ClusterRecord &record)
{
    PgConnection conn(record.superuserParams(maintenanceDatabase));
    conn.exec(QStringLiteral("SELECT pg_reload_conf()"));
}

QList<QStringList> ClusterAdmin::query(const ClusterRecord &record, const QString &sql)
{
    PgConnection conn(record.superuserParams());
    return conn.query(sql);
}

} // namespace hpg::sandbox
