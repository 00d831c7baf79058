#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace hpg {

// Why a PgSession could not connect, lost its connection or could not run a
// statement, sorted into what a user can act on. `message` is a translated
// sentence for the view; `detail` is libpq's or the server's own text with any
// password redacted. Neither ever contains a password.
struct PgSessionError
{
    Q_DECLARE_TR_FUNCTIONS(hpg::PgSessionError)
public:
    enum class Kind {
        None,
        ConnectionRefused, // nothing listens there, host unknown or unreachable
        Timeout, // no answer within the connect timeout
        SslRequired, // SSL was required and the server does not offer it, or the server requires it
        AuthenticationFailed, // wrong password, unknown role or database, pg_hba.conf
        PermissionDenied, // SQLSTATE 42501 (e.g. terminating another role's session)
        ServerGone, // the connection broke: server stopped, session terminated, network
        QueryCanceled, // SQLSTATE 57014: a cancel request or statement_timeout
        NotConnected, // a statement while the session is closed or broken
        Query, // any other statement error
        Connection, // any other connection failure
    };

    Kind kind = Kind::None;
    QString sqlState; // five characters when the server sent one
    QString detail;
    QString message;

    bool isError() const { return kind != Kind::None; }
    // True when the session must connect again before the next statement.
    bool isConnectionProblem() const;

    // A failed connection attempt, from PQerrorMessage() (connection errors carry no SQLSTATE).
    static PgSessionError connectFailure(const QString &libpqMessage);
    static PgSessionError connectTimeout(int milliseconds);
    // A failed statement. `connectionBroken` is PQstatus() == CONNECTION_BAD afterwards.
    static PgSessionError statementFailure(const QString &sqlState, const QString &serverMessage,
                                           bool connectionBroken);
    // The connection broke while no statement ran (e.g. the session was terminated).
    static PgSessionError connectionLost(const QString &libpqMessage);
    static PgSessionError notConnected();
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::PgSessionError)
