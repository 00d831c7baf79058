#pragma once

#include "core/pg/conninfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg {

// One credential of a database (GET /postgres/v0/databases/{id}/credentials):
// its state and the connection that works with it now.
struct Credential
{
    QString name; // "default" or the credential's name
    QString state; // active, rotating, revoking, provisioning…
    ConnInfo connection; // host, port, database, the active user and password, sslmode=require

    static Credential fromJson(const QJsonObject &json)
    {
        Credential credential;
        credential.name = json.value(QStringLiteral("name")).toString();
        credential.state = json.value(QStringLiteral("state")).toString();
        credential.connection.setHost(json.value(QStringLiteral("host")).toString());
        credential.connection.setPort(json.value(QStringLiteral("port")).toInt());
        credential.connection.setDatabase(json.value(QStringLiteral("database")).toString());
        credential.connection.setSslMode(QStringLiteral("require"));
        // The first active user is the one that works now (the CLI takes the same).
        for (const auto &user : json.value(QStringLiteral("credentials")).toArray()) {
            const auto object = user.toObject();
            if (object.value(QStringLiteral("state")).toString() == QLatin1String("active")
                || credential.connection.user().isEmpty()) {
                credential.connection.setUser(object.value(QStringLiteral("user")).toString());
                credential.connection.setPassword(object.value(QStringLiteral("password")).toString());
            }
        }
        return credential;
    }

    static QList<Credential> listFromJson(const QJsonArray &json)
    {
        QList<Credential> list;
        for (const auto &value : json)
            list.append(fromJson(value.toObject()));
        return list;
    }

    bool isDefault() const { return name == QLatin1String("default"); }

    // The credential an attachment's namespace names (the CLI's matching, reference §5): null or
    // empty for "default", "credential:NAME" for NAME; empty for anything else (a pooler's).
    static QString fromNamespace(const QString &nameSpace)
    {
        if (nameSpace.isEmpty())
            return QStringLiteral("default");
        if (nameSpace.startsWith(QLatin1String("credential:")))
            return nameSpace.mid(int(qstrlen("credential:")));
        return {};
    }
};

} // namespace hpg
