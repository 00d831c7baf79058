#include "platformclient.h"

#include <QUrl>

namespace hpg {

namespace {

QString segment(const QString &value)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(value));
}

ApiRequest withAttachmentInclusion(ApiRequest request)
{
    request.sdk().header("Accept-Inclusion", "addon:plan,config_vars");
    return request;
}

} // namespace

ApiCall *PlatformClient::account(QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/account")), owner);
}

ApiCall *PlatformClient::apps(QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/apps")), owner);
}

ApiCall *PlatformClient::teams(QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/teams")), owner);
}

ApiCall *PlatformClient::spaces(QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/spaces")).sdk(), owner);
}

ApiCall *PlatformClient::app(const QString &app, QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/apps/%1").arg(segment(app))), owner);
}

ApiCall *PlatformClient::addons(const QString &app, QObject *owner)
{
    auto request = ApiRequest::get(QStringLiteral("/apps/%1/addons").arg(segment(app)));
    request.sdk().header("Accept-Expansion", "addon_service,plan");
    return m_api->send(request, owner);
}

ApiCall *PlatformClient::attachments(const QString &app, QObject *owner)
{
    return m_api->send(
        withAttachmentInclusion(ApiRequest::get(QStringLiteral("/apps/%1/addon-attachments").arg(segment(app)))),
        owner);
}

ApiCall *PlatformClient::addonAttachments(const QString &addon, QObject *owner)
{
    return m_api->send(
        withAttachmentInclusion(ApiRequest::get(QStringLiteral("/addons/%1/addon-attachments").arg(segment(addon)))),
        owner);
}

ApiCall *PlatformClient::configVars(const QString &app, QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/apps/%1/config-vars").arg(segment(app))), owner);
}

ApiCall *PlatformClient::resolveAttachment(const QString &app, const QString &name, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("addon_attachment"), name }, { QStringLiteral("app"), app } };
    return m_api->send(withAttachmentInclusion(ApiRequest::withBody(
                           "POST", QStringLiteral("/actions/addon-attachments/resolve"), QJsonDocument(body))),
                       owner);
}

ApiCall *PlatformClient::formation(const QString &app, QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/apps/%1/formation").arg(segment(app))), owner);
}

ApiCall *PlatformClient::setMaintenance(const QString &app, bool on, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("maintenance"), on } };
    return m_api->send(ApiRequest::withBody("PATCH", QStringLiteral("/apps/%1").arg(segment(app)), QJsonDocument(body)),
                       owner);
}

} // namespace hpg
