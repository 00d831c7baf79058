#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg::sandbox {

struct PlanInfo
{
    QString service; // "heroku-postgresql"
    QString shortName; // "standard-0"
    QString tier; // essential standard premium private shield (Postgres), or the service's own
    int cents = 0; // per month
    int connectionLimit = 0;
    bool insidePrivateNetwork = false;
    bool outsidePrivateNetwork = true;

    QString name() const { return service + QLatin1Char(':') + shortName; }
    QString id() const;
    bool isPostgres() const { return service == QLatin1String("heroku-postgresql"); }
    bool isEssential() const { return tier == QLatin1String("essential"); }
    // Standard and higher tiers can follow, fork and be followed.
    bool canFollow() const { return isPostgres() && !isEssential(); }
};

// The add-on services and plans the sandbox offers: Heroku Postgres
// (Essential/Standard/Premium/Private/Shield) and Heroku Connect.
class PlanCatalog
{
public:
    static const QList<PlanInfo> &plans();
    // Accepts "heroku-postgresql:standard-0", "standard-0" (Postgres assumed) or a plan id.
    static const PlanInfo *find(const QString &nameOrId);
    static QList<PlanInfo> plansOf(const QString &service);

    static QString serviceId(const QString &service);
    static QString serviceHumanName(const QString &service);
    // {id, name} or, expanded, the whole add-on service object.
    static QJsonObject serviceJson(const QString &service, bool expanded);
    // {id, name} or, expanded, the whole plan object (price, compliance…).
    static QJsonObject planJson(const PlanInfo &plan, bool expanded);
};

} // namespace hpg::sandbox
