#pragma once

#include "core/heroku/plan.h"

#include <QJsonObject>
#include <QString>

namespace hpg {

// What a plan change (heroku addons:upgrade) is asked to do.
struct PlanChangeOptions
{
    QString app;
    QString database = QStringLiteral("DATABASE"); // the attachment, config var or add-on to change
    QString targetPlan; // "heroku-postgresql:standard-2" or "standard-2"
    // Maintenance mode (and the dynos scaled down, Heroku Connect paused) around the moment the
    // database changes: the changeover of Standard and up, or the read-only minutes of Essential.
    bool maintenanceMode = true;
    // Standard and up: leave the changeover to the database's maintenance window, where Heroku runs
    // it (no maintenance mode, dynos or Connect touched by the run), rather than running it now.
    bool inWindow = false;
    // Capture a backup of the database first (pg:backups:capture), before anything changes.
    bool backupFirst = false;

    QString fullTargetPlan() const { return Plan::fullName(targetPlan); }

    QJsonObject toJson() const
    {
        return { { QStringLiteral("app"), app },
                 { QStringLiteral("database"), database },
                 { QStringLiteral("target_plan"), fullTargetPlan() },
                 { QStringLiteral("maintenance_mode"), maintenanceMode },
                 { QStringLiteral("in_window"), inWindow },
                 { QStringLiteral("backup_first"), backupFirst } };
    }
    static PlanChangeOptions fromJson(const QJsonObject &json)
    {
        PlanChangeOptions o;
        o.app = json.value(QStringLiteral("app")).toString();
        o.database = json.value(QStringLiteral("database")).toString(QStringLiteral("DATABASE"));
        o.targetPlan = json.value(QStringLiteral("target_plan")).toString();
        o.maintenanceMode = json.value(QStringLiteral("maintenance_mode")).toBool(true);
        o.inWindow = json.value(QStringLiteral("in_window")).toBool(false);
        o.backupFirst = json.value(QStringLiteral("backup_first")).toBool(false);
        return o;
    }
};

} // namespace hpg
