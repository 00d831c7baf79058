#pragma once

#include "journal.h"
#include "runbookregistry.h"
#include "runbookservices.h"
#include "switchoptions.h"

#include <QCoreApplication>
#include <QStringList>

class QObject;

namespace hpg {

class Runbook;

// The follower switch (a plan change or hardware refresh by follower) and the
// Private Space migration as runbooks: makes their journal, builds the Runbook
// for a journal (new or found unfinished at start-up), and reads the results.
class FollowerSwitch
{
    Q_DECLARE_TR_FUNCTIONS(hpg::FollowerSwitch)
public:
    static constexpr const char *kSwitchKind = "follower-switch";
    static constexpr const char *kMigrationKind = "private-space-migration";

    static RunbookKind switchKind();
    static RunbookKind migrationKind();
    static QString kindFor(const SwitchOptions &options);
    static bool handles(const Journal &journal);
    static QString title(const SwitchOptions &options);
    // A new journal in `dir` (empty: Journal::defaultDir() for the owner's API), owned by `owner`'s
    // API and account; the app it names is the one confirmed.
    static Journal newJournal(const SwitchOptions &options, const QString &dir = {}, const RunbookServices &owner = {});
    // The runbook for `journal` (new, or unfinished from an earlier run); nullptr for another kind.
    static Runbook *create(const Journal &journal, const RunbookServices &services, QObject *parent = nullptr);

    static SwitchOptions options(const Journal &journal);
    // Maintenance mode on to off (for a migration: to the promotion).
    static DownWindow downWindow(const Journal &journal);
    // Milliseconds from maintenance mode on to off (for a migration: to the promotion); -1 until known.
    static qint64 downtimeMs(const Journal &journal);
    // Translated lines for the result page and the transcript: downtime, new and old primary, reminders.
    static QStringList summary(const Journal &journal);
};

} // namespace hpg
