#include "pgquery.h"

#include "core/pg/sslpolicy.h"

#include <QByteArrayList>
#include <QThreadPool>
#include <QtConcurrent>

#include <libpq-fe.h>

namespace hpg {

namespace {

QThreadPool *pool()
{
    static QThreadPool *threads = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(6);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return threads;
}

QString messageOf(const char *text)
{
    return ConnInfo::redact(QString::fromUtf8(text).trimmed());
}

} // namespace

PgQuery::Result PgQuery::runBlocking(const ConnInfo &conn, const QList<Statement> &statements,
                                     int connectTimeoutSeconds)
{
    QByteArrayList keywords;
    QByteArrayList values;
    auto add = [&](const char *keyword, const QString &value) {
        if (value.isEmpty())
            return;
        keywords.append(keyword);
        values.append(value.toUtf8());
    };
    add("host", conn.host());
    add("port", conn.port() > 0 ? QString::number(conn.port()) : QString());
    add("dbname", conn.database());
    add("user", conn.user());
    add("password", conn.password());
    // Heroku Postgres requires SSL: never sslmode=prefer (plain text when refused) off loopback.
    add("sslmode", SslPolicy::modeFor(conn, QStringLiteral("prefer")));
    add("connect_timeout", QString::number(connectTimeoutSeconds));
    add("application_name", QStringLiteral("hpgdesk transfer"));
    for (const auto &[keyword, value] : conn.options()) {
        if (ConnInfo::isLibpqKeyword(keyword) && !keywords.contains(keyword.toUtf8()))
            add(keyword.toUtf8().constData(), value);
    }
    // libpq keeps pointers: build the arrays after every value is in place.
    std::vector<const char *> keywordPointers;
    std::vector<const char *> valuePointers;
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        keywordPointers.push_back(keywords.at(i).constData());
        valuePointers.push_back(values.at(i).constData());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    Result result;
    PGconn *connection = PQconnectdbParams(keywordPointers.data(), valuePointers.data(), 0);
    if (PQstatus(connection) != CONNECTION_OK) {
        result.error = messageOf(PQerrorMessage(connection));
        PQfinish(connection);
        return result;
    }
    result.connected = true;
    result.serverVersion = PQserverVersion(connection);
    result.ok = true;
    for (const Statement &statement : statements) {
        QByteArrayList parameterData;
        std::vector<const char *> parameterPointers;
        for (const QString &parameter : statement.parameters)
            parameterData.append(parameter.isNull() ? QByteArray() : parameter.toUtf8());
        for (qsizetype i = 0; i < parameterData.size(); ++i)
            parameterPointers.push_back(statement.parameters.at(i).isNull() ? nullptr
                                                                            : parameterData.at(i).constData());
        const QByteArray sql = statement.sql.toUtf8();
        PGresult *pgResult = statement.parameters.isEmpty()
            ? PQexec(connection, sql.constData())
            : PQexecParams(connection, sql.constData(), int(parameterPointers.size()), nullptr,
                           parameterPointers.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(pgResult);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            result.ok = false;
            result.error = messageOf(PQresultErrorMessage(pgResult));
            if (result.error.isEmpty())
                result.error = messageOf(PQerrorMessage(connection));
            result.sqlState = QString::fromLatin1(PQresultErrorField(pgResult, PG_DIAG_SQLSTATE));
            PQclear(pgResult);
            break;
        }
        Rows rows;
        const int rowCount = PQntuples(pgResult);
        const int columnCount = PQnfields(pgResult);
        rows.reserve(rowCount);
        for (int r = 0; r < rowCount; ++r) {
            QStringList row;
            row.reserve(columnCount);
            for (int c = 0; c < columnCount; ++c)
                row.append(PQgetisnull(pgResult, r, c) ? QString() : QString::fromUtf8(PQgetvalue(pgResult, r, c)));
            rows.append(row);
        }
        result.rows.append(rows);
        PQclear(pgResult);
    }
    PQfinish(connection);
    return result;
}

QFuture<PgQuery::Result> PgQuery::run(const ConnInfo &conn, const QList<Statement> &statements,
                                      int connectTimeoutSeconds)
{
    return QtConcurrent::run(pool(), [conn, statements, connectTimeoutSeconds] {
        return runBlocking(conn, statements, connectTimeoutSeconds);
    });
}

QFuture<PgQuery::Result> PgQuery::run(const ConnInfo &conn, const QString &sql, const QStringList &parameters)
{
    return run(conn, QList<Statement> { Statement { sql, parameters } });
}

QString PgQuery::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace hpg
