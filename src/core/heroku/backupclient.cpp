#include "backupclient.h"

#include "jsonlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace hpg {

namespace {

QString segment(const QString &value)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(value));
}

ApiRequest post(const QString &path, const QJsonObject &body = {})
{
    return ApiRequest::withBody("POST", path, QJsonDocument(body), ApiRequest::Host::Data);
}

} // namespace

ApiCall *BackupClient::capture(const QString &addonId, QObject *owner)
{
    return m_api->send(post(QStringLiteral("/client/v11/databases/%1/backups").arg(segment(addonId))), owner);
}

ApiCall *BackupClient::restore(const QString &addonId, const QString &backupUrl, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("backup_url"), backupUrl }, { QStringLiteral("extensions"), QJsonArray() } };
    return m_api->send(post(QStringLiteral("/client/v11/databases/%1/restores").arg(segment(addonId)), body), owner);
}

ApiCall *BackupClient::publicUrl(const QString &app, int num, QObject *owner)
{
    return m_api->send(
        post(QStringLiteral("/client/v11/apps/%1/transfers/%2/actions/public-url").arg(segment(app)).arg(num)), owner);
}

ApiCall *BackupClient::remove(const QString &app, int num, QObject *owner)
{
    return m_api->send(
        ApiRequest::withBody("DELETE", QStringLiteral("/client/v11/apps/%1/transfers/%2").arg(segment(app)).arg(num),
                             QJsonDocument(QJsonObject()), ApiRequest::Host::Data),
        owner);
}

ApiCall *BackupClient::schedules(const QString &addonId, QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/client/v11/databases/%1/transfer-schedules").arg(segment(addonId)),
                                       ApiRequest::Host::Data),
                       owner);
}

ApiCall *BackupClient::schedule(const QString &addonId, int hour, const QString &timezone, const QString &scheduleName,
                                QObject *owner)
{
    // The CLI sends the hour as it was typed, a string.
    const QJsonObject body { { QStringLiteral("hour"), QString::number(hour) },
                             { QStringLiteral("timezone"), timezone },
                             { QStringLiteral("schedule_name"), scheduleName } };
    return m_api->send(post(QStringLiteral("/client/v11/databases/%1/transfer-schedules").arg(segment(addonId)), body),
                       owner);
}

ApiCall *BackupClient::unschedule(const QString &addonId, const QString &scheduleUuid, QObject *owner)
{
    return m_api->send(ApiRequest::withBody("DELETE",
                                            QStringLiteral("/client/v11/databases/%1/transfer-schedules/%2")
                                                .arg(segment(addonId), segment(scheduleUuid)),
                                            QJsonDocument(QJsonObject()), ApiRequest::Host::Data),
                       owner);
}

BackupSchedule BackupSchedule::fromJson(const QJsonObject &json)
{
    BackupSchedule s;
    s.uuid = json.value(QStringLiteral("uuid")).toString();
    s.name = json.value(QStringLiteral("name")).toString();
    const QJsonValue hour = json.value(QStringLiteral("hour"));
    s.hour = qBound(0, hour.isString() ? hour.toString().toInt() : hour.toInt(), 23);
    s.timezone = json.value(QStringLiteral("timezone")).toString();
    return s;
}

QList<BackupSchedule> BackupSchedule::listFromJson(const QJsonArray &json)
{
    return jsonList<BackupSchedule>(json);
}

} // namespace hpg
