#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg {

// A Private Space (schema `space`).
struct Space
{
    QString id;
    QString name;
    QString teamName;
    QString region;
    QString state; // allocating, allocated, deleting
    bool shield = false;

    static Space fromJson(const QJsonObject &json);
    static QList<Space> listFromJson(const QJsonArray &json);
};

} // namespace hpg
