#pragma once

#include "downtime.h"
#include "journal.h"
#include "runbookservices.h"
#include "step.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace hpg {

class Runbook;

// An unfinished run that left changes in place on an app (Heroku Connect paused, the app in
// maintenance mode, dynos scaled down): other actions on that app leave them to the run.
struct RunHold
{
    QString journalPath;
    QString title;
    QDateTime startedAt;
    QStringList steps; // ids of its steps whose effect is in place: "pause-connect", "maintenance-on"…

    bool holdsConnect() const { return steps.contains(QStringLiteral("pause-connect")); }
};

struct DownWindow
{
    QDateTime since;
    QDateTime until;
};

// One kind of runbook: everything the engine, resume, the unfinished-runs banner, the
// transcript, the audit log and the generic wizard pages need to know of it. The functions
// read the run's parameters (its options as JSON, as the journal keeps them) or its journal.
struct RunbookKind
{
    QString id; // in the journal: "follower-switch"
    std::function<QString(const QJsonObject &parameters)> title; // translated: "Follower switch"
    // The steps, titles translated in the current language. The first steps are its pre-flight
    // (Check steps that read and capture, and refuse when the run cannot go on).
    std::function<QList<Step>(const QJsonObject &parameters)> steps;
    // Translated lines for the result page and the transcript (down time, what is left to do).
    std::function<QStringList(const Journal &journal)> summary;
    // What the run changes, for the lock that keeps two runs off one database: "app/DATABASE".
    std::function<QStringList(const QJsonObject &parameters)> resources;
    // When the run took its app down (maintenance mode on) and brought it back (off), from the
    // journal's values: an invalid first time when it never took it down, an invalid second one
    // while it is still down.
    std::function<DownWindow(const Journal &journal)> downWindow;
    // Optional: what a bring-back (BringBack) does first to take back what the run started before
    // the app comes back (cancel its copy, destroy the new database), from the run's parameters.
    // The steps read the values BringBack copies from the run's journal.
    std::function<QList<Step>(const QJsonObject &parameters)> undo;
};

// The runbook kinds hpgdesk knows. Resume and the banner work for every kind listed here.
//
// To add a runbook (the plan change is the model):
//   1. core/runbooks/<name>options.h: what it is asked to do, with toJson() / fromJson().
//   2. core/runbooks/<name>.{h,cpp}: its steps, composed of the shared steps in
//      core/runbooks/steps/ (write a new shared step there rather than a private one), its
//      summary, and a `static RunbookKind kind()`.
//   3. Add that kind() to the list in runbookregistry.cpp.
//   4. ui/wizards/: its own choose and pre-flight pages; the run and result pages are the
//      generic RunbookRunPage and RunbookResultPage; add it to openRunbookWizard() so that
//      an unfinished run of it can be resumed from the main window.
//   5. Tests: an end-to-end run on the sandbox, the kill harness (tests/core/runbooks), a
//      GUI test through its pages, and the Japanese for every new string.
class RunbookRegistry
{
    Q_DECLARE_TR_FUNCTIONS(hpg::RunbookRegistry)
public:
    static const QList<RunbookKind> &kinds();
    static const RunbookKind *find(const QString &id);

    // A new journal of `kind` in `dir` (empty: Journal::defaultDir(services.apiUrl)), owned by the
    // services' API and account; not yet saved.
    static Journal newJournal(const QString &kind, const QString &app, const QJsonObject &parameters,
                              const RunbookServices &services, const QString &dir = {});
    // The runbook for `journal` (new, or unfinished from an earlier run); nullptr for an unknown kind.
    static Runbook *create(const Journal &journal, const RunbookServices &services, QObject *parent = nullptr);
    // The kind's title for the journal, or its raw kind when unknown.
    static QString title(const Journal &journal);
    static QStringList summary(const Journal &journal);
    static DownWindow downWindow(const Journal &journal);
    // Since when the run's app is down, by its journal; invalid when it is not down now.
    static QDateTime downSince(const Journal &journal);
    // The down time of a run that took its app down and brought it back; totalMs -1 otherwise.
    static DownTime downTime(const Journal &journal);
    // The down window of a run that takes its app down with maintenance mode: maintenance_on_at
    // (MaintenanceSteps::on) to maintenance_off_at (MaintenanceSteps::off).
    static DownWindow maintenanceModeWindow(const Journal &journal);
    // "Downtime (maintenance mode on to off): 4.2 s, of which 0.0 s waiting for a person." (translated)
    // for a run that took its app down and brought it back; empty otherwise.
    static QString downTimeSentence(const Journal &journal);
    // The unfinished runs in `dir` that hold changes on `app`, newest first.
    static QList<RunHold> holds(const QString &dir, const QString &app);
};

} // namespace hpg
