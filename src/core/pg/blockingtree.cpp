#include "blockingtree.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace hpg::BlockingTree {

namespace {

constexpr int maxNodes = 20000; // a tree of a DAG can grow fast; stop well before it hurts

struct Builder
{
    QHash<int, QList<int>> blocks; // blocker -> the pids it blocks
    QSet<int> visited;
    int nodes = 0;

    BlockingNode node(int pid, QList<int> &path)
    {
        BlockingNode n;
        n.pid = pid;
        visited.insert(pid);
        ++nodes;
        if (path.contains(pid)) {
            n.cycle = true;
            return n;
        }
        path.append(pid);
        for (int child : blocks.value(pid)) {
            if (nodes >= maxNodes)
                break;
            n.children.push_back(node(child, path));
        }
        path.removeLast();
        return n;
    }
};

void collect(const BlockingNode &node, QList<int> &out, QSet<int> &seen)
{
    for (const BlockingNode &child : node.children) {
        if (!seen.contains(child.pid)) {
            seen.insert(child.pid);
            out.append(child.pid);
        }
        collect(child, out, seen);
    }
}

} // namespace

std::vector<BlockingNode> build(const QList<SessionInfo> &sessions)
{
    Builder builder;
    QSet<int> blocked;
    for (const SessionInfo &s : sessions) {
        for (int blocker : s.blockedBy) {
            QList<int> &list = builder.blocks[blocker];
            if (!list.contains(s.pid))
                list.append(s.pid);
            blocked.insert(s.pid);
        }
    }
    QList<int> blockers = builder.blocks.keys();
    std::sort(blockers.begin(), blockers.end());
    for (QList<int> &list : builder.blocks)
        std::sort(list.begin(), list.end());

    std::vector<BlockingNode> roots;
    QList<int> path;
    for (int pid : std::as_const(blockers)) {
        if (!blocked.contains(pid))
            roots.push_back(builder.node(pid, path));
    }
    // What is left waits in a circle: start from its smallest pid.
    for (int pid : std::as_const(blockers)) {
        if (!builder.visited.contains(pid))
            roots.push_back(builder.node(pid, path));
    }
    return roots;
}

QList<int> pids(const std::vector<BlockingNode> &roots)
{
    QList<int> out;
    QSet<int> seen;
    for (const BlockingNode &root : roots) {
        if (!seen.contains(root.pid)) {
            seen.insert(root.pid);
            out.append(root.pid);
        }
    }
    for (const BlockingNode &root : roots)
        collect(root, out, seen);
    return out;
}

int blockedCount(const BlockingNode &node)
{
    QList<int> out;
    QSet<int> seen { node.pid };
    collect(node, out, seen);
    return int(out.size());
}

} // namespace hpg::BlockingTree
