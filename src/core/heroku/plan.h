#pragma once

#include <QJsonObject>
#include <QString>

namespace hpg {

// A Heroku Postgres plan name ("heroku-postgresql:standard-0") and its tier.
struct Plan
{
    enum class Tier { Unknown, Essential, Standard, Premium, Private, Shield, Advanced };

    QString id;
    QString name;

    static Plan fromJson(const QJsonObject &json)
    {
        return Plan { json.value(QStringLiteral("id")).toString(), json.value(QStringLiteral("name")).toString() };
    }

    QString shortName() const; // "standard-0"
    // "heroku-postgresql:standard-2" for "standard-2" (a name with a service stays as it is).
    static QString fullName(const QString &plan);
    Tier tier() const { return tierOf(name); }
    static Tier tierOf(const QString &planName);
    static QString tierName(Tier tier); // "Standard", as Heroku writes it (not translated)
    // Followers and follower switches exist only for Standard and up.
    static bool canFollow(Tier tier);
};

} // namespace hpg
