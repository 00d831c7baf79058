#pragma once

#include "transferinventory.h"
#include "transferspec.h"

#include <QCoreApplication>

namespace hpg {

// Chooses between the CLI's single stream and the parallel directory mode. The stream overlaps
// dumping and restoring but restores one table and one index at a time; the parallel mode does
// each half with N jobs but writes the data to disk in between, so it is faster when the data is
// spread over several tables (the largest one bounds it), with enough free space for the dump.
class TransferModeAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(hpg::TransferModeAdvisor)
public:
    struct Advice
    {
        TransferSpec::Mode mode = TransferSpec::Mode::Stream;
        int jobs = 1; // for the parallel mode (also when it is not the advice)
        QString reason; // translated
        double streamCost = 1; // relative time estimates (stream = 1)
        double parallelCost = 1;
    };

    // Below this much data the two modes differ by less than their start-up costs.
    static constexpr qint64 minimumParallelBytes = 64LL * 1024 * 1024;
    // A dump's time over a serial restore's (measured with pg_dump/pg_restore 15).
    static constexpr double dumpToRestoreRatio = 0.35;

    // `cores`: the local machine's (QThread::idealThreadCount()); `freeBytes`: free space where
    // the dump directory would go (-1: unknown).
    static Advice advise(const TransferInventory &inventory, const QStringList &excludeTableData, int cores,
                         qint64 freeBytes);
};

} // namespace hpg
