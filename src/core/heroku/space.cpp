#include "space.h"

#include "jsonlist.h"

namespace hpg {

Space Space::fromJson(const QJsonObject &json)
{
    Space s;
    s.id = json.value(QStringLiteral("id")).toString();
    s.name = json.value(QStringLiteral("name")).toString();
    s.teamName = json.value(QStringLiteral("team")).toObject().value(QStringLiteral("name")).toString();
    s.region = json.value(QStringLiteral("region")).toObject().value(QStringLiteral("name")).toString();
    s.state = json.value(QStringLiteral("state")).toString();
    s.shield = json.value(QStringLiteral("shield")).toBool();
    return s;
}

QList<Space> Space::listFromJson(const QJsonArray &json)
{
    return jsonList<Space>(json);
}

} // namespace hpg
