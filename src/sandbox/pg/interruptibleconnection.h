#pragma once

#include "sandbox/pg/pgconnection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct pg_conn;

namespace hpg::sandbox {

// A libpq connection driven with the non-blocking API and polled in short steps, so that a
// caller on a worker thread can give up within ~50 ms (stop requested, time limit) even while
// the server does not answer. Used by RowWriter.
class InterruptibleConnection
{
public:
    // `stopRequested(executing)` is checked between polls; when it returns true the call gives up.
    // `executing` is true while a statement runs (the caller may want to let it finish first).
    explicit InterruptibleConnection(std::function<bool(bool executing)> stopRequested);
    ~InterruptibleConnection();
    InterruptibleConnection(const InterruptibleConnection &) = delete;
    InterruptibleConnection &operator=(const InterruptibleConnection &) = delete;

    // Connects; false with error() on failure, time-out or stop.
    bool open(const PgConnectParams &params, int timeoutMs = 10000);
    void close();
    bool isOpen() const;
    QString error() const { return m_error; }

    struct Result
    {
        bool ok = false;
        bool connectionLost = false; // the connection is gone (closed): the outcome may be unknown
        bool interrupted = false; // stop or time-out while waiting (connection closed)
        QString sqlState;
        QString error;
        QList<QStringList> rows;
    };
    // Runs one statement (several without parameters); a null QString parameter is SQL NULL.
    Result exec(const QString &sql, const QStringList &parameters = {}, int timeoutMs = 30000);

private:
    // Waits until the socket is readable/writable, in steps; false on stop or time-out.
    bool waitSocket(bool forWrite, qint64 deadline, bool executing);

    std::function<bool(bool)> m_stopRequested;
    pg_conn *m_conn = nullptr;
    QString m_error;
};

} // namespace hpg::sandbox
