#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hpg {

// GET /client/v11/databases/{id}: what pg:info prints.
struct DatabaseInfo
{
    struct Row
    {
        QString name; // "Plan", "Behind By", … (the API's label, untranslated)
        QStringList values;
        bool resolveDbName = false; // values are postgres:// URLs to show as config var names
    };

    QString addonId;
    QString name;
    QString plan;
    QString resourceUrl;
    QString following; // leader URL, or empty
    QString leader;
    bool inRecovery = false;
    int numConnections = 0;
    int numTables = 0;
    qint64 numBytes = 0;
    QString postgresVersion;
    QString createdAt;
    bool waiting = false;
    QList<Row> rows;

    // The values of the row named `name` joined with ", " (as the CLI shows them); empty if absent.
    QString value(const QString &rowName) const;
    bool hasRow(const QString &rowName) const;

    static DatabaseInfo fromJson(const QJsonObject &json);
};

} // namespace hpg
