#pragma once

#include "sandbox/pg/clustermanager.h"
#include "sandbox/state/addonprovisioner.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace hpg::sandbox {

class World;

// The bridge between the World's Heroku Postgres add-ons and the real clusters of the
// ClusterManager: provisioning (followers after their leaders), seed data, restore after a
// restart, the URLs behind attachments, and plan changes. Callbacks run on this thread.
class DatabaseFleet : public QObject, public AddonProvisioner
{
    Q_OBJECT
public:
    DatabaseFleet(World &world, const QString &stateDir, QObject *parent = nullptr);
    ~DatabaseFleet() override;

    ClusterManager &clusters() { return m_clusters; }

    // After a restart: starts the persisted clusters, provisions add-ons left half-done.
    void restore();
    // After seeding: provisions every Postgres add-on, then creates its seed extensions (as the
    // superuser) and runs its seed SQL as its owner.
    void provisionAll(const QHash<QString, QStringList> &seedSql, const QHash<QString, QStringList> &extensions = {});
    bool busy() const { return !m_inFlight.isEmpty() || !m_waiting.isEmpty(); }

    void provision(const QString &addonId) override;
    void deprovision(const QString &addonId) override;
    void changePlanNow(const QString &addonId) override;
    QList<int> postgresVersions() const override { return m_clusters.supportedVersions(); }

    // Applies the slow-follower fault to every follower (or the named one).
    void applyApplyDelay(int milliseconds, const QString &addonKey);
    void shutdown();

    // Runs `callback` on this thread with the future's result, or `failure` with the error message.
    template<typename T, typename Ok, typename Fail> void when(QFuture<T> future, Ok ok, Fail failure)
    {
        future.then(this, [ok, failure](QFuture<T> done) {
            try {
                if constexpr (std::is_void_v<T>) {
                    done.waitForFinished();
                    ok();
                } else {
                    ok(done.result());
                }
            } catch (const std::exception &e) {
                failure(QString::fromUtf8(e.what()));
            }
        });
    }

signals:
    // Nothing is provisioning any more.
    void settled();

private:
    void startProvision(const QString &addonId);
    void finished(const QString &addonId, const QString &error);
    void startWaiting();
    void checkSettled();

    World &m_world;
    ClusterManager m_clusters;
    QSet<QString> m_inFlight;
    QStringList m_waiting; // add-ons whose leader is not provisioned yet
    QHash<QString, QStringList> m_seedSql;
    QHash<QString, QStringList> m_seedExtensions;
    bool m_shutDown = false;
};

} // namespace hpg::sandbox
