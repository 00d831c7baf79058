#include "browsermodel.h"

#include "core/settings/languagemanager.h"
#include "core/stall/operationscope.h"
#include "tierbadge.h"

#include <QFont>
#include <QMap>

#include <algorithm>
#include <functional>

namespace hpg {

struct BrowserModel::Node
{
    Kind kind = Kind::Group;
    QString key;
    QString title;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int row = 0;
    App app;
    Database db;
    bool fetchRequested = false;
    bool loaded = false;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

BrowserModel::BrowserModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

BrowserModel::~BrowserModel() = default;

void BrowserModel::setApps(const QList<App> &apps, const QList<Team> &teams, const QList<Space> &spaces)
{
    const OperationScope scope("browser: tree fill");
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byKey.clear();
    m_apps.clear();

    auto makeNode = [this](Kind kind, const QString &key, const QString &title) {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->key = key;
        node->title = title;
        m_byKey.insert(key, node.get());
        return node;
    };

    // Groups: personal apps first, then teams by name.
    Node *personal = m_root->add(makeNode(Kind::Group, QStringLiteral("group:personal"), QString()));
    QMap<QString, QString> teamNames; // sorted, case-insensitively by key
    for (const auto &team : teams)
        teamNames.insert(team.name.toLower(), team.name);
    for (const auto &app : apps) {
        if (!app.teamName.isEmpty())
            teamNames.insert(app.teamName.toLower(), app.teamName);
    }
    QHash<QString, Node *> teamNodes;
    for (const auto &name : std::as_const(teamNames))
        teamNodes.insert(name, m_root->add(makeNode(Kind::Group, QStringLiteral("team:") + name, name)));

    QList<Space> sortedSpaces = spaces;
    std::sort(sortedSpaces.begin(), sortedSpaces.end(),
              [](const Space &a, const Space &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    QHash<QString, Node *> spaceNodes;
    for (const auto &space : sortedSpaces) {
        Node *group = teamNodes.value(space.teamName, personal);
        Node *node = group->add(makeNode(Kind::Space, QStringLiteral("space:") + space.name, space.name));
        node->app.spaceShield = space.shield;
        spaceNodes.insert(space.name, node);
    }

    const bool anyPersonal
        = std::any_of(apps.begin(), apps.end(), [](const App &app) { return app.teamName.isEmpty(); })
        || std::any_of(spaces.begin(), spaces.end(),
                       [&](const Space &space) { return !teamNodes.contains(space.teamName); });
    QList<App> sortedApps = apps;
    std::sort(sortedApps.begin(), sortedApps.end(),
              [](const App &a, const App &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const auto &app : sortedApps) {
        Node *group = teamNodes.value(app.teamName, personal);
        if (app.inPrivateSpace()) {
            Node *&space = spaceNodes[app.spaceName];
            if (!space) {
                space = group->add(makeNode(Kind::Space, QStringLiteral("space:") + app.spaceName, app.spaceName));
                space->app.spaceShield = app.spaceShield;
            }
            group = space;
        }
        Node *node = group->add(makeNode(Kind::App, QStringLiteral("app:") + app.name, app.name));
        node->app = app;
        m_apps.insert(app.name, node);
    }
    if (!anyPersonal) {
        // Nothing personal: the group would only be an empty heading.
        m_byKey.remove(personal->key);
        m_root->children.erase(m_root->children.begin());
        for (size_t i = 0; i < m_root->children.size(); ++i)
            m_root->children[i]->row = int(i);
    }
    const OperationScope reset("browser: views follow the reset");
    endResetModel();
}

QList<BrowserModel::Database> BrowserModel::databasesFrom(const QList<Attachment> &attachments)
{
    QList<Database> databases;
    QHash<QString, int> byAddon;
    for (const auto &attachment : attachments) {
        if (!attachment.isPostgres() || !attachment.nameSpace.isEmpty())
            continue;
        auto it = byAddon.find(attachment.addonId);
        if (it == byAddon.end()) {
            Database db;
            db.addonId = attachment.addonId;
            db.addonName = attachment.addonName;
            db.billingApp = attachment.addonAppName;
            db.plan = attachment.plan;
            it = byAddon.insert(attachment.addonId, int(databases.size()));
            databases.append(db);
        }
        databases[*it].attachmentNames.append(attachment.name);
    }
    for (auto &db : databases) {
        // DATABASE first, as Heroku lists it; then by name.
        std::sort(db.attachmentNames.begin(), db.attachmentNames.end(), [](const QString &a, const QString &b) {
            if ((a == QLatin1String("DATABASE")) != (b == QLatin1String("DATABASE")))
                return a == QLatin1String("DATABASE");
            return a < b;
        });
    }
    return databases;
}

void BrowserModel::setDatabases(const QString &appName, const QList<Database> &databases)
{
    Node *app = m_apps.value(appName);
    if (!app)
        return;
    const QModelIndex appIndex = indexFor(app);
    if (!app->children.empty()) {
        beginRemoveRows(appIndex, 0, int(app->children.size()) - 1);
        std::function<void(Node *)> forget = [&](Node *node) {
            m_byKey.remove(node->key);
            for (auto &child : node->children)
                forget(child.get());
        };
        for (auto &child : app->children)
            forget(child.get());
        app->children.clear();
        endRemoveRows();
    }

    std::vector<std::unique_ptr<Node>> top;
    QHash<QString, Node *> byAddonId;
    QList<const Database *> followers;
    auto makeDb = [this, &appName](const Database &db) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Database;
        node->key = QStringLiteral("db:%1/%2").arg(appName, db.addonName);
        node->title = LanguageManager::joinList(db.attachmentNames);
        node->db = db;
        return node;
    };
    for (const auto &db : databases) {
        if (!db.followingAddonId.isEmpty()) {
            followers.append(&db);
            continue;
        }
        top.push_back(makeDb(db));
        byAddonId.insert(db.addonId, top.back().get());
    }
    for (const Database *db : followers) {
        if (Node *leader = byAddonId.value(db->followingAddonId)) {
            byAddonId.insert(db->addonId, leader->add(makeDb(*db)));
        } else {
            top.push_back(makeDb(*db)); // its leader lives on another app
            byAddonId.insert(db->addonId, top.back().get());
        }
    }
    if (top.empty()) {
        auto none = std::make_unique<Node>();
        none->kind = Kind::Placeholder;
        none->key = QStringLiteral("none:") + appName;
        top.push_back(std::move(none));
    }

    beginInsertRows(appIndex, 0, int(top.size()) - 1);
    for (auto &node : top) {
        Node *added = app->add(std::move(node));
        std::function<void(Node *)> remember = [&](Node *n) {
            m_byKey.insert(n->key, n);
            for (auto &child : n->children) {
                child->parent = n;
                remember(child.get());
            }
        };
        remember(added);
    }
    app->loaded = true;
    app->fetchRequested = true;
    endInsertRows();
}

QModelIndex BrowserModel::indexForKey(const QString &key) const
{
    Node *node = m_byKey.value(key);
    return node ? indexFor(node) : QModelIndex();
}

QStringList BrowserModel::keys(const QString &prefix) const
{
    QStringList found;
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
        if (it.key().startsWith(prefix))
            found.append(it.key());
    }
    found.sort();
    return found;
}

void BrowserModel::markLoading(const QString &appName)
{
    if (Node *app = m_apps.value(appName))
        app->fetchRequested = true;
}

bool BrowserModel::databasesLoaded(const QString &appName) const
{
    const Node *app = m_apps.value(appName);
    return app && app->loaded;
}

BrowserModel::Node *BrowserModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex BrowserModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex BrowserModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    Node *node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex BrowserModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int BrowserModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int BrowserModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool BrowserModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (node->kind == Kind::App && !node->loaded)
        return true; // its databases are loaded when it is expanded
    return !node->children.empty();
}

bool BrowserModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return node->kind == Kind::App && !node->loaded && !node->fetchRequested && parent.isValid();
}

void BrowserModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeFor(parent);
    if (node->kind != Kind::App || node->fetchRequested)
        return;
    node->fetchRequested = true;
    emit databasesWanted(node->app.name);
}

