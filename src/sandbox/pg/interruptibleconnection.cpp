#include "sandbox/pg/interruptibleconnection.h"

#include <QDateTime>

#include <libpq-fe.h>
#include <poll.h>
#include <vector>

namespace hpg::sandbox {

namespace {

constexpr int pollStepMs = 50;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString message(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

} // namespace

InterruptibleConnection::InterruptibleConnection(std::function<bool(bool)> stopRequested)
    : m_stopRequested(std::move(stopRequested))
{ }

InterruptibleConnection::~InterruptibleConnection()
{
    close();
}

void InterruptibleConnection::close()
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

bool InterruptibleConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool InterruptibleConnection::waitSocket(bool forWrite, qint64 deadline, bool executing)
{
    for (;;) {
        if (m_stopRequested && m_stopRequested(executing))
            return false;
        const qint64 left = deadline - now();
        if (left <= 0)
            return false;
        pollfd fd = {};
        fd.fd = PQsocket(m_conn);
        if (fd.fd < 0)
            return true; // let libpq report the broken connection
        fd.events = forWrite ? POLLOUT : POLLIN;
        const int ready = ::poll(&fd, 1, int(qMin<qint64>(left, pollStepMs)));
        if (ready != 0)
            return true; // ready, or an error libpq will report
    }
}

bool InterruptibleConnection::open(const PgConnectParams &params, int timeoutMs)
{
    close();
    m_error.clear();
    const QByteArray host = params.host.toUtf8();
    const QByteArray port = QByteArray::number(params.port);
    const QByteArray database = params.database.toUtf8();
    const QByteArray user = params.user.toUtf8();
    const QByteArray password = params.password.toUtf8();
    const QByteArray sslmode = params.sslmode.toUtf8();
    const QByteArray appName = params.applicationName.toUtf8();
    const char *keywords[] = { "host", "port", "dbname", "user", "password", "sslmode", "application_name", nullptr };
    const char *values[] = { host.constData(),     port.constData(),    database.constData(), user.constData(),
                             password.constData(), sslmode.constData(), appName.constData(),  nullptr };
    m_conn = PQconnectStartParams(keywords, values, 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        m_error = m_conn ? message(PQerrorMessage(m_conn)) : QStringLiteral("out of memory");
        close();
        return false;
    }
    const qint64 deadline = now() + timeoutMs;
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK) {
        if (status == PGRES_POLLING_FAILED) {
            m_error = message(PQerrorMessage(m_conn));
            close();
            return false;
        }
        if (!waitSocket(status == PGRES_POLLING_WRITING, deadline, false)) {
            m_error = now() >= deadline
                ? QStringLiteral("timed out connecting to %1:%2").arg(params.host).arg(params.port)
                : QStringLiteral("stopped");
            close();
            return false;
        }
        status = PQconnectPoll(m_conn);
    }
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    if (PQsetnonblocking(m_conn, 1) != 0) {
        m_error = message(PQerrorMessage(m_conn));
        close();
        return false;
    }
    return true;
}

InterruptibleConnection::Result InterruptibleConnection::exec(const QString &sql, const QStringList &parameters,
                                                              int timeoutMs)
{
    Result result;
    if (!isOpen()) {
        result.connectionLost = true;
        result.error = QStringLiteral("not connected");
        close();
        return result;
    }
    const QByteArray text = sql.toUtf8();
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(size_t(parameters.size()));
    for (const QString &p : parameters) {
        storage.push_back(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : storage.back().constData());
    }
    const int sent = parameters.isEmpty()
        ? PQsendQuery(m_conn, text.constData())
        : PQsendQueryParams(m_conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const qint64 deadline = now() + timeoutMs;
    const auto lost = [&](bool interrupted) {
        result.ok = false;
        result.interrupted = interrupted;
        result.connectionLost = true;
        if (result.error.isEmpty())
            result.error = interrupted ? QStringLiteral("interrupted") : message(PQerrorMessage(m_conn));
        close();
        return result;
    };
    if (!sent)
        return lost(false);
    // Send everything, then read until libpq has the whole result.
    for (;;) {
        const int flushed = PQflush(m_conn);
        if (flushed < 0)
            return lost(false);
        if (flushed == 0)
            break;
        if (!waitSocket(true, deadline, true))
            return lost(true);
    }
    PGresult *last = nullptr;
    for (;;) {
        while (PQisBusy(m_conn)) {
            if (!waitSocket(false, deadline, true)) {
                PQclear(last);
                return lost(true);
            }
            if (!PQconsumeInput(m_conn)) {
                PQclear(last);
                return lost(false);
            }
        }
        PGresult *next = PQgetResult(m_conn);
        if (!next)
            break;
        const ExecStatusType status = PQresultStatus(next);
        if (status == PGRES_FATAL_ERROR && result.error.isEmpty()) {
            result.error = message(PQresultErrorMessage(next));
            result.sqlState = QString::fromLatin1(PQresultErrorField(next, PG_DIAG_SQLSTATE));
        }
        PQclear(last);
        last = next;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        PQclear(last);
        return lost(false);
    }
    if (result.error.isEmpty() && last) {
        result.ok = true;
        const int rowCount = PQntuples(last);
        const int columnCount = PQnfields(last);
        for (int r = 0; r < rowCount; ++r) {
            QStringList row;
            for (int c = 0; c < columnCount; ++c)
                row.append(PQgetisnull(last, r, c) ? QString() : QString::fromUtf8(PQgetvalue(last, r, c)));
            result.rows.append(row);
        }
    }
    PQclear(last);
    return result;
}

} // namespace hpg::sandbox
