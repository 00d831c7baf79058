#include "transferlogparser.h"

#include <QRegularExpression>

namespace hpg {

namespace {

// "s.t" (either part may itself contain dots when quoted; the first dot splits, as pg_restore
// writes schema and name without quoting).
void splitQualified(const QString &qualified, QString *schema, QString *name)
{
    const qsizetype dot = qualified.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        *name = qualified;
        return;
    }
    *schema = qualified.left(dot);
    *name = qualified.mid(dot + 1);
}

} // namespace

TransferLogParser::Event TransferLogParser::parse(const QString &line)
{
    using Kind = Event::Kind;
    static const QRegularExpression programPrefix(QStringLiteral(R"re(^(pg_dump|pg_restore)(?:\[[^\]]*\])?: (.*)$)re"));
    static const QRegularExpression dumping(QStringLiteral(R"re(^dumping contents of table "(.*)"$)re"));
    static const QRegularExpression processingData(QStringLiteral(R"re(^processing data for table "(.*)"$)re"));
    static const QRegularExpression creating(QStringLiteral(R"re(^creating ([A-Z][A-Z ]*?) "(.*)"$)re"));
    static const QRegularExpression otherStart(QStringLiteral(R"re(^(?:creating|executing|processing item) )re"));
    static const QRegularExpression finished(QStringLiteral(
        R"re(^finished item (\d+) (TABLE DATA|INDEX ATTACH|INDEX|FK CONSTRAINT|CONSTRAINT|[A-Z][A-Z ]*?)(?: (.*))?$)re"));
    static const QRegularExpression mismatch(QStringLiteral(R"re(server version: (\S+); pg_dump version: (\S+))re"));
    static const QRegularExpression ignored(QStringLiteral(R"re(errors ignored on restore: (\d+))re"));

    Event event;
    const auto prefixed = programPrefix.match(line.trimmed());
    if (!prefixed.hasMatch())
        return event;
    const bool isDump = prefixed.captured(1) == QLatin1String("pg_dump");
    const QString message = prefixed.captured(2);

    if (const auto m = mismatch.match(message); m.hasMatch()) {
        event.kind = Kind::VersionMismatch;
        event.serverVersion = m.captured(1);
        event.toolVersion = m.captured(2);
        return event;
    }
    if (const auto m = ignored.match(message); m.hasMatch()) {
        event.kind = Kind::ErrorsIgnored;
        event.count = m.captured(1).toInt();
        return event;
    }
    if (message.startsWith(QLatin1String("error: "))) {
        event.kind = Kind::Error;
        return event;
    }
    if (const auto m = finished.match(message); m.hasMatch()) {
        event.kind = isDump ? Kind::DumpItemFinished : Kind::ItemFinished;
        event.dumpId = m.captured(1).toInt();
        event.itemType = m.captured(2);
        event.name = m.captured(3);
        return event;
    }
    if (isDump) {
        if (const auto m = dumping.match(message); m.hasMatch()) {
            event.kind = Kind::DumpTableStarted;
            splitQualified(m.captured(1), &event.schema, &event.name);
        }
        return event;
    }
    if (const auto m = processingData.match(message); m.hasMatch()) {
        event.kind = Kind::TableStarted;
        splitQualified(m.captured(1), &event.schema, &event.name);
        return event;
    }
    if (const auto m = creating.match(message); m.hasMatch()) {
        const QString type = m.captured(1);
        if (type == QLatin1String("INDEX") || type == QLatin1String("CONSTRAINT")) {
            event.kind = Kind::IndexStarted;
            event.itemType = type;
            splitQualified(m.captured(2), &event.schema, &event.name);
            // CONSTRAINT "schema.table constraint": the index has the constraint's name.
            if (type == QLatin1String("CONSTRAINT")) {
                const qsizetype space = event.name.lastIndexOf(QLatin1Char(' '));
                if (space >= 0)
                    event.name = event.name.mid(space + 1);
            }
            return event;
        }
        event.kind = Kind::OtherStarted;
        event.itemType = type;
        return event;
    }
    if (otherStart.match(message).hasMatch())
        event.kind = Kind::OtherStarted;
    return event;
}

} // namespace hpg
