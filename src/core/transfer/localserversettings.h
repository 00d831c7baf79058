#pragma once

#include "core/pg/conninfo.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

class QSettings;

namespace hpg {

// Where the DBA's own PostgreSQL server is (the target of pg:pull, the source of pg:push):
// host or socket directory, port and user, defaulting to the PG* environment like the Heroku
// CLI. The password is never kept here: it lives in the keychain under secretKey(), or comes
// from PGPASSWORD / ~/.pgpass.
struct LocalServerSettings
{
    Q_DECLARE_TR_FUNCTIONS(hpg::LocalServerSettings)
public:
    QString host; // host name, address or socket directory; empty: libpq's default (the local socket)
    int port = 0; // 0: libpq's default (5432)
    QString user; // empty: libpq's default (the operating-system user)

    // PGHOST / PGPORT / PGUSER.
    static LocalServerSettings fromEnvironment(const QProcessEnvironment &environment
                                               = QProcessEnvironment::systemEnvironment());
    // PGPASSWORD, the CLI's way to give the local password.
    static QString environmentPassword(const QProcessEnvironment &environment
                                       = QProcessEnvironment::systemEnvironment());

    // The saved settings, or the environment's when none were saved.
    static LocalServerSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // The key of the password in the SecretStore (service SecretStore::appService()).
    QString secretKey() const;
    // "postgres@localhost:5432", or with the default socket "postgres on the local socket".
    QString displayName() const;
    QString effectiveUser() const;
    int effectivePort() const { return port > 0 ? port : 5432; }

    // A connection to `database` on this server: sslmode allow on this machine (SSL only if the
    // server insists), prefer on another.
    ConnInfo connInfo(const QString &database, const QString &password = {}) const;

    bool operator==(const LocalServerSettings &other) const = default;
};

} // namespace hpg
