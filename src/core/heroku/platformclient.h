#pragma once

#include "apiclient.h"

#include <QJsonObject>

namespace hpg {

// The Platform API calls hpgdesk makes, built the way the Heroku CLI builds
// them (reference §2–§3, §8–§9). Each returns a running ApiCall; parse its
// result with the value types (App::listFromJson, …).
class PlatformClient
{
public:
    explicit PlatformClient(ApiClient *api)
        : m_api(api)
    { }

    ApiClient *api() const { return m_api; }

    ApiCall *account(QObject *owner = nullptr);
    ApiCall *apps(QObject *owner = nullptr); // every app the account can see (GET /apps)
    ApiCall *teams(QObject *owner = nullptr);
    ApiCall *spaces(QObject *owner = nullptr);
    ApiCall *app(const QString &app, QObject *owner = nullptr);
    ApiCall *addons(const QString &app, QObject *owner = nullptr);
    ApiCall *attachments(const QString &app, QObject *owner = nullptr);
    ApiCall *addonAttachments(const QString &addon, QObject *owner = nullptr);
    ApiCall *configVars(const QString &app, QObject *owner = nullptr);
    ApiCall *resolveAttachment(const QString &app, const QString &name, QObject *owner = nullptr);
    ApiCall *formation(const QString &app, QObject *owner = nullptr);
    ApiCall *setMaintenance(const QString &app, bool on, QObject *owner = nullptr);

private:
    ApiClient *m_api;
};

} // namespace hpg
