#pragma once

#include "core/heroku/plan.h"

#include <QJsonObject>
#include <QString>

namespace hpg {

// What a follower switch (or a Private Space migration) is asked to do.
struct SwitchOptions
{
    QString app; // the app whose DATABASE_URL moves (the source app for a migration)
    QString database = QStringLiteral("DATABASE"); // the attachment, config var or add-on to replace
    QString targetPlan; // "heroku-postgresql:standard-2" or "standard-2"
    QString existingFollower; // an add-on name: use this follower instead of provisioning one
    QString targetApp; // Private Space migration: the app in the space; empty for a follower switch
    // Private Space migration: after the promotion, bring the app in the space up (its maintenance
    // mode off), the Dev Center's last step ("activate the target application").
    bool activateTarget = false;
    // Capture a backup of the database first (pg:backups:capture), before anything changes.
    bool backupFirst = false;

    bool isMigration() const { return !targetApp.isEmpty(); }
    // The app that gets the new database.
    QString newDatabaseApp() const { return isMigration() ? targetApp : app; }
    QString fullTargetPlan() const { return Plan::fullName(targetPlan); }

    QJsonObject toJson() const
    {
        return { { QStringLiteral("app"), app },
                 { QStringLiteral("database"), database },
                 { QStringLiteral("target_plan"), fullTargetPlan() },
                 { QStringLiteral("existing_follower"), existingFollower },
                 { QStringLiteral("target_app"), targetApp },
                 { QStringLiteral("activate_target"), activateTarget },
                 { QStringLiteral("backup_first"), backupFirst } };
    }
    static SwitchOptions fromJson(const QJsonObject &json)
    {
        SwitchOptions o;
        o.app = json.value(QStringLiteral("app")).toString();
        o.database = json.value(QStringLiteral("database")).toString(QStringLiteral("DATABASE"));
        o.targetPlan = json.value(QStringLiteral("target_plan")).toString();
        o.backupFirst = json.value(QStringLiteral("backup_first")).toBool(false);
        o.existingFollower = json.value(QStringLiteral("existing_follower")).toString();
        o.targetApp = json.value(QStringLiteral("target_app")).toString();
        o.activateTarget = json.value(QStringLiteral("activate_target")).toBool();
        return o;
    }
};

} // namespace hpg
