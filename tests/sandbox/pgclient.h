#pragma once

// A tiny libpq helper for the sandbox integration tests: run SQL through a connection URL.

#include <QList>
#include <QString>
#include <QStringList>

#include <libpq-fe.h>

struct PgResult
{
    bool ok = false;
    QString error;
    QList<QStringList> rows;

    QString value(int row = 0, int column = 0) const { return rows.value(row).value(column); }
};

inline PgResult pgExec(const QString &url, const QString &sql)
{
    PgResult result;
    const QString conninfo = url + (url.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
        + QStringLiteral("connect_timeout=10&application_name=hpg-test");
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        result.error = QString::fromUtf8(PQerrorMessage(conn));
        PQfinish(conn);
        return result;
    }
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    const auto status = PQresultStatus(res);
    result.ok = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
    if (!result.ok)
        result.error = QString::fromUtf8(PQresultErrorMessage(res));
    for (int r = 0; r < PQntuples(res); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(res); ++c)
            row.append(QString::fromUtf8(PQgetvalue(res, r, c)));
        result.rows.append(row);
    }
    PQclear(res);
    PQfinish(conn);
    return result;
}

// A connection kept open (for connection_reset tests).
class PgSessionHandle
{
public:
    explicit PgSessionHandle(const QString &url)
        : m_conn(PQconnectdb(url.toUtf8().constData()))
    { }
    ~PgSessionHandle() { PQfinish(m_conn); }
    bool connected() const { return PQstatus(m_conn) == CONNECTION_OK; }
    bool exec(const QString &sql)
    {
        PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
        const bool ok = PQresultStatus(res) == PGRES_TUPLES_OK || PQresultStatus(res) == PGRES_COMMAND_OK;
        PQclear(res);
        return ok;
    }

private:
    PGconn *m_conn;
};
