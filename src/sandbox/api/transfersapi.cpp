#include "transfersapi.h"

#include "dataapi.h"
#include "platformapi.h"
#include "presenter.h"
#include "sandbox/databasefleet.h"
#include "sandbox/state/world.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QThread>
#include <QUrl>

namespace hpg::sandbox {

namespace {

using H = ApiRouter::Handler;
using S = ApiRouter::SyncHandler;

const QString kBackupPrefix = QStringLiteral("/backups/");

QJsonObject logLine(const QDateTime &when, const QString &level, const QString &message)
{
    return { { QStringLiteral("created_at"), records::timestamp(when) },
             { QStringLiteral("level"), level },
             { QStringLiteral("message"), message } };
}

} // namespace

TransfersApi::TransfersApi(World &world, DatabaseFleet &fleet, DataApi &data)
    : m_world(world)
    , m_fleet(fleet)
    , m_data(data)
{
    // Scheduled backups: checked twice a minute, taken once a day in the schedule's hour.
    m_scheduleTimer.setInterval(30000);
    QObject::connect(&m_scheduleTimer, &QTimer::timeout, [this] { runSchedules(false); });
    m_scheduleTimer.start();
}

TransfersApi::~TransfersApi()
{
    for (const auto &flag : std::as_const(m_cancels))
        flag->store(true);
}

void TransfersApi::install(ApiRouter &router)
{
    router.add("POST", QStringLiteral("/client/v11/databases/{}/transfers"),
               H([this](const ApiRequest &r, const Respond &respond) { createCopy(r, respond); }));
    router.add("POST", QStringLiteral("/client/v11/databases/{}/backups"), S([this](const ApiRequest &r) {
                   return capture(r);
               }));
    router.add("POST", QStringLiteral("/client/v11/databases/{}/restores"), S([this](const ApiRequest &r) {
                   return restore(r);
               }));
    router.add("GET", QStringLiteral("/client/v11/apps/{}/transfers"), S([this](const ApiRequest &r) {
                   return list(r);
               }));
    router.add("GET", QStringLiteral("/client/v11/apps/{}/transfers/{}"), S([this](const ApiRequest &r) {
                   return list(r);
               }));
    router.add("DELETE", QStringLiteral("/client/v11/apps/{}/transfers/{}"), S([this](const ApiRequest &r) {
                   return remove(r);
               }));
    router.add("POST", QStringLiteral("/client/v11/apps/{}/transfers/{}/actions/cancel"),
               S([this](const ApiRequest &r) { return cancel(r); }));
    router.add("POST", QStringLiteral("/client/v11/apps/{}/transfers/{}/actions/public-url"),
               S([this](const ApiRequest &r) { return publicUrl(r); }));
    router.add("GET", QStringLiteral("/client/v11/databases/{}/transfer-schedules"),
               S([this](const ApiRequest &r) { return schedules(r); }));
    router.add("POST", QStringLiteral("/client/v11/databases/{}/transfer-schedules"),
               S([this](const ApiRequest &r) { return schedule(r); }));
    router.add("DELETE", QStringLiteral("/client/v11/databases/{}/transfer-schedules/{}"),
               S([this](const ApiRequest &r) { return unschedule(r); }));
}

void TransfersApi::installAdmin(ApiRouter &admin)
{
    admin.add("POST", QStringLiteral("/_sandbox/backup-schedules/run"), S([this](const ApiRequest &) {
                  const qsizetype before = m_world.transfers.size();
                  runSchedules(true);
                  QJsonArray started;
                  for (qsizetype i = before; i < m_world.transfers.size(); ++i)
                      started.append(toJson(*m_world.transfers.at(i), false));
                  return ApiResponse::json(started);
              }));
}

int TransfersApi::nextNumber() const
{
    int highest = 0;
    for (const auto &t : std::as_const(m_world.transfers))
        highest = qMax(highest, t->num);
    return highest + 1;
}

QString TransfersApi::attachmentName(const AddonRecord &addon) const
{
    QString name;
    for (const AttachmentRecord *attachment : m_world.attachmentsOfAddon(addon.id)) {
        if (attachment->appId != addon.appId || !attachment->ns.isEmpty())
            continue;
        if (name.isEmpty() || attachment->name == QLatin1String("DATABASE"))
            name = attachment->name;
    }
    return name.isEmpty() ? addon.name : name;
}

QString TransfersApi::backupFile(const QString &uuid) const
{
    return m_world.stateDir() + QStringLiteral("/backups/") + uuid + QStringLiteral(".dump");
}

QByteArray TransfersApi::signature(const QString &uuid, qint64 expires) const
{
    const QByteArray key = QByteArrayLiteral("hpgdesk-sandbox backups ") + m_world.token.toUtf8();
    return QMessageAuthenticationCode::hash(uuid.toUtf8() + ':' + QByteArray::number(expires), key,
                                            QCryptographicHash::Sha256)
        .toHex();
}

QJsonObject TransfersApi::toJson(const TransferRecord &t, bool verbose) const
{
    QJsonValue schedule = QJsonValue::Null;
    if (!t.scheduleId.isEmpty())
        schedule = QJsonObject { { QStringLiteral("uuid"), t.scheduleId } };
    QJsonObject o {
        { QStringLiteral("uuid"), t.uuid },
        { QStringLiteral("num"), t.num },
        { QStringLiteral("from_name"), t.fromName },
        { QStringLiteral("from_type"), t.fromType.isEmpty() ? QStringLiteral("pg_dump") : t.fromType },
        { QStringLiteral("from_url"), t.fromUrl },
        { QStringLiteral("to_name"), t.toName },
        { QStringLiteral("to_type"), t.toType.isEmpty() ? QStringLiteral("pg_restore") : t.toType },
        { QStringLiteral("to_url"), t.toUrl.startsWith(QLatin1Char('/')) ? baseUrl + t.toUrl : t.toUrl },
        { QStringLiteral("source_bytes"), t.sourceBytes },
        { QStringLiteral("processed_bytes"), t.processedBytes },
        { QStringLiteral("succeeded"),
          t.finishedAt.isValid() ? QJsonValue(t.succeeded) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("warnings"), 0 },
        { QStringLiteral("created_at"), Presenter::timeOrNull(t.createdAt) },
        { QStringLiteral("started_at"), Presenter::timeOrNull(t.startedAt) },
        { QStringLiteral("finished_at"), Presenter::timeOrNull(t.finishedAt) },
        { QStringLiteral("updated_at"), Presenter::timeOrNull(t.updatedAt) },
        { QStringLiteral("canceled_at"), Presenter::timeOrNull(t.canceledAt) },
        { QStringLiteral("deleted_at"), QJsonValue::Null },
        { QStringLiteral("purged_at"), QJsonValue::Null },
        { QStringLiteral("options"), QJsonObject() },
        { QStringLiteral("schedule"), schedule },
        { QStringLiteral("num_keep"), 2 },
    };
    if (verbose)
        o.insert(QStringLiteral("logs"), t.logs);
    return o;
}

void TransfersApi::run(const std::shared_ptr<TransferRecord> &transfer, const Work &work, const QString &doneMessage)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    transfer->createdAt = transfer->startedAt = transfer->updatedAt = now;
    m_world.transfers.append(transfer);
    m_world.markDirty();

