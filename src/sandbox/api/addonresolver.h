#pragma once

#include "sandbox/state/world.h"

namespace hpg::sandbox {

// The server side of Heroku's name resolution, case-insensitive:
// DATABASE, DATABASE_URL, HEROKU_POSTGRESQL_GRAY, HEROKU_POSTGRESQL_GRAY_URL, gray,
// the add-on name or id, the attachment id, and app::NAME.
class AddonResolver
{
public:
    explicit AddonResolver(const World &world)
        : m_world(world)
    { }

    // Attachments matching `name` (on `appId` when given), best match level only.
    QList<AttachmentRecord *> attachments(const QString &name, const QString &appId, const QString &service) const;
    // Add-ons matching `name` (attached to or billed to `appId` when given), without duplicates.
    QList<AddonRecord *> addons(const QString &name, const QString &appId, const QString &service) const;
    // A database reference as --follow/--fork take it: config var, attachment or add-on name, or a URL.
    AddonRecord *database(const QString &reference, const QString &appId) const;

    // Splits "app::NAME"; returns NAME and sets *app when the prefix is present.
    static QString splitAppPrefix(const QString &name, QString *app);

private:
    const World &m_world;
};

} // namespace hpg::sandbox
