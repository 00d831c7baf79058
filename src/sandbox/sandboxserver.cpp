#include "sandboxserver.h"

#include "sandbox/api/addonsapi.h"
#include "sandbox/api/connectapi.h"
#include "sandbox/api/credentialsapi.h"
#include "sandbox/api/dataapi.h"
#include "sandbox/api/maintenanceapi.h"
#include "sandbox/api/platformapi.h"
#include "sandbox/api/backuptls.h"
#include "sandbox/api/transfersapi.h"
#include "sandbox/api/upgradeapi.h"
#include "sandbox/databasefleet.h"
#include "sandbox/sim/workloadsimulator.h"
#include "sandbox/state/seedloader.h"
#include "sandbox/state/virtualdatabases.h"
#include "sandbox/state/world.h"

#include <QDir>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace hpg::sandbox {

namespace {

constexpr double kRatePerSecond = 75.0 / 60.0;

ApiResponse endpointNotFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"),
                              QStringLiteral("The requested API endpoint was not found. Are you using the right HTTP "
                                             "verb (i.e. `GET` vs. `POST`), and did you specify your intended version "
                                             "with the `Accept` header?"));
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_world(std::make_unique<World>(options.stateDir))
{
    m_faults.setSettings(options.faults);
    m_rateClock.start();
    m_fleet = std::make_unique<DatabaseFleet>(*m_world, options.stateDir);
    m_platform = std::make_unique<PlatformApi>(*m_world);
    m_addons = std::make_unique<AddonsApi>(*m_world, m_fleet.get());
    m_data = std::make_unique<DataApi>(*m_world, *m_fleet, *m_addons);
    m_platform->install(m_router);
    m_addons->install(m_router);
    m_data->install(m_router);
    m_transfers = std::make_unique<TransfersApi>(*m_world, *m_fleet, *m_data);
    m_transfers->install(m_router);
    m_upgrade = std::make_unique<UpgradeApi>(*m_world, *m_fleet, *m_data);
    m_upgrade->install(m_router);
    m_credentials = std::make_unique<CredentialsApi>(*m_world, *m_fleet);
    m_credentials->install(m_router);
    m_maintenance = std::make_unique<MaintenanceApi>(*m_world, *m_fleet);
    m_maintenance->install(m_router);
    m_connect = std::make_unique<ConnectApi>(*m_world);
    m_connect->install(m_router);
    connect(m_fleet.get(), &DatabaseFleet::settled, this, &SandboxServer::becomeReady);
    installAdminRoutes();
    m_http.setHandler([this](ApiRequest request, Respond respond) { handle(std::move(request), respond); });
    m_backupsHttps.setHandler([this](ApiRequest request, const Respond &respond) {
        respond(TransfersApi::isBackupPath(request.path) ? m_transfers->serveBackup(request)
                                                         : ApiResponse::notFound(QStringLiteral("route")));
    });
}

SandboxServer::~SandboxServer()
{
    shutdown();
}

QString SandboxServer::token() const
{
    return m_world->token;
}

bool SandboxServer::start(QString *error)
{
    QDir stateDir(m_options.stateDir);
    if (m_options.reset && stateDir.exists(QStringLiteral("world.json")))
        stateDir.remove(QStringLiteral("world.json"));
    const bool restored = m_world->exists();
    if (!restored)
        m_fleet->clusters().wipe(); // --reset, or clusters left without their world
    if (!restored)
        QDir(m_options.stateDir + QStringLiteral("/backups")).removeRecursively(); // and their backups
    SeedLoader::Result seeded;
    if (restored) {
        if (!m_world->load(error))
            return false;
        // A transfer that was running when the sandbox stopped did not finish.
        for (const auto &transfer : std::as_const(m_world->transfers)) {
            if (transfer->startedAt.isValid() && !transfer->finishedAt.isValid())
                transfer->finishedAt = QDateTime::currentDateTimeUtc();
        }
    } else {
        QString seedError;
        const QString seedPath
            = m_options.seedFile.isEmpty() ? QStringLiteral(":/sandbox/seed/demo.json") : m_options.seedFile;
        const QJsonObject seed = SeedLoader::readFile(seedPath, &seedError);
        if (seed.isEmpty()) {
            *error = seedError;
            return false;
        }
        if (!SeedLoader::load(seed, *m_world, &seeded, error))
            return false;
    }
    if (!m_options.token.isEmpty())
        m_world->token = m_options.token;
    if (m_world->token.isEmpty())
        m_world->token = World::randomToken();
    if (m_options.dynoRowsPerSecond >= 0)
        m_world->dynoRowsPerSecond = m_options.dynoRowsPerSecond;
    if (!m_world->save(error))
        return false;
    if (restored)
        m_fleet->restore();
    else
        m_fleet->provisionAll(seeded.sql, seeded.extensions);
    return true;
}

