#pragma once

#include "core/runbooks/step.h"

#include <QCoreApplication>

namespace hpg {

// Maintenance mode of an app (heroku maintenance:on / maintenance:off).
//
// Values the steps capture in the journal (the keys are parameters):
//   maintenance_on_at    ISO time when maintenance mode was turned on (or first found on)
//   maintenance_off_at   ISO time when it was turned off (or first found off)
// They read no other value.
class MaintenanceSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::MaintenanceSteps)
public:
    // "maintenance-on": turns maintenance mode on for `app`.
    static Step on(const QString &app, const QString &onAtKey = QStringLiteral("maintenance_on_at"));
    // "maintenance-off": turns it off again; undoes "maintenance-on". `needed` may leave it on,
    // e.g. when it was on before the run.
    static Step off(const QString &app, const Step::Predicate &needed = {},
                    const QString &offAtKey = QStringLiteral("maintenance_off_at"));
};

} // namespace hpg
