// The parsers of ConnInfo: URL, libpq key=value, JDBC URL and .pgpass lines.
//
// No message here may contain a piece of the input that could be the
// password: they name keywords, ports and positions only.

#include "conninfo.h"
#include "conninfointernal.h"

#include <QHash>

namespace hpg {

using conninfo::applyKeyword;
using conninfo::percentDecode;
using conninfo::setError;

namespace {

bool startsWithCaseInsensitive(const QString &text, QLatin1String prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

// Splits "user:password@rest" at the last "@" (passwords with an unencoded
// "@" or "/" still work); returns false when there is no user info.
bool splitUserInfo(const QString &authorityAndPath, QString *userInfo, QString *rest)
{
    const auto at = authorityAndPath.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        *rest = authorityAndPath;
        return false;
    }
    *userInfo = authorityAndPath.left(at);
    *rest = authorityAndPath.mid(at + 1);
    return true;
}

} // namespace

std::optional<ConnInfo> ConnInfo::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (startsWithCaseInsensitive(trimmed, QLatin1String("jdbc:")))
        return fromJdbcUrl(trimmed, error);
    if (startsWithCaseInsensitive(trimmed, QLatin1String("postgres://"))
        || startsWithCaseInsensitive(trimmed, QLatin1String("postgresql://")))
        return fromUrl(trimmed, error);
    if (trimmed.contains(QLatin1String("://"))) {
        setError(error, tr("Only postgres://, postgresql:// and jdbc:postgresql:// URLs are understood."));
        return std::nullopt;
    }
    return fromKeyValue(trimmed, error);
}

std::optional<ConnInfo> ConnInfo::fromUrl(const QString &url, QString *error)
{
    const QString text = url.trimmed();
    if (text.isEmpty()) {
        setError(error, tr("The connection string is empty."));
        return std::nullopt;
    }
    qsizetype schemeLength = 0;
    if (startsWithCaseInsensitive(text, QLatin1String("postgresql://")))
        schemeLength = 13;
    else if (startsWithCaseInsensitive(text, QLatin1String("postgres://")))
        schemeLength = 11;
    if (schemeLength == 0) {
        setError(error, tr("A PostgreSQL URL must start with postgres:// or postgresql://."));
        return std::nullopt;
    }
    const QString badPercent = tr("The URL contains a “%” that is not followed by two hexadecimal digits, or that "
                                  "encodes a NUL character. Write a literal “%” as %25.");

    QString rest = text.mid(schemeLength);
    QString query;
    const auto questionMark = rest.indexOf(QLatin1Char('?'));
    if (questionMark >= 0) {
        query = rest.mid(questionMark + 1);
        rest = rest.left(questionMark);
    }

    ConnInfo info;
    QString userInfo;
    if (splitUserInfo(rest, &userInfo, &rest)) {
        const auto colon = userInfo.indexOf(QLatin1Char(':'));
        QString user;
        QString password;
        if (!percentDecode(colon < 0 ? userInfo : userInfo.left(colon), &user)
            || (colon >= 0 && !percentDecode(userInfo.mid(colon + 1), &password))) {
            setError(error, badPercent);
            return std::nullopt;
        }
        info.m_user = user;
        info.m_password = password;
    }

    const auto slash = rest.indexOf(QLatin1Char('/'));
    const QString hostPort = slash < 0 ? rest : rest.left(slash);
    QString host;
    QString port;
    if (!conninfo::splitHostPort(hostPort, &host, &port, error))
        return std::nullopt;
    QString decodedHost;
    if (!percentDecode(host, &decodedHost)) {
        setError(error, badPercent);
        return std::nullopt;
    }
    info.m_host = decodedHost;
    if (!applyKeyword(info, QStringLiteral("port"), port, error))
        return std::nullopt;
    if (slash >= 0) {
        QString database;
        if (!percentDecode(rest.mid(slash + 1), &database)) {
            setError(error, badPercent);
            return std::nullopt;
        }
        info.m_database = database;
    }

    if (!query.isEmpty()) {
        bool followsPassword = false;
        for (const QString &parameter : query.split(QLatin1Char('&'))) {
            if (parameter.isEmpty())
                continue;
            const auto equals = parameter.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                setError(error,
                         tr("A parameter in the URL is not written as name=value (write a “&” inside a value "
                            "as %26)."));
                return std::nullopt;
            }
            QString keyword;
            QString value;
            if (!percentDecode(parameter.left(equals), &keyword) || !percentDecode(parameter.mid(equals + 1), &value)) {
                setError(error, badPercent);
                return std::nullopt;
            }
            // libpq takes ssl=true from JDBC habits as sslmode=require.
            if (keyword == QLatin1String("ssl")) {
                if (value != QLatin1String("true")) {
                    setError(error, tr("The URL parameter ssl only accepts the value true."));
                    return std::nullopt;
                }
                keyword = QStringLiteral("sslmode");
                value = QStringLiteral("require");
            }
            if (!applyKeyword(info, keyword, value, error, followsPassword))
                return std::nullopt;
            followsPassword = conninfo::isPasswordKeyword(keyword);
        }
    }
    return info;
}

