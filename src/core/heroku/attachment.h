#pragma once

#include "plan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hpg {

// An add-on attachment (schema `add-on-attachment`) as the CLI asks for it:
// version=3.sdk with Accept-Inclusion: addon:plan,config_vars.
struct Attachment
{
    QString id;
    QString name; // DATABASE, HEROKU_POSTGRESQL_GRAY, …
    QString nameSpace; // null, "credential:NAME" or a pooler's namespace
    QString appId;
    QString appName;
    QString addonId;
    QString addonName;
    QString addonAppName; // the billing app
    Plan plan;
    QStringList configVars;

    bool isPostgres() const { return plan.name.startsWith(QLatin1String("heroku-postgresql:")); }

    static Attachment fromJson(const QJsonObject &json);
    static QList<Attachment> listFromJson(const QJsonArray &json);
};

} // namespace hpg
