#include "blockingmodel.h"

#include "sessionsmodel.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/statewords.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>

namespace hpg {

struct BlockingModel::Node
{
    int pid = 0;
    bool cycle = false;
    bool known = false; // the session is in the snapshot
    SessionInfo info;
    int blockedCount = 0;
    Node *parent = nullptr;
    int row = 0;
    Nodes children;
};

BlockingModel::BlockingModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

BlockingModel::~BlockingModel() = default;

BlockingModel::Nodes BlockingModel::build(const std::vector<BlockingNode> &tree,
                                          const QHash<int, const SessionInfo *> &sessions, Node *parent)
{
    Nodes nodes;
    nodes.reserve(tree.size());
    for (const BlockingNode &b : tree) {
        auto node = std::make_unique<Node>();
        node->pid = b.pid;
        node->cycle = b.cycle;
        if (const SessionInfo *s = sessions.value(b.pid)) {
            node->known = true;
            node->info = *s;
        }
        node->blockedCount = BlockingTree::blockedCount(b);
        node->parent = parent;
        node->row = int(nodes.size());
        node->children = build(b.children, sessions, node.get());
        nodes.push_back(std::move(node));
    }
    return nodes;
}

bool BlockingModel::sameShape(const Nodes &a, const Nodes &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i]->pid != b[i]->pid || a[i]->cycle != b[i]->cycle || !sameShape(a[i]->children, b[i]->children))
            return false;
    }
    return true;
}

void BlockingModel::updateData(Nodes &current, Nodes &fresh)
{
    for (size_t i = 0; i < current.size(); ++i) {
        Node &c = *current[i];
        Node &f = *fresh[i];
        if (c.known != f.known || !(c.info == f.info) || c.blockedCount != f.blockedCount) {
            c.known = f.known;
            c.info = f.info;
            c.blockedCount = f.blockedCount;
            emit dataChanged(indexOfNode(&c, 0), indexOfNode(&c, ColumnCount - 1));
        }
        updateData(c.children, f.children);
    }
}

void BlockingModel::setSessions(const QList<SessionInfo> &sessions)
{
    QHash<int, const SessionInfo *> byPid;
    byPid.reserve(sessions.size());
    for (const SessionInfo &s : sessions)
        byPid.insert(s.pid, &s);
    Nodes fresh = build(BlockingTree::build(sessions), byPid, nullptr);
    if (sameShape(m_roots, fresh)) {
        updateData(m_roots, fresh);
        return;
    }
    beginResetModel();
    m_roots = std::move(fresh);
    ++m_resets;
    endResetModel();
}

void BlockingModel::clear()
{
    if (m_roots.empty())
        return;
    beginResetModel();
    m_roots.clear();
    ++m_resets;
    endResetModel();
}

QList<int> BlockingModel::rootPids() const
{
    QList<int> pids;
    for (const auto &root : m_roots)
        pids.append(root->pid);
    return pids;
}

QModelIndex BlockingModel::indexOfPid(int pid) const
{
    // Breadth first, so that a root wins over the same pid deeper down.
    std::vector<Node *> level;
    for (const auto &root : m_roots)
        level.push_back(root.get());
    while (!level.empty()) {
        std::vector<Node *> next;
        for (Node *node : level) {
            if (node->pid == pid)
                return indexOfNode(node, 0);
            for (const auto &child : node->children)
                next.push_back(child.get());
        }
        level = std::move(next);
    }
    return {};
}

BlockingModel::Node *BlockingModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex BlockingModel::indexOfNode(Node *node, int column) const
{
    return node ? createIndex(node->row, column, node) : QModelIndex();
}

QModelIndex BlockingModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Nodes &nodes = parent.isValid() ? nodeOf(parent)->children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= int(nodes.size()))
        return {};
    return createIndex(row, column, nodes[size_t(row)].get());
}

QModelIndex BlockingModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node && node->parent ? indexOfNode(node->parent, 0) : QModelIndex();
}

int BlockingModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int BlockingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BlockingModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const SessionInfo &s = node->info;
    const bool root = node->parent == nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PidColumn:
            if (node->cycle)
                return tr("%1 (waits in a circle)").arg(node->pid);
            if (root)
                return tr("%1 (blocks %2)").arg(node->pid).arg(node->blockedCount);
            return node->pid;
        case UserColumn:
            return s.user;
        case StateColumn:
            return node->known ? StateWords::sessionState(s.state) : tr("not visible");
        case WaitColumn:
            return s.wait();
        case DurationColumn:
            // A blocker: how long its transaction has held on; a waiter: how long its statement has waited.
            return SessionsModel::formatDuration(root ? s.runningMs() : s.queryMs);
        case QueryColumn:
            return SessionsModel::oneLine(s.query);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == QueryColumn)
            return SessionsModel::oneLine(s.query, 2000);
        if (root)
            return tr("Root blocker: terminating session %1 releases the sessions below it.").arg(node->pid);
        return {};
    case Qt::FontRole:
        if (root) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // The root blocker stands out in a colour readable on the palette in use (light or dark).
        return root ? QVariant(QBrush(Appearance::errorText(QGuiApplication::palette()))) : QVariant();
    case PidRole:
        return node->pid;
    case RootPidRole: {
        const Node *top = node;
        while (top->parent)
            top = top->parent;
        return top->pid;
    }
    case IsRootRole:
        return root;
    case BlockedCountRole:
        return node->blockedCount;
    case FullQueryRole:
        return s.query;
    default:
        return {};
    }
}

QVariant BlockingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case PidColumn:
        return tr("PID");
    case UserColumn:
        return tr("User");
    case StateColumn:
        return tr("State");
    case WaitColumn:
        return tr("Waiting For");
    case DurationColumn:
        return tr("Duration");
    case QueryColumn:
        return tr("Query");
    default:
        return {};
    }
}

} // namespace hpg
