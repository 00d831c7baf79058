#include "dataclient.h"

#include <QJsonObject>
#include <QUrl>

namespace hpg {

namespace {

QString segment(const QString &value)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(value));
}

ApiRequest dataGet(const QString &path)
{
    return ApiRequest::get(path, ApiRequest::Host::Data);
}

// A credential rotation (reference §5): Basic auth, {"forced": true} only when forced.
ApiRequest rotation(const QString &path, bool force)
{
    QJsonObject body;
    if (force)
        body.insert(QStringLiteral("forced"), true);
    auto request = ApiRequest::withBody("POST", path, QJsonDocument(body), ApiRequest::Host::Data);
    request.auth = ApiRequest::Auth::Basic;
    return request;
}

// POST /client/v11/databases/{id}/upgrade/{action} with `body`.
ApiRequest upgradeAction(const QString &addon, const char *action, const QJsonObject &body)
{
    return ApiRequest::withBody("POST",
                                QStringLiteral("/client/v11/databases/%1/upgrade/%2").arg(segment(addon), QLatin1String(action)),
                                QJsonDocument(body), ApiRequest::Host::Data);
}

QJsonObject versionBody(const QString &version)
{
    return version.isEmpty() ? QJsonObject {} : QJsonObject { { QStringLiteral("version"), version } };
}

} // namespace

ApiCall *DataClient::upgradeRun(const QString &addon, const QString &version, QObject *owner)
{
    return m_api->send(upgradeAction(addon, "run", versionBody(version)), owner);
}

ApiCall *DataClient::upgradePrepare(const QString &addon, const QString &version, QObject *owner)
{
    return m_api->send(upgradeAction(addon, "prepare", versionBody(version)), owner);
}

ApiCall *DataClient::upgradeDryRun(const QString &addon, QObject *owner)
{
    return m_api->send(upgradeAction(addon, "dry_run", {}), owner);
}

ApiCall *DataClient::upgradeCancel(const QString &addon, QObject *owner)
{
    return m_api->send(upgradeAction(addon, "cancel", {}), owner);
}

ApiCall *DataClient::upgradeWaitStatus(const QString &addon, QObject *owner)
{
    return m_api->send(dataGet(QStringLiteral("/client/v11/databases/%1/upgrade/wait_status").arg(segment(addon))),
                       owner);
}

ApiCall *DataClient::database(const QString &addon, QObject *owner)
{
    return m_api->send(dataGet(QStringLiteral("/client/v11/databases/%1").arg(segment(addon))), owner);
}

ApiCall *DataClient::waitStatus(const QString &addon, QObject *owner)
{
    return m_api->send(dataGet(QStringLiteral("/client/v11/databases/%1/wait_status").arg(segment(addon))), owner);
}

ApiCall *DataClient::credentials(const QString &addon, QObject *owner)
{
    auto request = dataGet(QStringLiteral("/postgres/v0/databases/%1/credentials").arg(segment(addon)));
    request.auth = ApiRequest::Auth::Basic;
    return m_api->send(request, owner);
}

ApiCall *DataClient::credential(const QString &addon, const QString &credential, QObject *owner)
{
    auto request
        = dataGet(QStringLiteral("/postgres/v0/databases/%1/credentials/%2").arg(segment(addon), segment(credential)));
    request.auth = ApiRequest::Auth::Basic;
    return m_api->send(request, owner);
}

ApiCall *DataClient::rotateCredential(const QString &addon, const QString &credential, bool force, QObject *owner)
{
    return m_api->send(rotation(QStringLiteral("/postgres/v0/databases/%1/credentials/%2/credentials_rotation")
                                    .arg(segment(addon), segment(credential)),
                                force),
                       owner);
}

ApiCall *DataClient::rotateAllCredentials(const QString &addon, bool force, QObject *owner)
{
    return m_api->send(
        rotation(QStringLiteral("/postgres/v0/databases/%1/credentials_rotation").arg(segment(addon)), force), owner);
}

ApiCall *DataClient::createCredential(const QString &addon, const QString &credential, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("name"), credential } };
    return m_api->send(ApiRequest::withBody("POST",
                                            QStringLiteral("/postgres/v0/databases/%1/credentials").arg(segment(addon)),
                                            QJsonDocument(body), ApiRequest::Host::Data),
                       owner);
}

ApiCall *DataClient::destroyCredential(const QString &addon, const QString &credential, QObject *owner)
{
    return m_api->send(
        ApiRequest::withBody(
            "DELETE",
            QStringLiteral("/postgres/v0/databases/%1/credentials/%2").arg(segment(addon), segment(credential)), {},
            ApiRequest::Host::Data),
        owner);
}

ApiCall *DataClient::repairDefaultCredential(const QString &addon, QObject *owner)
{
    return m_api->send(
        ApiRequest::withBody("POST", QStringLiteral("/postgres/v0/databases/%1/repair-default").arg(segment(addon)),
                             QJsonDocument(QJsonObject {}), ApiRequest::Host::Data),
        owner);
}

ApiCall *DataClient::connectionReset(const QString &addon, QObject *owner)
{
    return m_api->send(
        ApiRequest::withBody("POST", QStringLiteral("/client/v11/databases/%1/connection_reset").arg(segment(addon)),
                             QJsonDocument(QJsonObject {}), ApiRequest::Host::Data),
        owner);
}

