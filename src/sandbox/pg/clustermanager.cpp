#include "sandbox/pg/clustermanager.h"

#include "sandbox/pg/clusteradmin.h"
#include "sandbox/pg/clustercontrol.h"
#include "sandbox/pg/clusterrecord.h"
#include "sandbox/pg/clusterregistry.h"
#include "sandbox/pg/pgcopy.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hpg::sandbox {

struct ClusterManager::Private
{
    std::shared_ptr<ClusterRegistry> registry;
    QThreadPool pool;
    QTimer watch;

    template<typename F> auto run(F &&function) { return QtConcurrent::run(&pool, std::forward<F>(function)); }
};

namespace {

void requireLeader(const ClusterRecord &record, const QString &what)
{
    if (!record.following.isEmpty())
        throw PgError(QStringLiteral("%1 is a follower: %2 is not possible on it").arg(record.addonId, what));
}

void checkCredentialName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_-]{0,49}$"));
    if (!valid.match(name).hasMatch())
        throw PgError(QStringLiteral("Invalid credential name \"%1\": use lowercase letters, digits, _ and -, "
                                     "starting with a letter")
                          .arg(name));
    if (name == QStringLiteral("default"))
        throw PgError(QStringLiteral("The default credential cannot be created or destroyed"));
}

// A transfer's target: emptied first (like Heroku's transfers) and restored into as its default
// role, so that with --no-owner everything restored belongs to that role.
PgDataEnd emptiedTarget(const ClusterRecord &target)
{
    const PgCredential *owner = target.credential(QStringLiteral("default"));
    if (!owner)
        throw PgError(QStringLiteral("%1 has no default credential").arg(target.addonId));
    ClusterAdmin::recreateDatabase(target, {});
    PgConnectParams to = target.superuserParams();
    to.user = owner->user;
    to.password = owner->password;
    return PgDataEnd::of(to);
}

} // namespace

ClusterManager::ClusterManager(const QString &stateDir, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->registry = std::make_shared<ClusterRegistry>(stateDir);
    // Provisioning waits on initdb/pg_basebackup and copies wait on pg_dump: a pool of our own,
    // so they neither starve nor are starved by QThreadPool::globalInstance() (2 threads here).
    d->pool.setMaxThreadCount(8);
    d->pool.setExpiryTimeout(60000);
    d->watch.setInterval(1000);
    connect(&d->watch, &QTimer::timeout, this, &ClusterManager::checkClusters);
    d->watch.start();
}

ClusterManager::~ClusterManager()
{
    d->watch.stop();
    d->registry->beginShutdown();
    stopAll();
    // Work in flight fails quickly now that the clusters are down; a provision that was just
    // starting its cluster stops it again itself (see ClusterRegistry::shuttingDown()).
    d->pool.waitForDone(60000);
    stopAll();
}

QString ClusterManager::problem() const
{
    return d->registry->tools().problem();
}

void ClusterManager::checkClusters()
{
    const QStringList stopped = d->registry->collectDeadClusters();
    for (const QString &id : stopped)
        emit clusterStopped(id);
}

QFuture<QList<PgEndpoint>> ClusterManager::restoreAll()
{
    auto r = d->registry;
    return d->run([r] {
        QList<PgEndpoint> endpoints;
        for (const ClusterRecord &record : r->restoreAll())
            endpoints.append(record.endpoint());
        return endpoints;
    });
}

void ClusterManager::stopAll()
{
    d->registry->stopAll();
}

void ClusterManager::wipe()
{
    d->registry->wipe();
}

QList<int> ClusterManager::supportedVersions() const
{
    return d->registry->tools().supportedMajors();
}

int ClusterManager::defaultVersion() const
{
    return d->registry->tools().defaultMajor();
}

QFuture<void> ClusterManager::upgrade(const QString &addonId, int targetMajor,
                                      std::function<void(int, const QString &)> progress,
                                      std::function<bool()> cancelled)
{
    auto r = d->registry;
    return d->run([r, addonId, targetMajor, progress, cancelled] { r->upgrade(addonId, targetMajor, progress, cancelled); });
}

QFuture<PgEndpoint> ClusterManager::provision(const ProvisionSpec &spec)
{
    auto r = d->registry;
    return d->run([r, spec] {
        return r->provision(spec.addonId, spec.followAddonId, spec.forkAddonId, spec.maxConnections, spec.pgMajor)
            .endpoint();
    });
}

