#pragma once

// Helpers shared by conninfo*.cpp; not part of hpg_core's interface.

#include "conninfo.h"

#include <QString>

namespace hpg::conninfo {

// Percent-encodes everything but RFC 3986's unreserved characters (UTF-8).
QString percentEncode(const QString &text);

// Decodes %XX sequences (UTF-8). Returns false when a "%" is not followed by
// two hexadecimal digits or encodes a NUL byte. With plusIsSpace, "+" is a
// space (Java's URLDecoder, used by the PostgreSQL JDBC driver).
bool percentDecode(const QString &text, QString *out, bool plusIsSpace = false);

// Applies one libpq keyword to `info`: the main fields go to their setters
// (port and sslmode are checked), other libpq keywords become options, and
// unknown keywords are an error. When the pair follows a password, it may be
// the rest of a password that was not quoted or encoded: then the message
// names neither the keyword nor the value.
bool applyKeyword(ConnInfo &info, const QString &keyword, const QString &value, QString *error,
                  bool followsPassword = false);

// Whether a keyword holds a secret.
bool isPasswordKeyword(const QString &keyword);

// Splits "host[:port]" or "[v6addr][:port]" as found in URLs.
bool splitHostPort(const QString &hostPort, QString *host, QString *port, QString *error);

// Writes host for a URL authority: IPv6 addresses in brackets.
QString urlHost(const QString &host);

bool setError(QString *error, const QString &message);

} // namespace hpg::conninfo
