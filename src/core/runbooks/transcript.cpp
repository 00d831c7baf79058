#include "transcript.h"

#include "runbook.h"

#include <QHash>
#include <QSaveFile>

namespace hpg {

namespace {

QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return text.trimmed();
}

QString code(const QString &text)
{
    return text.isEmpty()
        ? QString()
        : QLatin1Char('`') + QString(text).replace(QLatin1Char('|'), QStringLiteral("\\|")) + QLatin1Char('`');
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
}

} // namespace

QString Transcript::markdown(const QString &title, const Journal &journal, const QList<Step> &steps,
                             const QStringList &summaryLines, const Words &words)
{
    const auto status = words.status ? words.status(journal.status()) : Journal::statusName(journal.status());
    const auto kindText = [&words](const QString &kind) {
        return words.eventKind ? words.eventKind(kind) : kind;
    };
    QHash<QString, QString> titles;
    for (const Step &s : steps)
        titles.insert(s.id, s.title);

    QString out;
    out += QStringLiteral("# ") + tr("%1 on %2").arg(title, journal.app()) + QStringLiteral("\n\n");
    out += QStringLiteral("- ") + tr("Run: %1").arg(journal.id()) + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Started: %1 UTC").arg(utc(journal.createdAt())) + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Last change: %1 UTC").arg(utc(journal.updatedAt())) + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Status: %1").arg(status) + QLatin1Char('\n');
    for (const QString &line : summaryLines)
        out += QStringLiteral("- ") + line + QLatin1Char('\n');
    if (!journal.stopExplanation().isEmpty())
        out += QLatin1Char('\n') + journal.stopExplanation() + QLatin1Char('\n');
    out += QLatin1Char('\n');
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
               .arg(tr("Time (UTC)"), tr("Step"), tr("CLI equivalent"), tr("API Request-Ids"), tr("Result"));
    out += QStringLiteral("|---|---|---|---|---|\n");
    for (const Journal::Event &event : journal.events()) {
        const QString step = event.stepId.isEmpty() ? QString() : titles.value(event.stepId, event.stepId);
        QStringList ids;
        for (const QString &id : event.requestIds)
            ids.append(code(id));
        //: a transcript's Result cell: what kind of event, then what it said ("Done: Maintenance mode is on.")
        const QString result
            = event.result.isEmpty() ? kindText(event.kind) : tr("%1: %2").arg(kindText(event.kind), event.result);
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(utc(event.time), cell(step), code(event.cli), ids.join(QStringLiteral("<br>")), cell(result));
    }
    return out;
}

QString Transcript::markdown(const Runbook &runbook, const QStringList &summaryLines, const Words &words)
{
    return markdown(runbook.title(), runbook.journal(), runbook.steps(), summaryLines, words);
}

bool Transcript::write(const QString &path, const QString &markdown, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write the transcript %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(markdown.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write the transcript %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hpg