void SandboxServer::becomeReady()
{
    if (m_ready)
        return;
    m_ready = true;
    m_world->save();
    applySlowFollower();
    m_simulator = std::make_unique<WorkloadSimulator>(*m_world);
    m_simulator->tick();
    emit ready();
}

void SandboxServer::applySlowFollower()
{
    const auto &settings = m_faults.settings();
    if (settings.slowFollowerMs > 0 || m_ready)
        m_fleet->applyApplyDelay(settings.slowFollowerMs, settings.slowFollower);
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 listening = m_http.listen(address, port);
    if (!listening)
        return 0;
    m_transfers->baseUrl = QStringLiteral("http://%1:%2").arg(address.toString()).arg(listening);
    // The backups' public URLs over https (the CLI downloads only those), on a port of their own.
    QSslConfiguration tls;
    if (BackupTls::load(backupsTlsDir(), &tls, &m_backupsTlsProblem)) {
        m_backupsHttps.sslSetup(tls);
        if (const quint16 https = m_backupsHttps.listen(address, 0))
            m_transfers->baseUrl = QStringLiteral("https://%1:%2").arg(address.toString()).arg(https);
    }
    return listening;
}

void SandboxServer::shutdown()
{
    if (m_simulator)
        m_simulator->stopAll();
    if (m_world)
        m_world->save();
    if (m_fleet)
        m_fleet->shutdown();
}

bool SandboxServer::authorized(const ApiRequest &request) const
{
    const QByteArray header = request.header("authorization").trimmed();
    const QByteArray token = m_world->token.toUtf8();
    if (token.isEmpty())
        return false;
    if (header.startsWith("Bearer ") || header.startsWith("bearer "))
        return header.mid(7).trimmed() == token;
    if (header.startsWith("Basic ") || header.startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        return colon >= 0 && decoded.mid(colon + 1) == token;
    }
    return false;
}

int SandboxServer::takeRateLimitToken()
{
    const double elapsed = double(m_rateClock.restart()) / 1000.0;
    m_rateTokens = qMin(m_rateCapacity, m_rateTokens + elapsed * kRatePerSecond);
    if (m_rateTokens >= 1)
        m_rateTokens -= 1;
    return int(m_rateTokens);
}

ApiResponse SandboxServer::finish(ApiResponse response, const ApiRequest &request)
{
    Q_UNUSED(request)
    response.setHeader("Request-Id", QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8());
    bool hasRemaining = false;
    for (const auto &header : std::as_const(response.headers))
        hasRemaining = hasRemaining || header.first == "RateLimit-Remaining";
    if (!hasRemaining)
        response.setHeader("RateLimit-Remaining", QByteArray::number(int(m_rateTokens)));
    return response;
}

