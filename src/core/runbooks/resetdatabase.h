#pragma once

#include "databaseactionoptions.h"
#include "switchfindings.h"

#include <QCoreApplication>

namespace hpg {

// Database ▸ Reset (heroku pg:reset): pre-flight → reset. The pre-flight refuses a follower (it
// cannot be reset) and a database Heroku Connect syncs (its mappings would be deleted under it);
// it warns about followers (emptied too) and other apps attached to it. The reset waits for the
// typed app name, as the CLI's confirmation.
//
// Values: findings (SwitchFindings of the database), and those of DatabaseSteps.
class ResetDatabase
{
    Q_DECLARE_TR_FUNCTIONS(hpg::ResetDatabase)
public:
    static constexpr const char *kKind = "reset";

    static RunbookKind kind();
    static QList<Step> build(const DatabaseActionOptions &options);
    // Why the database cannot be reset (translated), or empty.
    static QString refusal(const SwitchFindings &findings);
    // What the DBA must know before the reset (translated sentences).
    static QStringList warnings(const SwitchFindings &findings);
};

} // namespace hpg
