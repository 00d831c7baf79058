#include "presenter.h"

#include "sandbox/state/plancatalog.h"

#include <QUuid>

namespace hpg::sandbox {

namespace {

const QUuid kRegionNamespace = QUuid(QStringLiteral("{0b8f6f0e-5f0a-4d57-8c35-7a0c4f6b2e11}"));

QString regionDescription(const QString &name)
{
    if (name == QLatin1String("us"))
        return QStringLiteral("United States");
    if (name == QLatin1String("eu"))
        return QStringLiteral("Europe");
    if (name == QLatin1String("virginia"))
        return QStringLiteral("Virginia, United States");
    if (name == QLatin1String("oregon"))
        return QStringLiteral("Oregon, United States");
    if (name == QLatin1String("frankfurt"))
        return QStringLiteral("Frankfurt, Germany");
    if (name == QLatin1String("tokyo"))
        return QStringLiteral("Tokyo, Japan");
    if (name == QLatin1String("dublin"))
        return QStringLiteral("Dublin, Ireland");
    if (name == QLatin1String("sydney"))
        return QStringLiteral("Sydney, Australia");
    return name;
}

} // namespace

QJsonValue Presenter::stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue Presenter::timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(records::timestamp(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject Presenter::account() const
{
    const auto &a = m_world.account;
    const QString created = records::timestamp(a.createdAt);
    QJsonObject defaultTeam;
    if (!m_world.teams.isEmpty())
        defaultTeam = team(*m_world.teams.constFirst());
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("email"), a.email },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("allow_tracking"), false },
        { QStringLiteral("beta"), false },
        { QStringLiteral("two_factor_authentication"), false },
        { QStringLiteral("verified"), true },
        { QStringLiteral("federated"), false },
        { QStringLiteral("identity_provider"), QJsonValue::Null },
        { QStringLiteral("default_team"), QJsonValue::Null },
        { QStringLiteral("default_organization"), QJsonValue::Null },
        { QStringLiteral("last_login"), created },
        { QStringLiteral("suspended_at"), QJsonValue::Null },
        { QStringLiteral("delinquent_at"), QJsonValue::Null },
        { QStringLiteral("sms_number"), QJsonValue::Null },
        { QStringLiteral("country_of_residence"), QStringLiteral("US") },
        { QStringLiteral("created_at"), created },
        { QStringLiteral("updated_at"), created },
    };
}

QJsonObject Presenter::region(const QString &name, bool expanded) const
{
    QJsonObject o { { QStringLiteral("id"),
                      QUuid::createUuidV5(kRegionNamespace, name).toString(QUuid::WithoutBraces) },
                    { QStringLiteral("name"), name } };
    if (expanded) {
        o.insert(QStringLiteral("description"), regionDescription(name));
        o.insert(QStringLiteral("country"),
                 name == QLatin1String("eu") ? QStringLiteral("Ireland") : QStringLiteral("United States"));
        o.insert(QStringLiteral("locale"), name);
        o.insert(QStringLiteral("private_capable"), name != QLatin1String("us") && name != QLatin1String("eu"));
        o.insert(QStringLiteral("provider"),
                 QJsonObject { { QStringLiteral("name"), QStringLiteral("amazon-web-services") },
                               { QStringLiteral("region"), QStringLiteral("us-east-1") } });
    }
    return o;
}

QJsonObject Presenter::appRef(const AppRecord *app) const
{
    if (!app)
        return {};
    return { { QStringLiteral("id"), app->id }, { QStringLiteral("name"), app->name } };
}