    const QString uuid = transfer->uuid;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancels.insert(uuid, cancelled);
    QPointer<DatabaseFleet> fleet(&m_fleet);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    Progress progress = [this, fleet, uuid, clock, cancelled, rate = bytesPerSecond](qint64 bytes) {
        // A rehearsal of a large database: no faster than `rate` (on the transfer's worker thread).
        while (rate > 0 && !cancelled->load() && clock->elapsed() < bytes * 1000 / rate)
            QThread::msleep(quint64(qBound<qint64>(qint64(1), bytes * 1000 / rate - clock->elapsed(), qint64(100))));
        if (!fleet)
            return;
        QMetaObject::invokeMethod(
            fleet.data(),
            [this, uuid, bytes] {
                if (TransferRecord *t = m_world.transfer(uuid)) {
                    t->processedBytes = qMax(t->processedBytes, bytes);
                    t->updatedAt = QDateTime::currentDateTimeUtc();
                }
            },
            Qt::QueuedConnection);
    };
    auto finish = [this, uuid, doneMessage](bool ok, qint64 bytes, const QString &error) {
        m_cancels.remove(uuid);
        TransferRecord *t = m_world.transfer(uuid);
        if (!t)
            return;
        const QDateTime end = QDateTime::currentDateTimeUtc();
        if (t->canceledAt.isValid())
            ok = false;
        t->succeeded = ok;
        t->finishedAt = t->updatedAt = end;
        if (ok)
            t->processedBytes = t->sourceBytes = bytes;
        const QString message = ok ? doneMessage : t->canceledAt.isValid() ? QStringLiteral("Transfer canceled") : error;
        t->logs.append(logLine(end, ok ? QStringLiteral("info") : QStringLiteral("error"), message));
        m_world.markDirty();
    };
    m_fleet.when(
        work(progress, [cancelled] { return cancelled->load(); }),
        [finish](qint64 bytes) { finish(true, bytes, {}); },
        [finish](const QString &error) { finish(false, 0, error); });
}