Qt::ItemFlags BrowserModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (nodeFor(index)->kind == Kind::Placeholder)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString BrowserModel::displayText(const Node *node) const
{
    switch (node->kind) {
    case Kind::Group:
        return node->title.isEmpty() ? tr("Personal apps") : node->title;
    case Kind::Space:
        return node->app.spaceShield ? tr("%1 (Shield Private Space)").arg(node->title)
                                     : tr("%1 (Private Space)").arg(node->title);
    case Kind::App:
        return node->title;
    case Kind::Database:
        return tr("%1 · %2").arg(shortTitle(node->db.attachmentNames), node->db.plan.shortName());
    case Kind::Placeholder:
        return tr("No Heroku Postgres databases");
    }
    return {};
}

QString BrowserModel::shortTitle(const QStringList &attachmentNames)
{
    // "DATABASE (GRAY)": the first name as it is, the others without HEROKU_POSTGRESQL_.
    if (attachmentNames.isEmpty())
        return QString();
    QStringList others;
    for (int i = 1; i < attachmentNames.size(); ++i) {
        QString name = attachmentNames.at(i);
        if (name.startsWith(QLatin1String("HEROKU_POSTGRESQL_")))
            name = name.mid(18);
        others.append(name);
    }
    return others.isEmpty()
        ? attachmentNames.constFirst()
        : QStringLiteral("%1 (%2)").arg(attachmentNames.constFirst(), LanguageManager::joinList(others));
}

