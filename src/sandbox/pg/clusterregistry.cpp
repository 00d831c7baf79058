#include "sandbox/pg/clusterregistry.h"

#include "sandbox/pg/clusteradmin.h"
#include "sandbox/pg/pgerror.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hpg::sandbox {

ClusterRegistry::ClusterRegistry(const QString &stateDir)
    : m_control(m_tools)
    , m_clustersDir(QDir(stateDir).absoluteFilePath(QStringLiteral("clusters")))
{ }

std::shared_ptr<ClusterRegistry::Entry> ClusterRegistry::entry(const QString &addonId) const
{
    QMutexLocker locker(&m_mutex);
    auto e = m_entries.value(addonId);
    if (!e)
        throw PgError(QStringLiteral("There is no database %1 in the sandbox").arg(addonId));
    return e;
}

const PgTools &ClusterRegistry::toolsFor(int major) const
{
    if (major <= 0 || major == m_tools.defaultMajor())
        return m_tools;
    QMutexLocker locker(&m_toolsMutex);
    auto &tools = m_toolsByMajor[major];
    if (!tools)
        tools = std::make_shared<PgTools>(m_tools.forMajor(major));
    return *tools;
}

std::optional<ClusterRecord> ClusterRegistry::find(const QString &addonId) const
{
    QMutexLocker locker(&m_mutex);
    const auto e = m_entries.value(addonId);
    if (!e)
        return std::nullopt;
    return e->record;
}

ClusterRecord ClusterRegistry::record(const QString &addonId) const
{
    const auto e = entry(addonId);
    QMutexLocker locker(&m_mutex);
    return e->record;
}

ClusterRecord ClusterRegistry::runningRecord(const QString &addonId) const
{
    const auto e = entry(addonId);
    QMutexLocker locker(&m_mutex);
    if (!e->running)
        throw PgError(QStringLiteral("The database %1 is not running").arg(addonId));
    return e->record;
}

QStringList ClusterRegistry::addonIds() const
{
    QMutexLocker locker(&m_mutex);
    QStringList ids = m_entries.keys();
    ids.sort();
    return ids;
}

bool ClusterRegistry::isRunning(const QString &addonId) const
{
    QMutexLocker locker(&m_mutex);
    const auto e = m_entries.value(addonId);
    return e && e->running;
}

void ClusterRegistry::update(const ClusterRecord &record)
{
    {
        QMutexLocker locker(&m_mutex);
        if (const auto e = m_entries.value(record.addonId))
            e->record = record;
    }
    record.save();
}

void ClusterRegistry::syncFollowerCredentials(const QString &leaderId)
{
    QList<ClusterRecord> changed;
    {
        QMutexLocker locker(&m_mutex);
        const auto leader = m_entries.value(leaderId);
        if (!leader)
            return;
        for (const auto &e : std::as_const(m_entries)) {
            if (e->record.following == leaderId) {
                e->record.credentials = leader->record.credentials;
                changed.append(e->record);
            }
        }
    }
    for (const ClusterRecord &r : std::as_const(changed)) {
        r.save();
        syncFollowerCredentials(r.addonId); // followers of followers
    }
}

ClusterRegistry::OperationLock ClusterRegistry::lockOperations(const QString &addonId) const
{
    OperationLock l;
    l.entry = entry(addonId);
    l.lock = std::unique_lock<std::mutex>(l.entry->operations);
    return l;
}

int ClusterRegistry::pickPort(const QString &addonId) const
{
    QSet<int> taken;
    {
        QMutexLocker locker(&m_mutex);
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (it.key() != addonId)
                taken.insert(it.value()->record.port);
        }
    }
    auto *random = QRandomGenerator::global();
    for (int attempt = 0; attempt < 500; ++attempt) {
        const int port = 20000 + int(random->bounded(40000));
        if (!taken.contains(port) && ClusterControl::portFree(port))
            return port;
    }
    throw PgError(QStringLiteral("No free TCP port was found on 127.0.0.1"));
}

