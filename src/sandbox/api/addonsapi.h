#pragma once

#include "addonresolver.h"
#include "apirouter.h"
#include "presenter.h"
#include "sandbox/state/addonprovisioner.h"

namespace hpg::sandbox {

struct PlanInfo;

// Add-ons, add-on attachments, the two resolvers, add-on services and plans.
class AddonsApi
{
public:
    AddonsApi(World &world, AddonProvisioner *provisioner);

    void install(ApiRouter &router);

    // Attaches `addon` to `app` as `name` (a colour name when empty), with a release.
    AttachmentRecord *attach(AddonRecord &addon, AppRecord &app, const QString &name, const QString &ns);
    void detach(const AttachmentRecord &attachment);

private:
    ApiResponse list(const ApiRequest &request, const QString &appKey) const;
    ApiResponse show(const ApiRequest &request, const QString &appKey, const QString &addonKey) const;
    ApiResponse create(const ApiRequest &request);
    ApiResponse update(const ApiRequest &request);
    ApiResponse destroy(const ApiRequest &request);
    ApiResponse listAttachments(const ApiRequest &request, const QString &appKey, const QString &addonKey) const;
    ApiResponse createAttachment(const ApiRequest &request);
    ApiResponse destroyAttachment(const ApiRequest &request);
    ApiResponse resolveAttachments(const ApiRequest &request) const;
    ApiResponse resolveAddons(const ApiRequest &request) const;
    ApiResponse addonConfig(const ApiRequest &request) const;

    QJsonObject addonJson(const ApiRequest &request, const AddonRecord &addon) const;
    // The major version config.version asks for (addons:create --version), or -1 with `error`.
    int postgresVersion(const QJsonValue &asked, const PlanInfo &plan, const AddonRecord *leader,
                        QString *error) const;

    World &m_world;
    AddonProvisioner *m_provisioner;
    Presenter m_present;
    AddonResolver m_resolver;
};

} // namespace hpg::sandbox
