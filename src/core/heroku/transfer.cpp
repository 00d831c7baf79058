#include "transfer.h"

#include "jsonlist.h"

namespace hpg {

namespace {

QDateTime time(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

qint64 bytes(const QJsonObject &json, const char *key)
{
    // A count that is missing, negative or not a number is unknown (0), never a made-up size.
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() && value.toDouble() > 0 && value.toDouble() < 9.0e18 ? qint64(value.toDouble()) : 0;
}

} // namespace

Transfer::State Transfer::state() const
{
    if (finishedAt.isValid()) {
        if (succeeded)
            return State::Completed;
        return canceledAt.isValid() ? State::Canceled : State::Failed;
    }
    return startedAt.isValid() ? State::Running : State::Pending;
}

Transfer::Kind Transfer::kind() const
{
    const bool fromDump = fromType == QLatin1String("pg_dump");
    if (fromDump && toType == QLatin1String("gof3r"))
        return Kind::Backup;
    if (toType == QLatin1String("pg_restore"))
        return fromDump ? Kind::Copy : Kind::Restore;
    return Kind::Other;
}

QString Transfer::name() const
{
    QChar prefix = QLatin1Char('b');
    if (kind() == Kind::Copy)
        prefix = QLatin1Char('c');
    else if (kind() == Kind::Restore)
        prefix = QLatin1Char('r');
    else if (kind() == Kind::Backup && scheduled)
        prefix = QLatin1Char('a');
    return prefix + QStringLiteral("%1").arg(num, 3, 10, QLatin1Char('0'));
}

int Transfer::numberFromName(const QString &name)
{
    const QString digits = name.size() > 1 && QStringLiteral("abcr").contains(name.at(0)) ? name.mid(1) : name;
    bool ok = false;
    const int number = digits.toInt(&ok);
    return ok && number > 0 ? number : 0;
}

QStringList Transfer::lastMessages(int count) const
{
    QStringList messages;
    for (qsizetype i = qMax<qsizetype>(0, logs.size() - count); i < logs.size(); ++i)
        messages.append(logs.at(i).message);
    return messages;
}

Transfer Transfer::fromJson(const QJsonObject &json)
{
    Transfer t;
    t.uuid = json.value(QStringLiteral("uuid")).toString();
    t.num = json.value(QStringLiteral("num")).toInt();
    t.fromName = json.value(QStringLiteral("from_name")).toString();
    t.toName = json.value(QStringLiteral("to_name")).toString();
    t.fromType = json.value(QStringLiteral("from_type")).toString();
    t.toType = json.value(QStringLiteral("to_type")).toString();
    t.sourceBytes = bytes(json, "source_bytes");
    t.processedBytes = bytes(json, "processed_bytes");
    t.succeeded = json.value(QStringLiteral("succeeded")).toBool();
    t.warnings = json.value(QStringLiteral("warnings")).toInt();
    t.createdAt = time(json, "created_at");
    t.startedAt = time(json, "started_at");
    t.finishedAt = time(json, "finished_at");
    t.canceledAt = time(json, "canceled_at");
    t.updatedAt = time(json, "updated_at");
    t.scheduled = json.value(QStringLiteral("schedule")).isObject();
    if (t.kind() == Kind::Backup)
        t.backupUrl = json.value(QStringLiteral("to_url")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("logs")).toArray()) {
        const QJsonObject log = value.toObject();
        t.logs.append({ time(log, "created_at"), log.value(QStringLiteral("level")).toString(),
                        log.value(QStringLiteral("message")).toString() });
    }
    return t;
}

QList<Transfer> Transfer::listFromJson(const QJsonArray &json)
{
    return jsonList<Transfer>(json);
}

} // namespace hpg
