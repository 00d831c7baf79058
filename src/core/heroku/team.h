#pragma once

#include "jsonlist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg {

// A team (schema `team`).
struct Team
{
    QString id;
    QString name;
    QString role;

    static Team fromJson(const QJsonObject &json)
    {
        return Team { json.value(QStringLiteral("id")).toString(), json.value(QStringLiteral("name")).toString(),
                      json.value(QStringLiteral("role")).toString() };
    }
    static QList<Team> listFromJson(const QJsonArray &json) { return jsonList<Team>(json); }
};

} // namespace hpg
