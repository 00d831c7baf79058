#pragma once

#include "core/pg/conninfo.h"
#include "pgtoolinstall.h"
#include "transferinventory.h"

#include <QStringList>

namespace hpg {

// Everything a TransferJob needs: which way, how, from where to where, with which programs.
struct TransferSpec
{
    enum class Direction { Pull, Push };
    enum class Mode {
        Stream, // pg_dump -Fc -Z0 | pg_restore, like the Heroku CLI
        Parallel, // pg_dump -Fd -Z0 -j N into a private temporary directory, then pg_restore -j N
    };

    Direction direction = Direction::Pull;
    Mode mode = Mode::Stream;
    int jobs = 1; // Parallel only
    ConnInfo source; // with its password (kept in memory, handed to pg_dump through its environment)
    ConnInfo target;
    QStringList excludeTableData; // --exclude-table-data patterns
    PgToolInstall tools;
    bool createTarget = false; // pull: createdb the target first (and offer to drop it after a cancel)
    QString workDir; // Parallel: where the dump directory goes (empty: the system's temporary directory)
    // Target sessions run with synchronous_commit=off and a larger maintenance_work_mem (PGOPTIONS):
    // a fresh database that would be dropped after a crash anyway.
    bool tuneRestore = true;
    TransferInventory inventory; // for counts, sizes and the estimate (may be empty)
};

} // namespace hpg
