#include "workloadsimulator.h"

#include "sandbox/pg/rowwriter.h"
#include "stucktransaction.h"

#include <QJsonArray>
#include <QSet>

namespace hpg::sandbox {

struct WorkloadSimulator::Writer
{
    std::unique_ptr<RowWriter> writer;
    QString url;
    QString label;
};

WorkloadSimulator::WorkloadSimulator(World &world, QObject *parent)
    : QObject(parent)
    , m_world(world)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &WorkloadSimulator::tick);
    connect(&m_world, &World::dynosChanged, this, &WorkloadSimulator::dynosChanged, Qt::QueuedConnection);
    // Direct: a pause is answered only once the connection's writer has stopped.
    connect(&m_world, &World::connectionsChanged, this, &WorkloadSimulator::syncConnect, Qt::DirectConnection);
    m_timer.start();
}

WorkloadSimulator::~WorkloadSimulator()
{
    stopAll();
}

void WorkloadSimulator::stopAll()
{
    m_timer.stop();
    for (const auto &writer : std::as_const(m_writers))
        writer->writer->stop();
    m_writers.clear();
    m_stuck.clear();
}

void WorkloadSimulator::tick()
{
    ++m_ticks;
    syncDynos();
    syncConnect();
    syncStuckTransactions();
}

void WorkloadSimulator::syncStuckTransactions()
{
    QSet<QString> wanted;
    for (const auto &addon : std::as_const(m_world.addons)) {
        if (!addon->stuckTransaction || addon->state != QLatin1String("provisioned"))
            continue;
        QString url;
        for (const auto &attachment : std::as_const(m_world.attachments)) {
            if (attachment->addonId == addon->id && attachment->ns.isEmpty()) {
                url = m_world.attachmentUrl(*attachment);
                break;
            }
        }
        if (url.isEmpty())
            continue;
        wanted.insert(addon->id);
        auto &stuck = m_stuck[addon->id];
        if (!stuck)
            stuck = std::make_shared<StuckTransaction>();
        stuck->hold(url);
    }
    for (auto it = m_stuck.begin(); it != m_stuck.end();)
        it = wanted.contains(it.key()) ? std::next(it) : m_stuck.erase(it);
}

void WorkloadSimulator::runWriter(const QString &key, const QString &url, double rate,
                                  const std::function<void(RowWriter &)> &setup)
{
    auto &slot = m_writers[key];
    if (!slot) {
        slot = std::make_shared<Writer>();
        slot->writer = std::make_unique<RowWriter>();
        setup(*slot->writer);
    }
    if (slot->url != url) {
        slot->url = url;
        slot->writer->setTarget(url);
    }
    if (slot->writer->rate() != rate)
        slot->writer->setRate(rate);
    if (!slot->writer->isRunning())
        slot->writer->start();
}

void WorkloadSimulator::stopWriter(const QString &key)
{
    const auto it = m_writers.find(key);
    if (it == m_writers.end())
        return;
    if ((*it)->writer->isRunning())
        (*it)->writer->stop();
}

void WorkloadSimulator::dynosChanged(const QString &appId)
{
    syncDynos();
    const QStringList stopping = m_world.stoppingDynos.value(appId);
    if (stopping.isEmpty())
        return;
    // Like a real dyno after SIGTERM: it finishes what it was doing, then exits.
    QTimer::singleShot(m_world.dynoStopMs, this, [this, appId, stopping] {
        auto it = m_world.stoppingDynos.find(appId);
        if (it == m_world.stoppingDynos.end())
            return;
        for (const QString &name : stopping)
            it->removeAll(name);
        if (it->isEmpty())
            m_world.stoppingDynos.erase(it);
        syncDynos();
    });
}

void WorkloadSimulator::syncDynos()
{
    for (const auto &app : std::as_const(m_world.apps)) {
        const QString key = QStringLiteral("dyno:") + app->name;
        const QList<World::Dyno> dynos = m_world.dynos(*app);
        if (dynos.isEmpty() && !m_writers.contains(key))
            continue;
        // Web dynos write while they serve requests (not in maintenance mode); other process
        // types (workers) write regardless; dynos still shutting down finish their work.
        int writing = 0;
        QString firstDyno;
        for (const World::Dyno &dyno : dynos) {
            const QString &type = dyno.formation->type;
            if (type == QLatin1String("release") || (type == QLatin1String("web") && app->maintenance))
                continue;
            if (firstDyno.isEmpty())
                firstDyno = dyno.name;
            ++writing;
        }
        const QString url = writing > 0 ? m_world.configVars(*app).value(QStringLiteral("DATABASE_URL")) : QString();
        if (writing > 0 && m_world.dynoRowsPerSecond > 0 && !url.isEmpty()) {
            const QString name = app->name;
            runWriter(key, url, m_world.dynoRowsPerSecond,
                      [name, firstDyno](RowWriter &writer) { writer.setDynoWrites(name, firstDyno); });
        } else {
            stopWriter(key);
        }
    }
}

void WorkloadSimulator::syncConnect()
{
    const qint64 phase = connectCycleSeconds > 0 ? m_ticks % connectCycleSeconds : 0;
    for (const auto &connection : std::as_const(m_world.connections)) {
        const QString key = QStringLiteral("connect:") + connection->name;
        const bool paused = connection->state == QLatin1String("PAUSED");
        if (!paused
            && (connection->state == QLatin1String("IDLE")
                || connection->state == QLatin1String("POLLING_DB_CHANGES"))) {
            const QString next
                = phase < connectPollSeconds ? QStringLiteral("POLLING_DB_CHANGES") : QStringLiteral("IDLE");
            if (next != connection->state) {
                connection->state = next;
                connection->stateChangedAt = QDateTime::currentDateTimeUtc();
            }
        }
        if (!paused)
            finishReloads(*connection);
        const AppRecord *app = m_world.app(connection->appId);
        const QString url = app ? m_world.configVars(*app).value(connection->dbKey) : QString();
        if (!paused && !url.isEmpty() && m_world.connectRowsPerSecond > 0) {
            const QString schema = connection->schemaName;
            const QString table = connection->mappings.isEmpty()
                ? QStringLiteral("contact")
                : connection->mappings.constFirst().objectName.toLower();
            runWriter(key, url, m_world.connectRowsPerSecond,
                      [schema, table](RowWriter &writer) { writer.setConnectWrites(schema, table); });
        } else {
            stopWriter(key);
        }
    }
}

void WorkloadSimulator::finishReloads(ConnectConnectionRecord &connection)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ConnectMappingRecord &mapping : connection.mappings) {
        if (mapping.state == QLatin1String("RELOAD_TABLE")
            && (!mapping.reloadStartedAt.isValid()
                || mapping.reloadStartedAt.addSecs(m_world.connectReloadSeconds) <= now)) {
            mapping.state = QStringLiteral("DATA_SYNCED");
            mapping.reloadStartedAt = QDateTime();
            m_world.markDirty();
        }
    }
}

QJsonObject WorkloadSimulator::status() const
{
    QJsonObject writers;
    for (auto it = m_writers.cbegin(); it != m_writers.cend(); ++it) {
        const RowWriter &w = *it.value()->writer;
        writers.insert(it.key(),
                       QJsonObject { { QStringLiteral("running"), w.isRunning() },
                                     { QStringLiteral("connected"), w.isConnected() },
                                     { QStringLiteral("rows_written"), w.rowsWritten() },
                                     { QStringLiteral("last_seq"), w.lastSeq() },
                                     { QStringLiteral("last_error"), w.lastError() } });
    }
    return writers;
}

} // namespace hpg::sandbox
