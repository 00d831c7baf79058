#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace hpg {

// A PostgreSQL connection: host, port, database, user, password, sslmode and
// any further libpq keywords. Parses and formats every form a DBA pastes:
//
//   URL        postgres://user:pass@host:5432/db?sslmode=require
//   key=value  dbname=db host=host port=5432 user=user password=pass sslmode=require
//   JDBC       jdbc:postgresql://host:5432/db?user=user&password=pass&sslmode=require
//   psql       PGPASSWORD='pass' psql "dbname=db host=host port=5432 user=user sslmode=require"
//   .pgpass    host:5432:db:user:pass
//   PG* env    export PGHOST=host …
//
// Parse errors are translated whole sentences that never contain the password
// (nor any fragment of the input that could be part of it).
class ConnInfo
{
    Q_DECLARE_TR_FUNCTIONS(hpg::ConnInfo)
public:
    // What a formatter does with the password.
    enum class Password {
        Include, // the real password
        Omit, // left out (the client asks for it, or uses ~/.pgpass)
        Redact, // replaced by *** (for display and logs)
    };

    using Option = std::pair<QString, QString>;

    ConnInfo() = default;

    QString host() const { return m_host; }
    void setHost(const QString &host) { m_host = host; }
    // 0 means "not given" (libpq then uses 5432).
    int port() const { return m_port; }
    void setPort(int port) { m_port = port; }
    QString database() const { return m_database; }
    void setDatabase(const QString &database) { m_database = database; }
    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    // Empty means "not given". The formatters other than toUrl() then write
    // sslmode=require, which is what Heroku Postgres needs.
    QString sslMode() const { return m_sslMode; }
    void setSslMode(const QString &sslMode) { m_sslMode = sslMode; }
    QString sslModeOrDefault() const;

    // Further libpq keywords (application_name, connect_timeout, …), in order.
    QList<Option> options() const { return m_options; }
    QString option(const QString &keyword) const;
    // Replaces the value of an existing keyword, or appends it.
    void setOption(const QString &keyword, const QString &value);
    void removeOption(const QString &keyword);

    bool isEmpty() const;
    bool operator==(const ConnInfo &other) const = default;

    // Parsers. On failure they return nothing and, when `error` is given, a
    // translated sentence saying what is wrong.
    // parse() recognises the form: jdbc:…, postgres://…/postgresql://… or key=value.
    static std::optional<ConnInfo> parse(const QString &text, QString *error = nullptr);
    static std::optional<ConnInfo> fromUrl(const QString &url, QString *error = nullptr);
    static std::optional<ConnInfo> fromKeyValue(const QString &conninfo, QString *error = nullptr);
    static std::optional<ConnInfo> fromJdbcUrl(const QString &url, QString *error = nullptr);
    // One line of a password file (host:port:database:user:password); "*"
    // fields become empty (port 0).
    static std::optional<ConnInfo> fromPgpassLine(const QString &line, QString *error = nullptr);

    // Formatters. See the class comment for their shapes.
    QString toUrl(Password password = Password::Include) const;
    QString toKeyValue(Password password = Password::Include) const;
    QString toJdbcUrl(Password password = Password::Include) const;
    // Include: PGPASSWORD='…' psql "…" (the password is in psql's
    // environment, never in its argv, so `ps` does not show it);
    // Omit: psql "…" (psql prompts, or reads ~/.pgpass).
    QString toPsqlCommand(Password password = Password::Include) const;
    QString toPgpassLine() const;
    // One `export PGHOST=…` line per field, POSIX shell quoting.
    QString toEnvExports(Password password = Password::Include) const;
    // postgres://user:***@host:port/db, for logs and error messages.
    QString toRedactedUrl() const { return toUrl(Password::Redact); }

    // The forms a DBA copies into another client, each with the password (as Connection Info and
    // the credentials list copy them).
    enum class Form { Url, KeyValue, Jdbc, Psql, Pgpass, Env };
    QString to(Form form) const;

    // Replaces every password in `text` by ***: in postgres://,
    // postgresql:// and jdbc:postgresql:// URLs, password=… pairs (key=value,
    // query strings, PGPASSWORD=…) and "password": "…" in JSON.
    static QString redact(const QString &text);

    // POSIX shell quoting: the text itself when it is safe, else '…' with
    // embedded single quotes written as '\''.
    static QString shellQuote(const QString &text);

    // libpq's keywords (host, port, dbname, …, application_name, …).
    static bool isLibpqKeyword(const QString &keyword);
    // The environment variable libpq reads for a keyword (PGHOST for host…),
    // empty when it has none.
    static QString libpqEnvironmentVariable(const QString &keyword);

private:
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
    QList<Option> m_options;
};

} // namespace hpg
