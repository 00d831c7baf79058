#include "seedloader.h"

#include "plancatalog.h"
#include "virtualdatabases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace hpg::sandbox {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString()) {
        list.append(value.toString());
    } else {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            list.append(item.toString());
    }
    return list;
}

QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    const QJsonValue value = o.value(QLatin1String(key));
    return value.isString() ? value.toString() : fallback;
}

AttachmentRecord *addAttachment(World &world, const AddonRecord &addon, AppRecord &app, const QString &name,
                                const QString &ns)
{
    auto attachment = std::make_shared<AttachmentRecord>();
    attachment->id = World::newId();
    attachment->name = name.toUpper();
    attachment->appId = app.id;
    attachment->addonId = addon.id;
    attachment->ns = ns;
    attachment->createdAt = attachment->updatedAt = addon.createdAt;
    world.attachments.append(attachment);
    world.addRelease(app, QStringLiteral("Attach %1 (@ref:%2)").arg(attachment->name, addon.name));
    return attachment.get();
}

} // namespace

QJsonObject SeedLoader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read seed %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("seed %1 is not a JSON object: %2").arg(path, parseError.errorString());
        return {};
    }
    return doc.object();
}

bool SeedLoader::load(const QJsonObject &seed, World &world, Result *result, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime past = now.addDays(-90);
    world.clear();
    world.token = str(seed, "token", World::randomToken());
    const QJsonObject account = seed.value(QLatin1String("account")).toObject();
    world.account.id = World::newId();
    world.account.email = str(account, "email", QStringLiteral("dba@example.com"));
    world.account.name = str(account, "name", QStringLiteral("Sandbox DBA"));
    world.account.createdAt = past;
    world.dynoRowsPerSecond = seed.value(QLatin1String("dyno_rows_per_second")).toInt(2);
    world.connectRowsPerSecond = seed.value(QLatin1String("connect_rows_per_second")).toInt(1);

    for (const QJsonValue &value : seed.value(QLatin1String("teams")).toArray()) {
        auto team = std::make_shared<TeamRecord>();
        team->id = World::newId();
        team->name = str(value.toObject(), "name");
        team->createdAt = past;
        world.teams.append(team);
    }
    for (const QJsonValue &value : seed.value(QLatin1String("spaces")).toArray()) {
        const QJsonObject o = value.toObject();
        auto space = std::make_shared<SpaceRecord>();
        space->id = World::newId();
        space->name = str(o, "name");
        const TeamRecord *team = world.team(str(o, "team"));
        if (!team) {
            *error = QStringLiteral("space %1: unknown team %2").arg(space->name, str(o, "team"));
            return false;
        }
        space->teamId = team->id;
        space->region = str(o, "region", QStringLiteral("virginia"));
        space->shield = o.value(QLatin1String("shield")).toBool();
        space->createdAt = past;
        world.spaces.append(space);
    }

    const QJsonArray apps = seed.value(QLatin1String("apps")).toArray();
    // Two passes: apps first (a follower may name a leader on another app), then add-ons.
    for (const QJsonValue &value : apps) {
        const QJsonObject o = value.toObject();
        auto app = std::make_shared<AppRecord>();
        app->id = World::newId();
        app->name = str(o, "name");
        if (app->name.isEmpty() || world.app(app->name)) {
            *error = QStringLiteral("app name missing or duplicated: %1").arg(app->name);
            return false;
        }
        if (const QString teamName = str(o, "team"); !teamName.isEmpty()) {
            const TeamRecord *team = world.team(teamName);
            if (!team) {
                *error = QStringLiteral("app %1: unknown team %2").arg(app->name, teamName);
                return false;
            }
            app->teamId = team->id;
        }
        app->region = str(o, "region", QStringLiteral("us"));
        if (const QString spaceName = str(o, "space"); !spaceName.isEmpty()) {
            const SpaceRecord *space = world.space(spaceName);
            if (!space) {
                *error = QStringLiteral("app %1: unknown space %2").arg(app->name, spaceName);
                return false;
            }
            app->spaceId = space->id;
            app->teamId = space->teamId;
            app->region = space->region;
        }
        app->maintenance = o.value(QLatin1String("maintenance")).toBool();
        app->createdAt = app->updatedAt = past;
        const QJsonObject vars = o.value(QLatin1String("config_vars")).toObject();
        for (auto it = vars.begin(); it != vars.end(); ++it)
            app->configVars.insert(it.key(), it.value().toVariant().toString());
        for (const QJsonValue &f : o.value(QLatin1String("formation")).toArray()) {
            const QJsonObject fo = f.toObject();
            FormationRecord formation;
            formation.id = World::newId();
            formation.type = str(fo, "type", QStringLiteral("web"));
            formation.quantity = fo.value(QLatin1String("quantity")).toInt(1);
            formation.size = str(fo, "size", QStringLiteral("Standard-1X"));
            formation.command = str(fo, "command", QStringLiteral("bin/%1").arg(formation.type));
            formation.createdAt = formation.updatedAt = past;
            app->formation.append(formation);
        }
        world.apps.append(app);
        world.addRelease(*app, QStringLiteral("Initial release"));
    }

    for (const QJsonValue &value : apps) {
        const QJsonObject o = value.toObject();
        AppRecord *app = world.app(str(o, "name"));
        for (const QJsonValue &a : o.value(QLatin1String("addons")).toArray()) {
            const QJsonObject ao = a.toObject();
            const PlanInfo *plan = PlanCatalog::find(str(ao, "plan", QStringLiteral("heroku-postgresql:essential-0")));
            if (!plan) {
                *error = QStringLiteral("app %1: unknown plan %2").arg(app->name, str(ao, "plan"));
                return false;
            }
            auto addon = std::make_shared<AddonRecord>();
            addon->id = World::newId();
            addon->name = str(ao, "name", world.newAddonName(plan->service));
            addon->appId = app->id;
            addon->service = plan->service;
            addon->plan = plan->name();
            addon->state = plan->isPostgres() ? QStringLiteral("provisioning") : QStringLiteral("provisioned");
            addon->createdAt = addon->updatedAt = past;
            const QJsonObject window = ao.value(QLatin1String("window")).toObject();
            addon->windowDay = str(window, "day", addon->windowDay);
            addon->windowTime = str(window, "time", addon->windowTime);
            for (const char *key : { "follow", "fork" }) {
                const QString leaderName = str(ao, key);
                if (leaderName.isEmpty())
                    continue;
                const AddonRecord *leader = world.addon(leaderName);
                if (!leader) {
                    *error = QStringLiteral("add-on %1: %2 names an unknown add-on %3 (list leaders first)")
                                 .arg(addon->name, QLatin1String(key), leaderName);
                    return false;
                }
                (qstrcmp(key, "follow") == 0 ? addon->followId : addon->forkId) = leader->id;
            }
            world.addons.append(addon);
            QStringList names = stringList(ao.value(QLatin1String("as")));
            if (names.isEmpty()) {
                names.append(world.freeColorName(
                    app->id, plan->isPostgres() ? QStringLiteral("HEROKU_POSTGRESQL") : plan->service.toUpper()));
            }
            for (const QString &name : std::as_const(names))
                addAttachment(world, *addon, *app, name, {});
            addon->stuckTransaction = ao.value(QLatin1String("stuck_transaction")).toBool();
            // "version": 17 — the PostgreSQL major version of the database (addons:create --version).
            addon->pgVersion = ao.value(QLatin1String("version")).toVariant().toInt();
            const QStringList sql = stringList(ao.value(QLatin1String("sql")));
            if (!sql.isEmpty() && result)
                result->sql.insert(addon->id, sql);
            const QStringList extensions = stringList(ao.value(QLatin1String("extensions")));
            if (!extensions.isEmpty() && result)
                result->extensions.insert(addon->id, extensions);
        }
    }
    for (const QJsonValue &value : apps) {
        const QJsonObject o = value.toObject();
        AppRecord *app = world.app(str(o, "name"));
        for (const QJsonValue &a : o.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject ao = a.toObject();
            const AddonRecord *addon = world.addon(str(ao, "addon"));
            if (!addon) {
                *error = QStringLiteral("app %1: attachment of unknown add-on %2").arg(app->name, str(ao, "addon"));
                return false;
            }
            addAttachment(world, *addon, *app, str(ao, "name"), str(ao, "namespace"));
        }
    }

    const QJsonObject generated = seed.value(QLatin1String("generated_apps")).toObject();
    const int count = generated.value(QLatin1String("count")).toInt();
    const QString prefix = str(generated, "prefix", QStringLiteral("bulk-app-"));
    const TeamRecord *generatedTeam = world.team(str(generated, "team"));
    for (int i = 1; i <= count; ++i) {
        auto app = std::make_shared<AppRecord>();
        app->id = World::newId();
        app->name = QStringLiteral("%1%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
        app->teamId = generatedTeam ? generatedTeam->id : QString();
        app->createdAt = app->updatedAt = past.addSecs(i);
        world.apps.append(app);
    }

    if (const QJsonObject virtuals = seed.value(QLatin1String("generated_databases")).toObject(); !virtuals.isEmpty()) {
        if (VirtualDatabases::create(world, virtuals, error).isEmpty())
            return false;
    }

    for (const QJsonValue &value : seed.value(QLatin1String("maintenances")).toArray()) {
        const QJsonObject o = value.toObject();
        const AddonRecord *addon = world.addon(str(o, "addon"));
        if (!addon) {
            *error = QStringLiteral("maintenance of unknown add-on %1").arg(str(o, "addon"));
            return false;
        }
        auto m = std::make_shared<MaintenanceRecord>();
        m->id = World::newId();
        m->addonId = addon->id;
        m->status = str(o, "status", QStringLiteral("pending"));
        m->reason = str(o, "reason", m->reason);
        m->method = str(o, "method", m->method);
        if (m->status == QLatin1String("completed")) {
            // History: ran `completed_days_ago` days ago for `duration_seconds`, in its window.
            m->completedAt = now.addDays(-o.value(QLatin1String("completed_days_ago")).toInt(30));
            m->durationSeconds = o.value(QLatin1String("duration_seconds")).toInt(30);
            m->startedAt = m->completedAt.addSecs(-m->durationSeconds);
            m->scheduledFor = m->startedAt;
            m->createdAt = m->startedAt.addDays(-7);
            m->requiredBy = m->startedAt.addDays(7);
        } else {
            m->createdAt = now;
            m->scheduledFor = now.addSecs(qint64(o.value(QLatin1String("scheduled_in_hours")).toDouble(72) * 3600));
            m->requiredBy = now.addDays(o.value(QLatin1String("required_in_days")).toInt(14));
        }
        world.maintenances.append(m);
    }

    int mappingId = 1;
    for (const QJsonValue &value : seed.value(QLatin1String("connect")).toArray()) {
        const QJsonObject o = value.toObject();
        const AppRecord *app = world.app(str(o, "app"));
        if (!app) {
            *error = QStringLiteral("connection of unknown app %1").arg(str(o, "app"));
            return false;
        }
        auto c = std::make_shared<ConnectConnectionRecord>();
        c->id = World::newId();
        c->name = str(o, "name", app->name + QStringLiteral("-connect"));
        c->appId = app->id;
        c->resourceName = str(o, "resource_name", QStringLiteral("herokuconnect-%1").arg(c->name));
        c->internalName = c->resourceName;
        c->dbKey = str(o, "db_key", c->dbKey);
        c->schemaName = str(o, "schema", c->schemaName);
        c->state = str(o, "state", c->state);
        c->stateChangedAt = now;
        for (const QJsonValue &m : o.value(QLatin1String("mappings")).toArray()) {
            ConnectMappingRecord mapping;
            mapping.id = mappingId++;
            mapping.objectName = str(m.toObject(), "object_name", QStringLiteral("Account"));
            mapping.state = str(m.toObject(), "state", mapping.state);
            c->mappings.append(mapping);
        }
        world.connections.append(c);
    }
    world.markDirty();
    return true;
}

} // namespace hpg::sandbox
