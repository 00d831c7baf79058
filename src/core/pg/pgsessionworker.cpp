#include "pgsessionworker.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>
#include <vector>

namespace hpg {

namespace {

// The error of a statement whose connection broke: the server's own message
// (e.g. "terminating connection due to administrator command") when it sent one.
PgSessionError asLost(const PgSessionError &current, PGconn *conn)
{
    if (current.kind == PgSessionError::Kind::ServerGone)
        return current;
    PgSessionError lost
        = PgSessionError::connectionLost(current.isError() ? current.detail : QString::fromUtf8(PQerrorMessage(conn)));
    lost.sqlState = current.sqlState;
    return lost;
}

} // namespace

QString PgCancelHandle::send()
{
    QMutexLocker locker(&mutex);
    if (!cancel)
        return QStringLiteral("no connection");
    char errbuf[256] = {};
    if (PQcancel(cancel, errbuf, int(sizeof errbuf)) == 1)
        return {};
    return QString::fromUtf8(errbuf).trimmed();
}

PgSessionWorker::PgSessionWorker(std::shared_ptr<PgCancelHandle> cancel)
    : m_cancel(std::move(cancel))
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Connecting)
            return;
        releaseConnection();
        const PgSessionError error = PgSessionError::connectTimeout(m_connectTimeoutMs);
        failQueued(error);
        emit openFailed(m_generation, error);
    });
}

PgSessionWorker::~PgSessionWorker()
{
    close();
}

void PgSessionWorker::open(const PgConnectionParameters &parameters, int connectTimeoutMs, quint64 generation)
{
    if (m_phase != Phase::Closed)
        close();
    m_generation = generation;
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (const auto &[keyword, value] : parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    // Resolves the host name (blocking, on this thread), then returns at once.
    m_conn = PQconnectStartParams(keywords.data(), values.data(), 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        const PgSessionError error = PgSessionError::connectFailure(m_conn ? QString::fromUtf8(PQerrorMessage(m_conn))
                                                                           : QStringLiteral("out of memory"));
        releaseConnection();
        failQueued(error);
        emit openFailed(m_generation, error);
        return;
    }
    // Notices (and the FATAL of a session terminated while idle) are not for stderr.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    m_phase = Phase::Connecting;
    m_connectTimeoutMs = connectTimeoutMs;
    if (connectTimeoutMs > 0)
        m_connectTimer->start(connectTimeoutMs);
    // libpq's rule: behave as if the last poll said PGRES_POLLING_WRITING.
    watch(false, true);
}

void PgSessionWorker::exec(quint64 id, const QString &sql, const QStringList &parameters)
{
    if (m_phase == Phase::Closed) {
        PgSessionResult result;
        result.error = PgSessionError::notConnected();
        emit finished(id, result);
        return;
    }
    m_queue.enqueue({ id, sql, parameters });
    startNext();
}

void PgSessionWorker::close()
{
    if (m_phase == Phase::Busy)
        m_cancel->send(); // otherwise the server would run the statement to its end
    releaseConnection();
    failQueued(PgSessionError::notConnected());
}

void PgSessionWorker::releaseConnection()
{
    m_connectTimer->stop();
    if (m_readNotifier) {
        m_readNotifier->setEnabled(false);
        m_readNotifier->deleteLater();
        m_readNotifier = nullptr;
    }
    if (m_writeNotifier) {
        m_writeNotifier->setEnabled(false);
        m_writeNotifier->deleteLater();
        m_writeNotifier = nullptr;
    }
    m_socket = -1;
    {
        QMutexLocker locker(&m_cancel->mutex);
        if (m_cancel->cancel)
            PQfreeCancel(m_cancel->cancel);
        m_cancel->cancel = nullptr;
    }
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_flushing = false;
    if (m_phase == Phase::Busy) {
        m_result.error = PgSessionError::notConnected();
        completeCurrent();
    }
    m_phase = Phase::Closed;
}

void PgSessionWorker::failQueued(const PgSessionError &error)
{
    while (!m_queue.isEmpty()) {
        const Pending pending = m_queue.dequeue();
        PgSessionResult result;
        result.error = error;
        emit finished(pending.id, result);
    }
}

void PgSessionWorker::watch(bool read, bool write)
{
    const int socket = PQsocket(m_conn);
    if (socket != m_socket) {
        // The socket changes while libpq tries the next address or retries without SSL.
        for (QSocketNotifier **notifier : { &m_readNotifier, &m_writeNotifier }) {
            if (*notifier) {
                (*notifier)->setEnabled(false);
                (*notifier)->deleteLater();
                *notifier = nullptr;
            }
        }
        m_socket = socket;
        if (socket < 0)
            return;
        m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &PgSessionWorker::onReadable);
        m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &PgSessionWorker::onWritable);
    }
    m_readNotifier->setEnabled(read);
    m_writeNotifier->setEnabled(write);
}

void PgSessionWorker::pollConnect()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        watch(true, false);
        return;
    case PGRES_POLLING_WRITING:
        watch(false, true);
        return;
    case PGRES_POLLING_FAILED: {
        const PgSessionError error = PgSessionError::connectFailure(QString::fromUtf8(PQerrorMessage(m_conn)));
        releaseConnection();
        failQueued(error);
        emit openFailed(m_generation, error);
        return;
    }
    case PGRES_POLLING_OK:
    case PGRES_POLLING_ACTIVE:
        break;
    }
    m_connectTimer->stop();
    PQsetnonblocking(m_conn, 1);
    {
        QMutexLocker locker(&m_cancel->mutex);
        m_cancel->cancel = PQgetCancel(m_conn);
    }
    m_phase = Phase::Idle;
    // Keep reading while idle: a terminated session is noticed at once.
    watch(true, false);
    emit opened(m_generation, PQbackendPID(m_conn), PQserverVersion(m_conn));
    startNext();
}

