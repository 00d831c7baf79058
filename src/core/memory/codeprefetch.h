#pragma once

#include <QtGlobal>

namespace hpg {

// Brings this process's code (the executable mappings of the program and its libraries) into
// memory ahead of work during which the window must not wait for the disk: a run's down time.
// Code is read from the disk the first time it runs, and again once the system has dropped it
// after a while unused. Behind a busy disk (a restore being written) that took 150 to 260 ms on
// the window's thread, in steps a follower switch ran for the first time (BENCH uistall).
// Linux only; elsewhere nothing happens.
class CodePrefetch
{
public:
    struct Result
    {
        int mappings = 0; // executable file mappings brought in
        qint64 bytes = 0;
    };

    enum class How {
        Map, // into this process's memory (MADV_POPULATE_READ; MADV_WILLNEED where the kernel lacks it)
        Cache, // into the system's file cache only (MADV_WILLNEED): the first run of the code then needs
               // no disk, and the process's resident memory does not grow
    };

    // Brings every executable file mapping in. Waits for the disk: call it from a worker thread.
    static Result populateCode(How how = How::Map);
    // populateCode() on a thread of its own; returns at once. Does nothing while one is under way.
    static void inBackground(How how = How::Map);
};

} // namespace hpg
