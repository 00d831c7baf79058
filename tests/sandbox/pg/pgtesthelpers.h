#pragma once

// Helpers shared by the PostgreSQL-layer tests: waiting for futures without blocking the event
// loop, and plain libpq connections (independent of the code under test).

#include <QElapsedTimer>
#include <QFuture>
#include <QString>
#include <QTest>

#include <exception>
#include <libpq-fe.h>
#include <memory>

namespace pgtest {

// Waits (processing events) until `future` finishes; false with the exception's message on failure.
template<typename T> bool finish(QFuture<T> &future, QString &error, int timeoutMs = 180000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished()) {
        if (timer.elapsed() > timeoutMs) {
            error = QStringLiteral("timed out");
            return false;
        }
        QTest::qWait(10);
    }
    try {
        future.waitForFinished();
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

// The first value of `sql` run as superuser through a ClusterManager ("" without rows, null with a
// warning on error).
template<typename Manager> QString queryValue(Manager &manager, const QString &addonId, const QString &sql)
{
    auto future = manager.query(addonId, sql);
    QString error;
    if (!finish(future, error)) {
        qWarning("query on %s failed: %s", qPrintable(addonId), qPrintable(error));
        return {};
    }
    const auto rows = future.result();
    return rows.isEmpty() || rows.first().isEmpty() ? QStringLiteral("") : rows.first().first();
}

struct ConnCloser
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
using Conn = std::unique_ptr<PGconn, ConnCloser>;

// Connects with a postgres:// URL (plus extra "key=value" URL parameters, e.g. "sslmode=require").
inline Conn connectUrl(const QString &url, const QString &parameters = QStringLiteral("sslmode=require"))
{
    const QString full = parameters.isEmpty() ? url : url + QLatin1Char('?') + parameters;
    return Conn(PQconnectdb(full.toUtf8().constData()));
}

inline bool connected(const Conn &conn)
{
    return conn && PQstatus(conn.get()) == CONNECTION_OK;
}

inline QString errorOf(const Conn &conn)
{
    return conn ? QString::fromUtf8(PQerrorMessage(conn.get())).trimmed() : QStringLiteral("no connection");
}

// Runs `sql`; returns the first value, or a null QString (and sets ok=false) on error.
inline QString scalar(const Conn &conn, const QString &sql, bool *ok = nullptr)
{
    PGresult *result = PQexec(conn.get(), sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool success = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
    QString value;
    if (success && PQntuples(result) > 0 && PQnfields(result) > 0)
        value = QString::fromUtf8(PQgetvalue(result, 0, 0));
    else if (success)
        value = QStringLiteral("");
    PQclear(result);
    if (ok)
        *ok = success;
    return value;
}

} // namespace pgtest

#define PG_FINISH(future)                                                                                              \
    do {                                                                                                               \
        QString finishError_;                                                                                          \
        QVERIFY2(pgtest::finish(future, finishError_), qPrintable(finishError_));                                      \
    } while (false)
