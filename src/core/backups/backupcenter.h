#pragma once

#include "core/heroku/addon.h"
#include "core/heroku/backupclient.h"
#include "core/heroku/transfer.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace hpg {

class ApiClient;
class AuditLog;
struct ApiResult;

// What the Backups tab shows and does for one database's app (Dev Center "Heroku PGBackups"):
// the app's backups and restores, the backup schedules, and the actions of pg:backups:capture,
// :cancel, :delete, :restore, :schedule and :unschedule. While a backup or restore runs, the list
// is read again every two seconds (live progress). Destructive actions (restore, delete) are
// written to the audit log. The confirmation texts and CLI equivalents are made here, so that the
// widgets only show them.
class BackupCenter : public QObject
{
    Q_OBJECT
public:
    BackupCenter(ApiClient *api, const AuditLog *audit, QObject *parent = nullptr);

    // `addonId`/`attachment`: the database shown (the one captured and scheduled).
    void show(const QString &app, const QString &addonId, const QString &attachment);
    void refresh();

    QString app() const { return m_app; }
    QString attachment() const { return m_attachment; }
    const QList<Transfer> &backups() const { return m_backups; } // newest first
    const QList<Transfer> &restores() const { return m_restores; }
    const QList<BackupSchedule> &schedules() const { return m_schedules; }
    // The app's Heroku Postgres databases (restore targets; followers are refused by Heroku).
    const QList<Addon> &databases() const { return m_databases; }
    bool loading() const { return m_pending > 0; }
    // A backup or restore of the app has not finished yet.
    bool running() const;

    void capture();
    void cancel(const Transfer &transfer);
    void remove(const Transfer &backup);
    void restore(const Transfer &backup, const Addon &target);
    void schedule(int hour, const QString &timezone);
    void unschedule(const BackupSchedule &schedule);
    // Reads the target's tables and size (pg:info) and answers with targetDescribed().
    void describeTarget(const Addon &target);

    QString captureCli() const;
    QString restoreCli(const Transfer &backup, const Addon &target) const;
    QString deleteCli(const Transfer &backup) const;
    QString downloadCli(const Transfer &backup) const;
    QString scheduleCli(int hour, const QString &timezone) const;
    QString unscheduleCli(const BackupSchedule &schedule) const;
    // "All data in postgresql-… (12 tables, 24 MB) is replaced by backup b003 of DATABASE, taken …"
    static QString restoreWarning(const Transfer &backup, const Addon &target, const QString &targetData);
    // "b003 · Completed" / "Running, 12 MB" … for lists (translated).
    static QString statusText(const Transfer &transfer);
    // "02:00 America/New_York daily" (translated).
    static QString scheduleText(const BackupSchedule &schedule);

signals:
    void changed();
    // A translated message (with Heroku's Request-Id when there is one).
    void failed(const QString &message);
    void done(const QString &message);
    // describeTarget()'s answer: "12 tables, 24 MB" (translated) or why it is not known.
    void targetDescribed(const QString &addonId, const QString &text);

private:
    // The app's transfers only: what the 2 s poll reads while a backup or restore runs.
    void readTransfers();
    void track(ApiCall *call, const std::function<void(const ApiResult &)> &handler);
    void afterAction(ApiCall *call, const QString &doneMessage, const QString &auditAction, const QJsonObject &fields);
    void announce(const Transfer &finished);
    void audit(const QString &action, const QJsonObject &fields, const ApiResult &result) const;

    ApiClient *m_api;
    const AuditLog *m_audit;
    QString m_app;
    QString m_addonId;
    QString m_attachment;
    QList<Transfer> m_backups;
    QList<Transfer> m_restores;
    QList<BackupSchedule> m_schedules;
    QList<Addon> m_databases;
    QSet<QString> m_running; // uuids of what ran at the last reading
    int m_pending = 0;
    int m_generation = 0; // answers for a database shown before are dropped
    QTimer m_poll;
};

} // namespace hpg
