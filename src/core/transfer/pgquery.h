#pragma once

#include "core/pg/conninfo.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QStringList>

namespace hpg {

// Short one-shot SQL for transfers (catalog inventory, existence and emptiness checks,
// CREATE/DROP DATABASE): connect, run the statements in order, disconnect — on a worker thread
// of its own pool, so the UI thread never waits on the network.
class PgQuery
{
    Q_DECLARE_TR_FUNCTIONS(hpg::PgQuery)
public:
    struct Statement
    {
        QString sql;
        QStringList parameters; // $1, $2… (a null QString is SQL NULL)
    };
    using Rows = QList<QStringList>; // NULL is a null QString

    struct Result
    {
        bool ok = false;
        QString error; // libpq's message, passwords redacted
        QString sqlState; // of a failed statement ("42P04" duplicate_database…)
        bool connected = false; // false when the connection itself failed
        int serverVersion = 0; // server_version_num, once connected
        QList<Rows> rows; // one entry per statement that ran
        QString value(int statement = 0, int row = 0, int column = 0) const
        {
            return rows.value(statement).value(row).value(column);
        }
    };

    // Blocking: for worker threads only.
    static Result runBlocking(const ConnInfo &conn, const QList<Statement> &statements, int connectTimeoutSeconds = 10);
    static QFuture<Result> run(const ConnInfo &conn, const QList<Statement> &statements,
                               int connectTimeoutSeconds = 10);
    static QFuture<Result> run(const ConnInfo &conn, const QString &sql, const QStringList &parameters = {});

    // "name" with embedded quotes doubled, for CREATE/DROP DATABASE.
    static QString quoteIdentifier(const QString &name);
};

} // namespace hpg
