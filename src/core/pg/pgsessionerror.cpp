#include "pgsessionerror.h"

#include "conninfo.h"

namespace hpg {

namespace {

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString cleaned(const QString &text)
{
    // libpq ends its messages with a newline and indents hints with a tab.
    QString result = ConnInfo::redact(text).trimmed();
    result.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return result;
}

} // namespace

bool PgSessionError::isConnectionProblem() const
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::SslRequired:
    case Kind::AuthenticationFailed:
    case Kind::ServerGone:
    case Kind::NotConnected:
    case Kind::Connection:
        return true;
    case Kind::None:
    case Kind::PermissionDenied:
    case Kind::QueryCanceled:
    case Kind::Query:
        return false;
    }
    return false;
}

PgSessionError PgSessionError::connectFailure(const QString &libpqMessage)
{
    PgSessionError error;
    error.detail = cleaned(libpqMessage);
    const QString &text = error.detail;
    if (containsAny(text,
                    { "server does not support SSL", "SSL was required", "no encryption", "SSL off",
                      "SSL connection is required" })) {
        error.kind = Kind::SslRequired;
        error.message = tr("The server and hpgdesk do not agree on SSL: a secure connection is required and could "
                           "not be made.");
    } else if (containsAny(text,
                           { "password authentication failed", "authentication failed", "no password supplied",
                             "does not exist", "no pg_hba.conf entry", "password is required" })) {
        error.kind = Kind::AuthenticationFailed;
        error.message = tr("The server refused the login: the credential may have been rotated or the database "
                           "may no longer exist.");
    } else if (containsAny(text,
                           { "Connection refused", "could not translate host name", "No route to host",
                             "Network is unreachable", "Name or service not known" })) {
        error.kind = Kind::ConnectionRefused;
        error.message = tr("The database server cannot be reached: the connection was refused or the host is "
                           "unknown.");
    } else if (containsAny(text, { "timeout expired", "timed out" })) {
        error.kind = Kind::Timeout;
        error.message = tr("The database server did not answer in time.");
    } else if (containsAny(text,
                           { "starting up", "shutting down", "in recovery mode", "too many clients",
                             "remaining connection slots" })) {
        error.kind = Kind::Connection;
        error.message = tr("The database server does not accept connections right now.");
    } else {
        error.kind = Kind::Connection;
        error.message = tr("Could not connect to the database.");
    }
    return error;
}

PgSessionError PgSessionError::connectTimeout(int milliseconds)
{
    PgSessionError error;
    error.kind = Kind::Timeout;
    error.detail = QStringLiteral("timeout expired after %1 ms").arg(milliseconds);
    error.message = tr("The database server did not answer within %1 seconds.").arg((milliseconds + 999) / 1000);
    return error;
}

PgSessionError PgSessionError::statementFailure(const QString &sqlState, const QString &serverMessage,
                                                bool connectionBroken)
{
    PgSessionError error;
    error.sqlState = sqlState;
    error.detail = cleaned(serverMessage);
    if (sqlState == QLatin1String("42501")) {
        error.kind = Kind::PermissionDenied;
        error.message = tr("Permission denied: this credential may not do that.");
    } else if (sqlState == QLatin1String("57014")) {
        error.kind = Kind::QueryCanceled;
        error.message = tr("The statement was canceled.");
    } else if (connectionBroken || sqlState.startsWith(QLatin1String("08"))
               || sqlState.startsWith(QLatin1String("57P"))) {
        error.kind = Kind::ServerGone;
        error.message = tr("The connection to the database server was lost.");
    } else {
        error.kind = Kind::Query;
        error.message = tr("The statement failed.");
    }
    return error;
}

PgSessionError PgSessionError::connectionLost(const QString &libpqMessage)
{
    PgSessionError error;
    error.kind = Kind::ServerGone;
    error.detail = cleaned(libpqMessage);
    error.message = tr("The connection to the database server was lost.");
    return error;
}

PgSessionError PgSessionError::notConnected()
{
    PgSessionError error;
    error.kind = Kind::NotConnected;
    error.message = tr("Not connected to the database.");
    return error;
}

} // namespace hpg
