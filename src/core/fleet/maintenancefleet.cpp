#include "maintenancefleet.h"

#include "core/heroku/addon.h"
#include "core/heroku/apicall.h"
#include "core/heroku/apiclient.h"
#include "core/heroku/app.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/stall/operationscope.h"
#include "core/transfer/whendone.h"

namespace hpg {

MaintenanceFleet::MaintenanceFleet(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void MaintenanceFleet::start()
{
    cancel();
    m_cancelled = false;
    m_running = true;
    m_parsing = 0;
    m_databases.clear();
    m_error.clear();
    m_done = 0;
    m_total = 0;
    enqueue([this] { return PlatformClient(m_api).apps(this); }, [this](const ApiResult &r) { onApps(r); });
}

QList<FleetDatabase> MaintenanceFleet::takeDatabases()
{
    QList<FleetDatabase> databases = std::move(m_databases);
    m_databases = QList<FleetDatabase>();
    return databases;
}

void MaintenanceFleet::cancel()
{
    m_cancelled = true;
    ++m_generation;
    m_queue.clear();
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->cancel();
    }
    m_inFlight.clear();
    if (m_running) {
        m_running = false;
        emit finished();
    }
}

void MaintenanceFleet::enqueue(const std::function<ApiCall *()> &send,
                               const std::function<void(const ApiResult &)> &handle)
{
    enqueue(QList<Job> { Job { send, handle } });
}

void MaintenanceFleet::enqueue(const QList<Job> &jobs)
{
    m_queue.append(jobs);
    m_total += int(jobs.size());
    emit progress(m_done, m_total);
    pump();
}

void MaintenanceFleet::pump()
{
    // Bounded, and gentler when the account's rate limit runs low (the API client waits on 429s).
    const int remaining = m_api->rateLimitRemaining();
    const int limit = remaining >= 0 && remaining < 200 ? 1 : m_parallel;
    while (!m_cancelled && !m_queue.isEmpty() && m_inFlight.size() < limit) {
        const Job job = m_queue.takeFirst();
        ApiCall *call = job.send();
        m_inFlight.append(call);
        connect(call, &ApiCall::finished, this, [this, call, job](const ApiResult &result) {
            m_inFlight.removeAll(call);
            ++m_done;
            emit progress(m_done, m_total);
            if (!m_cancelled) {
                job.handle(result);
                pump();
                finishIfDone();
            }
        });
    }
}

void MaintenanceFleet::finishIfDone()
{
    if (m_running && m_queue.isEmpty() && m_inFlight.isEmpty() && m_parsing == 0) {
        m_running = false;
        m_queue = QList<Job>(); // empty, but it kept room for a job per app
        emit finished();
    }
}

void MaintenanceFleet::onApps(const ApiResult &result)
{
    if (!result.ok()) {
        m_error = result.error.userText();
        return;
    }
    // The jobs are queued when a worker has read the apps.
    ++m_parsing;
    const int generation = m_generation;
    whenDone(this, App::listFromJsonOnWorker(result.array()),
             [this, generation](const QList<App> &apps) {
                 if (generation != m_generation)
                     return;
                 --m_parsing;
                 const OperationScope scope("calendar: queue the apps");
                 QList<Job> jobs;
                 for (const App &app : apps) {
                     const QString name = app.name;
                     const QString id = app.id;
                     const QString team = app.teamName;
                     jobs.append({ [this, name] { return PlatformClient(m_api).addons(name, this); },
                                   [this, name, id, team](const ApiResult &r) {
                                       onAddons(name, id, team, r);
                                   } });
                 }
                 enqueue(jobs);
                 finishIfDone();
             });
}

void MaintenanceFleet::onAddons(const QString &app, const QString &appId, const QString &team, const ApiResult &result)
{
    if (!result.ok()) {
        if (m_error.isEmpty())
            m_error = result.error.userText();
        return;
    }
    QList<FleetDatabase> databases;
    for (const Addon &addon : Addon::listFromJson(result.array())) {
        // Each database once, on the app that owns (bills) it.
        if (!addon.isPostgres() || addon.appName != app)
            continue;
        FleetDatabase d;
        d.team = team;
        d.app = app;
        d.addon = addon.name;
        d.addonId = addon.id;
        d.plan = addon.plan.name;
        d.tier = Plan::tierOf(addon.plan.name);
        databases.append(d);
    }
    if (databases.isEmpty())
        return;
    enqueue([this, appId] { return DataClient(m_api).appMaintenances(appId, this); },
            [this, app, databases](const ApiResult &r) { onMaintenances(app, databases, r); });
}

void MaintenanceFleet::onMaintenances(const QString &app, const QList<FleetDatabase> &databases,
                                      const ApiResult &result)
{
    Q_UNUSED(app)
    const QList<Maintenance> maintenances
        = result.ok() ? Maintenance::listFromJson(result.object()) : QList<Maintenance>();
    for (FleetDatabase d : databases) {
        for (const Maintenance &m : maintenances) {
            if (m.addonName == d.addon)
                d.maintenance = m;
        }
        if (d.tier == Plan::Tier::Essential) {
            emitDatabase(d);
        } else if (!d.maintenance.window.isEmpty()) {
            d.window = MaintenanceWindow::fromText(d.maintenance.window);
            emitDatabase(d);
        } else {
            const QString id = d.addonId;
            enqueue([this, id] { return DataClient(m_api).maintenanceWindow(id, this); },
                    [this, d](const ApiResult &r) mutable {
                        if (r.ok())
                            d.window
                                = MaintenanceWindow::fromText(r.object().value(QStringLiteral("window")).toString());
                        emitDatabase(d);
                    });
        }
    }
}

void MaintenanceFleet::emitDatabase(const FleetDatabase &database)
{
    m_databases.append(database);
    emit databaseFound(database);
}

} // namespace hpg
