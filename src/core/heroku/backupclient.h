#pragma once

#include "apiclient.h"

namespace hpg {

// Heroku Postgres backups on the data API, as the CLI's pg:backups:* call them (the transfers
// themselves are listed and cancelled with DataClient::transfers / ::cancelTransfer).
class BackupClient
{
public:
    explicit BackupClient(ApiClient *api)
        : m_api(api)
    { }

    // pg:backups:capture: POST /client/v11/databases/{addon id}/backups; the answer is a Transfer.
    ApiCall *capture(const QString &addonId, QObject *owner = nullptr);
    // pg:backups:restore: POST /client/v11/databases/{addon id}/restores {backup_url, extensions}.
    ApiCall *restore(const QString &addonId, const QString &backupUrl, QObject *owner = nullptr);
    // pg:backups:url: POST /client/v11/apps/{app}/transfers/{num}/actions/public-url → {url, expires_at}.
    ApiCall *publicUrl(const QString &app, int num, QObject *owner = nullptr);
    // pg:backups:delete: DELETE /client/v11/apps/{app}/transfers/{num}.
    ApiCall *remove(const QString &app, int num, QObject *owner = nullptr);
    // pg:backups:schedules (the schedules of every database of the add-on's app), :schedule
    // ({hour, timezone, schedule_name}) and :unschedule.
    ApiCall *schedules(const QString &addonId, QObject *owner = nullptr);
    ApiCall *schedule(const QString &addonId, int hour, const QString &timezone, const QString &scheduleName,
                      QObject *owner = nullptr);
    ApiCall *unschedule(const QString &addonId, const QString &scheduleUuid, QObject *owner = nullptr);

private:
    ApiClient *m_api;
};

// A daily backup schedule: "DATABASE_URL: daily at 2:00 America/New_York".
struct BackupSchedule
{
    QString uuid;
    QString name; // the attachment's config var
    int hour = 0;
    QString timezone;

    static BackupSchedule fromJson(const QJsonObject &json);
    static QList<BackupSchedule> listFromJson(const QJsonArray &json);
};

} // namespace hpg