ApiCall *DataClient::unfollow(const QString &addon, QObject *owner)
{
    return m_api->send(ApiRequest::withBody("PUT",
                                            QStringLiteral("/client/v11/databases/%1/unfollow").arg(segment(addon)), {},
                                            ApiRequest::Host::Data),
                       owner);
}

ApiCall *DataClient::reset(const QString &addon, QObject *owner)
{
    return m_api->send(ApiRequest::withBody("PUT", QStringLiteral("/client/v11/databases/%1/reset").arg(segment(addon)),
                                            QJsonDocument(QJsonObject {}), ApiRequest::Host::Data),
                       owner);
}

ApiCall *DataClient::maintenance(const QString &addonId, QObject *owner)
{
    return m_api->send(dataGet(QStringLiteral("/data/maintenances/v1/%1").arg(segment(addonId))), owner);
}

ApiCall *DataClient::runMaintenance(const QString &addonId, QObject *owner)
{
    return m_api->send(ApiRequest::withBody("POST",
                                            QStringLiteral("/data/maintenances/v1/%1/run").arg(segment(addonId)), {},
                                            ApiRequest::Host::Data),
                       owner);
}

ApiCall *DataClient::maintenanceWindow(const QString &addonId, QObject *owner)
{
    return m_api->send(dataGet(QStringLiteral("/data/maintenances/v1/%1/window").arg(segment(addonId))), owner);
}

ApiCall *DataClient::appMaintenances(const QString &appId, QObject *owner)
{
    return m_api->send(dataGet(QStringLiteral("/data/maintenances/v1/apps/%1").arg(segment(appId))), owner);
}

ApiCall *DataClient::maintenanceHistory(const QString &addonId, int limit, QObject *owner)
{
    auto request = dataGet(QStringLiteral("/data/maintenances/v1/%1/history/").arg(segment(addonId)));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, 20)));
    return m_api->send(request, owner);
}

ApiCall *DataClient::scheduleMaintenance(const QString &addonId, int delayWeeks, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("delay_weeks"), QString::number(delayWeeks) } };
    return m_api->send(ApiRequest::withBody("POST",
                                            QStringLiteral("/data/maintenances/v1/%1/schedule").arg(segment(addonId)),
                                            QJsonDocument(body), ApiRequest::Host::Data),
                       owner);
}

ApiCall *DataClient::setMaintenanceWindow(const QString &addonId, const QString &dayOfWeek, const QString &timeOfDay,
                                          QObject *owner)
{
    const QJsonObject body { { QStringLiteral("day_of_week"), dayOfWeek },
                             { QStringLiteral("time_of_day"), timeOfDay } };
    return m_api->send(ApiRequest::withBody("POST",
                                            QStringLiteral("/data/maintenances/v1/%1/window").arg(segment(addonId)),
                                            QJsonDocument(body), ApiRequest::Host::Data),
                       owner);
}

ApiCall *DataClient::createTransfer(const QString &addonId, const QString &fromName, const QString &fromUrl,
                                    const QString &toName, const QString &toUrl, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("from_name"), fromName },
                             { QStringLiteral("from_url"), fromUrl },
                             { QStringLiteral("to_name"), toName },
                             { QStringLiteral("to_url"), toUrl } };
    return m_api->send(ApiRequest::withBody("POST",
                                            QStringLiteral("/client/v11/databases/%1/transfers").arg(segment(addonId)),
                                            QJsonDocument(body), ApiRequest::Host::Data),
                       owner);
}

ApiCall *DataClient::transfer(const QString &app, const QString &uuid, bool verbose, QObject *owner)
{
    auto request = dataGet(QStringLiteral("/client/v11/apps/%1/transfers/%2").arg(segment(app), segment(uuid)));
    if (verbose)
        request.query.addQueryItem(QStringLiteral("verbose"), QStringLiteral("true"));
    return m_api->send(request, owner);
}

ApiCall *DataClient::transfers(const QString &app, QObject *owner)
{
    return m_api->send(dataGet(QStringLiteral("/client/v11/apps/%1/transfers").arg(segment(app))), owner);
}

ApiCall *DataClient::cancelTransfer(const QString &app, const QString &uuid, QObject *owner)
{
    return m_api->send(
        ApiRequest::withBody(
            "POST", QStringLiteral("/client/v11/apps/%1/transfers/%2/actions/cancel").arg(segment(app), segment(uuid)),
            QJsonDocument(QJsonObject {}), ApiRequest::Host::Data),
        owner);
}

ApiCall *DataClient::attachConnectionPool(const QString &addonName, const QString &app, const QString &name,
                                          const QString &credential, QObject *owner)
{
    QJsonObject body { { QStringLiteral("app"), app }, { QStringLiteral("credential"), credential } };
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    return m_api->send(
        ApiRequest::withBody("POST",
                             QStringLiteral("/client/v11/databases/%1/connection-pooling").arg(segment(addonName)),
                             QJsonDocument(body), ApiRequest::Host::Data),
        owner);
}

} // namespace hpg
