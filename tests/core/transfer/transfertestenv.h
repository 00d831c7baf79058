#pragma once

// For the transfer tests, GUI tests and the benchmark: a real sandbox (a "Heroku" whose databases
// are real PostgreSQL 15 clusters), a real local PostgreSQL server (a cluster of the sandbox's
// PostgreSQL layer, run in-process as `postgres` when root) with a superuser that has a password,
// the client programs, and per-table checksums read with plain libpq.

#include "core/heroku/apiclient.h"
#include "core/pg/conninfo.h"
#include "core/transfer/localserversettings.h"
#include "core/transfer/pgtoolinstall.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <exception>
#include <memory>
#include <optional>

namespace hpg::sandbox {
class ClusterManager;
}

namespace transfertest {

// Waits (processing events) until `future` finishes; false with the exception's message on failure.
template<typename T> bool finish(QFuture<T> &future, QString *error, int timeoutMs = 600000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished()) {
        if (timer.elapsed() > timeoutMs) {
            *error = QStringLiteral("timed out");
            return false;
        }
        QTest::qWait(10);
    }
    try {
        future.waitForFinished();
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

class TransferTestEnv
{
public:
    TransferTestEnv();
    ~TransferTestEnv(); // stops the local server and the sandbox

    // The sandbox with `seedFile` (relative to the source tree), then its API client.
    bool startSandbox(const QString &seedFile, QString *error, const QStringList &extraArguments = {});
    // The local server: a fresh PostgreSQL 15 cluster with a superuser "hpglocal" and a password.
    bool startLocalServer(QString *error);

    SandboxProcess &sandbox() { return m_sandbox; }
    hpg::ApiClient *api() { return m_api.get(); }

    // The default credential of a sandbox database, through the data API (as the app gets it).
    std::optional<hpg::ConnInfo> remote(const QString &addon, QString *error);

    hpg::LocalServerSettings localSettings() const { return m_localSettings; }
    QString localPassword() const { return m_localPassword; }
    hpg::ConnInfo local(const QString &database) const;
    // Runs SQL as the local superuser on `database`; rows or nothing (with the error).
    std::optional<QList<QStringList>> localQuery(const QString &database, const QString &sql, QString *error = nullptr);
    bool localDatabaseExists(const QString &name);
    // Runs SQL as the superuser of a sandbox database (faster generation of big data).
    hpg::sandbox::ClusterManager *localManager() const { return m_manager.get(); }

    // pg_dump & co. for PostgreSQL 15 (or newer).
    static hpg::PgToolInstall tools(QString *error);

    // "schema.table" → "rows:md5 of the rows in text form" for every user table of the database.
    static QMap<QString, QString> checksums(const hpg::ConnInfo &conn, QString *error);
    static std::optional<QList<QStringList>> query(const hpg::ConnInfo &conn, const QString &sql,
                                                   QString *error = nullptr);

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<hpg::ApiClient> m_api;
    QTemporaryDir m_localStateDir;
    std::unique_ptr<hpg::sandbox::ClusterManager> m_manager;
    hpg::LocalServerSettings m_localSettings;
    QString m_localPassword;
};

} // namespace transfertest
