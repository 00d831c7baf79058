#include "plancatalog.h"

#include <QJsonArray>
#include <QUuid>

namespace hpg::sandbox {

namespace {

const QUuid kNamespace = QUuid(QStringLiteral("{6f3a1c52-0d1e-4b7a-9a37-2f4e8c1b9d10}"));

QList<PlanInfo> buildPlans()
{
    QList<PlanInfo> plans;
    const QString pg = QStringLiteral("heroku-postgresql");
    auto add = [&](const QString &tier, const QString &size, int cents, int limit, bool inside, bool outside) {
        plans.append({ pg, tier + QLatin1Char('-') + size, tier, cents, limit, inside, outside });
    };
    add(QStringLiteral("essential"), QStringLiteral("0"), 500, 20, false, true);
    add(QStringLiteral("essential"), QStringLiteral("1"), 900, 20, false, true);
    add(QStringLiteral("essential"), QStringLiteral("2"), 2000, 40, false, true);
    const QList<QPair<QString, int>> sizes
        = { { QStringLiteral("0"), 120 }, { QStringLiteral("2"), 400 }, { QStringLiteral("3"), 500 },
            { QStringLiteral("4"), 500 }, { QStringLiteral("5"), 500 }, { QStringLiteral("6"), 500 },
            { QStringLiteral("7"), 500 }, { QStringLiteral("8"), 500 }, { QStringLiteral("9"), 500 },
            { QStringLiteral("10"), 500 } };
    const QList<int> standardCents = { 5000, 20000, 40000, 75000, 140000, 200000, 350000, 450000, 580000, 720000 };
    const QList<int> premiumCents = { 20000, 35000, 75000, 120000, 250000, 350000, 600000, 850000, 1100000, 1300000 };
    const QList<int> privateCents = { 30000, 45000, 90000, 150000, 280000, 400000, 700000, 900000, 1200000, 1400000 };
    const QList<int> shieldCents = { 35000, 60000, 110000, 180000, 340000, 480000, 800000, 1100000, 1400000, 1600000 };
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        add(QStringLiteral("standard"), sizes[i].first, standardCents[i], sizes[i].second, false, true);
        add(QStringLiteral("premium"), sizes[i].first, premiumCents[i], sizes[i].second, false, true);
        add(QStringLiteral("private"), sizes[i].first, privateCents[i], sizes[i].second, true, false);
        add(QStringLiteral("shield"), sizes[i].first, shieldCents[i], sizes[i].second, true, false);
    }
    const QString connect = QStringLiteral("herokuconnect");
    plans.append({ connect, QStringLiteral("demo"), QStringLiteral("demo"), 0, 0, true, true });
    plans.append({ connect, QStringLiteral("enterprise"), QStringLiteral("enterprise"), 400000, 0, true, true });
    return plans;
}

} // namespace

QString PlanInfo::id() const
{
    return QUuid::createUuidV5(kNamespace, name()).toString(QUuid::WithoutBraces);
}

const QList<PlanInfo> &PlanCatalog::plans()
{
    static const QList<PlanInfo> all = buildPlans();
    return all;
}

const PlanInfo *PlanCatalog::find(const QString &nameOrId)
{
    const QString key = nameOrId.trimmed().toLower();
    for (const PlanInfo &plan : plans()) {
        if (plan.name() == key || plan.id() == key)
            return &plan;
    }
    if (!key.contains(QLatin1Char(':'))) {
        for (const PlanInfo &plan : plans()) {
            if (plan.isPostgres() && plan.shortName == key)
                return &plan;
        }
    }
    return nullptr;
}

QList<PlanInfo> PlanCatalog::plansOf(const QString &service)
{
    QList<PlanInfo> result;
    for (const PlanInfo &plan : plans()) {
        if (plan.service == service || serviceId(plan.service) == service)
            result.append(plan);
    }
    return result;
}

QString PlanCatalog::serviceId(const QString &service)
{
    return QUuid::createUuidV5(kNamespace, QStringLiteral("service:") + service).toString(QUuid::WithoutBraces);
}

QString PlanCatalog::serviceHumanName(const QString &service)
{
    if (service == QLatin1String("heroku-postgresql"))
        return QStringLiteral("Heroku Postgres");
    if (service == QLatin1String("herokuconnect"))
        return QStringLiteral("Heroku Connect");
    return service;
}

QJsonObject PlanCatalog::serviceJson(const QString &service, bool expanded)
{
    QJsonObject o { { QStringLiteral("id"), serviceId(service) }, { QStringLiteral("name"), service } };
    if (!expanded)
        return o;
    o.insert(QStringLiteral("human_name"), serviceHumanName(service));
    o.insert(QStringLiteral("cli_plugin_name"), QJsonValue::Null);
    o.insert(QStringLiteral("state"), QStringLiteral("ga"));
    o.insert(QStringLiteral("supports_multiple_installations"), true);
    o.insert(QStringLiteral("supports_sharing"), true);
    o.insert(QStringLiteral("created_at"), QStringLiteral("2012-01-01T00:00:00Z"));
    o.insert(QStringLiteral("updated_at"), QStringLiteral("2024-01-01T00:00:00Z"));
    return o;
}

QJsonObject PlanCatalog::planJson(const PlanInfo &plan, bool expanded)
{
    QJsonObject o { { QStringLiteral("id"), plan.id() }, { QStringLiteral("name"), plan.name() } };
    if (!expanded)
        return o;
    QString human = plan.shortName;
    human[0] = human[0].toUpper();
    human.replace(QLatin1Char('-'), QLatin1Char(' '));
    o.insert(QStringLiteral("human_name"), human);
    o.insert(QStringLiteral("description"), serviceHumanName(plan.service) + QStringLiteral(" ") + human);
    o.insert(QStringLiteral("price"),
             QJsonObject { { QStringLiteral("cents"), plan.cents },
                           { QStringLiteral("unit"), QStringLiteral("month") },
                           { QStringLiteral("contract"), false },
                           { QStringLiteral("metered"), false } });
    o.insert(QStringLiteral("default"), plan.shortName == QLatin1String("essential-0"));
    o.insert(QStringLiteral("state"), QStringLiteral("public"));
    o.insert(QStringLiteral("visible"), true);
    QJsonArray compliance;
    if (plan.tier == QLatin1String("shield"))
        compliance = { QStringLiteral("HIPAA"), QStringLiteral("PCI") };
    o.insert(QStringLiteral("compliance"), compliance);
    o.insert(QStringLiteral("installable_inside_private_network"), plan.insidePrivateNetwork);
    o.insert(QStringLiteral("installable_outside_private_network"), plan.outsidePrivateNetwork);
    o.insert(QStringLiteral("space_default"), plan.shortName == QLatin1String("private-0"));
    o.insert(QStringLiteral("addon_service"), serviceJson(plan.service, false));
    o.insert(QStringLiteral("created_at"), QStringLiteral("2012-01-01T00:00:00Z"));
    o.insert(QStringLiteral("updated_at"), QStringLiteral("2024-01-01T00:00:00Z"));
    return o;
}

} // namespace hpg::sandbox
