#pragma once

#include <QMetaType>
#include <QString>

namespace hpg {

// One look at a running transfer, from the real work: pg_restore's items, bytes through the
// pipe or in the dump directory, time.
struct TransferProgress
{
    enum class Phase {
        Preparing,
        CreatingDatabase, // createdb
        Transferring, // Stream: pg_dump | pg_restore (tables' data)
        Dumping, // Parallel: pg_dump -Fd -j N
        Restoring, // Parallel: pg_restore -j N (tables' data)
        BuildingIndexes, // pg_restore after the data: indexes and constraints
        Checking, // extensions compared after the transfer
        Cancelling,
        Finished,
    };

    Phase phase = Phase::Preparing;
    int tablesDone = 0; // in Dumping: tables dumped; otherwise tables restored
    int tablesTotal = 0;
    int indexesDone = 0;
    int indexesTotal = 0;
    qint64 bytes = 0; // bytes moved so far (-1: unknown on this system)
    qint64 bytesEstimate = 0; // what the catalog says the data will take (0: unknown)
    double fraction = 0; // 0…1, the whole transfer
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1; // -1 until there is enough to estimate
    QString currentItem; // "public.items" while its data or index is being restored
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::TransferProgress)
