#include "plan.h"

namespace hpg {

QString Plan::shortName() const
{
    const int colon = name.indexOf(QLatin1Char(':'));
    return colon < 0 ? name : name.mid(colon + 1);
}

QString Plan::fullName(const QString &plan)
{
    return plan.contains(QLatin1Char(':')) ? plan : QStringLiteral("heroku-postgresql:") + plan;
}

Plan::Tier Plan::tierOf(const QString &planName)
{
    const int colon = planName.indexOf(QLatin1Char(':'));
    const QString plan = (colon < 0 ? planName : planName.mid(colon + 1)).toLower();
    const auto starts = [&plan](const char *prefix) {
        return plan.startsWith(QLatin1String(prefix));
    };
    if (starts("essential") || starts("mini") || starts("basic") || starts("hobby") || starts("dev"))
        return Tier::Essential;
    if (starts("standard"))
        return Tier::Standard;
    if (starts("premium"))
        return Tier::Premium;
    if (starts("private"))
        return Tier::Private;
    if (starts("shield"))
        return Tier::Shield;
    if (starts("advanced") || starts("performance"))
        return Tier::Advanced;
    return Tier::Unknown;
}

QString Plan::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Essential:
        return QStringLiteral("Essential");
    case Tier::Standard:
        return QStringLiteral("Standard");
    case Tier::Premium:
        return QStringLiteral("Premium");
    case Tier::Private:
        return QStringLiteral("Private");
    case Tier::Shield:
        return QStringLiteral("Shield");
    case Tier::Advanced:
        return QStringLiteral("Advanced");
    case Tier::Unknown:
        break;
    }
    return QString();
}

bool Plan::canFollow(Tier tier)
{
    return tier == Tier::Standard || tier == Tier::Premium || tier == Tier::Private || tier == Tier::Shield;
}

} // namespace hpg
