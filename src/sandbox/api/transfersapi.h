#pragma once

#include "apirouter.h"

#include <QFuture>
#include <QHash>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace hpg::sandbox {

class DatabaseFleet;
class DataApi;
class World;
struct AddonRecord;
struct BackupScheduleRecord;
struct TransferRecord;

// Heroku Postgres transfers, as the CLI's pg:copy and pg:backups:* call them on the data API:
//   POST /client/v11/databases/{id}/transfers      pg:copy (pg_dump | pg_restore between two databases)
//   POST /client/v11/databases/{id}/backups        pg:backups:capture (pg_dump -Fc into a file)
//   POST /client/v11/databases/{id}/restores       pg:backups:restore {backup_url}
//   GET  /client/v11/apps/{app}/transfers[/{uuid|num}][?verbose=true]
//   POST /client/v11/apps/{app}/transfers/{uuid|num}/actions/cancel | /actions/public-url
//   DELETE /client/v11/apps/{app}/transfers/{num}  pg:backups:delete
//   GET, POST /client/v11/databases/{id}/transfer-schedules; DELETE …/{uuid}  pg:backups:schedule(s)
// Backups are real custom-format dumps (uncompressed: -Z0) kept in <stateDir>/backups/<uuid>.dump.
// Their to_url is <baseUrl>/backups/<uuid> (like S3, not readable as is); the public URL
// adds an expiry and an HMAC signature and is served by serveBackup() without the API token,
// with byte ranges (so that a download can resume).
class TransfersApi
{
public:
    TransfersApi(World &world, DatabaseFleet &fleet, DataApi &data);
    ~TransfersApi();

    void install(ApiRouter &router);
    // Admin routes: POST /_sandbox/backup-schedules/run takes every scheduled backup now.
    void installAdmin(ApiRouter &admin);

    // GET/HEAD /backups/<uuid>?expires=…&signature=… (no API token: the signature is the key).
    static bool isBackupPath(const QString &path);
    ApiResponse serveBackup(const ApiRequest &request) const;

    // The most bytes per second a transfer moves (0: as fast as it can), so that a transfer of a
    // small sandbox database takes as long as one of a large database would (POST /_sandbox/timing).
    qint64 bytesPerSecond = 0;
    // "http://127.0.0.1:PORT": where the sandbox answers (set once it listens).
    QString baseUrl;
    // How long a public URL stays valid (Heroku: an hour).
    int publicUrlSeconds = 3600;

private:
    using Progress = std::function<void(qint64)>;
    using Cancelled = std::function<bool()>;
    using Work = std::function<QFuture<qint64>(Progress, Cancelled)>;

    void createCopy(const ApiRequest &request, const Respond &respond);
    ApiResponse capture(const ApiRequest &request);
    ApiResponse restore(const ApiRequest &request);
    ApiResponse list(const ApiRequest &request) const;
    ApiResponse cancel(const ApiRequest &request);
    ApiResponse publicUrl(const ApiRequest &request) const;
    ApiResponse remove(const ApiRequest &request);
    ApiResponse schedules(const ApiRequest &request) const;
    ApiResponse schedule(const ApiRequest &request);
    ApiResponse unschedule(const ApiRequest &request);

    // Starts a backup of the add-on (by hand, or by `schedule`); the record is already listed.
    std::shared_ptr<TransferRecord> startBackup(const AddonRecord &addon, const BackupScheduleRecord *schedule);
    void runSchedules(bool all);
    // Records `transfer`, runs `work` with throttled progress and cancellation, and finishes the
    // record with `doneMessage` in its logs (or the error).
    void run(const std::shared_ptr<TransferRecord> &transfer, const Work &work, const QString &doneMessage);
    TransferRecord *findOnApp(const ApiRequest &request, ApiResponse *error) const;
    QJsonObject toJson(const TransferRecord &transfer, bool verbose) const;
    QJsonObject toJson(const BackupScheduleRecord &schedule) const;
    QString backupFile(const QString &uuid) const;
    QByteArray signature(const QString &uuid, qint64 expires) const;
    // The name the add-on has on its own app ("DATABASE", "HEROKU_POSTGRESQL_RED").
    QString attachmentName(const AddonRecord &addon) const;
    int nextNumber() const;

    World &m_world;
    DatabaseFleet &m_fleet;
    DataApi &m_data;
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_cancels; // running transfers by uuid
    QTimer m_scheduleTimer;
};

} // namespace hpg::sandbox
