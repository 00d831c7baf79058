#include "auditentry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace hpg {

namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

AuditEntry AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry entry;
    entry.raw = json;
    entry.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    entry.account = json.value(QStringLiteral("account")).toString();
    entry.app = json.value(QStringLiteral("app")).toString();
    entry.database = json.value(QStringLiteral("addon")).toString();
    if (entry.database.isEmpty())
        entry.database = json.value(QStringLiteral("connection_name")).toString();
    entry.action = json.value(QStringLiteral("action")).toString();
    entry.step = json.value(QStringLiteral("step")).toString();
    entry.cli = json.value(QStringLiteral("cli")).toString();
    if (const QString id = json.value(QStringLiteral("request_id")).toString(); !id.isEmpty())
        entry.requestIds.append(id);
    for (const QJsonValue &id : json.value(QStringLiteral("request_ids")).toArray())
        entry.requestIds.append(id.toString());
    if (json.contains(QStringLiteral("outcome"))) {
        entry.outcome = json.value(QStringLiteral("outcome")).toString();
        entry.failed = entry.outcome == QLatin1String("failed") || entry.outcome == QLatin1String("error")
            || entry.outcome.endsWith(QLatin1String("-failed"));
    } else {
        entry.failed = !json.value(QStringLiteral("ok")).toBool(true);
        entry.outcome = entry.failed ? QStringLiteral("failed") : QStringLiteral("ok");
    }
    for (const auto *key : { "result", "error", "detail" }) {
        const QString text = json.value(QLatin1String(key)).toString();
        if (!text.isEmpty() && !entry.message.contains(text))
            entry.message += (entry.message.isEmpty() ? QString() : QStringLiteral("\n")) + text;
    }
    return entry;
}

QString AuditEntry::csv(const QList<AuditEntry> &entries)
{
    QString out = QStringLiteral("time_utc,account,app,database,action,step,cli,request_ids,outcome,message\r\n");
    for (const AuditEntry &e : entries) {
        const QStringList fields { e.time.toUTC().toString(Qt::ISODateWithMs),
                                   e.account,
                                   e.app,
                                   e.database,
                                   e.action,
                                   e.step,
                                   e.cli,
                                   e.requestIds.join(QLatin1Char(' ')), // not prose: ids, as the CLI prints them
                                   e.outcome,
                                   e.message };
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool AuditEntry::writeCsv(const QString &path, const QList<AuditEntry> &entries, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(entries).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("hpg::AuditEntry", "Could not write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hpg
