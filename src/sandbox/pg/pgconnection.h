#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct pg_conn;

namespace hpg::sandbox {

// Where and as whom to connect (TCP, libpq keyword/value parameters: nothing is parsed or quoted).
struct PgConnectParams
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString database;
    QString user;
    QString password;
    QString sslmode = QStringLiteral("require");
    int connectTimeoutSeconds = 10;
    QString applicationName = QStringLiteral("hpgdesk-sandbox");

    // From a postgres:// or postgresql:// URL (sslmode from its query, else prefer); false when
    // it is not one.
    bool setUrl(const QString &postgresUrl);
};

// One blocking libpq connection, for worker threads only (never the GUI/event thread).
// Every failure throws PgError with libpq's message and the target (never the password).
class PgConnection
{
public:
    explicit PgConnection(const PgConnectParams &params);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Runs `sql` and returns the rows of its (last) result as text; SQL NULL becomes a null QString.
    // Without parameters `sql` may hold several statements. A null QString parameter is SQL NULL.
    QList<QStringList> query(const QString &sql, const QStringList &parameters = {});
    void exec(const QString &sql, const QStringList &parameters = {}) { query(sql, parameters); }
    // First column of the first row ("" when there is no row).
    QString value(const QString &sql, const QStringList &parameters = {});

    bool sslInUse() const;
    QString quoteIdentifier(const QString &name) const;
    QString quoteLiteral(const QString &text) const;
    // The SCRAM-SHA-256 secret for `password`, computed by libpq: CREATE/ALTER ROLE … PASSWORD
    // then never sends the password itself to the server (or its logs).
    QString scramSecret(const QString &user, const QString &password) const;

private:
    QString describe() const;

    pg_conn *m_conn = nullptr;
    QString m_target;
};

} // namespace hpg::sandbox
