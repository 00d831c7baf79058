#include "sandbox/pg/clusterrecord.h"

#include "sandbox/pg/pgerror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hpg::sandbox {

namespace {

QString randomString(int length, QLatin1String alphabet)
{
    QString s;
    s.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet.at(int(random->bounded(quint32(alphabet.size()))))));
    return s;
}

// A value inside a libpq conninfo string: single-quoted, \ and ' escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A string value in postgresql.conf: single-quoted, ' doubled.
QString confValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

PgEndpoint ClusterRecord::endpoint() const
{
    PgEndpoint e;
    e.addonId = addonId;
    e.port = port;
    e.database = database;
    e.credentials = credentials;
    e.dataDir = dataDir();
    e.following = following;
    e.forkedFrom = forkedFrom;
    e.pgMajor = pgMajor;
    e.createdAt = createdAt;
    return e;
}

const PgCredential *ClusterRecord::credential(const QString &name) const
{
    for (const PgCredential &c : credentials) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

PgCredential *ClusterRecord::credential(const QString &name)
{
    for (PgCredential &c : credentials) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

PgConnectParams ClusterRecord::superuserParams(const QString &databaseName) const
{
    PgConnectParams p;
    p.port = port;
    p.database = databaseName.isEmpty() ? database : databaseName;
    p.user = superuser;
    p.password = superuserPassword;
    // The sandbox's own sessions on its own clusters, over loopback: without the TLS handshake
    // (3-4 ms of each connection). Clients still get SSL: Heroku requires it.
    p.sslmode = QStringLiteral("disable");
    return p;
}

QJsonObject ClusterRecord::toJson() const
{
    QJsonArray creds;
    for (const PgCredential &c : credentials)
        creds.append(QJsonObject { { QStringLiteral("name"), c.name },
                                   { QStringLiteral("user"), c.user },
                                   { QStringLiteral("password"), c.password } });
    return QJsonObject {
        { QStringLiteral("version"), 1 },
        { QStringLiteral("addonId"), addonId },
        { QStringLiteral("port"), port },
        { QStringLiteral("database"), database },
        { QStringLiteral("credentials"), creds },
        { QStringLiteral("superuser"), superuser },
        { QStringLiteral("superuserPassword"), superuserPassword },
        { QStringLiteral("replicationUser"), replicationUser },
        { QStringLiteral("replicationPassword"), replicationPassword },
        { QStringLiteral("following"), following },
        { QStringLiteral("leaderPort"), leaderPort },
        { QStringLiteral("forkedFrom"), forkedFrom },
        { QStringLiteral("applyDelayMs"), applyDelayMs },
        { QStringLiteral("readOnly"), readOnly },
        { QStringLiteral("maxConnections"), maxConnections },
        { QStringLiteral("pgMajor"), pgMajor },
        { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs) },
    };
}

ClusterRecord ClusterRecord::fromJson(const QJsonObject &json, const QString &dir)
{
    ClusterRecord r;
    r.dir = dir;
    r.addonId = json.value(QStringLiteral("addonId")).toString();
    r.port = json.value(QStringLiteral("port")).toInt();
    r.database = json.value(QStringLiteral("database")).toString();
    const QJsonArray creds = json.value(QStringLiteral("credentials")).toArray();
    for (const QJsonValue &v : creds) {
        const QJsonObject o = v.toObject();
        r.credentials.append({ o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("user")).toString(),
                               o.value(QStringLiteral("password")).toString() });
    }
    r.superuser = json.value(QStringLiteral("superuser")).toString(r.superuser);
    r.superuserPassword = json.value(QStringLiteral("superuserPassword")).toString();
    r.replicationUser = json.value(QStringLiteral("replicationUser")).toString(r.replicationUser);
    r.replicationPassword = json.value(QStringLiteral("replicationPassword")).toString();
    r.following = json.value(QStringLiteral("following")).toString();
    r.leaderPort = json.value(QStringLiteral("leaderPort")).toInt();
    r.forkedFrom = json.value(QStringLiteral("forkedFrom")).toString();
    r.applyDelayMs = json.value(QStringLiteral("applyDelayMs")).toInt();
    r.readOnly = json.value(QStringLiteral("readOnly")).toBool();
    r.maxConnections = json.value(QStringLiteral("maxConnections")).toInt(120);
    r.pgMajor = json.value(QStringLiteral("pgMajor")).toInt();
    r.createdAt = QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    return r;
}

void ClusterRecord::save() const
{
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    const QByteArray target = QFile::encodeName(jsonFile());
    const QByteArray temp = target + ".tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && ::fchmod(fd, 0600) == 0;
    qsizetype done = 0;
    while (ok && done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            done += n;
    }
    const QString error = QString::fromLocal8Bit(std::strerror(errno));
    if (fd >= 0)
        ::close(fd);
    if (!ok || ::rename(temp.constData(), target.constData()) != 0) {
        ::unlink(temp.constData());
        throw PgError(QStringLiteral("Could not write %1: %2").arg(jsonFile(), error));
    }
}

