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
    ApiCall *dynos(const QString &app, QObject *owner = nullptr); // GET /apps/{app}/dynos (heroku ps)
    ApiCall *setMaintenance(const QString &app, bool on, QObject *owner = nullptr);

    // One formation change: a process type and its new absolute quantity.
    struct FormationUpdate
    {
        QString type;
        int quantity = 0;
    };

    // Runbook calls (reference §4.2, §8.3, §8.5, §8.6, §9).
    ApiCall *addon(const QString &addon, QObject *owner = nullptr); // GET /addons/{name or id}
    // POST /apps/{app}/addons; `config` holds provider options such as {"follow": "DATABASE_URL"}.
    // `name` and `attachmentName` may be empty (the server picks them).
    ApiCall *createAddon(const QString &app, const QString &plan, const QJsonObject &config, const QString &name,
                         const QString &attachmentName, const QString &confirm, QObject *owner = nullptr);
    // addons:upgrade: PATCH /apps/{app}/addons/{addon} with {"plan":{"name":"service:plan"}}.
    ApiCall *changePlan(const QString &app, const QString &addon, const QString &plan, QObject *owner = nullptr);
    ApiCall *destroyAddon(const QString &app, const QString &addon, bool force, QObject *owner = nullptr);
    ApiCall *updateFormation(const QString &app, const QList<FormationUpdate> &updates, QObject *owner = nullptr);
    // POST /addon-attachments; empty `name`/`nameSpace`/`confirm` are left out.
    ApiCall *attach(const QString &addon, const QString &app, const QString &name, const QString &nameSpace,
                    const QString &confirm, QObject *owner = nullptr);
    ApiCall *detach(const QString &attachmentId, QObject *owner = nullptr);

private:
    ApiClient *m_api;
};

} // namespace hpg