std::optional<ConnInfo> ConnInfo::fromKeyValue(const QString &conninfo, QString *error)
{
    // The grammar of libpq's conninfo_parse(): keyword = value pairs separated
    // by white space; a value is either unquoted (backslash escapes the next
    // character) or in single quotes (\' and \\ inside).
    const QString text = conninfo;
    if (text.trimmed().isEmpty()) {
        setError(error, tr("The connection string is empty."));
        return std::nullopt;
    }
    ConnInfo info;
    const qsizetype size = text.size();
    qsizetype i = 0;
    bool followsPassword = false;
    const auto skipSpace = [&] {
        while (i < size && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= size)
            break;
        const qsizetype keywordStart = i;
        while (i < size && !text.at(i).isSpace() && text.at(i) != QLatin1Char('='))
            ++i;
        const QString keyword = text.mid(keywordStart, i - keywordStart);
        skipSpace();
        if (keyword.isEmpty()) {
            setError(error,
                     tr("There is an “=” without a keyword before it at position %1 of the connection string.")
                         .arg(keywordStart + 1));
            return std::nullopt;
        }
        if (i >= size || text.at(i) != QLatin1Char('=')) {
            setError(error,
                     tr("The word at position %1 of the connection string is not followed by “=”. Values "
                        "with spaces must be in single quotes.")
                         .arg(keywordStart + 1));
            return std::nullopt;
        }
        ++i;
        skipSpace();
        QString value;
        if (i < size && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar c = text.at(i);
                if (c == QLatin1Char('\\') && i + 1 < size) {
                    value.append(text.at(i + 1));
                    i += 2;
                } else if (c == QLatin1Char('\'')) {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value.append(c);
                    ++i;
                }
            }
            if (!closed) {
                setError(error, tr("A quoted value in the connection string has no closing single quote."));
                return std::nullopt;
            }
        } else {
            while (i < size && !text.at(i).isSpace()) {
                if (text.at(i) == QLatin1Char('\\')) {
                    ++i;
                    if (i < size)
                        value.append(text.at(i++));
                } else {
                    value.append(text.at(i++));
                }
            }
        }
        if (!applyKeyword(info, keyword, value, error, followsPassword))
            return std::nullopt;
        followsPassword = conninfo::isPasswordKeyword(keyword);
    }
    return info;
}

