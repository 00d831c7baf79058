#pragma once

#include "sandbox/pg/pgconnection.h"

#include <functional>

namespace hpg::sandbox {

class PgTools;

// pg:copy's data path: `pg_dump -Fc -Z0 | pg_restore --no-owner --no-acl`, two processes joined
// through this process so that the bytes in flight can be counted (and bounded: at most a few MB
// wait in memory). Blocking; for worker threads. Passwords go to the programs in PGPASSWORD,
// never on their command lines.
class PgCopy
{
public:
    // Returns the number of bytes that went through the pipe; `progress` (may be empty) is called
    // as they flow. Throws PgError with the failing program's stderr, or "canceled" once
    // `cancelled` (may be empty; polled at least every 200 ms) returns true.
    static qint64 run(const PgTools &tools, const PgConnectParams &source, const PgConnectParams &target,
                      const std::function<void(qint64)> &progress, const std::function<bool()> &cancelled = {});

    // "host=… port=… dbname=… user=… sslmode=…" without the password.
    static QString conninfo(const PgConnectParams &params);
};

} // namespace hpg::sandbox