QString BrowserModel::toolTip(const Node *node) const
{
    switch (node->kind) {
    case Kind::App:
        if (node->app.inPrivateSpace())
            return tr("App %1 in the Private Space %2, region %3")
                .arg(node->app.name, node->app.spaceName, node->app.region);
        return tr("App %1 on the Common Runtime, region %2").arg(node->app.name, node->app.region);
    case Kind::Database:
        return tr("%1\nAdd-on %2 (%3 tier, plan %4), billed to %5")
            .arg(LanguageManager::joinList(node->db.attachmentNames), node->db.addonName,
                 Plan::tierName(node->db.plan.tier()), node->db.plan.name, node->db.billingApp);
    default:
        return displayText(node);
    }
}

QVariant BrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(node);
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::DecorationRole:
        if (node->kind == Kind::Database)
            return TierBadge::icon(node->db.plan.tier());
        return {};
    case Qt::FontRole:
        if (node->kind == Kind::Group || node->kind == Kind::Placeholder) {
            QFont font;
            font.setBold(node->kind == Kind::Group);
            font.setItalic(node->kind == Kind::Placeholder);
            return font;
        }
        return {};
    case KindRole:
        return int(node->kind);
    case KeyRole:
        return node->key;
    case AppNameRole: {
        const Node *n = node;
        while (n && n->kind != Kind::App)
            n = n->parent;
        return n ? n->app.name : QString();
    }
    case AddonNameRole:
        return node->kind == Kind::Database ? node->db.addonName : QString();
    case AddonIdRole:
        return node->kind == Kind::Database ? node->db.addonId : QString();
    case AttachmentNamesRole:
        return node->kind == Kind::Database ? node->db.attachmentNames : QStringList();
    case TierRole:
        return node->kind == Kind::Database ? int(node->db.plan.tier()) : int(Plan::Tier::Unknown);
    case SearchTextRole:
        if (node->kind == Kind::Database)
            return QStringList { node->title, node->db.addonName, node->db.plan.name }.join(
                QLatin1Char(' ')); // not prose: search text
        return node->kind == Kind::Placeholder ? QString() : displayText(node);
    default:
        return {};
    }
}

} // namespace hpg
