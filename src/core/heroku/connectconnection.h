#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace hpg {

// A Heroku Connect connection as the discovery and region APIs describe it (reference §11).
struct ConnectConnection
{
    struct Mapping
    {
        QString id;
        QString objectName;
        QString state;
    };

    QString id;
    QString name;
    QString resourceName;
    QString appName;
    QString dbKey; // "DATABASE_URL"
    QString schemaName;
    QString state; // IDLE, POLLING_DB_CHANGES, PAUSED, …
    QUrl regionUrl;
    QList<Mapping> mappings;

    bool isPaused() const { return state == QLatin1String("PAUSED"); }

    static ConnectConnection fromJson(const QJsonObject &json);
    // The `results` of GET /connections.
    static QList<ConnectConnection> listFromJson(const QJsonObject &json);
};

} // namespace hpg