QFuture<void> ClusterManager::destroy(const QString &addonId)
{
    auto r = d->registry;
    return d->run([r, addonId] { r->destroy(addonId); });
}

std::optional<PgEndpoint> ClusterManager::endpoint(const QString &addonId) const
{
    const std::optional<ClusterRecord> record = d->registry->find(addonId);
    if (!record)
        return std::nullopt;
    return record->endpoint();
}

QStringList ClusterManager::addonIds() const
{
    return d->registry->addonIds();
}

bool ClusterManager::isRunning(const QString &addonId) const
{
    return d->registry->isRunning(addonId);
}

QFuture<void> ClusterManager::stop(const QString &addonId)
{
    auto r = d->registry;
    return d->run([r, addonId] { r->stop(addonId); });
}

QFuture<PgEndpoint> ClusterManager::start(const QString &addonId)
{
    auto r = d->registry;
    return d->run([r, addonId] { return r->start(addonId).endpoint(); });
}

QFuture<PgStats> ClusterManager::stats(const QString &addonId)
{
    auto r = d->registry;
    return d->run([r, addonId] {
        const ClusterRecord record = r->record(addonId);
        if (!r->isRunning(addonId)) {
            PgStats stats;
            stats.createdAt = record.createdAt;
            return stats;
        }
        std::optional<ClusterRecord> leader;
        if (!record.following.isEmpty() && r->isRunning(record.following))
            leader = r->find(record.following);
        return ClusterAdmin::stats(record, leader ? &*leader : nullptr);
    });
}

QFuture<void> ClusterManager::unfollow(const QString &addonId)
{
    auto r = d->registry;
    return d->run([r, addonId] {
        auto lock = r->lockOperations(addonId);
        ClusterRecord record = r->runningRecord(addonId);
        if (record.following.isEmpty())
            throw PgError(QStringLiteral("%1 is not a follower").arg(addonId));
        ClusterAdmin::promote(record);
        record.following.clear();
        record.leaderPort = 0;
        record.applyDelayMs = 0;
        r->control().writeConfig(record);
        ClusterAdmin::reloadConfig(record);
        r->update(record);
    });
}

QFuture<int> ClusterManager::connectionReset(const QString &addonId)
{
    auto r = d->registry;
    return d->run([r, addonId] { return ClusterAdmin::terminateClientBackends(r->runningRecord(addonId)); });
}

QFuture<void> ClusterManager::reset(const QString &addonId, const QStringList &extensions)
{
    auto r = d->registry;
    return d->run([r, addonId, extensions] {
        auto lock = r->lockOperations(addonId);
        const ClusterRecord record = r->runningRecord(addonId);
        requireLeader(record, QStringLiteral("pg:reset"));
        ClusterAdmin::recreateDatabase(record, extensions);
    });
}

QFuture<qint64> ClusterManager::copy(const QString &fromAddonId, const QString &toAddonId,
                                     std::function<void(qint64)> progress, std::function<bool()> cancelled)
{
    auto r = d->registry;
    return d->run([r, fromAddonId, toAddonId, progress, cancelled] {
        if (fromAddonId == toAddonId)
            throw PgError(QStringLiteral("Cannot copy database onto itself"));
        const ClusterRecord source = r->runningRecord(fromAddonId);
        auto lock = r->lockOperations(toAddonId);
        const ClusterRecord target = r->runningRecord(toAddonId);
        requireLeader(target, QStringLiteral("pg:copy into it"));
        return PgCopy::run(r->tools(), PgDataEnd::of(source.superuserParams()), emptiedTarget(target), progress,
                           cancelled);
    });
}

QFuture<qint64> ClusterManager::backup(const QString &addonId, const QString &file,
                                       std::function<void(qint64)> progress, std::function<bool()> cancelled)
{
    auto r = d->registry;
    return d->run([r, addonId, file, progress, cancelled] {
        const ClusterRecord source = r->runningRecord(addonId);
        return PgCopy::run(r->tools(), PgDataEnd::of(source.superuserParams()), PgDataEnd::ofFile(file), progress,
                           cancelled);
    });
}

