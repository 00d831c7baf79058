#pragma once

#include "core/runbooks/step.h"

#include <QCoreApplication>

namespace hpg {

// A database's plan change (heroku addons:upgrade) and the changeover maintenance it triggers on
// Standard and up (heroku data:maintenances:run / :wait). The database is the add-on whose id the
// journal holds at `idKey` (captured by a pre-flight); `plan` is "heroku-postgresql:standard-2".
//
// Values: they read `idKey` and capture nothing else.
class PlanChangeSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::PlanChangeSteps)
public:
    // `id`: "change-plan" (Essential: the change starts at once) or "prepare-changeover" (Standard
    // and up: Heroku prepares the new database while the app runs). Done once the add-on is on the
    // plan, or a changeover maintenance to it exists.
    static Step changePlan(const QString &id, const QString &app, const QString &plan, const QString &idKey);
    // "wait-changeover-ready": the changeover maintenance is prepared (status ready); can take hours.
    static Step waitReady(const QString &plan, const QString &idKey);
    // "run-changeover": data:maintenances:run; `confirmApp` non-empty asks for the typed app name (a
    // changeover without maintenance mode, as the CLI's --confirm).
    static Step runChangeover(const QString &app, const QString &plan, const QString &idKey, const QString &confirmApp);
    // "wait-window": Heroku runs the prepared changeover in the database's maintenance window; until
    // then, says when (local time and UTC). Done once the changeover has run.
    static Step waitWindow(const QString &app, const QString &plan, const QString &idKey);
    // "wait-plan-changed": the add-on is on `plan` and its database is available again.
    static Step waitPlanChanged(const QString &app, const QString &plan, const QString &idKey);
    // "wait-dynos-stopped": the dynos the scale-down stopped are gone (heroku ps).
    static Step waitDynosStopped(const QString &app);
};

} // namespace hpg
