#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg {

// A transfer of the data API (pg:copy, pg:backups): GET /client/v11/apps/{app}/transfers[/{uuid}].
// Its URLs carry passwords and are not kept. The API has no state field; state() derives it the
// way the Heroku CLI does, and a cancelled transfer (canceled_at) is told apart from a failed one.
struct Transfer
{
    enum class State { Pending, Running, Completed, Failed, Canceled };

    struct Log
    {
        QDateTime time;
        QString level;
        QString message;
    };

    QString uuid;
    int num = 0;
    QString fromName; // RED, DATABASE… (as the client named them when it created the transfer)
    QString toName;
    QString fromType; // pg_dump
    QString toType; // pg_restore, gof3r…
    qint64 sourceBytes = 0;
    qint64 processedBytes = 0;
    bool succeeded = false;
    int warnings = 0;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime canceledAt;
    QDateTime updatedAt;
    QList<Log> logs; // only with ?verbose=true

    State state() const;
    bool isFinished() const { return finishedAt.isValid(); }
    // The last `count` log messages, oldest first, for an error message.
    QStringList lastMessages(int count) const;

    static Transfer fromJson(const QJsonObject &json);
    static QList<Transfer> listFromJson(const QJsonArray &json);
};

} // namespace hpg