QJsonObject Presenter::app(const AppRecord &a) const
{
    const TeamRecord *t = m_world.team(a.teamId);
    const SpaceRecord *s = m_world.space(a.spaceId);
    QJsonObject owner;
    if (t) {
        owner = { { QStringLiteral("id"), t->id },
                  { QStringLiteral("email"), t->name + QStringLiteral("@herokumanager.com") } };
    } else {
        owner = { { QStringLiteral("id"), m_world.account.id }, { QStringLiteral("email"), m_world.account.email } };
    }
    const QJsonValue teamRef = t
        ? QJsonValue(QJsonObject { { QStringLiteral("id"), t->id }, { QStringLiteral("name"), t->name } })
        : QJsonValue(QJsonValue::Null);
    const QJsonValue spaceRef = s ? QJsonValue(QJsonObject { { QStringLiteral("id"), s->id },
                                                             { QStringLiteral("name"), s->name },
                                                             { QStringLiteral("shield"), s->shield } })
                                  : QJsonValue(QJsonValue::Null);
    const QJsonObject stack { { QStringLiteral("id"),
                                QUuid::createUuidV5(kRegionNamespace, a.stack).toString(QUuid::WithoutBraces) },
                              { QStringLiteral("name"), a.stack } };
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("acm"), false },
        { QStringLiteral("archived_at"), QJsonValue::Null },
        { QStringLiteral("buildpack_provided_description"), QStringLiteral("Ruby") },
        { QStringLiteral("build_stack"), stack },
        { QStringLiteral("stack"), stack },
        { QStringLiteral("created_at"), records::timestamp(a.createdAt) },
        { QStringLiteral("updated_at"), records::timestamp(a.updatedAt) },
        { QStringLiteral("released_at"), timeOrNull(a.releasedAt) },
        { QStringLiteral("git_url"), QStringLiteral("https://git.heroku.com/%1.git").arg(a.name) },
        { QStringLiteral("web_url"), QStringLiteral("https://%1.herokuapp.com/").arg(a.name) },
        { QStringLiteral("internal_routing"), s ? QJsonValue(false) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("maintenance"), a.maintenance },
        { QStringLiteral("locked"), false },
        { QStringLiteral("generation"), QStringLiteral("cedar") },
        { QStringLiteral("owner"), owner },
        { QStringLiteral("team"), teamRef },
        { QStringLiteral("organization"), teamRef },
        { QStringLiteral("region"), region(a.region) },
        { QStringLiteral("space"), spaceRef },
        { QStringLiteral("repo_size"), QJsonValue::Null },
        { QStringLiteral("slug_size"), 52428800 },
    };
}

QJsonObject Presenter::team(const TeamRecord &t) const
{
    const QString created = records::timestamp(t.createdAt);
    return {
        { QStringLiteral("id"), t.id },
        { QStringLiteral("name"), t.name },
        { QStringLiteral("role"), QStringLiteral("admin") },
        { QStringLiteral("type"), QStringLiteral("enterprise") },
        { QStringLiteral("default"), false },
        { QStringLiteral("membership_limit"), QJsonValue::Null },
        { QStringLiteral("provisioned_licenses"), false },
        { QStringLiteral("credit_card_collections"), false },
        { QStringLiteral("identity_provider"), QJsonValue::Null },
        { QStringLiteral("enterprise_account"), QJsonValue::Null },
        { QStringLiteral("created_at"), created },
        { QStringLiteral("updated_at"), created },
    };
}

QJsonObject Presenter::space(const SpaceRecord &s, bool expandRegion) const
{
    const TeamRecord *t = m_world.team(s.teamId);
    const QString created = records::timestamp(s.createdAt);
    const QJsonObject teamRef { { QStringLiteral("id"), t ? t->id : QString() },
                                { QStringLiteral("name"), t ? t->name : QString() } };
    return {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("team"), teamRef },
        { QStringLiteral("organization"),
          QJsonObject { { QStringLiteral("name"), teamRef.value(QLatin1String("name")) } } },
        { QStringLiteral("region"), region(s.region, expandRegion) },
        { QStringLiteral("state"), s.state },
        { QStringLiteral("shield"), s.shield },
        { QStringLiteral("cidr"), s.cidr },
        { QStringLiteral("data_cidr"), s.dataCidr },
        { QStringLiteral("generation"), QStringLiteral("cedar") },
        { QStringLiteral("created_at"), created },
        { QStringLiteral("updated_at"), created },
    };
}

QJsonObject Presenter::addon(const AddonRecord &a, bool expandService, bool expandPlan) const
{
    const PlanInfo *plan = PlanCatalog::find(a.plan);
    const AppRecord *billing = m_world.app(a.appId);
    QJsonObject planJson = plan
        ? PlanCatalog::planJson(*plan, expandPlan)
        : QJsonObject { { QStringLiteral("id"), QString() }, { QStringLiteral("name"), a.plan } };
    QJsonArray configVars;
    const QStringList names = m_world.addonConfigVarNames(a);
    for (const QString &name : names)
        configVars.append(name);
    QJsonObject billingEntity = appRef(billing);
    billingEntity.insert(QStringLiteral("type"), QStringLiteral("app"));
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("actions"), QJsonArray() },
        { QStringLiteral("addon_service"), PlanCatalog::serviceJson(a.service, expandService) },
        { QStringLiteral("plan"), planJson },
        { QStringLiteral("app"), appRef(billing) },
        { QStringLiteral("billing_entity"), billingEntity },
        { QStringLiteral("billed_price"),
          QJsonObject { { QStringLiteral("cents"), plan ? plan->cents : 0 },
                        { QStringLiteral("contract"), false },
                        { QStringLiteral("unit"), QStringLiteral("month") } } },
        { QStringLiteral("config_vars"), configVars },
        { QStringLiteral("state"), a.state },
        { QStringLiteral("provider_id"), QStringLiteral("resource%1@heroku.com").arg(a.id.left(8)) },
        { QStringLiteral("web_url"), QStringLiteral("https://data.heroku.com/datastores/%1").arg(a.id) },
        { QStringLiteral("created_at"), records::timestamp(a.createdAt) },
        { QStringLiteral("updated_at"), records::timestamp(a.updatedAt) },
    };
}

