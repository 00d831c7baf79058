#pragma once

#include "journal.h"
#include "runbookregistry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>

namespace hpg {

// What running a maintenance by hand is asked to do.
struct RunMaintenanceOptions
{
    QString app;
    QString database = QStringLiteral("DATABASE");
    // Maintenance mode (dynos scaled down, Heroku Connect paused) around the maintenance, as the
    // Dev Center recommends; without it the run asks for the typed app name, as the CLI's --confirm.
    bool maintenanceMode = true;

    QJsonObject toJson() const
    {
        return { { QStringLiteral("app"), app },
                 { QStringLiteral("database"), database },
                 { QStringLiteral("maintenance_mode"), maintenanceMode } };
    }
    static RunMaintenanceOptions fromJson(const QJsonObject &json)
    {
        RunMaintenanceOptions o;
        o.app = json.value(QStringLiteral("app")).toString();
        o.database = json.value(QStringLiteral("database")).toString(QStringLiteral("DATABASE"));
        o.maintenanceMode = json.value(QStringLiteral("maintenance_mode")).toBool(true);
        return o;
    }
};

// Running a Standard-and-up database's scheduled maintenance now, at a quiet moment (Dev Center
// "Postgres Maintenance": running maintenance manually), as a runbook: pre-flight (a maintenance
// is scheduled and ready) → Heroku Connect paused, maintenance mode on, dynos scaled down and
// stopped → data:maintenances:run → wait until it has finished and the database is available →
// the app back as it was. Down time measured from maintenance mode on to off.
//
// Values: findings, database_id, and those of the shared steps.
class RunMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(hpg::RunMaintenance)
public:
    static constexpr const char *kKind = "run-maintenance";

    static RunbookKind kind();
    static QList<Step> build(const RunMaintenanceOptions &options);
    static Journal newJournal(const RunMaintenanceOptions &options, const RunbookServices &owner,
                              const QString &dir = {});
    static QStringList summary(const Journal &journal);
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::RunMaintenanceOptions)