std::optional<ConnInfo> ConnInfo::fromJdbcUrl(const QString &url, QString *error)
{
    // The shapes the PostgreSQL JDBC driver accepts:
    //   jdbc:postgresql:database, jdbc:postgresql:/,
    //   jdbc:postgresql://host[:port]/[database][?property=value&…]
    // Values are decoded like Java's URLDecoder ("+" is a space). User info
    // before the host is not JDBC, but tools produce it, so it is read too.
    const QString text = url.trimmed();
    if (!startsWithCaseInsensitive(text, QLatin1String("jdbc:postgresql:"))) {
        setError(error, tr("A JDBC URL for PostgreSQL must start with jdbc:postgresql:."));
        return std::nullopt;
    }
    const QString badPercent = tr("The URL contains a “%” that is not followed by two hexadecimal digits, or that "
                                  "encodes a NUL character. Write a literal “%” as %25.");
    QString rest = text.mid(16);
    QString query;
    const auto questionMark = rest.indexOf(QLatin1Char('?'));
    if (questionMark >= 0) {
        query = rest.mid(questionMark + 1);
        rest = rest.left(questionMark);
    }

    ConnInfo info;
    QString databasePart;
    if (rest.startsWith(QLatin1String("//"))) {
        rest = rest.mid(2);
        QString userInfo;
        if (splitUserInfo(rest, &userInfo, &rest)) {
            const auto colon = userInfo.indexOf(QLatin1Char(':'));
            QString user;
            QString password;
            if (!percentDecode(colon < 0 ? userInfo : userInfo.left(colon), &user, true)
                || (colon >= 0 && !percentDecode(userInfo.mid(colon + 1), &password, true))) {
                setError(error, badPercent);
                return std::nullopt;
            }
            info.m_user = user;
            info.m_password = password;
        }
        const auto slash = rest.indexOf(QLatin1Char('/'));
        QString host;
        QString port;
        if (!conninfo::splitHostPort(slash < 0 ? rest : rest.left(slash), &host, &port, error))
            return std::nullopt;
        if (host.isEmpty()) {
            setError(error, tr("The JDBC URL has no host after “//”."));
            return std::nullopt;
        }
        info.m_host = host;
        if (!applyKeyword(info, QStringLiteral("port"), port, error))
            return std::nullopt;
        databasePart = slash < 0 ? QString() : rest.mid(slash + 1);
    } else {
        databasePart = rest.startsWith(QLatin1Char('/')) ? rest.mid(1) : rest;
    }
    QString database;
    if (!percentDecode(databasePart, &database, true)) {
        setError(error, badPercent);
        return std::nullopt;
    }
    info.m_database = database;

    // JDBC driver properties that have a libpq keyword; the others only tune
    // the Java driver and are left out.
    static const QHash<QString, QString> properties = {
        { QStringLiteral("user"), QStringLiteral("user") },
        { QStringLiteral("password"), QStringLiteral("password") },
        { QStringLiteral("sslmode"), QStringLiteral("sslmode") },
        { QStringLiteral("ApplicationName"), QStringLiteral("application_name") },
        { QStringLiteral("connectTimeout"), QStringLiteral("connect_timeout") },
        { QStringLiteral("options"), QStringLiteral("options") },
        { QStringLiteral("sslrootcert"), QStringLiteral("sslrootcert") },
        { QStringLiteral("sslcert"), QStringLiteral("sslcert") },
        { QStringLiteral("sslkey"), QStringLiteral("sslkey") },
        { QStringLiteral("sslpassword"), QStringLiteral("sslpassword") },
        { QStringLiteral("gssEncMode"), QStringLiteral("gssencmode") },
    };
    QString ssl;
    bool followsPassword = false;
    for (const QString &parameter : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const auto equals = parameter.indexOf(QLatin1Char('='));
        QString name;
        QString value;
        if (!percentDecode(equals < 0 ? parameter : parameter.left(equals), &name, true)
            || (equals >= 0 && !percentDecode(parameter.mid(equals + 1), &value, true))) {
            setError(error, badPercent);
            return std::nullopt;
        }
        if (name == QLatin1String("ssl")) {
            ssl = value.isEmpty() ? QStringLiteral("true") : value;
            continue;
        }
        const QString keyword = properties.value(name);
        if (!keyword.isEmpty() && !applyKeyword(info, keyword, value, error, followsPassword))
            return std::nullopt;
        followsPassword = conninfo::isPasswordKeyword(keyword);
    }
    // ssl=true (or a bare "ssl") means sslmode=require unless sslmode says more.
    if (info.m_sslMode.isEmpty() && !ssl.isEmpty())
        info.m_sslMode = ssl == QLatin1String("false") ? QStringLiteral("disable") : QStringLiteral("require");
    return info;
}

std::optional<ConnInfo> ConnInfo::fromPgpassLine(const QString &line, QString *error)
{
    // hostname:port:database:username:password, with "\" escaping ":" and
    // "\"; "*" matches anything. The last field takes the rest of the line.
    QStringList fields;
    QString current;
    QList<bool> wildcard;
    bool escapedInField = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            current.append(line.at(++i));
            escapedInField = true;
        } else if (c == QLatin1Char(':') && fields.size() < 4) {
            wildcard.append(current == QLatin1String("*") && !escapedInField);
            fields.append(current);
            current.clear();
            escapedInField = false;
        } else {
            current.append(c);
        }
    }
    wildcard.append(false);
    fields.append(current);
    if (fields.size() != 5) {
        setError(error, tr("A line of a password file needs five fields: host:port:database:user:password."));
        return std::nullopt;
    }
    ConnInfo info;
    info.m_host = wildcard.at(0) ? QString() : fields.at(0);
    if (!wildcard.at(1) && !applyKeyword(info, QStringLiteral("port"), fields.at(1), error))
        return std::nullopt;
    info.m_database = wildcard.at(2) ? QString() : fields.at(2);
    info.m_user = wildcard.at(3) ? QString() : fields.at(3);
    info.m_password = fields.at(4);
    return info;
}

} // namespace hpg
