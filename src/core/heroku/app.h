#pragma once

#include <QDateTime>
#include <QFuture>
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
    // listFromJson() on a worker thread: a large account's apps (2,000) take longer than a frame to
    // read into values (measured: 15 to 24 ms of the window's thread).
    static QFuture<QList<App>> listFromJsonOnWorker(const QJsonArray &json);
};

} // namespace hpg
