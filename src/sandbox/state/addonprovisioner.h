#pragma once

#include <QList>
#include <QString>

namespace hpg::sandbox {

// What the add-on API needs from the database side: start or remove the resource
// behind an add-on record that World already holds. Implementations update the
// record's state (provisioning → provisioned, or the error) when done.
class AddonProvisioner
{
public:
    virtual ~AddonProvisioner() = default;
    virtual void provision(const QString &addonId) = 0;
    virtual void deprovision(const QString &addonId) = 0;
    // An Essential database moved to another plan at once: read-only for a short while.
    virtual void changePlanNow(const QString &addonId) = 0;
    // The PostgreSQL major versions a new database may ask for (addons:create --version), the
    // default first. Empty: any (no real clusters behind the records).
    virtual QList<int> postgresVersions() const { return {}; }
};

} // namespace hpg::sandbox
