#pragma once

#include "core/heroku/app.h"
#include "core/heroku/attachment.h"
#include "core/heroku/space.h"
#include "core/heroku/team.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace hpg {

// The app/database tree: personal apps and teams → Private Spaces → apps →
// databases, a follower under its leader.
class BrowserModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Group, Space, App, Database, Placeholder };
    enum Role {
        KindRole = Qt::UserRole + 1,
        KeyRole, // stable key: "app:NAME", "db:ADDON_NAME", "team:NAME", "space:NAME"
        AppNameRole, // the app a node belongs to
        AddonNameRole,
        AddonIdRole,
        TierRole, // Plan::Tier as int, databases only
        SearchTextRole,
        AttachmentNamesRole, // QStringList, databases only
    };

    // One database as the tree shows it: an add-on with the names it is attached as on this app.
    struct Database
    {
        QString addonId;
        QString addonName;
        QString billingApp;
        QStringList attachmentNames;
        Plan plan;
        QString followingAddonId; // empty unless a follower whose leader is known
    };

    explicit BrowserModel(QObject *parent = nullptr);
    ~BrowserModel() override;

    // Rebuilds the tree from the account's teams, spaces and apps.
    void setApps(const QList<App> &apps, const QList<Team> &teams, const QList<Space> &spaces);
    // Fills an app's databases (replacing any before).
    void setDatabases(const QString &appName, const QList<Database> &databases);
    // Groups an app's Postgres attachments by add-on.
    static QList<Database> databasesFrom(const QList<Attachment> &attachments);

    QModelIndex indexForKey(const QString &key) const;
    // The keys of the loaded nodes that start with `prefix` ("app:", "db:acme/"), sorted.
    QStringList keys(const QString &prefix) const;
    bool databasesLoaded(const QString &appName) const;
    // The app's databases were asked for elsewhere: the view need not ask again.
    void markLoading(const QString &appName);
    int appCount() const { return int(m_apps.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // An app node was expanded for the first time: its databases are wanted.
    void databasesWanted(const QString &appName);

public:
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node) const;
    QString displayText(const Node *node) const;
    QString toolTip(const Node *node) const;
    static QString shortTitle(const QStringList &attachmentNames);

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byKey;
    QHash<QString, Node *> m_apps; // app name → node
};

} // namespace hpg
