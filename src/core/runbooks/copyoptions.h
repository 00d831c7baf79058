#pragma once

#include "core/heroku/plan.h"

#include <QJsonObject>
#include <QString>

namespace hpg {

// What a copy to a new database (the Dev Center's pg:copy route for a plan change) is asked to
// do: a new database on `targetPlan` replaces the app's DATABASE_URL by a copy of its data.
struct CopyOptions
{
    QString app;
    QString targetPlan; // "heroku-postgresql:standard-0" or "standard-0"
    QString targetVersion; // the new database's PostgreSQL major version ("17"); empty: Heroku's default
    bool backupFirst = false; // capture a backup of DATABASE_URL first (pg:backups:capture)

    QString fullTargetPlan() const { return Plan::fullName(targetPlan); }

    QJsonObject toJson() const
    {
        return { { QStringLiteral("app"), app },
                 { QStringLiteral("target_plan"), fullTargetPlan() },
                 { QStringLiteral("target_version"), targetVersion },
                 { QStringLiteral("backup_first"), backupFirst } };
    }
    static CopyOptions fromJson(const QJsonObject &json)
    {
        CopyOptions o;
        o.app = json.value(QStringLiteral("app")).toString();
        o.targetPlan = json.value(QStringLiteral("target_plan")).toString();
        o.targetVersion = json.value(QStringLiteral("target_version")).toString();
        o.backupFirst = json.value(QStringLiteral("backup_first")).toBool(false);
        return o;
    }
};

} // namespace hpg
