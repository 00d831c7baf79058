#include "conninfo.h"

#include "conninfointernal.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

namespace hpg {

namespace {

// libpq's keywords and the environment variables it reads for them, from
// PQconninfoParse("") (which, unlike PQconndefaults(), does not look at the
// environment or the service file).
const QHash<QString, QString> &libpqKeywords()
{
    static const QHash<QString, QString> keywords = [] {
        QHash<QString, QString> result;
        char *errmsg = nullptr;
        PQconninfoOption *options = PQconninfoParse("", &errmsg);
        if (errmsg)
            PQfreemem(errmsg);
        for (auto *option = options; option && option->keyword; ++option)
            result.insert(QString::fromUtf8(option->keyword),
                          option->envvar ? QString::fromUtf8(option->envvar) : QString());
        PQconninfoFree(options);
        return result;
    }();
    return keywords;
}

bool isValidSslMode(const QString &mode)
{
    static const QStringList modes
        = { QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    return modes.contains(mode);
}

} // namespace

QString ConnInfo::sslModeOrDefault() const
{
    return m_sslMode.isEmpty() ? QStringLiteral("require") : m_sslMode;
}

QString ConnInfo::option(const QString &keyword) const
{
    for (const auto &[key, value] : m_options) {
        if (key == keyword)
            return value;
    }
    return {};
}

void ConnInfo::setOption(const QString &keyword, const QString &value)
{
    for (auto &option : m_options) {
        if (option.first == keyword) {
            option.second = value;
            return;
        }
    }
    m_options.append({ keyword, value });
}

void ConnInfo::removeOption(const QString &keyword)
{
    m_options.removeIf([&](const Option &option) { return option.first == keyword; });
}

bool ConnInfo::isEmpty() const
{
    return m_host.isEmpty() && m_port == 0 && m_database.isEmpty() && m_user.isEmpty() && m_password.isEmpty()
        && m_sslMode.isEmpty() && m_options.isEmpty();
}

bool ConnInfo::isLibpqKeyword(const QString &keyword)
{
    return libpqKeywords().contains(keyword);
}

QString ConnInfo::libpqEnvironmentVariable(const QString &keyword)
{
    return libpqKeywords().value(keyword);
}

QString ConnInfo::shellQuote(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ConnInfo::redact(const QString &text)
{
    const auto options = QRegularExpression::CaseInsensitiveOption;
    // The user info of a URL. Greedy up to the last "@" before white space:
    // a password may hold an unencoded "@" or "/"; too much hidden is better
    // than too little.
    static const QRegularExpression url(QStringLiteral(R"(((?:postgres(?:ql)?|jdbc:postgresql)://[^\s:/?#@]*:)\S*@)"),
                                        options);
    // "password": "…" in JSON (the data API's credential lists).
    static const QRegularExpression json(QStringLiteral(R"(("password"\s*:\s*")(?:[^"\\]|\\.)*")"), options);
    // password=… in key=value strings, query strings and PGPASSWORD=…: a
    // libpq-quoted value, shell quoting ('…'\''…'), backslash escapes, or
    // anything up to white space.
    static const QRegularExpression pair(
        QStringLiteral(R"((password\s*=\s*)(?:'(?:[^'\\]|\\.)*'|'[^']*'|\\.|[^\s'\\])+)"), options);
    QString result = text;
    result.replace(url, QStringLiteral("\\1***@"));
    result.replace(json, QStringLiteral("\\1***\""));
    result.replace(pair, QStringLiteral("\\1***"));
    return result;
}

namespace conninfo {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString percentEncode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool percentDecode(const QString &text, QString *out, bool plusIsSpace)
{
    const auto hexValue = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    const QByteArray utf8 = text.toUtf8();
    QByteArray decoded;
    decoded.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '%') {
            if (i + 2 >= utf8.size())
                return false;
            const int high = hexValue(utf8.at(i + 1));
            const int low = hexValue(utf8.at(i + 2));
            if (high < 0 || low < 0 || (high == 0 && low == 0))
                return false;
            decoded.append(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            decoded.append(' ');
        } else {
            decoded.append(c);
        }
    }
    *out = QString::fromUtf8(decoded);
    return true;
}

bool isPasswordKeyword(const QString &keyword)
{
    return keyword == QLatin1String("password") || keyword == QLatin1String("sslpassword");
}

bool applyKeyword(ConnInfo &info, const QString &keyword, const QString &value, QString *error, bool followsPassword)
{
    if (keyword == QLatin1String("host")) {
        if (value.contains(QLatin1Char(',')))
            return setError(error, ConnInfo::tr("Connection strings with several hosts are not supported."));
        info.setHost(value);
    } else if (keyword == QLatin1String("port")) {
        if (value.contains(QLatin1Char(',')))
            return setError(error, ConnInfo::tr("Connection strings with several hosts are not supported."));
        if (value.isEmpty()) {
            info.setPort(0);
            return true;
        }
        bool ok = false;
        const int port = value.toInt(&ok);
        // The value is not shown: without an "@", a URL's password is where
        // the port would be.
        if (!ok || port < 1 || port > 65535 || value.startsWith(QLatin1Char('+')))
            return setError(error, ConnInfo::tr("The port must be a number between 1 and 65535."));
        info.setPort(port);
    } else if (keyword == QLatin1String("dbname")) {
        info.setDatabase(value);
    } else if (keyword == QLatin1String("user")) {
        info.setUser(value);
    } else if (keyword == QLatin1String("password")) {
        info.setPassword(value);
    } else if (keyword == QLatin1String("sslmode")) {
        if (!value.isEmpty() && !isValidSslMode(value)) {
            if (followsPassword)
                return setError(error,
                                ConnInfo::tr("The SSL mode must be one of disable, allow, prefer, require, "
                                             "verify-ca and verify-full."));
            return setError(error,
                            ConnInfo::tr("The SSL mode “%1” is not one of disable, allow, prefer, require, verify-ca "
                                         "and verify-full.")
                                .arg(value));
        }
        info.setSslMode(value);
    } else if (ConnInfo::isLibpqKeyword(keyword)) {
        info.setOption(keyword, value);
    } else if (followsPassword) {
        return setError(error,
                        ConnInfo::tr("The connection string contains an option that PostgreSQL does not know. "
                                     "Is a password with spaces or “&” missing its quotes or encoding?"));
    } else {
        return setError(error, ConnInfo::tr("PostgreSQL does not know the connection option “%1”.").arg(keyword));
    }
    return true;
}

bool splitHostPort(const QString &hostPort, QString *host, QString *port, QString *error)
{
    if (hostPort.contains(QLatin1Char(',')))
        return setError(error, ConnInfo::tr("Connection strings with several hosts are not supported."));
    QString portPart;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const auto close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return setError(error, ConnInfo::tr("The IPv6 address in the URL has no closing “]”."));
        *host = hostPort.mid(1, close - 1);
        const QString rest = hostPort.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return setError(error, ConnInfo::tr("Only a port may follow the IPv6 address in the URL."));
        portPart = rest.mid(1);
    } else {
        const auto colon = hostPort.indexOf(QLatin1Char(':'));
        if (colon >= 0 && hostPort.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return setError(error,
                            ConnInfo::tr("An IPv6 address in a URL must be written in brackets, for example "
                                         "[2001:db8::1]:5432."));
        *host = colon < 0 ? hostPort : hostPort.left(colon);
        portPart = colon < 0 ? QString() : hostPort.mid(colon + 1);
    }
    *port = portPart;
    return true;
}

QString urlHost(const QString &host)
{
    if (host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + host + QLatin1Char(']');
    return percentEncode(host);
}

} // namespace conninfo

} // namespace hpg
