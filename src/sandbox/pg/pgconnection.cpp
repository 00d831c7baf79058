#include "sandbox/pg/pgconnection.h"

#include "sandbox/pg/pgerror.h"

#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <vector>

namespace hpg::sandbox {

bool PgConnectParams::setUrl(const QString &postgresUrl)
{
    const QUrl url(postgresUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QStringLiteral("postgres") && url.scheme() != QStringLiteral("postgresql"))
        || url.host().isEmpty())
        return false;
    host = url.host();
    port = url.port(5432);
    database = url.path(QUrl::FullyDecoded).mid(1);
    user = url.userName(QUrl::FullyDecoded);
    password = url.password(QUrl::FullyDecoded);
    sslmode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (sslmode.isEmpty())
        sslmode = QStringLiteral("prefer");
    return true;
}

namespace {

QString libpqMessage(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

} // namespace

PgConnection::PgConnection(const PgConnectParams &params)
    : m_target(QStringLiteral("%1:%2/%3").arg(params.host).arg(params.port).arg(params.database))
{
    const QByteArray host = params.host.toUtf8();
    const QByteArray port = QByteArray::number(params.port);
    const QByteArray database = params.database.toUtf8();
    const QByteArray user = params.user.toUtf8();
    const QByteArray password = params.password.toUtf8();
    const QByteArray sslmode = params.sslmode.toUtf8();
    const QByteArray timeout = QByteArray::number(params.connectTimeoutSeconds);
    const QByteArray appName = params.applicationName.toUtf8();
    const char *keywords[]
        = { "host", "port", "dbname", "user", "password", "sslmode", "connect_timeout", "application_name", nullptr };
    const char *values[]
        = { host.constData(),    port.constData(),    database.constData(), user.constData(), password.constData(),
            sslmode.constData(), timeout.constData(), appName.constData(),  nullptr };
    m_conn = PQconnectdbParams(keywords, values, 0);
    if (!m_conn)
        throw PgError(QStringLiteral("Out of memory connecting to %1").arg(m_target));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = libpqMessage(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw PgError(QStringLiteral("Could not connect to %1 as %2: %3").arg(m_target, params.user, message));
    }
    // NOTICEs ("relation … already exists, skipping") are not errors: keep them off stderr.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PgConnection::describe() const
{
    return m_target;
}

QList<QStringList> PgConnection::query(const QString &sql, const QStringList &parameters)
{
    const QByteArray text = sql.toUtf8();
    PGresult *result = nullptr;
    if (parameters.isEmpty()) {
        result = PQexec(m_conn, text.constData());
    } else {
        std::vector<QByteArray> storage;
        storage.reserve(size_t(parameters.size()));
        std::vector<const char *> values;
        for (const QString &p : parameters) {
            storage.push_back(p.toUtf8());
            values.push_back(p.isNull() ? nullptr : storage.back().constData());
        }
        result
            = PQexecParams(m_conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    }
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString message = libpqMessage(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
        PQclear(result);
        throw PgError(QStringLiteral("%1 (on %2)").arg(message, describe()));
    }
    QList<QStringList> rows;
    const int rowCount = PQntuples(result);
    const int columnCount = PQnfields(result);
    rows.reserve(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        QStringList row;
        row.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c)
            row.append(PQgetisnull(result, r, c) ? QString() : QString::fromUtf8(PQgetvalue(result, r, c)));
        rows.append(row);
    }
    PQclear(result);
    return rows;
}

QString PgConnection::value(const QString &sql, const QStringList &parameters)
{
    const QList<QStringList> rows = query(sql, parameters);
    if (rows.isEmpty() || rows.first().isEmpty())
        return QStringLiteral("");
    return rows.first().first();
}

bool PgConnection::sslInUse() const
{
    return PQsslInUse(m_conn) == 1;
}

QString PgConnection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        throw PgError(QStringLiteral("Invalid identifier: %1").arg(libpqMessage(PQerrorMessage(m_conn))));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString PgConnection::quoteLiteral(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    char *quoted = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        throw PgError(QStringLiteral("Invalid literal: %1").arg(libpqMessage(PQerrorMessage(m_conn))));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString PgConnection::scramSecret(const QString &user, const QString &password) const
{
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    char *secret = PQencryptPasswordConn(m_conn, p.constData(), u.constData(), "scram-sha-256");
    if (!secret)
        throw PgError(QStringLiteral("Could not encrypt a password: %1").arg(libpqMessage(PQerrorMessage(m_conn))));
    const QString result = QString::fromUtf8(secret);
    PQfreemem(secret);
    return result;
}

} // namespace hpg::sandbox