void PgSessionWorker::onWritable()
{
    if (m_phase == Phase::Connecting)
        pollConnect();
    else if (m_flushing)
        flush();
    else if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

void PgSessionWorker::onReadable()
{
    switch (m_phase) {
    case Phase::Closed:
        return;
    case Phase::Connecting:
        pollConnect();
        return;
    case Phase::Idle:
        // Nothing was asked: a notice, a parameter change, or the server ending the session.
        if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
            const PgSessionError error = PgSessionError::connectionLost(QString::fromUtf8(PQerrorMessage(m_conn)));
            breakConnection(error);
            return;
        }
        while (PGnotify *notify = PQnotifies(m_conn))
            PQfreemem(notify);
        return;
    case Phase::Busy:
        if (!PQconsumeInput(m_conn)) {
            // Whatever the server sent before going away (a FATAL error) is still readable.
            readResults();
            if (m_phase == Phase::Busy) {
                m_result.error = asLost(m_result.error, m_conn);
                const PgSessionError error = m_result.error;
                completeCurrent();
                breakConnection(error);
            }
            return;
        }
        if (m_flushing)
            flush();
        readResults();
        return;
    }
}

void PgSessionWorker::startNext()
{
    if (m_phase != Phase::Idle || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_result = PgSessionResult();
    m_clock.start();
    const QByteArray sql = m_current.sql.toUtf8();
    int sent = 0;
    if (m_current.parameters.isEmpty()) {
        sent = PQsendQuery(m_conn, sql.constData());
    } else {
        QList<QByteArray> storage;
        std::vector<const char *> values;
        storage.reserve(m_current.parameters.size());
        for (const QString &parameter : std::as_const(m_current.parameters)) {
            storage.append(parameter.isNull() ? QByteArray() : parameter.toUtf8());
            values.push_back(parameter.isNull() ? nullptr : storage.constLast().constData());
        }
        sent = PQsendQueryParams(m_conn, sql.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr,
                                 0);
    }
    m_phase = Phase::Busy;
    if (!sent) {
        const bool broken = PQstatus(m_conn) == CONNECTION_BAD;
        m_result.error = broken
            ? PgSessionError::connectionLost(QString::fromUtf8(PQerrorMessage(m_conn)))
            : PgSessionError::statementFailure({}, QString::fromUtf8(PQerrorMessage(m_conn)), false);
        completeCurrent();
        if (broken)
            breakConnection(m_result.error);
        else
            startNext();
        return;
    }
    m_flushing = true;
    flush();
}

void PgSessionWorker::flush()
{
    const int status = PQflush(m_conn);
    if (status == 1) {
        watch(true, true); // more to send; read too, libpq may need to take input first
        return;
    }
    m_flushing = false;
    watch(true, false);
    if (status < 0) {
        m_result.error = PgSessionError::connectionLost(QString::fromUtf8(PQerrorMessage(m_conn)));
        completeCurrent();
        breakConnection(m_result.error);
    }
}

void PgSessionWorker::readResults()
{
    while (m_phase == Phase::Busy && !PQisBusy(m_conn)) {
        PGresult *result = PQgetResult(m_conn);
        if (!result) {
            const bool broken = PQstatus(m_conn) == CONNECTION_BAD;
            if (broken)
                m_result.error = asLost(m_result.error, m_conn);
            const PgSessionError error = m_result.error;
            completeCurrent();
            if (broken)
                breakConnection(error);
            else
                startNext();
            return;
        }
        collect(result);
        PQclear(result);
    }
}

void PgSessionWorker::collect(pg_result *result)
{
    switch (PQresultStatus(result)) {
    case PGRES_TUPLES_OK:
    case PGRES_COMMAND_OK:
    case PGRES_SINGLE_TUPLE: {
        PgResultSet set;
        set.commandStatus = QString::fromUtf8(PQcmdStatus(result));
        const int fields = PQnfields(result);
        for (int c = 0; c < fields; ++c)
            set.columns.append(QString::fromUtf8(PQfname(result, c)));
        const int tuples = PQntuples(result);
        set.rows.reserve(tuples);
        for (int r = 0; r < tuples; ++r) {
            QStringList row;
            row.reserve(fields);
            for (int c = 0; c < fields; ++c) {
                if (PQgetisnull(result, r, c))
                    row.append(QString());
                else
                    row.append(QString::fromUtf8(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
            }
            set.rows.append(std::move(row));
        }
        if (PQresultStatus(result) == PGRES_TUPLES_OK || fields > 0)
            m_result.sets.append(std::move(set));
        return;
    }
    case PGRES_BAD_RESPONSE:
    case PGRES_FATAL_ERROR:
        if (!m_result.error.isError()) {
            const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            m_result.error = PgSessionError::statementFailure(state ? QString::fromLatin1(state) : QString(),
                                                              QString::fromUtf8(PQresultErrorMessage(result)),
                                                              PQstatus(m_conn) == CONNECTION_BAD);
        }
        return;
    default: // empty query, COPY (not used here), pipeline states (not used), notices
        return;
    }
}

void PgSessionWorker::completeCurrent()
{
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const quint64 id = m_current.id;
    const PgSessionResult result = std::move(m_result);
    m_result = PgSessionResult();
    m_current = Pending();
    if (m_phase == Phase::Busy)
        m_phase = Phase::Idle;
    emit finished(id, result);
}

void PgSessionWorker::breakConnection(const PgSessionError &error)
{
    releaseConnection();
    failQueued(error); // they were sent, or meant for, the connection that broke
    emit lost(m_generation, error);
}

} // namespace hpg
