#pragma once

#include "core/pg/activitysnapshot.h"
#include "core/runbooks/auditlog.h"
#include "core/pg/backendsignalresult.h"
#include "core/pg/conninfo.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QDialog;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class SessionsPage;
}

namespace hpg {

class ActivityMonitor;
class ApiCall;
class ApiClient;
class BlockingModel;
class LocksModel;
class SessionsFilterModel;
class SessionsModel;
struct PgSessionError;

// The live sessions of one database: what pg:ps -v, pg:locks and pg:blocking
// show, refreshed every few seconds on a connection of its own, with Cancel
// Query (pg:kill), Terminate Session (pg:kill --force), Terminate Root Blocker
// and Kill All Connections (pg:killall, through the data API). Each action is
// confirmed (typed app name for the destructive ones), shows its `heroku …`
// equivalent, reports its result in the page, and is appended to the audit log.
// Errors (connection refused, SSL, permissions, server gone) are shown in the
// page and retried on the next refresh, never in a dialog.
class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    // `api` is used for Kill All Connections (connection_reset); may be null (the action is then off).
    explicit SessionsPage(ApiClient *api, QWidget *parent = nullptr);
    ~SessionsPage() override;

    // Watches a database: `conn` is its default credential (kept in memory only, never stored);
    // `appName` and `addonName` are for the confirmations, the CLI equivalents and Kill All;
    // `connectionLimit` is the plan's (e.g. 500 for standard-0); 0 shows the server's max_connections.
    void showDatabase(const ConnInfo &conn, const QString &appName, const QString &addonName, int connectionLimit);
    // Forgets the database and closes the connection.
    void clear();
    QString appName() const { return m_appName; }
    QString addonName() const { return m_addonName; }

    // Reads the sessions again now (also while the automatic refresh is paused).
    void refresh();
    // Seconds between automatic refreshes, 1–60; 0 turns it off. Saved in the settings.
    void setRefreshInterval(int seconds);
    int refreshInterval() const;
    // The automatic refresh waits while a context menu or a dialog of this page is open.
    bool isRefreshPaused() const { return m_pauseDepth > 0; }
    // Sessions running at least this long stand out. Saved in the settings.
    void setLongRunningThreshold(int seconds);

    void setAuditLog(const AuditLog &log) { m_audit = log; }
    const AuditLog &auditLog() const { return m_audit; }

    // The session selected in the sessions table (0 when none); selectPid() also makes it visible.
    int selectedPid() const;
    bool selectPid(int pid);

    // The actions. Each opens its confirmation (never a nested event loop) and, once
    // confirmed, reports through actionFinished().
    void cancelSelectedQuery();
    void terminateSelectedSession();
    void terminateRootBlocker(); // of the row selected in the blocking tree
    void killAllConnections();

    SessionsModel *sessionsModel() const { return m_sessions; }
    SessionsFilterModel *sessionsFilterModel() const { return m_filter; }
    LocksModel *locksModel() const { return m_locks; }
    BlockingModel *blockingModel() const { return m_blocking; }
    ActivityMonitor *monitor() const { return m_monitor; }

    // `heroku pg:kill PID DATABASE [--force] -a APP` and `heroku pg:killall DATABASE -a APP`.
    static QString killCommand(int pid, bool force, const QString &addonName, const QString &appName);
    static QString killAllCommand(const QString &addonName, const QString &appName);

signals:
    void refreshed();
    void refreshFailed(const QString &message);
    // `action` is "cancel", "terminate" or "killall"; `pid` is 0 for killall.
    void actionFinished(const QString &action, int pid, bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onRefreshed(const ActivitySnapshot &snapshot);
    void onRefreshFailed(const PgSessionError &error);
    void fitColumnsOnce(QTableView *view, bool &fitted);
    void onBackendSignalled(const BackendSignalResult &result);
    void onKillAllFinished(bool ok, const QString &message, const QString &detail);
    void onTick();
    void updateTimer();
    void keepSelection(const std::function<void()> &change);
    void updateDetail();
    void updateActions();
    void updateConnectionsLabel();
    void retranslate();
    void showContextMenu(const QPoint &pos);
    void confirmTerminate(int pid, bool rootBlocker, int blockedCount);
    void openDialog(QDialog *dialog);
    void pauseRefresh();
    void resumeRefresh();
    void showStatus(const QString &message, bool ok);
    void audit(const QString &action, int pid, bool ok, const QString &message, const QString &detail,
               const QString &cli, const QJsonObject &extra = {});
    QString databaseLabel() const;

    std::unique_ptr<Ui::SessionsPage> m_ui;
    ApiClient *m_api;
    ActivityMonitor *m_monitor;
    SessionsModel *m_sessions;
    SessionsFilterModel *m_filter;
    LocksModel *m_locks;
    QSortFilterProxyModel *m_locksSort;
    BlockingModel *m_blocking;
    AuditLog m_audit;
    QTimer m_timer;
    QPointer<ApiCall> m_killAllCall;
    QString m_appName;
    QString m_addonName;
    QString m_host;
    QString m_database;
    int m_connectionLimit = 0;
    int m_pauseDepth = 0;
    int m_selectedPid = 0; // the session the user selected
    bool m_keepingSelection = false;
    int m_rootBlockerPid = 0; // the terminate under way is of this root blocker
    int m_rootBlockedCount = 0;
    bool m_hasSnapshot = false;
    bool m_sessionsSized = false; // fitColumnsOnce()
    bool m_locksSized = false;
    ActivitySnapshot m_snapshotHeader; // the last snapshot's counts (sessions and locks left out)
    QString m_shownDetail;
};

} // namespace hpg
