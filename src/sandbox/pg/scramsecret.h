#pragma once

#include <QByteArray>
#include <QString>

namespace hpg::sandbox {

// A role's stored SCRAM-SHA-256 secret, "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>"
// (RFC 5802/7677, in PostgreSQL's format), for ALTER ROLE … PASSWORD: the password itself never
// reaches the server. `password` must be ASCII (SASLprep leaves it unchanged then).
QString scramSecret(const QString &password, const QByteArray &salt, int iterations);

// For the sandbox's own superuser only: one iteration and a random salt. Its password is 256
// random bits, which the 4096 iterations of PostgreSQL's default would not make any harder to
// guess, and they cost 4-5 ms of every connection the sandbox opens (half of it; measured).
QString adminScramSecret(const QString &password);

} // namespace hpg::sandbox
