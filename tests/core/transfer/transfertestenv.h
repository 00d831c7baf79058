#pragma once

// For the transfer tests, GUI tests and the benchmark: a real sandbox (a "Heroku" whose databases
// are real PostgreSQL 15 clusters), a real local PostgreSQL server (a cluster of the sandbox's
// PostgreSQL layer, run in-process as `postgres` when root) with a superuser that has a password,
// the client programs, and per-table checksums read with plain libpq.

#include "core/heroku/apiclient.h"
#include "core/pg/conninfo.h"
#include "core/transfer/localserversettings.h"
#include "core/transfer/pgtoolinstall.h"
#include "core/transfer/transferjob.h"
#include "core/transfer/transferpreflight.h"
#include "localcluster.h"
#include "sandboxprocess.h"

#include <QMap>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace transfertest {

// testsupport::finish with the transfer tests' time limit.
template<typename T> bool finish(QFuture<T> &future, QString *error, int timeoutMs = 600000)
{
    return testsupport::finish(future, error, timeoutMs);
}

// What a TransferJob said until it finished.
struct JobRun
{
    hpg::TransferOutcome outcome;
    QList<hpg::TransferProgress> progress;
    QStringList log;
    bool finished = false;
};

// Starts `job` and waits (at most 5 minutes) until it finishes; `onProgress` and `onLine` may
// cancel it.
JobRun runJob(hpg::TransferJob &job,
              const std::function<void(hpg::TransferJob &, const hpg::TransferProgress &)> &onProgress = {},
              const std::function<void(hpg::TransferJob &, const QString &)> &onLine = {});
// Runs the pre-flight of `request` to its end (at most 2 minutes).
hpg::PreflightReport runPreflight(const hpg::TransferPreflight::Request &request);

class TransferTestEnv
{
public:
    TransferTestEnv();
    ~TransferTestEnv(); // stops the local server and the sandbox

    // The sandbox with `seedFile` (relative to the source tree), then its API client.
    bool startSandbox(const QString &seedFile, QString *error, const QStringList &extraArguments = {});
    // The local server: a fresh PostgreSQL 15 cluster with a superuser "hpglocal" and a password.
    bool startLocalServer(QString *error);
    // What the transfer tests start from: the sandbox with tests/core/transfer/seeds/transfer.json,
    // the local server, and the default credentials of its pg-shop and (when `blank` is given) pg-blank.
    bool startShop(hpg::ConnInfo *shop, hpg::ConnInfo *blank, QString *error);

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
    hpg::sandbox::ClusterManager *localManager() const { return m_local.manager(); }

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
    testsupport::LocalCluster m_local;
    hpg::LocalServerSettings m_localSettings;
    QString m_localPassword;
};

} // namespace transfertest
