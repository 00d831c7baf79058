#include "world.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

namespace hpg::sandbox {

namespace {

const QStringList kColors = {
    QStringLiteral("GRAY"),   QStringLiteral("AMBER"),  QStringLiteral("COPPER"), QStringLiteral("CRIMSON"),
    QStringLiteral("TEAL"),   QStringLiteral("ONYX"),   QStringLiteral("PURPLE"), QStringLiteral("SILVER"),
    QStringLiteral("COBALT"), QStringLiteral("OLIVE"),  QStringLiteral("ORANGE"), QStringLiteral("ROSE"),
    QStringLiteral("NAVY"),   QStringLiteral("IVORY"),  QStringLiteral("JADE"),   QStringLiteral("MAROON"),
    QStringLiteral("PINK"),   QStringLiteral("YELLOW"), QStringLiteral("AQUA"),   QStringLiteral("BLACK"),
    QStringLiteral("BLUE"),   QStringLiteral("BRONZE"), QStringLiteral("BROWN"),  QStringLiteral("CHARCOAL"),
    QStringLiteral("CYAN"),   QStringLiteral("GOLD"),   QStringLiteral("GREEN"),  QStringLiteral("LIME"),
    QStringLiteral("MAUVE"),  QStringLiteral("PUCE"),   QStringLiteral("RED"),    QStringLiteral("VIOLET"),
    QStringLiteral("WHITE"),
};

const QStringList kWords = {
    QStringLiteral("curved"),     QStringLiteral("shallow"),     QStringLiteral("rigid"),
    QStringLiteral("silent"),     QStringLiteral("trapezoid"),   QStringLiteral("cubic"),
    QStringLiteral("flat"),       QStringLiteral("opaque"),      QStringLiteral("angular"),
    QStringLiteral("clear"),      QStringLiteral("deep"),        QStringLiteral("dimensional"),
    QStringLiteral("elliptical"), QStringLiteral("round"),       QStringLiteral("solid"),
    QStringLiteral("spherical"),  QStringLiteral("symmetrical"), QStringLiteral("tetrahedral"),
    QStringLiteral("vertical"),   QStringLiteral("aerodynamic"),
};

template<typename T> T *findByIdOrName(const QList<std::shared_ptr<T>> &list, const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    for (const auto &item : list) {
        if (item->id == key)
            return item.get();
    }
    for (const auto &item : list) {
        if (item->name.compare(key, Qt::CaseInsensitive) == 0)
            return item.get();
    }
    return nullptr;
}

template<typename T> void loadList(const QJsonObject &root, const char *key, QList<std::shared_ptr<T>> &list)
{
    list.clear();
    const QJsonArray array = root.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : array) {
        auto record = std::make_shared<T>();
        records::fromJson(value.toObject(), *record);
        list.append(record);
    }
}

template<typename T> QJsonArray saveList(const QList<std::shared_ptr<T>> &list)
{
    QJsonArray array;
    for (const auto &item : list)
        array.append(records::toJson(*item));
    return array;
}

} // namespace

World::World(const QString &stateDir, QObject *parent)
    : QObject(parent)
    , m_stateDir(stateDir)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(150);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { save(); });
}

World::~World()
{
    if (m_saveTimer.isActive())
        save();
}

QString World::filePath() const
{
    return QDir(m_stateDir).filePath(QStringLiteral("world.json"));
}

bool World::exists() const
{
    return QFile::exists(filePath());
}

void World::clear()
{
    token.clear();
    account = {};
    teams.clear();
    spaces.clear();
    apps.clear();
    addons.clear();
    attachments.clear();
    maintenances.clear();
    connections.clear();
    transfers.clear();
    backupSchedules.clear();
}

bool World::load(QString *error)
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    clear();
    token = root.value(QLatin1String("token")).toString();
    records::fromJson(root.value(QLatin1String("account")).toObject(), account);
    loadList(root, "teams", teams);
    loadList(root, "spaces", spaces);
    loadList(root, "apps", apps);
    loadList(root, "addons", addons);
    loadList(root, "attachments", attachments);
    loadList(root, "maintenances", maintenances);
    loadList(root, "connections", connections);
    loadList(root, "transfers", transfers);
    loadList(root, "backup_schedules", backupSchedules);
    dynoRowsPerSecond = root.value(QLatin1String("dyno_rows_per_second")).toInt(dynoRowsPerSecond);
    connectRowsPerSecond = root.value(QLatin1String("connect_rows_per_second")).toInt(connectRowsPerSecond);
    connectReloadSeconds = root.value(QLatin1String("connect_reload_seconds")).toInt(connectReloadSeconds);
    return true;
}

