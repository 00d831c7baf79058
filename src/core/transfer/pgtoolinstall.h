#pragma once

#include "pgtoolversion.h"

#include <QString>

namespace hpg {

// One directory with PostgreSQL client programs (pg_dump, pg_restore, createdb, psql).
struct PgToolInstall
{
    QString binDir;
    QString pgDump; // absolute paths, empty when the program is missing
    QString pgRestore;
    QString createdb;
    QString psql;
    PgToolVersion dumpVersion; // what `pg_dump --version` says
    PgToolVersion restoreVersion; // what `pg_restore --version` says

    // pg_dump and pg_restore are there and both told their version.
    bool isUsable() const { return dumpVersion.isValid() && restoreVersion.isValid(); }
    // The older of the two programs (they normally match).
    PgToolVersion version() const { return dumpVersion.number <= restoreVersion.number ? dumpVersion : restoreVersion; }
};

} // namespace hpg