void TransfersApi::createCopy(const ApiRequest &request, const Respond &respond)
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon) {
        respond(ApiResponse::databaseNotFound());
        return;
    }
    const QJsonObject body = request.json();
    auto findByUrl = [this](const QString &text) -> QString {
        const QUrl url(text);
        for (const auto &candidate : std::as_const(m_world.addons)) {
            const auto endpoint = m_fleet.clusters().endpoint(candidate->id);
            if (endpoint && endpoint->port == url.port() && QLatin1Char('/') + endpoint->database == url.path())
                return candidate->id;
        }
        return {};
    };
    auto transfer = std::make_shared<TransferRecord>();
    transfer->uuid = World::newId();
    transfer->num = nextNumber();
    transfer->appId = addon->appId;
    transfer->fromName = body.value(QLatin1String("from_name")).toString();
    transfer->toName = body.value(QLatin1String("to_name")).toString();
    transfer->fromUrl = body.value(QLatin1String("from_url")).toString();
    transfer->toUrl = body.value(QLatin1String("to_url")).toString();
    transfer->fromAddonId = findByUrl(transfer->fromUrl);
    transfer->toAddonId = findByUrl(transfer->toUrl);
    transfer->fromType = QStringLiteral("pg_dump");
    transfer->toType = QStringLiteral("pg_restore");
    if (transfer->fromAddonId.isEmpty() || transfer->toAddonId.isEmpty()) {
        respond(ApiResponse::invalidParams(QStringLiteral("The sandbox copies only between its own databases.")));
        return;
    }
    if (transfer->fromAddonId == transfer->toAddonId) {
        respond(ApiResponse::invalidParams(QStringLiteral("Cannot copy a database onto itself.")));
        return;
    }
    if (const AddonRecord *source = m_world.addon(transfer->fromAddonId);
        source && source->followId == transfer->toAddonId) {
        respond(ApiResponse::invalidParams(QStringLiteral("%1 follows %2: copying it onto its own leader would empty both.")
                                               .arg(source->name, m_world.addon(transfer->toAddonId)->name)));
        return;
    }
    if (const AddonRecord *target = m_world.addon(transfer->toAddonId); target && !target->followId.isEmpty()) {
        respond(ApiResponse::invalidParams(
            QStringLiteral("%1 is a read-only follower and cannot be copied into.").arg(target->name)));
        return;
    }
    transfer->logs.append(
        logLine(QDateTime::currentDateTimeUtc(), QStringLiteral("info"), QStringLiteral("Starting pg_dump | pg_restore")));
    const QString from = transfer->fromAddonId;
    const QString to = transfer->toAddonId;
    run(
        transfer,
        [this, from, to](const Progress &progress, const Cancelled &cancelled) {
            return m_fleet.clusters().copy(from, to, progress, cancelled);
        },
        QStringLiteral("Copy completed"));
    respond(ApiResponse::json(toJson(*transfer, false), 201));
}

std::shared_ptr<TransferRecord> TransfersApi::startBackup(const AddonRecord &addon,
                                                          const BackupScheduleRecord *schedule)
{
    auto transfer = std::make_shared<TransferRecord>();
    transfer->uuid = World::newId();
    transfer->num = nextNumber();
    transfer->appId = addon.appId;
    transfer->fromAddonId = addon.id;
    transfer->fromName = attachmentName(addon);
    transfer->fromType = QStringLiteral("pg_dump");
    transfer->toName = QStringLiteral("BACKUP");
    transfer->toType = QStringLiteral("gof3r");
    transfer->toUrl = kBackupPrefix + transfer->uuid; // toJson() puts baseUrl in front
    if (schedule)
        transfer->scheduleId = schedule->uuid;
    transfer->logs.append(logLine(QDateTime::currentDateTimeUtc(), QStringLiteral("info"),
                                  QStringLiteral("Starting pg_dump of %1").arg(transfer->fromName)));
    QDir().mkpath(QFileInfo(backupFile(transfer->uuid)).path());
    const QString addonId = addon.id;
    const QString file = backupFile(transfer->uuid);
    run(
        transfer,
        [this, addonId, file](const Progress &progress, const Cancelled &cancelled) {
            return m_fleet.clusters().backup(addonId, file, progress, cancelled);
        },
        QStringLiteral("Backup completed"));
    return transfer;
}

