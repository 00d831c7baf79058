#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace hpg {

// The value types' lists: each element of a JSON array through T::fromJson.
template<typename T> QList<T> jsonList(const QJsonArray &json)
{
    QList<T> list;
    list.reserve(json.size());
    for (const auto &value : json)
        list.append(T::fromJson(value.toObject()));
    return list;
}

} // namespace hpg