QFuture<qint64> ClusterManager::restore(const QString &addonId, const QString &file,
                                        std::function<void(qint64)> progress, std::function<bool()> cancelled)
{
    auto r = d->registry;
    return d->run([r, addonId, file, progress, cancelled] {
        if (!QFileInfo::exists(file))
            throw PgError(QStringLiteral("The backup file %1 does not exist").arg(file));
        auto lock = r->lockOperations(addonId);
        const ClusterRecord target = r->runningRecord(addonId);
        requireLeader(target, QStringLiteral("pg:backups:restore into it"));
        return PgCopy::run(r->tools(), PgDataEnd::ofFile(file), emptiedTarget(target), progress, cancelled);
    });
}

QFuture<void> ClusterManager::setReadOnly(const QString &addonId, bool readOnly)
{
    auto r = d->registry;
    return d->run([r, addonId, readOnly] {
        auto lock = r->lockOperations(addonId);
        ClusterRecord record = r->runningRecord(addonId);
        requireLeader(record, QStringLiteral("changing read-only mode"));
        ClusterAdmin::setReadOnly(record, readOnly);
        record.readOnly = readOnly;
        r->update(record);
    });
}

QFuture<PgCredential> ClusterManager::createCredential(const QString &addonId, const QString &name)
{
    auto r = d->registry;
    return d->run([r, addonId, name] {
        checkCredentialName(name);
        auto lock = r->lockOperations(addonId);
        ClusterRecord record = r->runningRecord(addonId);
        requireLeader(record, QStringLiteral("creating a credential"));
        if (record.credential(name))
            throw PgError(QStringLiteral("The credential %1 already exists on %2").arg(name, addonId));
        const PgCredential credential = ClusterAdmin::createRole(record, name);
        record.credentials.append(credential);
        r->update(record);
        r->syncFollowerCredentials(addonId);
        return credential;
    });
}

QFuture<PgCredential> ClusterManager::rotateCredential(const QString &addonId, const QString &name,
                                                       bool resetConnections)
{
    auto r = d->registry;
    return d->run([r, addonId, name, resetConnections] {
        auto lock = r->lockOperations(addonId);
        ClusterRecord record = r->runningRecord(addonId);
        requireLeader(record, QStringLiteral("rotating a credential"));
        PgCredential *credential = record.credential(name);
        if (!credential)
            throw PgError(QStringLiteral("There is no credential %1 on %2").arg(name, addonId));
        const QString password = ClusterRecord::randomPassword();
        ClusterAdmin::setPassword(record, credential->user, password);
        credential->password = password;
        const PgCredential result = *credential;
        r->update(record);
        r->syncFollowerCredentials(addonId);
        if (resetConnections)
            ClusterAdmin::terminateClientBackends(record, result.user);
        return result;
    });
}

QFuture<void> ClusterManager::destroyCredential(const QString &addonId, const QString &name)
{
    auto r = d->registry;
    return d->run([r, addonId, name] {
        checkCredentialName(name);
        auto lock = r->lockOperations(addonId);
        ClusterRecord record = r->runningRecord(addonId);
        requireLeader(record, QStringLiteral("destroying a credential"));
        const PgCredential *credential = record.credential(name);
        if (!credential)
            throw PgError(QStringLiteral("There is no credential %1 on %2").arg(name, addonId));
        ClusterAdmin::dropRole(record, credential->user);
        record.credentials.removeIf([&name](const PgCredential &c) { return c.name == name; });
        r->update(record);
        r->syncFollowerCredentials(addonId);
    });
}

QFuture<void> ClusterManager::setApplyDelay(const QString &addonId, int milliseconds)
{
    auto r = d->registry;
    return d->run([r, addonId, milliseconds] {
        auto lock = r->lockOperations(addonId);
        ClusterRecord record = r->runningRecord(addonId);
        if (record.following.isEmpty())
            throw PgError(QStringLiteral("%1 is not a follower: it has no apply delay").arg(addonId));
        record.applyDelayMs = std::max(0, milliseconds);
        r->control().writeConfig(record);
        ClusterAdmin::reloadConfig(record);
        r->update(record);
    });
}

QFuture<QList<QStringList>> ClusterManager::query(const QString &addonId, const QString &sql)
{
    auto r = d->registry;
    return d->run([r, addonId, sql] { return ClusterAdmin::query(r->runningRecord(addonId), sql); });
}

} // namespace hpg::sandbox
