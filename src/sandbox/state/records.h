#pragma once

// The sandbox's persisted state: plain records with their JSON form for world.json.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hpg::sandbox {

struct AccountRecord
{
    QString id;
    QString email;
    QString name;
    QDateTime createdAt;
};

struct TeamRecord
{
    QString id;
    QString name;
    QDateTime createdAt;
};

struct SpaceRecord
{
    QString id;
    QString name;
    QString teamId;
    QString region = QStringLiteral("virginia");
    bool shield = false;
    QString state = QStringLiteral("allocated");
    QString cidr = QStringLiteral("10.0.0.0/16");
    QString dataCidr = QStringLiteral("10.1.0.0/16");
    QDateTime createdAt;
};

struct FormationRecord
{
    QString id;
    QString type;
    int quantity = 0;
    QString size = QStringLiteral("Standard-1X");
    QString command;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ReleaseRecord
{
    QString id;
    int version = 0;
    QString description;
    QString status = QStringLiteral("succeeded");
    QDateTime createdAt;
};

struct AppRecord
{
    QString id;
    QString name;
    QString teamId; // empty: a personal app of the account
    QString spaceId; // empty: Common Runtime
    QString region = QStringLiteral("us");
    QString stack = QStringLiteral("heroku-24");
    bool maintenance = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime releasedAt;
    QMap<QString, QString> configVars; // set by the user; attachment URLs are computed
    QList<FormationRecord> formation;
    QList<ReleaseRecord> releases;
};

struct AddonRecord
{
    QString id;
    QString name;
    QString appId; // billing app
    QString service = QStringLiteral("heroku-postgresql");
    QString plan; // "heroku-postgresql:standard-0"
    QString state = QStringLiteral("provisioning");
    QString followId; // leader add-on id while this is a follower
    QString forkId; // add-on this one was forked from
    QString upgradingToPlan; // Standard and up: plan waiting for its changeover maintenance
    int pgVersion = 0; // PostgreSQL major version asked for at creation (addons:create --version); 0: default
    int upgradePreparedVersion = 0; // pg:upgrade:prepare scheduled an upgrade to this version (0: none)
    bool readOnly = false; // Essential plan change in progress
    bool virtualDatabase = false; // API records and maintenance data only, no cluster (benchmarks)
    QString windowDay = QStringLiteral("Thursdays");
    QString windowTime = QStringLiteral("22:00");
    QString previousWindow;
    QDateTime windowUpdatedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString error; // last provisioning error
    // Sandbox workload (seed "stuck_transaction"): a worker session left idle in a transaction, for Diagnose.
    bool stuckTransaction = false;
};

struct AttachmentRecord
{
    QString id;
    QString name;
    QString appId;
    QString addonId;
    QString ns; // namespace: "" (null), "credential:NAME", "connection-pooling:default"
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct MaintenanceRecord
{
    QString id;
    QString addonId;
    QString status = QStringLiteral("pending"); // none pending preparing ready running completed
    QString method = QStringLiteral("changeover");
    QString reason = QStringLiteral("routine_maintenance");
    QString targetPlan; // plan change maintenances
    QDateTime requiredBy;
    QDateTime scheduledFor;
    QDateTime previouslyScheduledFor;
    QDateTime startedAt;
    QDateTime completedAt;
    QDateTime createdAt;
    int durationSeconds = 0;
};

struct ConnectMappingRecord
{
    int id = 0;
    QString objectName;
    QString state = QStringLiteral("DATA_SYNCED");
};

struct ConnectConnectionRecord
{
    QString id;
    QString name;
    QString appId;
    QString resourceName;
    QString dbKey = QStringLiteral("DATABASE_URL");
    QString schemaName = QStringLiteral("salesforce");
    QString state = QStringLiteral("IDLE");
    QString internalName;
    QDateTime stateChangedAt;
    QList<ConnectMappingRecord> mappings;
};

struct TransferRecord
{
    QString uuid;
    int num = 0;
    QString appId;
    QString fromAddonId;
    QString toAddonId;
    QString fromName;
    QString fromUrl;
    QString toName;
    QString toUrl;
    qint64 sourceBytes = 0;
    qint64 processedBytes = 0;
    bool succeeded = false;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime canceledAt; // pg:backups:cancel (POST …/transfers/{id}/actions/cancel)
    QDateTime updatedAt;
    QJsonArray logs;
    // "pg_dump" → "pg_restore" is a copy (empty in states written before backups existed),
    // "pg_dump" → "gof3r" a backup (kept in <stateDir>/backups/<uuid>.dump),
    // "gof3r" → "pg_restore" a restore of a backup.
    QString fromType;
    QString toType;
    QString scheduleId; // the backup schedule that took it (an automatic backup, "a001")

    bool isBackup() const { return toType == QLatin1String("gof3r"); }
};

// pg:backups:schedule: a daily backup of a database at `hour` o'clock in `timezone` (IANA name).
struct BackupScheduleRecord
{
    QString uuid;
    QString addonId;
    QString name; // the attachment's config var, "DATABASE_URL"
    int hour = 0;
    QString timezone;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString lastRunDate; // yyyy-MM-dd in `timezone` of the last backup it took
};

namespace records {

QJsonObject toJson(const AccountRecord &r);
QJsonObject toJson(const TeamRecord &r);
QJsonObject toJson(const SpaceRecord &r);
QJsonObject toJson(const AppRecord &r);
QJsonObject toJson(const AddonRecord &r);
QJsonObject toJson(const AttachmentRecord &r);
QJsonObject toJson(const MaintenanceRecord &r);
QJsonObject toJson(const ConnectConnectionRecord &r);
QJsonObject toJson(const TransferRecord &r);
QJsonObject toJson(const BackupScheduleRecord &r);

void fromJson(const QJsonObject &o, AccountRecord &r);
void fromJson(const QJsonObject &o, TeamRecord &r);
void fromJson(const QJsonObject &o, SpaceRecord &r);
void fromJson(const QJsonObject &o, AppRecord &r);
void fromJson(const QJsonObject &o, AddonRecord &r);
void fromJson(const QJsonObject &o, AttachmentRecord &r);
void fromJson(const QJsonObject &o, MaintenanceRecord &r);
void fromJson(const QJsonObject &o, ConnectConnectionRecord &r);
void fromJson(const QJsonObject &o, TransferRecord &r);
void fromJson(const QJsonObject &o, BackupScheduleRecord &r);

// Heroku's timestamp form, "2024-05-01T12:00:00Z" (empty string for a null time).
QString timestamp(const QDateTime &time);
QDateTime parseTimestamp(const QString &text);

} // namespace records

} // namespace hpg::sandbox
