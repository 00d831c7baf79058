#pragma once

#include "conninfo.h"

#include <QString>

namespace hpg {

// The sslmode of every connection hpgdesk makes (PgSession, PgQuery, pg_dump /
// pg_restore / createdb / psql through PGSSLMODE). Heroku Postgres requires
// SSL: a connection to anything but this machine gets sslmode=require at
// least (verify-ca and verify-full are kept), whatever the connection string
// or the environment ask for, so it never falls back to plain text. A
// loopback connection (the sandbox, a local server) keeps the mode asked for.
class SslPolicy
{
public:
    // localhost, 127.0.0.0/8, ::1, or a Unix-domain socket directory (every
    // host of a comma-separated list must be one).
    static bool isLoopbackHost(const QString &host);
    // True when `conn` goes to this machine only: its host and, when given,
    // its hostaddr option are loopback.
    static bool isLoopback(const ConnInfo &conn);
    // The sslmode for `conn`: at least require off loopback; on loopback the
    // connection's own mode, or `loopbackDefault` when it has none (empty:
    // libpq's default).
    static QString modeFor(const ConnInfo &conn, const QString &loopbackDefault = {});
};

} // namespace hpg
