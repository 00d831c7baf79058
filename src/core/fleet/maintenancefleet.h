#pragma once

#include "core/heroku/maintenance.h"
#include "core/heroku/maintenancewindow.h"
#include "core/heroku/plan.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace hpg {

class ApiCall;
class ApiClient;
struct ApiResult;

// One Heroku Postgres database of the account, with its maintenance and window.
struct FleetDatabase
{
    QString team; // empty for a personal app
    QString app;
    QString addon;
    QString addonId;
    QString plan;
    Plan::Tier tier = Plan::Tier::Unknown;
    Maintenance maintenance; // status "none" when nothing is scheduled
    MaintenanceWindow window; // invalid for Essential

    bool hasWindow() const { return window.isValid(); }
};

// Reads every Heroku Postgres database the account can see, across teams and apps, with its next
// maintenance and its window (Tools ▸ Maintenance Calendar): GET /apps, then per app its add-ons
// and GET /data/maintenances/v1/apps/{app id}, and the window of a Standard-and-up database that
// has no maintenance. At most `parallel` requests at a time, fewer when RateLimit-Remaining runs
// low; each database is emitted as soon as it is known; cancellable. Emits finished() once.
class MaintenanceFleet : public QObject
{
    Q_OBJECT
public:
    explicit MaintenanceFleet(ApiClient *api, QObject *parent = nullptr);

    void setParallel(int requests) { m_parallel = qMax(1, requests); }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<FleetDatabase> &databases() const { return m_databases; }
    // What a finished read found, handed over: the fleet keeps nothing of it (thousands of
    // databases) until the next start().
    QList<FleetDatabase> takeDatabases();
    QString error() const { return m_error; } // translated; the first request that failed

signals:
    void databaseFound(const hpg::FleetDatabase &database);
    void progress(int done, int total); // requests
    void finished();

private:
    struct Job
    {
        std::function<ApiCall *()> send;
        std::function<void(const ApiResult &)> handle;
    };
    void enqueue(const std::function<ApiCall *()> &send, const std::function<void(const ApiResult &)> &handle);
    // Many at once (one per app of a large account): one progress signal, one pump.
    void enqueue(const QList<Job> &jobs);
    void pump();
    void onApps(const ApiResult &result);
    void onAddons(const QString &app, const QString &appId, const QString &team, const ApiResult &result);
    void onMaintenances(const QString &app, const QList<FleetDatabase> &databases, const ApiResult &result);
    void emitDatabase(const FleetDatabase &database);
    void finishIfDone();

    ApiClient *m_api;
    int m_parallel = 8;
    bool m_running = false;
    bool m_cancelled = false;
    int m_parsing = 0; // app lists being read on a worker thread
    int m_generation = 0; // start() and cancel() make earlier answers moot
    QList<Job> m_queue;
    QList<QPointer<ApiCall>> m_inFlight;
    int m_done = 0;
    int m_total = 0;
    QList<FleetDatabase> m_databases;
    QString m_error;
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::FleetDatabase)
