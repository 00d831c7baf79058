#pragma once

#include "core/runbooks/step.h"

#include <QCoreApplication>

namespace hpg {

// Running a database's scheduled maintenance by hand (Dev Center: "Running maintenance manually";
// heroku data:maintenances:run / :wait). The database is the add-on whose id the journal holds
// at `idKey`. Values: they read `idKey` and capture maintenance_started_at, maintenance_done_at.
class DatabaseMaintenanceSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::DatabaseMaintenanceSteps)
public:
    // "run-maintenance": data:maintenances:run; `confirmApp` non-empty asks for the typed app name
    // (without maintenance mode, as the CLI's --confirm). Done once the maintenance runs or has run.
    static Step run(const QString &app, const QString &idKey, const QString &confirmApp);
    // "wait-maintenance": until the maintenance has finished and the database takes connections.
    static Step waitDone(const QString &app, const QString &idKey);
};

} // namespace hpg
