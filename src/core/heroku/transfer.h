#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg {

// A transfer of the data API (pg:copy, pg:backups): GET /client/v11/apps/{app}/transfers[/{uuid}].
// The URLs of copies carry passwords and are not kept; a backup's to_url (its storage, no
// password) is kept as backupUrl, for pg:backups:restore. The API has no state field; state() derives it the
// way the Heroku CLI does, and a cancelled transfer (canceled_at) is told apart from a failed one.
struct Transfer
{
    enum class State { Pending, Running, Completed, Failed, Canceled };
    // As the CLI sorts them (pg:backups): pg_dump → gof3r a backup, pg_dump → pg_restore a copy,
    // anything else → pg_restore a restore.
    enum class Kind { Backup, Copy, Restore, Other };

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
    bool scheduled = false; // taken by a backup schedule (pg:backups:schedule)
    QString backupUrl; // a backup's to_url

    State state() const;
    Kind kind() const;
    // The CLI's name: b001 (backup), a001 (scheduled backup), c001 (copy), r001 (restore).
    QString name() const;
    // A backup's num from "b001", "a012" (or a bare number); 0 when it is not such a name.
    static int numberFromName(const QString &name);
    bool isFinished() const { return finishedAt.isValid(); }
    // The last `count` log messages, oldest first, for an error message.
    QStringList lastMessages(int count) const;

    static Transfer fromJson(const QJsonObject &json);
    static QList<Transfer> listFromJson(const QJsonArray &json);
};

} // namespace hpg