ClusterRecord ClusterRegistry::provision(const QString &addonId, const QString &followId, const QString &forkId,
                                         int maxConnections, int pgMajor)
{
    m_tools.ensureUsable();
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (!validId.match(addonId).hasMatch())
        throw PgError(QStringLiteral("Invalid add-on id \"%1\"").arg(addonId));
    if (!followId.isEmpty() && !forkId.isEmpty())
        throw PgError(QStringLiteral("A database cannot both follow and fork another one"));
    if (m_shuttingDown)
        throw PgError(QStringLiteral("The sandbox is shutting down"));
    const QString sourceId = followId.isEmpty() ? forkId : followId;
    const std::optional<ClusterRecord> source
        = sourceId.isEmpty() ? std::nullopt : std::optional<ClusterRecord>(runningRecord(sourceId));

    if (pgMajor == m_tools.defaultMajor())
        pgMajor = 0;
    if (source) {
        // A follower or fork is a physical copy (pg_basebackup), of its source's version; the
        // sandbox has pg_basebackup of its default version only, which refuses newer servers.
        const int sourceMajor = majorOf(*source);
        if (pgMajor > 0 && pgMajor != sourceMajor)
            throw PgError(QStringLiteral("A follower or fork has its source's PostgreSQL version (%1), not %2")
                              .arg(sourceMajor)
                              .arg(pgMajor));
        if (source->pgMajor > 0)
            throw PgError(QStringLiteral("The sandbox cannot build a follower or fork of %1: it runs PostgreSQL %2 "
                                         "and the sandbox has pg_basebackup of PostgreSQL %3 only. Followers and "
                                         "forks are possible of PostgreSQL %3 databases.")
                              .arg(sourceId)
                              .arg(sourceMajor)
                              .arg(m_tools.defaultMajor()));
    }
    const PgTools &tools = toolsFor(pgMajor);
    const ClusterControl control(tools);

    ClusterRecord rec;
    rec.addonId = addonId;
    rec.pgMajor = pgMajor;
    rec.dir = m_clustersDir + QLatin1Char('/') + addonId;
    rec.maxConnections = maxConnections > 0 ? maxConnections : 120;
    // A hot standby does not start with a lower max_connections than its leader's, while Heroku
    // lets a follower be on a smaller plan: the follower's server gets at least the leader's
    // setting (the API still shows its plan's connection limit).
    if (!followId.isEmpty() && source)
        rec.maxConnections = std::max(rec.maxConnections, source->maxConnections);
    rec.createdAt = QDateTime::currentDateTimeUtc();
    auto e = std::make_shared<Entry>();
    {
        QMutexLocker locker(&m_mutex);
        if (m_entries.contains(addonId))
            throw PgError(QStringLiteral("The database %1 already exists").arg(addonId));
        if (QFileInfo::exists(rec.jsonFile()))
            throw PgError(QStringLiteral("%1 already exists").arg(rec.dir));
        e->record = rec;
        m_entries.insert(addonId, e);
    }
    std::unique_lock<std::mutex> operations(e->operations);
    qint64 pid = 0;
    try {
        removeLeftovers(rec.dir);
        m_control.prepareDirectories(rec);
        if (source) {
            rec.database = source->database;
            rec.credentials = source->credentials;
            rec.superuser = source->superuser;
            rec.superuserPassword = source->superuserPassword;
            rec.replicationUser = source->replicationUser;
            rec.replicationPassword = source->replicationPassword;
            rec.readOnly = source->readOnly;
            if (!followId.isEmpty()) {
                rec.following = followId;
                rec.leaderPort = source->port;
            } else {
                rec.forkedFrom = forkId;
            }
            m_control.baseBackup(*source, rec, !followId.isEmpty());
        } else {
            rec.superuserPassword = ClusterRecord::randomPassword();
            rec.replicationPassword = ClusterRecord::randomPassword();
            control.initdb(rec);
        }
        pid = control.start(rec, [this, addonId] { return pickPort(addonId); });
        {
            QMutexLocker locker(&m_mutex);
            e->record.port = rec.port;
            e->pid = pid;
        }
        if (!source)
            ClusterAdmin::bootstrap(rec);
        else if (!forkId.isEmpty())
            ClusterAdmin::renameForFork(rec);
        rec.save();
        if (m_shuttingDown)
            throw PgError(QStringLiteral("The sandbox is shutting down"));
    } catch (...) {
        if (pid > 0)
            ClusterControl::stop({ pid });
        QDir(rec.dir).removeRecursively();
        QMutexLocker locker(&m_mutex);
        m_entries.remove(addonId);
        throw;
    }
    QMutexLocker locker(&m_mutex);
    e->record = rec;
    e->running = true;
    return rec;
}

