#pragma once

#include "sandbox/pg/pgconnection.h"
#include "sandbox/pg/pgtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hpg::sandbox {

// Everything the sandbox keeps about one cluster, persisted as <dir>/cluster.json (mode 0600,
// readable only by the sandbox's user: it holds the superuser's password), and the
// configuration files derived from it.
struct ClusterRecord
{
    QString addonId;
    QString dir; // <stateDir>/clusters/<addonId> (not persisted)
    int port = 0;
    QString database;
    QList<PgCredential> credentials; // "default" first
    QString superuser = QStringLiteral("postgres");
    QString superuserPassword;
    QString replicationUser = QStringLiteral("replicator");
    QString replicationPassword;
    QString following; // leader's addon id while a follower
    int leaderPort = 0; // the leader's port when last seen (primary_conninfo if the leader is gone)
    QString forkedFrom; // source's addon id for a fork
    int applyDelayMs = 0;
    bool readOnly = false;
    int maxConnections = 120;
    int pgMajor = 0; // the server's major version; 0: the sandbox's default (PostgreSQL 15)
    QDateTime createdAt;

    QString dataDir() const { return dir + QStringLiteral("/data"); }
    QString logDir() const { return dir + QStringLiteral("/log"); }
    QString logFile() const { return logDir() + QStringLiteral("/postgresql.log"); }
    QString jsonFile() const { return dir + QStringLiteral("/cluster.json"); }

    PgEndpoint endpoint() const;
    const PgCredential *credential(const QString &name) const;
    PgCredential *credential(const QString &name);
    // The superuser on `database` (default: the add-on's database).
    PgConnectParams superuserParams(const QString &databaseName = {}) const;

    QJsonObject toJson() const;
    static ClusterRecord fromJson(const QJsonObject &json, const QString &dir);
    // Atomically writes cluster.json with mode 0600. Throws PgError.
    void save() const;
    // Reads <dir>/cluster.json. Throws PgError.
    static ClusterRecord load(const QString &dir);

    // sandbox.conf, included at the end of postgresql.conf: port, SSL, replication, speed
    // settings, and for a follower primary_conninfo (to leaderPort) and the apply delay.
    QByteArray sandboxConf() const;
    // pg_hba.conf: TCP on 127.0.0.1 only, SCRAM, with or without SSL, replication too.
    static QByteArray hbaConf();

    // Heroku-like random names: d + 14 lowercase alphanumerics, u + 14, p + 64 hex digits.
    static QString randomDatabaseName();
    static QString randomUserName();
    static QString randomPassword();
};

} // namespace hpg::sandbox
