#pragma once

#include "sessioninfo.h"

#include <QList>

#include <vector>

namespace hpg {

// One session in the blocking tree; its children are the sessions it blocks.
struct BlockingNode
{
    int pid = 0;
    std::vector<BlockingNode> children;
    // This pid already appears on the way up: the sessions wait on each other (a deadlock
    // the server has not broken yet). Such a node has no children.
    bool cycle = false;

    bool operator==(const BlockingNode &other) const = default;
};

// Who blocks whom, from pg_blocking_pids() (SessionInfo::blockedBy). Unlike pg:blocking,
// which joins pg_locks on transactionid, this also catches waits for relation locks
// (LOCK TABLE, ALTER TABLE, …).
namespace BlockingTree {

// The roots are the sessions that block others and wait on nobody: the root blockers a DBA
// may terminate. A session blocked by several others appears under each. A root that is not
// among `sessions` (a prepared transaction, a session the credential cannot see) still appears.
// Roots and children are ordered by pid.
std::vector<BlockingNode> build(const QList<SessionInfo> &sessions);

// Every pid in the trees (roots first).
QList<int> pids(const std::vector<BlockingNode> &roots);
// The number of sessions below `node` (each counted once).
int blockedCount(const BlockingNode &node);

} // namespace BlockingTree

} // namespace hpg