void ClusterRegistry::removeLeftovers(const QString &dir)
{
    // A provisioning that was interrupted (the sandbox was killed) leaves a directory without
    // cluster.json, maybe with its server still running.
    if (!QFileInfo::exists(dir))
        return;
    const qint64 pid = ClusterControl::postmasterPid(dir + QStringLiteral("/data"));
    if (pid > 0 && PgTools::processAlive(pid))
        ClusterControl::stop({ pid });
    if (!QDir(dir).removeRecursively())
        throw PgError(QStringLiteral("Could not remove the leftovers in %1").arg(dir));
}

void ClusterRegistry::startRecord(const std::shared_ptr<Entry> &e, ClusterRecord &rec)
{
    m_tools.ensureUsable();
    if (m_shuttingDown)
        throw PgError(QStringLiteral("The sandbox is shutting down"));
    if (!rec.following.isEmpty()) {
        if (const std::optional<ClusterRecord> leader = find(rec.following))
            rec.leaderPort = leader->port;
    }
    recoverInterruptedUpgrade(rec);
    const int oldPort = rec.port;
    const qint64 pid = ClusterControl(toolsFor(rec.pgMajor)).start(rec, [this, id = rec.addonId] { return pickPort(id); });
    {
        QMutexLocker locker(&m_mutex);
        e->record = rec;
        e->pid = pid;
        e->running = true;
    }
    rec.save();
    if (rec.port != oldPort)
        retargetFollowers(rec);
}

void ClusterRegistry::retargetFollowers(const ClusterRecord &leader)
{
    QList<ClusterRecord> followers;
    {
        QMutexLocker locker(&m_mutex);
        for (const auto &e : std::as_const(m_entries)) {
            if (e->record.following == leader.addonId) {
                e->record.leaderPort = leader.port;
                followers.append(e->record);
            }
        }
    }
    for (const ClusterRecord &f : std::as_const(followers)) {
        try {
            f.save();
            m_control.writeConfig(f);
            if (isRunning(f.addonId))
                ClusterAdmin::reloadConfig(f); // primary_conninfo is reloadable (PostgreSQL 13+)
        } catch (const PgError &error) {
            qWarning("hpgdesk-sandbox: could not point %s at its leader's new port: %s", qPrintable(f.addonId),
                     error.what());
        }
    }
}