void SandboxServer::handle(ApiRequest request, const Respond &respond)
{
    const QString path = request.path;
    Respond reply = [this, respond, request](ApiResponse response) {
        respond(finish(std::move(response), request));
    };

    if (path == QLatin1String("/health")) {
        reply(ApiResponse::json(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } }));
        return;
    }
    if (TransfersApi::isBackupPath(path)) {
        // A backup's public URL: the signature in it is the key, as for S3 (no API token).
        reply(m_transfers->serveBackup(request));
        return;
    }
    if (path.startsWith(QLatin1String("/_sandbox/"))) {
        if (!request.peer.isLoopback()) {
            reply(ApiResponse::error(403, QStringLiteral("forbidden"),
                                     QStringLiteral("The sandbox admin routes answer only on loopback.")));
            return;
        }
        if (!authorized(request)) {
            reply(ApiResponse::error(401, QStringLiteral("unauthorized"),
                                     QStringLiteral("Invalid credentials provided.")));
            return;
        }
        if (m_admin.dispatch(request, reply) != ApiRouter::Match::Found)
            reply(endpointNotFound());
        return;
    }
    if (!authorized(request)) {
        reply(ApiResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Invalid credentials provided.")));
        return;
    }
    takeRateLimitToken();
    switch (m_faults.next(path)) {
    case Faults::Action::Drop: {
        ApiResponse drop;
        drop.dropConnection = true;
        respond(drop);
        return;
    }
    case Faults::Action::RateLimit: {
        ApiResponse limited = ApiResponse::error(429, QStringLiteral("rate_limit"),
                                                 QStringLiteral("Your account reached the API rate limit\nPlease "
                                                                "wait a few minutes before making new requests"));
        limited.setHeader("RateLimit-Remaining", "0");
        limited.setHeader("Retry-After", "60");
        reply(limited);
        return;
    }
    case Faults::Action::Error: {
        const int status = m_faults.settings().errorStatus;
        reply(ApiResponse::error(
            status, status == 503 ? QStringLiteral("service_unavailable") : QStringLiteral("internal_server_error"),
            QStringLiteral("Internal server error (sandbox fault injection).")));
        return;
    }
    case Faults::Action::Malformed: {
        // The real answer, then its body spoilt (only a successful JSON one: errors stay readable).
        const MalformedBody::Kind kind = m_faults.settings().malformedKind;
        reply = [reply, kind](ApiResponse response) {
            if (response.status >= 200 && response.status < 300 && !response.body.isEmpty())
                response.body = MalformedBody::apply(kind, response.body);
            reply(std::move(response));
        };
        break;
    }
    case Faults::Action::None:
        break;
    }
    const int latency = m_faults.latencyFor(path);
    if (latency > 0) {
        QTimer::singleShot(latency, this, [this, request, reply]() mutable { dispatch(std::move(request), reply); });
        return;
    }
    dispatch(std::move(request), reply);
}

void SandboxServer::dispatch(ApiRequest request, const Respond &respond)
{
    if (!request.bodyIsValid() && request.method != "GET") {
        respond(ApiResponse::badRequest(QStringLiteral("Request body must be a JSON object.")));
        return;
    }
    if (m_router.dispatch(request, respond) != ApiRouter::Match::Found)
        respond(endpointNotFound());
}

QString SandboxServer::backupsTlsDir() const
{
    return m_options.stateDir + QStringLiteral("/backups-tls");
}