ApiResponse TransfersApi::capture(const ApiRequest &request)
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon)
        return ApiResponse::databaseNotFound();
    for (const auto &t : std::as_const(m_world.transfers)) {
        if (t->isBackup() && t->fromAddonId == addon->id && !t->finishedAt.isValid())
            return ApiResponse::invalidParams(
                QStringLiteral("A backup of %1 is already in progress (b%2).").arg(addon->name).arg(t->num, 3, 10, QLatin1Char('0')));
    }
    return ApiResponse::json(toJson(*startBackup(*addon, nullptr), false), 201);
}

ApiResponse TransfersApi::restore(const ApiRequest &request)
{
    const AddonRecord *addon = m_data.database(request.param(0));
    if (!addon)
        return ApiResponse::databaseNotFound();
    if (!addon->followId.isEmpty())
        return ApiResponse::invalidParams(
            QStringLiteral("%1 is a read-only follower and cannot be restored into.").arg(addon->name));
    const QString url = request.json().value(QLatin1String("backup_url")).toString();
    // Only the sandbox's own backups: their URL (to_url or a public URL) names the backup.
    const QString path = QUrl(url).path();
    const QString uuid = path.startsWith(kBackupPrefix) ? path.mid(kBackupPrefix.size()) : QString();
    const TransferRecord *backup = uuid.isEmpty() ? nullptr : m_world.transfer(uuid);
    if (!backup || !backup->isBackup())
        return ApiResponse::invalidParams(
            QStringLiteral("The sandbox restores only its own backups; %1 is not one of them.").arg(url));
    if (!backup->succeeded || !QFileInfo::exists(backupFile(backup->uuid)))
        return ApiResponse::invalidParams(QStringLiteral("Backup b%1 did not complete successfully.")
                                              .arg(backup->num, 3, 10, QLatin1Char('0')));
    auto transfer = std::make_shared<TransferRecord>();
    transfer->uuid = World::newId();
    transfer->num = nextNumber();
    transfer->appId = addon->appId;
    transfer->fromAddonId = backup->fromAddonId;
    transfer->fromName = QStringLiteral("b%1").arg(backup->num, 3, 10, QLatin1Char('0'));
    transfer->fromType = QStringLiteral("gof3r");
    transfer->fromUrl = url;
    transfer->toAddonId = addon->id;
    transfer->toName = attachmentName(*addon);
    transfer->toType = QStringLiteral("pg_restore");
    transfer->logs.append(logLine(QDateTime::currentDateTimeUtc(), QStringLiteral("info"),
                                  QStringLiteral("Starting pg_restore of %1 into %2")
                                      .arg(transfer->fromName, transfer->toName)));
    const QString addonId = addon->id;
    const QString file = backupFile(backup->uuid);
    run(
        transfer,
        [this, addonId, file](const Progress &progress, const Cancelled &cancelled) {
            return m_fleet.clusters().restore(addonId, file, progress, cancelled);
        },
        QStringLiteral("Restore completed"));
    return ApiResponse::json(toJson(*transfer, false), 201);
}

TransferRecord *TransfersApi::findOnApp(const ApiRequest &request, ApiResponse *error) const
{
    const AppRecord *app = PlatformApi::findApp(m_world, request.param(0), error);
    if (!app)
        return nullptr;
    TransferRecord *t = m_world.transfer(request.param(1));
    if (!t || t->appId != app->id) {
        *error = ApiResponse::notFound(QStringLiteral("transfer"));
        return nullptr;
    }
    return t;
}

ApiResponse TransfersApi::list(const ApiRequest &request) const
{
    const bool verbose = request.query.queryItemValue(QStringLiteral("verbose")) == QLatin1String("true");
    auto present = [&](const TransferRecord &t) { return toJson(t, verbose); };
    if (request.params.size() == 2) {
        ApiResponse error;
        const TransferRecord *t = findOnApp(request, &error);
        return t ? ApiResponse::json(present(*t)) : error;
    }
    ApiResponse error;
    const AppRecord *app = PlatformApi::findApp(m_world, request.param(0), &error);
    if (!app)
        return error;
    QJsonArray array;
    for (const auto &t : std::as_const(m_world.transfers)) {
        if (t->appId == app->id)
            array.append(present(*t));
    }
    return ApiResponse::json(array);
}