QJsonObject Presenter::attachment(const AttachmentRecord &at, bool includePlan, bool includeConfigVars) const
{
    const AddonRecord *a = m_world.addon(at.addonId);
    const AppRecord *attachedApp = m_world.app(at.appId);
    QJsonObject addonRef;
    if (a) {
        addonRef = { { QStringLiteral("id"), a->id },
                     { QStringLiteral("name"), a->name },
                     { QStringLiteral("app"), appRef(m_world.app(a->appId)) } };
        if (includePlan) {
            const PlanInfo *plan = PlanCatalog::find(a->plan);
            addonRef.insert(QStringLiteral("plan"),
                            QJsonObject { { QStringLiteral("id"), plan ? plan->id() : QString() },
                                          { QStringLiteral("name"), a->plan } });
        }
    }
    QJsonObject o {
        { QStringLiteral("id"), at.id },
        { QStringLiteral("name"), at.name },
        { QStringLiteral("namespace"), stringOrNull(at.ns) },
        { QStringLiteral("addon"), addonRef },
        { QStringLiteral("app"), appRef(attachedApp) },
        { QStringLiteral("log_input_url"), QJsonValue::Null },
        { QStringLiteral("web_url"), QStringLiteral("https://data.heroku.com/datastores/%1").arg(at.addonId) },
        { QStringLiteral("created_at"), records::timestamp(at.createdAt) },
        { QStringLiteral("updated_at"), records::timestamp(at.updatedAt) },
    };
    if (includeConfigVars)
        o.insert(QStringLiteral("config_vars"), QJsonArray { at.name.toUpper() + QStringLiteral("_URL") });
    return o;
}

QJsonObject Presenter::formation(const AppRecord &a, const FormationRecord &f) const
{
    return {
        { QStringLiteral("id"), f.id },
        { QStringLiteral("app"), appRef(&a) },
        { QStringLiteral("type"), f.type },
        { QStringLiteral("quantity"), f.quantity },
        { QStringLiteral("size"), f.size },
        { QStringLiteral("dyno_size"),
          QJsonObject {
              { QStringLiteral("id"), QUuid::createUuidV5(kRegionNamespace, f.size).toString(QUuid::WithoutBraces) },
              { QStringLiteral("name"), f.size } } },
        { QStringLiteral("command"), f.command },
        { QStringLiteral("created_at"), records::timestamp(f.createdAt) },
        { QStringLiteral("updated_at"), records::timestamp(f.updatedAt) },
    };
}

QJsonObject Presenter::release(const AppRecord &a, const ReleaseRecord &r) const
{
    const bool current = !a.releases.isEmpty() && a.releases.constLast().id == r.id;
    return {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("version"), r.version },
        { QStringLiteral("description"), r.description },
        { QStringLiteral("status"), r.status },
        { QStringLiteral("current"), current },
        { QStringLiteral("app"), appRef(&a) },
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("id"), m_world.account.id },
                        { QStringLiteral("email"), m_world.account.email } } },
        { QStringLiteral("addon_plan_names"), QJsonArray() },
        { QStringLiteral("slug"), QJsonValue::Null },
        { QStringLiteral("output_stream_url"), QJsonValue::Null },
        { QStringLiteral("created_at"), records::timestamp(r.createdAt) },
        { QStringLiteral("updated_at"), records::timestamp(r.createdAt) },
    };
}

QJsonArray Presenter::dynos(const AppRecord &a) const
{
    QJsonArray result;
    const ReleaseRecord *release = a.releases.isEmpty() ? nullptr : &a.releases.constLast();
    for (const World::Dyno &dyno : m_world.dynos(a)) {
        const FormationRecord &f = *dyno.formation;
        result.append(QJsonObject {
            { QStringLiteral("id"), QUuid::createUuidV5(QUuid(f.id), dyno.name).toString(QUuid::WithoutBraces) },
            { QStringLiteral("name"), dyno.name },
            { QStringLiteral("type"), f.type },
            { QStringLiteral("state"), dyno.up ? QStringLiteral("up") : QStringLiteral("down") },
            { QStringLiteral("size"), f.size },
            { QStringLiteral("command"), f.command },
            { QStringLiteral("attach_url"), QJsonValue::Null },
            { QStringLiteral("app"), appRef(&a) },
            { QStringLiteral("release"),
              release ? QJsonValue(QJsonObject { { QStringLiteral("id"), release->id },
                                                 { QStringLiteral("version"), release->version } })
                      : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("created_at"), records::timestamp(f.updatedAt) },
            { QStringLiteral("updated_at"), records::timestamp(f.updatedAt) },
        });
    }
    return result;
}

} // namespace hpg::sandbox