void SandboxServer::installAdminRoutes()
{
    m_admin.add("GET", QStringLiteral("/_sandbox/tls"), ApiRouter::SyncHandler([this](const ApiRequest &) {
                    return ApiResponse::json(QJsonObject {
                        { QStringLiteral("backups_certificate"), BackupTls::certificatePath(backupsTlsDir()) },
                        { QStringLiteral("backups_base_url"), m_transfers->baseUrl },
                        { QStringLiteral("problem"), m_backupsTlsProblem } });
                }));
    m_transfers->installAdmin(m_admin);
    using H = ApiRouter::SyncHandler;
    m_admin.add("GET", QStringLiteral("/_sandbox/faults"),
                H([this](const ApiRequest &) { return ApiResponse::json(m_faults.toJson()); }));
    m_admin.add("POST", QStringLiteral("/_sandbox/faults"), H([this](const ApiRequest &request) {
                    QString error;
                    const int slow = m_faults.settings().slowFollowerMs;
                    const QString slowWho = m_faults.settings().slowFollower;
                    if (!m_faults.update(request.json(), &error))
                        return ApiResponse::invalidParams(error);
                    if (slow != m_faults.settings().slowFollowerMs || slowWho != m_faults.settings().slowFollower)
                        applySlowFollower();
                    return ApiResponse::json(m_faults.toJson());
                }));
    m_admin.add("DELETE", QStringLiteral("/_sandbox/faults"), H([this](const ApiRequest &) {
                    Faults::Settings settings;
                    settings.seed = m_faults.settings().seed;
                    const bool wasSlow = m_faults.settings().slowFollowerMs > 0;
                    m_faults.setSettings(settings);
                    if (wasSlow)
                        applySlowFollower();
                    return ApiResponse::json(m_faults.toJson());
                }));
    m_admin.add(
        "POST", QStringLiteral("/_sandbox/timing"), H([this](const ApiRequest &request) {
            const QJsonObject body = request.json();
            m_maintenance->preparingSeconds
                = body.value(QLatin1String("maintenance_preparing_seconds")).toInt(m_maintenance->preparingSeconds);
            m_maintenance->runSeconds
                = body.value(QLatin1String("maintenance_run_seconds")).toInt(m_maintenance->runSeconds);
            if (body.contains(QLatin1String("dyno_rows_per_second")))
                m_world->dynoRowsPerSecond = body.value(QLatin1String("dyno_rows_per_second")).toInt();
            m_world->dynoStopMs = qMax(0, body.value(QLatin1String("dyno_stop_ms")).toInt(m_world->dynoStopMs));
            m_transfers->bytesPerSecond = qMax<qint64>(
                0, body.value(QLatin1String("transfer_bytes_per_second")).toInteger(m_transfers->bytesPerSecond));
            m_upgrade->stepSeconds
                = qMax(0, body.value(QLatin1String("upgrade_step_seconds")).toInt(m_upgrade->stepSeconds));
            if (const double capacity = body.value(QLatin1String("rate_limit_capacity")).toDouble(); capacity >= 1) {
                m_rateCapacity = capacity; // and full: a benchmark of a large account starts here
                m_rateTokens = capacity;
            }
            m_world->markDirty();
            return ApiResponse::json(
                QJsonObject { { QStringLiteral("rate_limit_capacity"), m_rateCapacity },
                              { QStringLiteral("maintenance_preparing_seconds"), m_maintenance->preparingSeconds },
                              { QStringLiteral("maintenance_run_seconds"), m_maintenance->runSeconds },
                              { QStringLiteral("dyno_rows_per_second"), m_world->dynoRowsPerSecond },
                              { QStringLiteral("dyno_stop_ms"), m_world->dynoStopMs },
                              { QStringLiteral("transfer_bytes_per_second"), m_transfers->bytesPerSecond },
                              { QStringLiteral("upgrade_step_seconds"), m_upgrade->stepSeconds } });
        }));
    // Databases without clusters, for benchmarks of large accounts (VirtualDatabases).
    m_admin.add("POST", QStringLiteral("/_sandbox/virtual-databases"), H([this](const ApiRequest &request) {
                    QString error;
                    const QStringList apps = VirtualDatabases::create(*m_world, request.json(), &error);
                    if (apps.isEmpty())
                        return ApiResponse::invalidParams(error);
                    return ApiResponse::json(
                        QJsonObject { { QStringLiteral("created"), qsizetype(apps.size()) },
                                      { QStringLiteral("apps"), QJsonArray::fromStringList(apps) } });
                }));
    m_admin.add("GET", QStringLiteral("/_sandbox/state"), H([this](const ApiRequest &) {
                    QJsonObject state;
                    state.insert(QStringLiteral("apps"), qsizetype(m_world->apps.size()));
                    QJsonArray addons;
                    for (const auto &addon : std::as_const(m_world->addons)) {
                        QJsonObject o = records::toJson(*addon);
                        QJsonArray attachments;
                        for (const AttachmentRecord *attachment : m_world->attachmentsOfAddon(addon->id))
                            attachments.append(records::toJson(*attachment));
                        o.insert(QStringLiteral("attachments"), attachments);
                        addons.append(o);
                    }
                    state.insert(QStringLiteral("addons"), addons);
                    state.insert(QStringLiteral("dyno_rows_per_second"), m_world->dynoRowsPerSecond);
                    state.insert(QStringLiteral("faults"), m_faults.toJson());
                    state.insert(QStringLiteral("writers"), m_simulator ? m_simulator->status() : QJsonObject());
                    QJsonArray connections;
                    for (const auto &connection : std::as_const(m_world->connections))
                        connections.append(records::toJson(*connection));
                    state.insert(QStringLiteral("connections"), connections);
                    return ApiResponse::json(state);
                }));
}

} // namespace hpg::sandbox