bool World::save(QString *error)
{
    m_saveTimer.stop();
    QJsonObject root;
    root.insert(QLatin1String("format"), 1);
    root.insert(QLatin1String("token"), token);
    root.insert(QLatin1String("account"), records::toJson(account));
    root.insert(QLatin1String("teams"), saveList(teams));
    root.insert(QLatin1String("spaces"), saveList(spaces));
    root.insert(QLatin1String("apps"), saveList(apps));
    root.insert(QLatin1String("addons"), saveList(addons));
    root.insert(QLatin1String("attachments"), saveList(attachments));
    root.insert(QLatin1String("maintenances"), saveList(maintenances));
    root.insert(QLatin1String("connections"), saveList(connections));
    root.insert(QLatin1String("transfers"), saveList(transfers));
    root.insert(QLatin1String("backup_schedules"), saveList(backupSchedules));
    root.insert(QLatin1String("dyno_rows_per_second"), dynoRowsPerSecond);
    root.insert(QLatin1String("connect_rows_per_second"), connectRowsPerSecond);
    root.insert(QLatin1String("connect_reload_seconds"), connectReloadSeconds);

    QDir().mkpath(m_stateDir);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // the token is a secret
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void World::markDirty()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

AppRecord *World::app(const QString &idOrName) const
{
    return findByIdOrName(apps, idOrName);
}

TeamRecord *World::team(const QString &idOrName) const
{
    return findByIdOrName(teams, idOrName);
}

SpaceRecord *World::space(const QString &idOrName) const
{
    return findByIdOrName(spaces, idOrName);
}

AddonRecord *World::addon(const QString &idOrName) const
{
    return findByIdOrName(addons, idOrName);
}

AttachmentRecord *World::attachment(const QString &id) const
{
    for (const auto &item : attachments) {
        if (item->id == id)
            return item.get();
    }
    return nullptr;
}

AttachmentRecord *World::attachmentNamed(const QString &appId, const QString &name, const QString &ns) const
{
    for (const auto &item : attachments) {
        if (item->appId == appId && item->ns == ns && item->name.compare(name, Qt::CaseInsensitive) == 0)
            return item.get();
    }
    return nullptr;
}

ConnectConnectionRecord *World::connection(const QString &id) const
{
    for (const auto &item : connections) {
        if (item->id == id || item->name == id)
            return item.get();
    }
    return nullptr;
}

TransferRecord *World::transfer(const QString &uuid) const
{
    for (const auto &item : transfers) {
        if (item->uuid == uuid || QString::number(item->num) == uuid)
            return item.get();
    }
    return nullptr;
}

QList<AttachmentRecord *> World::attachmentsOfApp(const QString &appId) const
{
    QList<AttachmentRecord *> result;
    for (const auto &item : attachments) {
        if (item->appId == appId)
            result.append(item.get());
    }
    return result;
}

QList<AttachmentRecord *> World::attachmentsOfAddon(const QString &addonId) const
{
    QList<AttachmentRecord *> result;
    for (const auto &item : attachments) {
        if (item->addonId == addonId)
            result.append(item.get());
    }
    return result;
}

QList<AddonRecord *> World::addonsOfApp(const QString &appId) const
{
    QList<AddonRecord *> result;
    for (const auto &item : addons) {
        if (item->appId == appId)
            result.append(item.get());
    }
    return result;
}

QList<AddonRecord *> World::followersOf(const QString &addonId) const
{
    QList<AddonRecord *> result;
    for (const auto &item : addons) {
        if (!addonId.isEmpty() && item->followId == addonId)
            result.append(item.get());
    }
    return result;
}

MaintenanceRecord *World::openMaintenance(const QString &addonId) const
{
    for (auto it = maintenances.crbegin(); it != maintenances.crend(); ++it) {
        if ((*it)->addonId == addonId && (*it)->status != QLatin1String("completed"))
            return it->get();
    }
    return nullptr;
}

QList<MaintenanceRecord *> World::maintenancesOf(const QString &addonId) const
{
    QList<MaintenanceRecord *> result;
    for (const auto &item : maintenances) {
        if (item->addonId == addonId)
            result.append(item.get());
    }
    return result;
}

void World::removeApp(const QString &id)
{
    apps.removeIf([&](const auto &item) { return item->id == id; });
}

void World::removeAddon(const QString &id)
{
    addons.removeIf([&](const auto &item) { return item->id == id; });
    attachments.removeIf([&](const auto &item) { return item->addonId == id; });
}

void World::removeAttachment(const QString &id)
{
    attachments.removeIf([&](const auto &item) { return item->id == id; });
}

QString World::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString World::newAddonName(const QString &service) const
{
    const QString prefix = service == QLatin1String("heroku-postgresql") ? QStringLiteral("postgresql") : service;
    auto *random = QRandomGenerator::global();
    for (;;) {
        const QString name = QStringLiteral("%1-%2-%3")
                                 .arg(prefix, kWords.at(random->bounded(int(kWords.size()))))
                                 .arg(random->bounded(10000, 99999));
        if (!addon(name))
            return name;
    }
}

QString World::freeColorName(const QString &appId, const QString &prefix) const
{
    for (const QString &color : kColors) {
        const QString name = prefix + QLatin1Char('_') + color;
        bool used = false;
        for (const auto &item : attachments)
            used = used || (item->appId == appId && item->name.compare(name, Qt::CaseInsensitive) == 0);
        if (!used)
            return name;
    }
    return prefix + QLatin1Char('_') + QString::number(attachments.size());
}

QString World::randomToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString World::attachmentUrl(const AttachmentRecord &attachment) const
{
    if (!m_urlProvider)
        return {};
    QString credential = QStringLiteral("default");
    if (attachment.ns.startsWith(QLatin1String("credential:")))
        credential = attachment.ns.mid(int(qstrlen("credential:")));
    QString url = m_urlProvider(attachment.addonId, credential);
    // On Heroku the pooler is an endpoint of its own, so DATABASE_CONNECTION_POOL_URL never equals
    // DATABASE_URL, and the CLI never names a database after its pool (pg:info "Following",
    // "Forked From"). The sandbox has no pooler: the pool's URL reaches the same server as "localhost".
    if (attachment.ns.startsWith(QLatin1String("connection-pooling:")))
        url.replace(QLatin1String("@127.0.0.1:"), QLatin1String("@localhost:"));
    return url;
}

QMap<QString, QString> World::configVars(const AppRecord &appRecord) const
{
    QMap<QString, QString> vars = appRecord.configVars;
    for (const auto &item : attachments) {
        if (item->appId != appRecord.id)
            continue;
        const QString url = attachmentUrl(*item);
        if (!url.isEmpty())
            vars.insert(item->name.toUpper() + QStringLiteral("_URL"), url);
    }
    return vars;
}

QStringList World::addonConfigVarNames(const AddonRecord &addonRecord) const
{
    QStringList names;
    for (const auto &item : attachments) {
        if (item->addonId == addonRecord.id && item->appId == addonRecord.appId)
            names.append(item->name.toUpper() + QStringLiteral("_URL"));
    }
    return names;
}

ReleaseRecord &World::addRelease(AppRecord &appRecord, const QString &description)
{
    ReleaseRecord release;
    release.id = newId();
    release.version = appRecord.releases.isEmpty() ? 1 : appRecord.releases.constLast().version + 1;
    release.description = description;
    release.createdAt = QDateTime::currentDateTimeUtc();
    appRecord.releases.append(release);
    appRecord.releasedAt = release.createdAt;
    markDirty();
    return appRecord.releases.last();
}

void World::markStopping(const AppRecord &app, const QString &type, int before, int after)
{
    QStringList &stopping = stoppingDynos[app.id];
    for (int i = 1; i <= qMax(before, after); ++i) {
        const QString name = QStringLiteral("%1.%2").arg(type).arg(i);
        stopping.removeAll(name);
        if (i > after)
            stopping.append(name);
    }
    if (stopping.isEmpty())
        stoppingDynos.remove(app.id);
}

QList<World::Dyno> World::dynos(const AppRecord &app) const
{
    QList<Dyno> result;
    const QStringList stopping = stoppingDynos.value(app.id);
    for (const auto &f : app.formation) {
        for (int i = 1; i <= f.quantity; ++i)
            result.append({ QStringLiteral("%1.%2").arg(f.type).arg(i), &f, true });
        for (const QString &name : stopping) {
            if (name.section(QLatin1Char('.'), 0, 0) == f.type)
                result.append({ name, &f, false });
        }
    }
    return result;
}

} // namespace hpg::sandbox
