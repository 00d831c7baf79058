#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hpg {

// What a one-database action (reset, promote, unfollow) is asked to do: which database of which app.
struct DatabaseActionOptions
{
    QString app;
    QString database; // an attachment, config var or add-on name: HEROKU_POSTGRESQL_ONYX, postgresql-acme-follower

    QJsonObject toJson() const { return { { QStringLiteral("app"), app }, { QStringLiteral("database"), database } }; }
    static DatabaseActionOptions fromJson(const QJsonObject &json)
    {
        return { json.value(QStringLiteral("app")).toString(), json.value(QStringLiteral("database")).toString() };
    }
    // What the run locks against other runs: "app/database".
    QStringList resources() const { return { app + QLatin1Char('/') + database }; }
};

} // namespace hpg
