#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hpg {

// One line of the audit log, read the same way whoever wrote it (a runbook, the sessions page,
// the Heroku Connect pauser): when, who, where, what, the CLI equivalent, Request-Ids and the
// outcome. Also writes a list of them as CSV for Heroku support or a change review.
struct AuditEntry
{
    QDateTime time; // UTC
    QString account; // the e-mail signed in; empty in lines written before it was recorded
    QString app;
    QString database; // the add-on, or the Heroku Connect connection
    QString action; // "sessions.terminate", "runbook.step", "connect.pause", …
    QString step; // runbook steps: the step's id
    QString cli;
    QStringList requestIds;
    QString outcome; // "ok", "failed", "done", "already-done", "error", …
    QString message; // what hpgdesk said about it (result or error), already redacted
    bool failed = false;
    QJsonObject raw;

    static AuditEntry fromJson(const QJsonObject &json);

    // time_utc, account, app, database, action, step, cli, request_ids, outcome, message (RFC 4180).
    static QString csv(const QList<AuditEntry> &entries);
    // Writes csv() to `path` atomically; false and `error` (translated) when it cannot.
    static bool writeCsv(const QString &path, const QList<AuditEntry> &entries, QString *error = nullptr);
};

} // namespace hpg
