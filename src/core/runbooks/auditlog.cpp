#include "auditlog.h"

#include "core/pg/conninfo.h"
#include "core/stall/operationscope.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace hpg {

namespace {

QJsonValue redacted(const QJsonValue &value)
{
    if (value.isString())
        return ConnInfo::redact(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redacted(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(), redacted(it.value()));
        return object;
    }
    return value;
}

} // namespace

QString AuditLog::s_account;

void AuditLog::setAccount(const QString &email)
{
    s_account = email;
}

QString AuditLog::account()
{
    return s_account;
}

AuditLog::AuditLog(const QString &path)
    : m_path(path)
{ }

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.log");
}

bool AuditLog::append(const QString &action, const QJsonObject &fields, QString *error) const
{
    const OperationScope scope("audit log: append");
    QJsonObject entry;
    entry.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert(QStringLiteral("action"), action);
    if (!s_account.isEmpty())
        entry.insert(QStringLiteral("account"), s_account);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != QLatin1String("time") && it.key() != QLatin1String("action"))
            entry.insert(it.key(), redacted(it.value()));
    }
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Could not create the folder of the audit log %1.").arg(info.absolutePath());
        return false;
    }
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Could not open the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    if (!existed)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // One write per line: with O_APPEND, lines of several hpgdesk windows do not interleave.
    if (file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = tr("Could not write to the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QList<QJsonObject> AuditLog::entries() const
{
    QList<QJsonObject> result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            result.append(doc.object());
    }
    return result;
}

} // namespace hpg
