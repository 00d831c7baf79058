#include "platformclient.h"

#include <QJsonArray>
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
    return m_api->send(
        ApiRequest::get(QStringLiteral("/account")).needsText({ QStringLiteral("id"), QStringLiteral("email") }),
        owner);
}

ApiCall *PlatformClient::apps(QObject *owner)
{
    return m_api->send(
        ApiRequest::get(QStringLiteral("/apps")).needsText({ QStringLiteral("id"), QStringLiteral("name") }), owner);
}

ApiCall *PlatformClient::teams(QObject *owner)
{
    return m_api->send(
        ApiRequest::get(QStringLiteral("/teams")).needsText({ QStringLiteral("id"), QStringLiteral("name") }), owner);
}

ApiCall *PlatformClient::spaces(QObject *owner)
{
    return m_api->send(
        ApiRequest::get(QStringLiteral("/spaces")).sdk().needsText({ QStringLiteral("id"), QStringLiteral("name") }),
        owner);
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

ApiCall *PlatformClient::dynos(const QString &app, QObject *owner)
{
    return m_api->send(ApiRequest::get(QStringLiteral("/apps/%1/dynos").arg(segment(app))), owner);
}

ApiCall *PlatformClient::setMaintenance(const QString &app, bool on, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("maintenance"), on } };
    return m_api->send(ApiRequest::withBody("PATCH", QStringLiteral("/apps/%1").arg(segment(app)), QJsonDocument(body)),
                       owner);
}

ApiCall *PlatformClient::changePlan(const QString &app, const QString &addon, const QString &plan, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("plan"), QJsonObject { { QStringLiteral("name"), plan } } } };
    auto request = ApiRequest::withBody("PATCH", QStringLiteral("/apps/%1/addons/%2").arg(segment(app), segment(addon)),
                                        QJsonDocument(body));
    request.header("Accept-Expansion", "plan").header("X-Heroku-Legacy-Provider-Messages", "true");
    return m_api->send(request, owner);
}

ApiCall *PlatformClient::addon(const QString &addon, QObject *owner)
{
    auto request = ApiRequest::get(QStringLiteral("/addons/%1").arg(segment(addon)));
    request.sdk().header("Accept-Expansion", "addon_service,plan");
    return m_api->send(request, owner);
}

ApiCall *PlatformClient::createAddon(const QString &app, const QString &plan, const QJsonObject &config,
                                     const QString &name, const QString &attachmentName, const QString &confirm,
                                     QObject *owner)
{
    QJsonObject body { { QStringLiteral("plan"), QJsonObject { { QStringLiteral("name"), plan } } } };
    if (!config.isEmpty())
        body.insert(QStringLiteral("config"), config);
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    if (!attachmentName.isEmpty())
        body.insert(QStringLiteral("attachment"), QJsonObject { { QStringLiteral("name"), attachmentName } });
    if (!confirm.isEmpty())
        body.insert(QStringLiteral("confirm"), confirm);
    auto request
        = ApiRequest::withBody("POST", QStringLiteral("/apps/%1/addons").arg(segment(app)), QJsonDocument(body));
    request.header("Accept-Expansion", "plan").header("X-Heroku-Legacy-Provider-Messages", "true");
    return m_api->send(request, owner);
}

ApiCall *PlatformClient::destroyAddon(const QString &app, const QString &addon, bool force, QObject *owner)
{
    const QJsonObject body { { QStringLiteral("force"), force } };
    auto request = ApiRequest::withBody(
        "DELETE", QStringLiteral("/apps/%1/addons/%2").arg(segment(app), segment(addon)), QJsonDocument(body));
    request.header("Accept-Expansion", "plan");
    return m_api->send(request, owner);
}

ApiCall *PlatformClient::updateFormation(const QString &app, const QList<FormationUpdate> &updates, QObject *owner)
{
    QJsonArray list;
    for (const auto &update : updates) {
        // The CLI sends the quantity as a string (reference §9).
        list.append(QJsonObject { { QStringLiteral("type"), update.type },
                                  { QStringLiteral("quantity"), QString::number(update.quantity) } });
    }
    const QJsonObject body { { QStringLiteral("updates"), list } };
    return m_api->send(
        ApiRequest::withBody("PATCH", QStringLiteral("/apps/%1/formation").arg(segment(app)), QJsonDocument(body)),
        owner);
}

ApiCall *PlatformClient::attach(const QString &addon, const QString &app, const QString &name, const QString &nameSpace,
                                const QString &confirm, QObject *owner)
{
    QJsonObject body { { QStringLiteral("addon"), QJsonObject { { QStringLiteral("name"), addon } } },
                       { QStringLiteral("app"), QJsonObject { { QStringLiteral("name"), app } } } };
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    if (!nameSpace.isEmpty())
        body.insert(QStringLiteral("namespace"), nameSpace);
    if (!confirm.isEmpty())
        body.insert(QStringLiteral("confirm"), confirm);
    return m_api->send(withAttachmentInclusion(
                           ApiRequest::withBody("POST", QStringLiteral("/addon-attachments"), QJsonDocument(body))),
                       owner);
}

ApiCall *PlatformClient::detach(const QString &attachmentId, QObject *owner)
{
    return m_api->send(
        ApiRequest::withBody("DELETE", QStringLiteral("/addon-attachments/%1").arg(segment(attachmentId)), {}), owner);
}

} // namespace hpg
