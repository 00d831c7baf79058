#pragma once

#include "journal.h"
#include "step.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace hpg {

class Runbook;

// The transcript of a run as Markdown: a header (runbook, app, run id, times,
// status, and any summary lines such as the downtime), then one table row per
// event of the journal: time, step, the equivalent heroku command, the API
// Request-Ids and the result. Made from the journal alone, so it can be
// exported for a run that crashed.
class Transcript
{
    Q_DECLARE_TR_FUNCTIONS(hpg::Transcript)
public:
    // How the status and the events' kinds are said: the UI gives its words (StateWords); without
    // them they are written as the journal names them ("awaiting-confirmation", "acted").
    struct Words
    {
        std::function<QString(Journal::Status)> status;
        std::function<QString(const QString &kind)> eventKind;
    };

    static QString markdown(const QString &title, const Journal &journal, const QList<Step> &steps,
                            const QStringList &summaryLines = {}, const Words &words = {});
    static QString markdown(const Runbook &runbook, const QStringList &summaryLines = {}, const Words &words = {});
    // Writes `markdown` to `path` (atomically); false and `error` (translated) on failure.
    static bool write(const QString &path, const QString &markdown, QString *error = nullptr);
};

} // namespace hpg
