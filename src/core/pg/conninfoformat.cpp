// The formatters of ConnInfo: URL, libpq key=value, JDBC URL, psql command
// line, .pgpass line and PG* environment exports.

#include "conninfo.h"
#include "conninfointernal.h"

#include <QStringList>

namespace hpg {

using conninfo::percentEncode;

namespace {

const QString kRedacted = QStringLiteral("***");

// A libpq key=value value: quoted when empty or when it holds white space,
// a single quote or a backslash.
QString keyValueQuote(const QString &value)
{
    bool needsQuotes = value.isEmpty();
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value;
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped.append(QLatin1Char('\''));
    for (const QChar c : value) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    escaped.append(QLatin1Char('\''));
    return escaped;
}

// A .pgpass field: "\" and ":" escaped, empty means "*".
QString pgpassField(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("*");
    if (value == QLatin1String("*"))
        return QStringLiteral("\\*");
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

// The password field: escaped the same way, but "*" and "" mean themselves.
QString pgpassPassword(const QString &value)
{
    if (value.isEmpty() || value == QLatin1String("*"))
        return value;
    return pgpassField(value);
}

// A shell word for the psql conninfo: double quotes, as DBAs write it, when
// nothing inside is special to the shell there; else single quotes.
QString shellDoubleQuoteIfSafe(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('$') || c == QLatin1Char('`') || c == QLatin1Char('\\')
            || c == QLatin1Char('!'))
            return ConnInfo::shellQuote(text);
    }
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// libpq keyword → JDBC driver property, for the options both know.
QString jdbcProperty(const QString &keyword)
{
    if (keyword == QLatin1String("application_name"))
        return QStringLiteral("ApplicationName");
    if (keyword == QLatin1String("connect_timeout"))
        return QStringLiteral("connectTimeout");
    if (keyword == QLatin1String("gssencmode"))
        return QStringLiteral("gssEncMode");
    if (keyword == QLatin1String("options") || keyword == QLatin1String("sslrootcert")
        || keyword == QLatin1String("sslcert") || keyword == QLatin1String("sslkey")
        || keyword == QLatin1String("sslpassword"))
        return keyword;
    return {};
}

} // namespace

QString ConnInfo::toUrl(Password password) const
{
    QString url = QStringLiteral("postgres://");
    const bool withPassword = password != Password::Omit && !m_password.isEmpty();
    if (!m_user.isEmpty() || withPassword) {
        url += percentEncode(m_user);
        if (withPassword)
            url += QLatin1Char(':') + (password == Password::Redact ? kRedacted : percentEncode(m_password));
        url += QLatin1Char('@');
    }
    QStringList query;
    // A Unix-domain socket directory cannot be the URL's host; libpq takes it
    // as a parameter.
    if (m_host.startsWith(QLatin1Char('/'))) {
        query << QStringLiteral("host=") + percentEncode(m_host);
        if (m_port > 0)
            query << QStringLiteral("port=") + QString::number(m_port);
    } else {
        url += conninfo::urlHost(m_host);
        if (m_port > 0)
            url += QLatin1Char(':') + QString::number(m_port);
    }
    if (!m_database.isEmpty())
        url += QLatin1Char('/') + percentEncode(m_database);
    if (!m_sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + percentEncode(m_sslMode);
    for (const auto &[keyword, value] : m_options)
        query << percentEncode(keyword) + QLatin1Char('=') + percentEncode(value);
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

QString ConnInfo::toKeyValue(Password password) const
{
    // The order `heroku pg:credentials:url` prints.
    QStringList pairs;
    const auto add = [&](const QString &keyword, const QString &value) {
        pairs << keyword + QLatin1Char('=') + keyValueQuote(value);
    };
    if (!m_database.isEmpty())
        add(QStringLiteral("dbname"), m_database);
    if (!m_host.isEmpty())
        add(QStringLiteral("host"), m_host);
    if (m_port > 0)
        add(QStringLiteral("port"), QString::number(m_port));
    if (!m_user.isEmpty())
        add(QStringLiteral("user"), m_user);
    if (!m_password.isEmpty() && password != Password::Omit)
        pairs << QStringLiteral("password=") + (password == Password::Redact ? kRedacted : keyValueQuote(m_password));
    add(QStringLiteral("sslmode"), sslModeOrDefault());
    for (const auto &[keyword, value] : m_options)
        add(keyword, value);
    return pairs.join(QLatin1Char(' ')); // not prose: libpq key=value pairs
}

QString ConnInfo::toJdbcUrl(Password password) const
{
    QString url = QStringLiteral("jdbc:postgresql://");
    url += m_host.isEmpty() ? QStringLiteral("localhost") : conninfo::urlHost(m_host);
    if (m_port > 0)
        url += QLatin1Char(':') + QString::number(m_port);
    url += QLatin1Char('/') + percentEncode(m_database);
    QStringList query;
    if (!m_user.isEmpty())
        query << QStringLiteral("user=") + percentEncode(m_user);
    if (!m_password.isEmpty() && password != Password::Omit)
        query << QStringLiteral("password=") + (password == Password::Redact ? kRedacted : percentEncode(m_password));
    query << QStringLiteral("sslmode=") + percentEncode(sslModeOrDefault());
    for (const auto &[keyword, value] : m_options) {
        const QString property = jdbcProperty(keyword);
        if (!property.isEmpty())
            query << property + QLatin1Char('=') + percentEncode(value);
    }
    return url + QLatin1Char('?') + query.join(QLatin1Char('&'));
}

QString ConnInfo::toPsqlCommand(Password password) const
{
    // The password never goes into psql's argv (other users see argv in ps);
    // psql reads PGPASSWORD from its environment, which only its owner sees.
    QString command = QStringLiteral("psql ") + shellDoubleQuoteIfSafe(toKeyValue(Password::Omit));
    if (!m_password.isEmpty() && password != Password::Omit) {
        const QString value = password == Password::Redact ? shellQuote(kRedacted) : shellQuote(m_password);
        command = QStringLiteral("PGPASSWORD=") + value + QLatin1Char(' ') + command; // not prose: a shell command
    }
    return command;
}

QString ConnInfo::toPgpassLine() const
{
    return pgpassField(m_host) + QLatin1Char(':') + (m_port > 0 ? QString::number(m_port) : QStringLiteral("*"))
        + QLatin1Char(':') + pgpassField(m_database) + QLatin1Char(':') + pgpassField(m_user) + QLatin1Char(':')
        + pgpassPassword(m_password);
}

QString ConnInfo::to(Form form) const
{
    switch (form) {
    case Form::Url:
        return toUrl();
    case Form::KeyValue:
        return toKeyValue();
    case Form::Jdbc:
        return toJdbcUrl();
    case Form::Psql:
        return toPsqlCommand();
    case Form::Pgpass:
        return toPgpassLine();
    case Form::Env:
        return toEnvExports();
    }
    return {};
}

QString ConnInfo::toEnvExports(Password password) const
{
    QStringList lines;
    const auto add = [&](const QString &variable, const QString &value) {
        lines << QStringLiteral("export ") + variable + QLatin1Char('=') + shellQuote(value);
    };
    if (!m_host.isEmpty())
        add(QStringLiteral("PGHOST"), m_host);
    if (m_port > 0)
        add(QStringLiteral("PGPORT"), QString::number(m_port));
    if (!m_database.isEmpty())
        add(QStringLiteral("PGDATABASE"), m_database);
    if (!m_user.isEmpty())
        add(QStringLiteral("PGUSER"), m_user);
    if (!m_password.isEmpty() && password != Password::Omit)
        add(QStringLiteral("PGPASSWORD"), password == Password::Redact ? kRedacted : m_password);
    add(QStringLiteral("PGSSLMODE"), sslModeOrDefault());
    for (const auto &[keyword, value] : m_options) {
        const QString variable = libpqEnvironmentVariable(keyword);
        if (!variable.isEmpty())
            add(variable, value);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace hpg