QList<ClusterRecord> ClusterRegistry::restoreAll()
{
    m_tools.ensureUsable();
    QList<ClusterRecord> loaded;
    const QFileInfoList dirs = QDir(m_clustersDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &dir : dirs) {
        if (!QFileInfo::exists(dir.absoluteFilePath() + QStringLiteral("/cluster.json")))
            continue; // an interrupted provisioning; provision() cleans it up
        try {
            ClusterRecord rec = ClusterRecord::load(dir.absoluteFilePath());
            if (rec.addonId != dir.fileName())
                throw PgError(QStringLiteral("%1 holds the add-on %2").arg(dir.absoluteFilePath(), rec.addonId));
            loaded.append(rec);
        } catch (const PgError &error) {
            qWarning("hpgdesk-sandbox: skipped a cluster: %s", error.what());
        }
    }
    {
        QMutexLocker locker(&m_mutex);
        for (const ClusterRecord &rec : std::as_const(loaded)) {
            if (!m_entries.contains(rec.addonId)) {
                auto e = std::make_shared<Entry>();
                e->record = rec;
                m_entries.insert(rec.addonId, e);
            }
        }
    }
    // Leaders before their followers: order by the length of the chain of leaders.
    const auto depth = [&loaded](const ClusterRecord &rec) {
        int n = 0;
        QString leader = rec.following;
        while (!leader.isEmpty() && n < 100) {
            ++n;
            const auto it = std::find_if(loaded.cbegin(), loaded.cend(),
                                         [&leader](const ClusterRecord &r) { return r.addonId == leader; });
            leader = it == loaded.cend() ? QString() : it->following;
        }
        return n;
    };
    std::stable_sort(loaded.begin(), loaded.end(),
                     [&depth](const ClusterRecord &a, const ClusterRecord &b) { return depth(a) < depth(b); });

    QList<ClusterRecord> result;
    for (const ClusterRecord &loadedRecord : std::as_const(loaded)) {
        const QString id = loadedRecord.addonId;
        try {
            auto operations = lockOperations(id);
            syncFollowerCredentials(id);
            ClusterRecord rec = record(id);
            if (!isRunning(id)) {
                int port = 0;
                const qint64 pid = ClusterControl::postmasterPid(rec.dataDir(), &port);
                if (pid > 0 && port == rec.port && PgTools::processAlive(pid)) {
                    // Still running from before (the sandbox was killed): adopt it.
                    QMutexLocker locker(&m_mutex);
                    operations.entry->pid = pid;
                    operations.entry->running = true;
                } else {
                    startRecord(operations.entry, rec);
                }
            }
            result.append(record(id));
        } catch (const PgError &error) {
            qWarning("hpgdesk-sandbox: could not start %s: %s", qPrintable(id), error.what());
            result.append(record(id));
            QMutexLocker locker(&m_mutex);
            m_failedToStart.append(id);
        }
    }
    return result;
}

ClusterRecord ClusterRegistry::start(const QString &addonId)
{
    auto operations = lockOperations(addonId);
    {
        QMutexLocker locker(&m_mutex);
        if (operations.entry->running && PgTools::processAlive(operations.entry->pid))
            return operations.entry->record;
    }
    ClusterRecord rec = record(addonId);
    startRecord(operations.entry, rec);
    return rec;
}

void ClusterRegistry::stop(const QString &addonId)
{
    auto operations = lockOperations(addonId);
    qint64 pid = 0;
    {
        QMutexLocker locker(&m_mutex);
        pid = operations.entry->running ? operations.entry->pid : 0;
        operations.entry->running = false;
    }
    if (pid > 0)
        ClusterControl::stop({ pid });
}

void ClusterRegistry::destroy(const QString &addonId)
{
    auto operations = lockOperations(addonId);
    qint64 pid = 0;
    QString dir;
    {
        QMutexLocker locker(&m_mutex);
        pid = operations.entry->running ? operations.entry->pid : 0;
        operations.entry->running = false;
        dir = operations.entry->record.dir;
    }
    if (pid > 0)
        ClusterControl::stop({ pid });
    const bool removed = QDir(dir).removeRecursively();
    {
        QMutexLocker locker(&m_mutex);
        m_entries.remove(addonId);
    }
    if (!removed)
        throw PgError(QStringLiteral("Could not delete all of %1").arg(dir));
}

void ClusterRegistry::stopAll()
{
    QList<qint64> pids;
    {
        QMutexLocker locker(&m_mutex);
        for (const auto &e : std::as_const(m_entries)) {
            if (e->running && e->pid > 0)
                pids.append(e->pid);
            e->running = false;
        }
    }
    ClusterControl::stop(pids);
}

void ClusterRegistry::wipe()
{
    stopAll();
    {
        QMutexLocker locker(&m_mutex);
        m_entries.clear();
        m_failedToStart.clear();
    }
    QDir(m_clustersDir).removeRecursively();
}

QStringList ClusterRegistry::collectDeadClusters()
{
    QMutexLocker locker(&m_mutex);
    QStringList dead = m_failedToStart;
    m_failedToStart.clear();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const auto &e = it.value();
        if (e->running && !PgTools::processAlive(e->pid)) {
            e->running = false;
            dead.append(it.key());
        }
    }
    return dead;
}

} // namespace hpg::sandbox
