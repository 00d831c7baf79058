#pragma once

#include "sandbox/state/world.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace hpg::sandbox {

class RowWriter;
class StuckTransaction;

// What the sandbox's "apps" do on their own:
// - simulated dynos: while an app has dynos that write, a RowWriter writes rows into the
//   database behind its DATABASE_URL (following DATABASE_URL when it moves). Web dynos write
//   while maintenance mode is off, other process types (workers) always; release processes never.
//   Dynos removed by a scale-down keep writing for World::dynoStopMs, as a real dyno finishes
//   its work after SIGTERM, and are listed as "down" meanwhile;
// - Heroku Connect: connections that are not paused alternate between IDLE and
//   POLLING_DB_CHANGES and write into their schema of the database behind their db_key; a pause
//   stops the writer before the API answers; a mapping reload (RELOAD_TABLE) ends in DATA_SYNCED
//   World::connectReloadSeconds later, while the connection is not paused;
// - stuck transactions: a database whose add-on has stuckTransaction holds one session of its
//   default credential idle in a transaction (opened again after a restart or rotation).
class WorkloadSimulator : public QObject
{
    Q_OBJECT
public:
    explicit WorkloadSimulator(World &world, QObject *parent = nullptr);
    ~WorkloadSimulator() override;

    // Seconds of each Connect cycle spent in POLLING_DB_CHANGES, and the cycle length.
    int connectPollSeconds = 1;
    int connectCycleSeconds = 4;

    QJsonObject status() const;
    void stopAll();

public slots:
    void tick();

private:
    struct Writer;
    void dynosChanged(const QString &appId);
    void syncDynos();
    void syncConnect();
    void finishReloads(ConnectConnectionRecord &connection);
    void syncStuckTransactions();
    void runWriter(const QString &key, const QString &url, double rate, const std::function<void(RowWriter &)> &setup);
    void stopWriter(const QString &key);

    World &m_world;
    QTimer m_timer;
    qint64 m_ticks = 0;
    QHash<QString, std::shared_ptr<Writer>> m_writers; // "dyno:<app name>" / "connect:<connection name>"
    QHash<QString, std::shared_ptr<StuckTransaction>> m_stuck; // add-on id →
};

} // namespace hpg::sandbox
