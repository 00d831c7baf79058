#include "transfertestenv.h"

#include "core/heroku/dataclient.h"
#include "core/transfer/pgquery.h"
#include "core/transfer/pgtoolfinder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

namespace transfertest {

JobRun runJob(hpg::TransferJob &job,
              const std::function<void(hpg::TransferJob &, const hpg::TransferProgress &)> &onProgress,
              const std::function<void(hpg::TransferJob &, const QString &)> &onLine)
{
    JobRun result;
    QObject context;
    QObject::connect(&job, &hpg::TransferJob::progressChanged, &context, [&](const hpg::TransferProgress &p) {
        result.progress.append(p);
        if (onProgress)
            onProgress(job, p);
    });
    QObject::connect(&job, &hpg::TransferJob::logLine, &context, [&](const QString &line) {
        result.log.append(line);
        if (onLine)
            onLine(job, line);
    });
    QObject::connect(&job, &hpg::TransferJob::finished, &context, [&](const hpg::TransferOutcome &o) {
        result.outcome = o;
        result.finished = true;
    });
    job.start();
    QElapsedTimer timer;
    timer.start();
    while (!result.finished && timer.elapsed() < 300000)
        QTest::qWait(20);
    return result;
}

hpg::PreflightReport runPreflight(const hpg::TransferPreflight::Request &request)
{
    auto future = hpg::TransferPreflight::run(request);
    QString error;
    if (!finish(future, &error, 120000))
        qWarning("preflight: %s", qPrintable(error));
    return future.result();
}

TransferTestEnv::TransferTestEnv() = default;

TransferTestEnv::~TransferTestEnv()
{
    m_local.stop();
    m_sandbox.stop();
}

bool TransferTestEnv::startSandbox(const QString &seedFile, QString *error, const QStringList &extraArguments)
{
    const QString seed = qEnvironmentVariable("HPG_SOURCE_DIR") + QLatin1Char('/') + seedFile;
    if (!m_sandbox.start(QStringList { QStringLiteral("--seed"), seed } + extraArguments, 300000)) {
        *error = QStringLiteral("the sandbox did not start: ") + m_sandbox.output();
        return false;
    }
    m_api = std::make_unique<hpg::ApiClient>(&m_nam);
    if (!m_api->setBaseUrl(m_sandbox.url(), error))
        return false;
    m_api->setToken(m_sandbox.token());
    return true;
}

bool TransferTestEnv::startLocalServer(QString *error)
{
    hpg::sandbox::ProvisionSpec spec;
    spec.addonId = QStringLiteral("local-server");
    if (!m_local.provision(spec, error, 600000))
        return false;
    m_localPassword = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    auto role = m_local.manager()->query(
        spec.addonId, QStringLiteral("CREATE ROLE hpglocal LOGIN SUPERUSER PASSWORD '%1'").arg(m_localPassword));
    if (!finish(role, error))
        return false;
    m_localSettings.host = m_local.endpoint().host;
    m_localSettings.port = m_local.endpoint().port;
    m_localSettings.user = QStringLiteral("hpglocal");
    return true;
}

bool TransferTestEnv::startShop(hpg::ConnInfo *shop, hpg::ConnInfo *blank, QString *error)
{
    if (!startSandbox(QStringLiteral("tests/core/transfer/seeds/transfer.json"), error) || !startLocalServer(error))
        return false;
    const auto shopConn = remote(QStringLiteral("pg-shop"), error);
    if (!shopConn)
        return false;
    *shop = *shopConn;
    if (!blank)
        return true;
    const auto blankConn = remote(QStringLiteral("pg-blank"), error);
    if (!blankConn)
        return false;
    *blank = *blankConn;
    return true;
}

hpg::ConnInfo TransferTestEnv::local(const QString &database) const
{
    return m_localSettings.connInfo(database, m_localPassword);
}

std::optional<QList<QStringList>> TransferTestEnv::localQuery(const QString &database, const QString &sql,
                                                              QString *error)
{
    return query(local(database), sql, error);
}

bool TransferTestEnv::localDatabaseExists(const QString &name)
{
    const auto rows = query(local(QStringLiteral("postgres")),
                            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name));
    return rows && rows->value(0).value(0) == QLatin1String("1");
}

std::optional<hpg::ConnInfo> TransferTestEnv::remote(const QString &addon, QString *error)
{
    std::optional<hpg::ApiResult> reply;
    auto *call = hpg::DataClient(m_api.get()).credentials(addon);
    QObject::connect(call, &hpg::ApiCall::finished, [&reply](const hpg::ApiResult &result) { reply = result; });
    QElapsedTimer timer;
    timer.start();
    while (!reply && timer.elapsed() < 60000)
        QTest::qWait(10);
    if (!reply || !reply->ok()) {
        *error = reply ? reply->error.userText() : QStringLiteral("no answer from the data API");
        return std::nullopt;
    }
    for (const auto &value : reply->array()) {
        const QJsonObject credential = value.toObject();
        if (credential.value(QLatin1String("name")).toString() != QLatin1String("default"))
            continue;
        hpg::ConnInfo conn;
        conn.setHost(credential.value(QLatin1String("host")).toString());
        conn.setPort(credential.value(QLatin1String("port")).toInt());
        conn.setDatabase(credential.value(QLatin1String("database")).toString());
        conn.setSslMode(QStringLiteral("require"));
        for (const auto &user : credential.value(QLatin1String("credentials")).toArray()) {
            const QJsonObject object = user.toObject();
            if (object.value(QLatin1String("state")).toString() == QLatin1String("active") || conn.user().isEmpty()) {
                conn.setUser(object.value(QLatin1String("user")).toString());
                conn.setPassword(object.value(QLatin1String("password")).toString());
            }
        }
        return conn;
    }
    *error = QStringLiteral("no default credential for ") + addon;
    return std::nullopt;
}

hpg::PgToolInstall TransferTestEnv::tools(QString *error)
{
    const auto installs = hpg::PgToolFinder::probeAll(hpg::PgToolFinder::defaultSearchDirs());
    const auto choice = hpg::PgToolFinder::choose(installs, 150000);
    if (!choice.ok())
        *error = choice.error;
    return choice.install;
}

std::optional<QList<QStringList>> TransferTestEnv::query(const hpg::ConnInfo &conn, const QString &sql, QString *error)
{
    const auto result = hpg::PgQuery::runBlocking(conn, { { sql, {} } });
    if (!result.ok) {
        if (error)
            *error = result.error;
        return std::nullopt;
    }
    return result.rows.value(0);
}

QMap<QString, QString> TransferTestEnv::checksums(const hpg::ConnInfo &conn, QString *error)
{
    QMap<QString, QString> sums;
    const auto tables = query(conn,
                              QStringLiteral("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) "
                                             "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                             "WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', "
                                             "'information_schema', '_heroku') AND n.nspname !~ '^pg_toast' "
                                             "ORDER BY 1"),
                              error);
    if (!tables)
        return sums;
    for (const QStringList &row : *tables) {
        const QString table = row.value(0);
        const auto sum = query(conn,
                               QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' "
                                              "ORDER BY t::text)), '-') FROM %1 t")
                                   .arg(table),
                               error);
        if (!sum)
            return {};
        sums.insert(table, sum->value(0).value(0));
    }
    return sums;
}

} // namespace transfertest
