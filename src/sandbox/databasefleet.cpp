#include "databasefleet.h"

#include "sandbox/state/plancatalog.h"
#include "sandbox/state/world.h"

#include <QTimer>

#include <cstdio>

namespace hpg::sandbox {

DatabaseFleet::DatabaseFleet(World &world, const QString &stateDir, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_clusters(stateDir)
{
    m_world.setUrlProvider([this](const QString &addonId, const QString &credential) {
        const auto endpoint = m_clusters.endpoint(addonId);
        return endpoint ? endpoint->url(credential) : QString();
    });
}

DatabaseFleet::~DatabaseFleet()
{
    m_world.setUrlProvider({});
    shutdown();
}

void DatabaseFleet::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_clusters.stopAll();
}

void DatabaseFleet::restore()
{
    when(
        m_clusters.restoreAll(),
        [this](const QList<PgEndpoint> &endpoints) {
            QSet<QString> known;
            for (const PgEndpoint &endpoint : endpoints)
                known.insert(endpoint.addonId);
            for (const auto &addon : std::as_const(m_world.addons)) {
                if (addon->service != QLatin1String("heroku-postgresql") || addon->virtualDatabase)
                    continue;
                if (!known.contains(addon->id)) {
                    addon->state = QStringLiteral("provisioning");
                    provision(addon->id);
                } else if (addon->state == QLatin1String("provisioning")) {
                    addon->state = QStringLiteral("provisioned");
                }
            }
            m_world.markDirty();
            checkSettled();
        },
        [this](const QString &error) {
            std::fprintf(stderr, "hpgdesk-sandbox: restoring clusters failed: %s\n", qPrintable(error));
            checkSettled();
        });
}

void DatabaseFleet::provisionAll(const QHash<QString, QStringList> &seedSql,
                                 const QHash<QString, QStringList> &extensions)
{
    m_seedSql = seedSql;
    m_seedExtensions = extensions;
    for (const auto &addon : std::as_const(m_world.addons)) {
        if (addon->service == QLatin1String("heroku-postgresql") && addon->state == QLatin1String("provisioning")
            && !addon->virtualDatabase)
            provision(addon->id);
    }
    QTimer::singleShot(0, this, &DatabaseFleet::checkSettled);
}

void DatabaseFleet::provision(const QString &addonId)
{
    const AddonRecord *addon = m_world.addon(addonId);
    if (!addon)
        return;
    const QString leaderId = addon->followId.isEmpty() ? addon->forkId : addon->followId;
    const AddonRecord *leader = m_world.addon(leaderId);
    if (leader && leader->state != QLatin1String("provisioned")) {
        if (!m_waiting.contains(addonId))
            m_waiting.append(addonId);
        return;
    }
    startProvision(addonId);
}

void DatabaseFleet::startProvision(const QString &addonId)
{
    const AddonRecord *addon = m_world.addon(addonId);
    if (!addon)
        return;
    const PlanInfo *plan = PlanCatalog::find(addon->plan);
    ProvisionSpec spec;
    spec.addonId = addon->id;
    spec.followAddonId = addon->followId;
    spec.forkAddonId = addon->forkId;
    spec.pgMajor = addon->pgVersion;
    spec.maxConnections = plan && plan->connectionLimit > 0 ? plan->connectionLimit : 120;
    // As on Heroku, the default credential of a production plan is a member of pg_monitor (it sees
    // every session and statement); Essential's is not. A follower has its leader's roles.
    const bool monitor = plan && !plan->isEssential() && addon->followId.isEmpty() && addon->forkId.isEmpty();
    m_inFlight.insert(addonId);
    when(
        m_clusters.provision(spec),
        [this, addonId, monitor](const PgEndpoint &endpoint) {
            const QStringList sql = m_seedSql.take(addonId);
            const QStringList extensions = m_seedExtensions.take(addonId);
            if ((sql.isEmpty() && extensions.isEmpty() && !monitor) || endpoint.credentials.isEmpty()) {
                finished(addonId, {});
                return;
            }
            const QString owner = endpoint.credentials.constFirst().user;
            QString script;
            if (monitor)
                script += QStringLiteral("GRANT pg_monitor TO \"%1\";\n").arg(owner);
            for (const QString &extension : extensions)
                script += QStringLiteral("CREATE EXTENSION IF NOT EXISTS \"%1\";\n").arg(extension);
            if (!sql.isEmpty())
                script
                    += QStringLiteral("SET ROLE \"%1\";\n%2;\nRESET ROLE;").arg(owner, sql.join(QStringLiteral(";\n")));
            when(
                m_clusters.query(addonId, script),
                [this, addonId](const QList<QStringList> &) { finished(addonId, {}); },
                [this, addonId](const QString &error) {
                    std::fprintf(stderr, "hpgdesk-sandbox: seed SQL of %s failed: %s\n", qPrintable(addonId),
                                 qPrintable(error));
                    finished(addonId, {});
                });
        },
        [this, addonId](const QString &error) { finished(addonId, error); });
}

void DatabaseFleet::finished(const QString &addonId, const QString &error)
{
    m_inFlight.remove(addonId);
    if (AddonRecord *addon = m_world.addon(addonId)) {
        if (error.isEmpty()) {
            addon->state = QStringLiteral("provisioned");
            addon->error.clear();
        } else {
            std::fprintf(stderr, "hpgdesk-sandbox: provisioning %s failed: %s\n", qPrintable(addon->name),
                         qPrintable(error));
            addon->state = QStringLiteral("deprovisioned");
            addon->error = error;
        }
        addon->updatedAt = QDateTime::currentDateTimeUtc();
        m_world.markDirty();
    } else if (error.isEmpty()) {
        // Destroyed while it was provisioning.
        when(
            m_clusters.destroy(addonId), [] {}, [](const QString &) {});
    }
    startWaiting();
    checkSettled();
}

void DatabaseFleet::startWaiting()
{
    const QStringList waiting = m_waiting;
    m_waiting.clear();
    for (const QString &addonId : waiting) {
        const AddonRecord *addon = m_world.addon(addonId);
        if (!addon)
            continue;
        const AddonRecord *leader = m_world.addon(addon->followId.isEmpty() ? addon->forkId : addon->followId);
        if (leader && leader->state == QLatin1String("deprovisioned")) {
            finished(addonId, QStringLiteral("its leader could not be provisioned"));
            continue;
        }
        provision(addonId);
    }
}

void DatabaseFleet::checkSettled()
{
    if (!busy())
        emit settled();
}

void DatabaseFleet::deprovision(const QString &addonId)
{
    m_waiting.removeAll(addonId);
    if (m_inFlight.contains(addonId))
        return; // finished() destroys it once provisioning is over
    when(
        m_clusters.destroy(addonId), [] {},
        [addonId](const QString &error) {
            std::fprintf(stderr, "hpgdesk-sandbox: destroying %s failed: %s\n", qPrintable(addonId), qPrintable(error));
        });
}

void DatabaseFleet::changePlanNow(const QString &addonId)
{
    if (AddonRecord *addon = m_world.addon(addonId))
        addon->readOnly = true;
    m_world.markDirty();
    auto done = [this, addonId] {
        if (AddonRecord *addon = m_world.addon(addonId))
            addon->readOnly = false;
        m_world.markDirty();
    };
    when(
        m_clusters.setReadOnly(addonId, true),
        [this, addonId, done] {
            // The plan change itself takes a few seconds; then writes are allowed again.
            QTimer::singleShot(3000, this, [this, addonId, done] {
                when(m_clusters.setReadOnly(addonId, false), done, [done](const QString &) { done(); });
            });
        },
        [done](const QString &) { done(); });
}

void DatabaseFleet::applyApplyDelay(int milliseconds, const QString &addonKey)
{
    const AddonRecord *only = addonKey.isEmpty() ? nullptr : m_world.addon(addonKey);
    for (const auto &addon : std::as_const(m_world.addons)) {
        if (addon->followId.isEmpty() || (only && only != addon.get()))
            continue;
        when(
            m_clusters.setApplyDelay(addon->id, milliseconds), [] {},
            [](const QString &error) {
                std::fprintf(stderr, "hpgdesk-sandbox: slow follower fault: %s\n", qPrintable(error));
            });
    }
}

} // namespace hpg::sandbox
