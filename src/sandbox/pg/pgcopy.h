#pragma once

#include "sandbox/pg/pgconnection.h"

#include <functional>
#include <optional>

namespace hpg::sandbox {

class PgTools;

// One end of a transfer: a database (read with pg_dump, written with pg_restore) or a file in
// pg_dump's custom format (a backup).
struct PgDataEnd
{
    std::optional<PgConnectParams> database;
    QString file;
    // A target only: pg_restore --create (connected to a maintenance database), keeping owners and
    // privileges, instead of --no-owner --no-acl into an existing database (pg:upgrade).
    bool createAsIs = false;

    static PgDataEnd of(const PgConnectParams &params) { return { params, {}, false }; }
    static PgDataEnd ofFile(const QString &path) { return { std::nullopt, path, false }; }
    static PgDataEnd created(const PgConnectParams &maintenance) { return { maintenance, {}, true }; }
};

// The transfers' data path: `pg_dump -Fc -Z0 | pg_restore --no-owner --no-acl` (pg:copy), pg_dump
// into a file (pg:backups:capture) or a file into pg_restore (pg:backups:restore). The programs are
// joined through this process so that the bytes in flight can be counted (and bounded: at most a
// few MB wait in memory). Blocking; for worker threads. Passwords go to the programs in
// PGPASSWORD, never on their command lines. A file is written through QSaveFile: it appears only
// once complete.
class PgCopy
{
public:
    // Returns the number of bytes that went through the pipe; `progress` (may be empty) is called
    // as they flow. Throws PgError with the failing program's stderr, or "canceled" once
    // `cancelled` (may be empty; polled at least every 200 ms) returns true.
    static qint64 run(const PgTools &tools, const PgDataEnd &from, const PgDataEnd &to,
                      const std::function<void(qint64)> &progress, const std::function<bool()> &cancelled = {});
    static qint64 run(const PgTools &tools, const PgConnectParams &source, const PgConnectParams &target,
                      const std::function<void(qint64)> &progress, const std::function<bool()> &cancelled = {})
    {
        return run(tools, PgDataEnd::of(source), PgDataEnd::of(target), progress, cancelled);
    }

    // "host=… port=… dbname=… user=… sslmode=…" without the password.
    static QString conninfo(const PgConnectParams &params);
};

} // namespace hpg::sandbox
