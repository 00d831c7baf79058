#include "addonresolver.h"

#include <QUrl>

namespace hpg::sandbox {

namespace {

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString stripUrl(const QString &name)
{
    return name.endsWith(QLatin1String("_URL"), Qt::CaseInsensitive) ? name.chopped(4) : name;
}

bool serviceMatches(const World &world, const AttachmentRecord &attachment, const QString &service)
{
    if (service.isEmpty())
        return true;
    const AddonRecord *addon = world.addon(attachment.addonId);
    return addon && same(addon->service, service);
}

} // namespace

QString AddonResolver::splitAppPrefix(const QString &name, QString *app)
{
    const qsizetype at = name.indexOf(QLatin1String("::"));
    if (at < 0)
        return name;
    if (app)
        *app = name.left(at);
    return name.mid(at + 2);
}

QList<AttachmentRecord *> AddonResolver::attachments(const QString &rawName, const QString &appId,
                                                     const QString &service) const
{
    const QString name = rawName.trimmed();
    const QString bare = stripUrl(name);
    QList<AttachmentRecord *> byName;
    QList<AttachmentRecord *> byColor;
    QList<AttachmentRecord *> byAddon;
    for (const auto &item : m_world.attachments) {
        AttachmentRecord *attachment = item.get();
        if (!appId.isEmpty() && attachment->appId != appId)
            continue;
        if (!serviceMatches(m_world, *attachment, service))
            continue;
        const AddonRecord *addon = m_world.addon(attachment->addonId);
        if (!appId.isEmpty() && (same(attachment->name, name) || same(attachment->name, bare)))
            byName.append(attachment);
        else if (!appId.isEmpty() && same(attachment->name, QStringLiteral("HEROKU_POSTGRESQL_") + bare))
            byColor.append(attachment);
        else if (attachment->id == name || (addon && (addon->id == name || same(addon->name, name))))
            byAddon.append(attachment);
    }
    if (!byName.isEmpty())
        return byName;
    if (!byColor.isEmpty())
        return byColor;
    return byAddon;
}

QList<AddonRecord *> AddonResolver::addons(const QString &rawName, const QString &appId, const QString &service) const
{
    const QString name = rawName.trimmed();
    QList<AddonRecord *> result;
    auto add = [&](AddonRecord *addon) {
        if (addon && !result.contains(addon) && (service.isEmpty() || same(addon->service, service)))
            result.append(addon);
    };
    // A direct add-on id or name wins, but with an app only if the add-on belongs to it.
    if (AddonRecord *addon = m_world.addon(name)) {
        bool belongs = appId.isEmpty() || addon->appId == appId;
        for (const AttachmentRecord *attachment : m_world.attachmentsOfAddon(addon->id))
            belongs = belongs || attachment->appId == appId;
        if (belongs)
            add(addon);
    }
    if (!result.isEmpty() || appId.isEmpty())
        return result;
    const QList<AttachmentRecord *> matches = attachments(name, appId, service);
    for (const AttachmentRecord *attachment : matches)
        add(m_world.addon(attachment->addonId));
    return result;
}

AddonRecord *AddonResolver::database(const QString &reference, const QString &appId) const
{
    QString appKey;
    const QString name = splitAppPrefix(reference.trimmed(), &appKey);
    QString scopeAppId = appId;
    if (!appKey.isEmpty()) {
        const AppRecord *app = m_world.app(appKey);
        if (!app)
            return nullptr;
        scopeAppId = app->id;
    }
    if (name.startsWith(QLatin1String("postgres://")) || name.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(name);
        for (const auto &attachment : m_world.attachments) {
            const QUrl candidate(m_world.attachmentUrl(*attachment));
            if (candidate.port() == url.port() && candidate.path() == url.path())
                return m_world.addon(attachment->addonId);
        }
        return nullptr;
    }
    const QList<AddonRecord *> found = addons(name, scopeAppId, QStringLiteral("heroku-postgresql"));
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty() && !scopeAppId.isEmpty()) {
        // Add-on names are global: --follow looking-simply-2449 works across apps.
        const QList<AddonRecord *> global = addons(name, {}, QStringLiteral("heroku-postgresql"));
        if (global.size() == 1)
            return global.constFirst();
    }
    return nullptr;
}

} // namespace hpg::sandbox
