#pragma once

#include <QList>

namespace hpg {

// The processes a program started itself (pg_dump -j and pg_restore -j fork their workers), so a
// cancel can wait for them too rather than only for the program it started. Linux reads /proc;
// elsewhere the lists are empty and the workers are left to their leader.
class ProcessTree
{
public:
    // Every live descendant of `pid` (children, their children, …).
    static QList<qint64> descendants(qint64 pid);
    // Running (not a zombie and not gone).
    static bool isAlive(qint64 pid);
    static void kill(qint64 pid);
};

} // namespace hpg