ClusterRecord ClusterRecord::load(const QString &dir)
{
    QFile file(dir + QStringLiteral("/cluster.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw PgError(QStringLiteral("Could not read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        throw PgError(QStringLiteral("%1 is not valid: %2").arg(file.fileName(), parseError.errorString()));
    ClusterRecord r = fromJson(doc.object(), dir);
    if (r.addonId.isEmpty() || r.database.isEmpty() || r.superuserPassword.isEmpty())
        throw PgError(QStringLiteral("%1 is incomplete").arg(file.fileName()));
    return r;
}

QByteArray ClusterRecord::sandboxConf() const
{
    QStringList lines = {
        QStringLiteral("# Written by hpgdesk-sandbox from cluster.json; rewritten on every start. Do not edit."),
        QStringLiteral("listen_addresses = '127.0.0.1'"),
        QStringLiteral("port = %1").arg(port),
        QStringLiteral("unix_socket_directories = ''"),
        QStringLiteral("max_connections = %1").arg(maxConnections),
        QStringLiteral("ssl = on"),
        QStringLiteral("ssl_cert_file = 'server.crt'"),
        QStringLiteral("ssl_key_file = 'server.key'"),
        QStringLiteral("password_encryption = 'scram-sha-256'"),
        QStringLiteral("wal_level = replica"),
        QStringLiteral("max_wal_senders = 10"),
        QStringLiteral("max_replication_slots = 10"),
        QStringLiteral("wal_keep_size = '256MB'"),
        QStringLiteral("hot_standby = on"),
        QStringLiteral("hot_standby_feedback = on"),
        QStringLiteral("wal_receiver_status_interval = '1s'"),
        QStringLiteral("# Needed to count the commits a follower is behind by (see ClusterAdmin::stats)."),
        QStringLiteral("track_commit_timestamp = on"),
        QStringLiteral("timezone = 'UTC'"),
        QStringLiteral("log_timezone = 'UTC'"),
        QStringLiteral("log_line_prefix = '%m [%p] %q%u@%d '"),
        QStringLiteral("# Tuned for a sandbox on a small machine, not for durability: with fsync off an"),
        QStringLiteral("# operating-system crash (not a PostgreSQL or sandbox crash) can corrupt the cluster,"),
        QStringLiteral("# which is acceptable for rehearsal data and makes tests much faster."),
        QStringLiteral("fsync = off"),
        QStringLiteral("shared_buffers = '16MB'"),
        QStringLiteral("max_wal_size = '256MB'"),
        QStringLiteral("min_wal_size = '32MB'"),
        QStringLiteral("jit = off"),
        QStringLiteral("# As on Heroku: statement statistics can be enabled with CREATE EXTENSION pg_stat_statements."),
        QStringLiteral("shared_preload_libraries = 'pg_stat_statements'"),
        QStringLiteral("pg_stat_statements.max = 1000"),
        QStringLiteral("# Heroku's list of the extensions a customer may create; pg:extensions reads it."),
        QStringLiteral("extwlist.extensions = 'address_standardizer,address_standardizer_data_us,amcheck,autoinc,"
                       "bloom,btree_gin,btree_gist,citext,cube,dict_int,earthdistance,fuzzystrmatch,hstore,"
                       "insert_username,intarray,isn,lo,ltree,moddatetime,pg_partman,pg_stat_statements,pg_trgm,"
                       "pgcrypto,pgrowlocks,plpgsql,postgis,postgis_raster,postgis_tiger_geocoder,postgis_topology,"
                       "refint,seg,sslinfo,tablefunc,tcn,tsm_system_rows,tsm_system_time,unaccent,uuid-ossp,vector'"),
    };
    if (!following.isEmpty()) {
        const QString conninfo
            = QStringLiteral("host=127.0.0.1 port=%1 user=%2 password=%3 sslmode=require application_name=%4")
                  .arg(leaderPort)
                  .arg(conninfoValue(replicationUser), conninfoValue(replicationPassword), conninfoValue(addonId));
        lines << QStringLiteral("primary_conninfo = %1").arg(confValue(conninfo))
              << QStringLiteral("recovery_min_apply_delay = %1")
                     .arg(confValue(QString::number(applyDelayMs) + QStringLiteral("ms")));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray ClusterRecord::hbaConf()
{
    return QByteArrayLiteral("# Written by hpgdesk-sandbox: TCP on 127.0.0.1 only, SCRAM passwords.\n"
                             "# TYPE  DATABASE     USER  ADDRESS       METHOD\n"
                             "hostssl all          all   127.0.0.1/32  scram-sha-256\n"
                             "host    all          all   127.0.0.1/32  scram-sha-256\n"
                             "hostssl replication  all   127.0.0.1/32  scram-sha-256\n"
                             "host    replication  all   127.0.0.1/32  scram-sha-256\n");
}

QString ClusterRecord::randomDatabaseName()
{
    return QLatin1Char('d') + randomString(14, QLatin1String("abcdefghijklmnopqrstuvwxyz0123456789"));
}

QString ClusterRecord::randomUserName()
{
    return QLatin1Char('u') + randomString(14, QLatin1String("abcdefghijklmnopqrstuvwxyz0123456789"));
}

QString ClusterRecord::randomPassword()
{
    return QLatin1Char('p') + randomString(64, QLatin1String("0123456789abcdef"));
}

} // namespace hpg::sandbox
