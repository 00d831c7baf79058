#pragma once

#include "core/pg/blockingtree.h"
#include "core/pg/sessioninfo.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace hpg {

// Who blocks whom, as a tree (BlockingTree): root blockers at the top, the
// sessions they block below, with their queries and how long they have been
// running or waiting. When the shape of the tree stays the same across a
// refresh only dataChanged() is emitted; a new shape resets the model.
class BlockingModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { PidColumn, UserColumn, StateColumn, WaitColumn, DurationColumn, QueryColumn, ColumnCount };
    enum Role {
        PidRole = Qt::UserRole + 1,
        RootPidRole, // the pid of the root blocker above this row (its own pid for a root)
        IsRootRole,
        BlockedCountRole, // sessions below this one
        FullQueryRole,
    };

    explicit BlockingModel(QObject *parent = nullptr);
    ~BlockingModel() override;

    void setSessions(const QList<SessionInfo> &sessions);
    void clear();
    int rootCount() const { return int(m_roots.size()); }
    QList<int> rootPids() const;
    // The index of the first row showing `pid` (roots first), or an invalid index.
    QModelIndex indexOfPid(int pid) const;
    int resetCount() const { return m_resets; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    using Nodes = std::vector<std::unique_ptr<Node>>;
    static Nodes build(const std::vector<BlockingNode> &tree, const QHash<int, const SessionInfo *> &sessions,
                       Node *parent);
    static bool sameShape(const Nodes &a, const Nodes &b);
    void updateData(Nodes &current, Nodes &fresh);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(Node *node, int column) const;

    Nodes m_roots;
    int m_resets = 0;
};

} // namespace hpg
