#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpg {

// The local, append-only record of what hpgdesk did to databases (cancel,
// terminate, reset connections, …): one JSON object per line in
// <AppDataLocation>/audit.log, readable by the user only. Each line holds
// "time" (UTC, ISO 8601 with milliseconds) and "action", then the caller's
// fields; passwords in string values are redacted. The file is only ever
// opened for appending; nothing in hpgdesk rewrites or truncates it.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(hpg::AuditLog)
public:
    explicit AuditLog(const QString &path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    // Appends one line. False (and `error`, a translated sentence) when the file cannot be written.
    bool append(const QString &action, const QJsonObject &fields, QString *error = nullptr) const;

    // Every entry in order; lines that are not JSON objects are skipped.
    QList<QJsonObject> entries() const;

    // The account signed in (its e-mail), written into every line as "account" from now on;
    // empty when nobody is. One per process, like the session.
    static void setAccount(const QString &email);
    static QString account();

private:
    static QString s_account;
    QString m_path;
};

} // namespace hpg
