#pragma once

// For the sessions tests and benchmarks: one real PostgreSQL 15 cluster per test executable
// (provisioned by the sandbox's ClusterManager, run as `postgres` when root), and plain libpq
// connections that play the other sessions (independent of the code under test).

#include "core/pg/conninfo.h"
#include "localcluster.h"

#include <QElapsedTimer>
#include <QTest>

#include <libpq-fe.h>

namespace livepg {

// testsupport::finish with the sessions tests' time limit.
template<typename T> bool finish(QFuture<T> &future, QString *error, int timeoutMs = 180000)
{
    return testsupport::finish(future, error, timeoutMs);
}

class LiveCluster
{
public:
    bool provision(QString *error, int maxConnections = 120)
    {
        hpg::sandbox::ProvisionSpec spec;
        spec.addonId = addonId();
        spec.maxConnections = maxConnections;
        return m_cluster.provision(spec, error, 180000);
    }

    static QString addonId() { return QStringLiteral("sessions-test-addon"); }
    hpg::sandbox::ClusterManager *manager() const { return m_cluster.manager(); }
    const hpg::sandbox::PgEndpoint &endpoint() const { return m_cluster.endpoint(); }

    // The default credential, as the app would get it from the data API.
    hpg::ConnInfo connInfo(const QString &credential = QStringLiteral("default")) const
    {
        hpg::ConnInfo conn;
        const hpg::sandbox::PgEndpoint &ep = endpoint();
        conn.setHost(ep.host);
        conn.setPort(ep.port);
        conn.setDatabase(ep.database);
        if (const auto *c = ep.credential(credential)) {
            conn.setUser(c->user);
            conn.setPassword(c->password);
        }
        conn.setSslMode(QStringLiteral("require"));
        return conn;
    }

    // SQL as the superuser; rows as strings. Empty on error (with `error` set when given).
    QList<QStringList> query(const QString &sql, QString *error = nullptr)
    {
        auto future = manager()->query(addonId(), sql);
        QString problem;
        if (!finish(future, &problem)) {
            if (error)
                *error = problem;
            else
                qWarning("superuser query failed: %s", qPrintable(problem));
            return {};
        }
        return future.result();
    }

    QString scalar(const QString &sql)
    {
        const auto rows = query(sql);
        return rows.isEmpty() || rows.first().isEmpty() ? QString() : rows.first().first();
    }

    // Refreshes the endpoint after credentials were created.
    void reloadEndpoint() { m_cluster.setEndpoint(manager()->endpoint(addonId()).value_or(endpoint())); }

private:
    testsupport::LocalCluster m_cluster;
};

// Another client of the database: a plain libpq connection that can run a statement in the
// background (PQsendQuery) and be asked later whether it finished.
class Actor
{
public:
    Actor() = default;
    Actor(const Actor &) = delete;
    Actor &operator=(const Actor &) = delete;
    ~Actor() { disconnect(); }

    bool connect(const hpg::ConnInfo &conn, const QString &applicationName, QString *error = nullptr)
    {
        hpg::ConnInfo c = conn;
        c.setOption(QStringLiteral("application_name"), applicationName);
        m_conn = PQconnectdb(c.toKeyValue().toUtf8().constData());
        if (PQstatus(m_conn) != CONNECTION_OK) {
            if (error)
                *error = QString::fromUtf8(PQerrorMessage(m_conn));
            disconnect();
            return false;
        }
        return true;
    }

    void disconnect()
    {
        if (m_conn)
            PQfinish(m_conn);
        m_conn = nullptr;
    }

    bool isConnected() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }
    int pid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

    // Runs `sql` to its end (blocking); true when it succeeded.
    bool exec(const QString &sql, QString *error = nullptr)
    {
        PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok && error)
            *error = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
        return ok;
    }

    // Starts `sql` without waiting for it.
    bool send(const QString &sql)
    {
        m_lastSqlState.clear();
        m_lastError.clear();
        return PQsendQuery(m_conn, sql.toUtf8().constData()) == 1;
    }

    // True once the statement started with send() has finished (its results are then read).
    bool poll()
    {
        if (!m_conn)
            return true;
        if (!PQconsumeInput(m_conn)) {
            m_lastError = QString::fromUtf8(PQerrorMessage(m_conn));
            return true;
        }
        while (!PQisBusy(m_conn)) {
            PGresult *result = PQgetResult(m_conn);
            if (!result)
                return true;
            if (PQresultStatus(result) == PGRES_FATAL_ERROR) {
                const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
                m_lastSqlState = state ? QString::fromLatin1(state) : QString();
                m_lastError = QString::fromUtf8(PQresultErrorMessage(result));
            }
            PQclear(result);
        }
        return false;
    }

    // Waits (processing events) until the background statement finished; false on timeout.
    bool waitDone(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!poll()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    QString lastSqlState() const { return m_lastSqlState; }
    QString lastError() const { return m_lastError; }

private:
    PGconn *m_conn = nullptr;
    QString m_lastSqlState;
    QString m_lastError;
};

} // namespace livepg
