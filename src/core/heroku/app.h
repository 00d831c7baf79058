#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg {

// A Heroku app (schema `app`), the fields hpgdesk uses.
struct App
{
    QString id;
    QString name;
    QString ownerEmail;
    QString teamName; // empty for a personal app
    QString spaceId; // empty on the Common Runtime
    QString spaceName;
    bool spaceShield = false;
    QString region;
    bool maintenance = false;
    QDateTime createdAt;

    bool inPrivateSpace() const { return !spaceId.isEmpty(); }

    static App fromJson(const QJsonObject &json);
    static QList<App> listFromJson(const QJsonArray &json);
};

} // namespace hpg
