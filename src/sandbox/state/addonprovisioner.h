#pragma once

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
};

} // namespace hpg::sandbox
