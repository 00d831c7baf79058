#pragma once

#include <QList>

namespace hpg {

// The processes a program started itself (pg_dump -j and pg_restore -j fork their workers), so a
// cancel can wait for them too rather than only for the program it started. Linux reads /proc;
// elsewhere the lists are empty and the workers are left to their leader.
//
// Only ever the tree under a child of this process: a pid ≤ 0, this process itself or a process
// that is not our child gives nothing, and a process is signalled only while it is still the very
// process that was found there (same start time: a pid the system gave to another program since
// is left alone).
class ProcessTree
{
public:
    struct Process
    {
        qint64 pid = 0;
        qint64 startTime = -1; // clock ticks after boot (/proc/<pid>/stat), -1 when unknown
        friend bool operator==(const Process &, const Process &) = default;
    };

    // Every live descendant of `child` (its children, their children, …); empty unless `child` is
    // a running child of this process.
    static QList<Process> descendants(qint64 child);
    static bool isChildOfThisProcess(qint64 pid);
    // The process as it runs now (start time filled in); pid 0 when there is none.
    static Process find(qint64 pid);
    // Still running (not a zombie, not gone, not another program under the same pid).
    static bool isAlive(const Process &process);
    // Whether `process` may be signalled: pid > 0, not this process, still running as found.
    static bool maySignal(const Process &process);
    // SIGKILL, only when maySignal().
    static void kill(const Process &process);
};

} // namespace hpg
