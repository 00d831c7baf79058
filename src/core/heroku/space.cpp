#include "space.h"

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
    QList<Space> list;
    for (const auto &value : json)
        list.append(fromJson(value.toObject()));
    return list;
}

} // namespace hpg
