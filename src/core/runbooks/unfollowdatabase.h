#pragma once

#include "databaseactionoptions.h"

#include <QCoreApplication>

namespace hpg {

// Database ▸ Unfollow (heroku pg:unfollow): pre-flight (the database is a follower) → unfollow,
// once the app name is typed → wait until it is out of recovery (writable). The shared steps of the
// follower switch (PromoteSteps::unfollow, ::verifyWritable) on the chosen follower.
//
// Values: those of DatabaseSteps::find().
class UnfollowDatabase
{
    Q_DECLARE_TR_FUNCTIONS(hpg::UnfollowDatabase)
public:
    static constexpr const char *kKind = "unfollow";

    static RunbookKind kind();
    static QList<Step> build(const DatabaseActionOptions &options);
    // The Dev Center's warning before an unfollow (translated).
    static QString warning(const QString &follower, const QString &leader);
};

} // namespace hpg
