#pragma once

#include <QJsonObject>
#include <QString>

namespace hpg {

// What a version upgrade (Dev Center: Heroku Connect maintenance, "Upgrading the version of a
// Heroku Postgres database") is asked to do: the database behind `database` on `app` moves to
// PostgreSQL `targetVersion` through an upgraded follower.
struct VersionUpgradeOptions
{
    QString app;
    QString database = QStringLiteral("DATABASE"); // the attachment, config var or add-on to upgrade
    QString targetVersion; // major version: "17"
    QString plan; // the follower's plan: the database's own ("heroku-postgresql:standard-0")

    QJsonObject toJson() const
    {
        return { { QStringLiteral("app"), app },
                 { QStringLiteral("database"), database },
                 { QStringLiteral("target_version"), targetVersion },
                 { QStringLiteral("plan"), plan } };
    }
    static VersionUpgradeOptions fromJson(const QJsonObject &json)
    {
        VersionUpgradeOptions o;
        o.app = json.value(QStringLiteral("app")).toString();
        o.database = json.value(QStringLiteral("database")).toString(QStringLiteral("DATABASE"));
        o.targetVersion = json.value(QStringLiteral("target_version")).toString();
        o.plan = json.value(QStringLiteral("plan")).toString();
        return o;
    }
};

} // namespace hpg
