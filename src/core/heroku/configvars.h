#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace hpg {

// GET /apps/{app}/config-vars: an object map, name → value.
struct ConfigVars
{
    static QHash<QString, QString> fromJson(const QJsonObject &json)
    {
        QHash<QString, QString> vars;
        for (auto it = json.begin(); it != json.end(); ++it)
            vars.insert(it.key(), it.value().toString());
        return vars;
    }
};

} // namespace hpg