ApiResponse TransfersApi::cancel(const ApiRequest &request)
{
    ApiResponse error;
    TransferRecord *t = findOnApp(request, &error);
    if (!t)
        return error;
    if (t->finishedAt.isValid())
        return ApiResponse::invalidParams(QStringLiteral("Transfer %1 has already finished.").arg(t->num));
    if (!t->canceledAt.isValid()) {
        t->canceledAt = t->updatedAt = QDateTime::currentDateTimeUtc();
        if (const auto flag = m_cancels.value(t->uuid))
            flag->store(true);
        m_world.markDirty();
    }
    return ApiResponse::json(toJson(*t, false));
}

ApiResponse TransfersApi::publicUrl(const ApiRequest &request) const
{
    ApiResponse error;
    const TransferRecord *t = findOnApp(request, &error);
    if (!t)
        return error;
    if (!t->isBackup() || !t->succeeded || !QFileInfo::exists(backupFile(t->uuid)))
        return ApiResponse::invalidParams(
            QStringLiteral("Transfer %1 is not a completed backup; it has no file to download.").arg(t->num));
    const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addSecs(publicUrlSeconds);
    const qint64 expires = expiresAt.toSecsSinceEpoch();
    const QString url = QStringLiteral("%1%2%3?expires=%4&signature=%5")
                            .arg(baseUrl, kBackupPrefix, t->uuid)
                            .arg(expires)
                            .arg(QString::fromLatin1(signature(t->uuid, expires)));
    return ApiResponse::json(QJsonObject { { QStringLiteral("url"), url },
                                           { QStringLiteral("expires_at"), records::timestamp(expiresAt) } });
}

ApiResponse TransfersApi::remove(const ApiRequest &request)
{
    ApiResponse error;
    TransferRecord *t = findOnApp(request, &error);
    if (!t)
        return error;
    if (!t->finishedAt.isValid())
        return ApiResponse::invalidParams(
            QStringLiteral("Transfer %1 is still running; cancel it before deleting it.").arg(t->num));
    QJsonObject answer = toJson(*t, false);
    answer.insert(QStringLiteral("deleted_at"), records::timestamp(QDateTime::currentDateTimeUtc()));
    QFile::remove(backupFile(t->uuid));
    const QString uuid = t->uuid;
    m_world.transfers.removeIf([&uuid](const auto &item) { return item->uuid == uuid; });
    m_world.markDirty();
    return ApiResponse::json(answer);
}

bool TransfersApi::isBackupPath(const QString &path)
{
    return path.startsWith(kBackupPrefix);
}

ApiResponse TransfersApi::serveBackup(const ApiRequest &request) const
{
    const QString uuid = request.path.mid(kBackupPrefix.size());
    const qint64 expires = request.query.queryItemValue(QStringLiteral("expires")).toLongLong();
    const QByteArray given = request.query.queryItemValue(QStringLiteral("signature")).toLatin1();
    if (given.isEmpty() || given != signature(uuid, expires))
        return ApiResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("Request signature does not match."));
    if (expires < QDateTime::currentSecsSinceEpoch())
        return ApiResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("Request has expired."));
    const QFileInfo file(backupFile(uuid));
    if (!file.exists())
        return ApiResponse::notFound(QStringLiteral("backup"));
    ApiResponse response;
    response.setHeader("Content-Type", "application/octet-stream");
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("ETag", '"' + uuid.toLatin1() + '"');
    response.bodyFile = file.absoluteFilePath();
    response.bodyLength = file.size();
    // "Range: bytes=N-" or "bytes=N-M": resume a download.
    const QByteArray range = request.header("range").trimmed();
    if (range.startsWith("bytes=")) {
        const QList<QByteArray> ends = range.mid(6).split('-');
        bool okFrom = false;
        const qint64 from = ends.value(0).toLongLong(&okFrom);
        bool okTo = false;
        qint64 to = ends.value(1).toLongLong(&okTo);
        if (!okTo)
            to = file.size() - 1;
        if (!okFrom || ends.size() != 2 || from < 0 || from >= file.size() || to < from) {
            ApiResponse refused = ApiResponse::error(416, QStringLiteral("invalid_range"),
                                                     QStringLiteral("The requested range is not satisfiable."));
            refused.setHeader("Content-Range", "bytes */" + QByteArray::number(file.size()));
            return refused;
        }
        to = qMin(to, file.size() - 1);
        response.status = 206;
        response.bodyOffset = from;
        response.bodyLength = to - from + 1;
        response.setHeader("Content-Range", "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                                                + QByteArray::number(file.size()));
    }
    return response;
}

} // namespace hpg::sandbox
