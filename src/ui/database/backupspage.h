#pragma once

#include "core/heroku/transfer.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace hpg {

class ApiClient;
class AuditLog;
class BackupCenter;
class BackupDownload;

// The Backups tab of a database (pg:backups): the app's backups with their status, size and
// duration, live while one runs; Capture, Download (resumable, with progress; the size and the
// archive's header are checked), Restore into a chosen database of the app (typed confirmation
// that names the target's current data), Cancel, Delete (typed confirmation); the daily schedule
// (Schedule…, Unschedule); the app's restores. Every action shows its CLI equivalent. The work is
// BackupCenter's and BackupDownload's (core).
class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    BackupsPage(ApiClient *api, const AuditLog *audit, QWidget *parent = nullptr);
    ~BackupsPage() override;

    void showDatabase(const QString &app, const QString &addonId, const QString &attachment);
    BackupCenter *center() const { return m_center; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateActions();
    void showStatus(const QString &text, bool ok);
    const Transfer *selectedBackup() const;
    void download();
    void downloadTo(const QString &path);
    void confirmRestore();
    void confirmDelete();
    void editSchedule();

    ApiClient *m_api;
    BackupCenter *m_center;
    QPointer<BackupDownload> m_download;
    QString m_downloadingName;

    QLabel *m_intro;
    QLabel *m_scheduleLabel;
    QPushButton *m_schedule;
    QPushButton *m_unschedule;
    QPushButton *m_capture;
    QPushButton *m_downloadButton;
    QPushButton *m_restore;
    QPushButton *m_cancel;
    QPushButton *m_delete;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableWidget *m_backups;
    QLabel *m_restoresLabel;
    QTableWidget *m_restores;
    QLabel *m_cli;
};

} // namespace hpg
