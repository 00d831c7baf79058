#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hpg {

// What the pre-flight of a follower switch found on the live state, kept in
// the journal so that later steps (and a resumed run) use the state as it was
// before anything changed.
struct SwitchFindings
{
    // An attachment to restore on the new primary.
    struct Link
    {
        QString app;
        QString name; // DATABASE_CONNECTION_POOL, REPORTING_POOL, STOREFRONT_DB…
        QString nameSpace; // "connection-pooling:default", "credential:x" or ""
        bool operator==(const Link &other) const
        {
            return app == other.app && name == other.name && nameSpace == other.nameSpace;
        }
    };
    struct Connection
    {
        QString id;
        QString name;
        QString regionUrl;
        QString dbKey;
        QString stateBefore;
    };

    QString refusal; // translated: why the switch cannot be done; empty when it can

    QString app;
    bool appInSpace = false;
    bool maintenanceBefore = false;
    QString targetApp; // migration only
    QString targetSpace;
    bool targetShield = false;

    QString sourceAddonId;
    QString sourceAddonName;
    QString sourcePlan;
    QStringList sourceAttachmentNames; // on `app`: DATABASE, HEROKU_POSTGRESQL_GRAY
    QList<Link> pools;
    QList<Link> otherApps; // other apps (and non-pool attachments) attached to the source
    QList<Connection> connections;
    QStringList followers; // add-on names of the source's existing followers
    QString existingFollowerId;
    QString existingFollowerName;
    bool scheduler = false;
    bool connectChecked = false;
    QString connectError; // why Heroku Connect could not be checked (the API's message)

    bool ok() const { return refusal.isEmpty(); }
    // The pool with the default name, which pg:promote itself re-attaches.
    static bool isDefaultPool(const Link &link);

    QJsonObject toJson() const;
    static SwitchFindings fromJson(const QJsonObject &json);
    static QJsonArray linksToJson(const QList<Link> &links);
    static QList<Link> linksFromJson(const QJsonArray &json);
};

} // namespace hpg
