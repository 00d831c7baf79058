#pragma once

#include "plan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hpg {

// An add-on (schema `add-on`), asked for with Accept-Expansion: addon_service,plan.
struct Addon
{
    QString id;
    QString name; // postgresql-curved-12345
    QString appId; // the billing app
    QString appName;
    QString serviceName; // heroku-postgresql
    Plan plan;
    QString state; // provisioning, provisioned, deprovisioned
    QStringList configVars;
    QDateTime createdAt;

    bool isPostgres() const
    {
        return serviceName == QLatin1String("heroku-postgresql")
            || plan.name.startsWith(QLatin1String("heroku-postgresql:"));
    }

    static Addon fromJson(const QJsonObject &json);
    static QList<Addon> listFromJson(const QJsonArray &json);
};

} // namespace hpg
