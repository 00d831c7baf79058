#pragma once

#include "databaseactionoptions.h"
#include "switchfindings.h"

#include <QCoreApplication>

namespace hpg {

// Database ▸ Promote (heroku pg:promote): pre-flight → the chosen database becomes DATABASE_URL,
// the old primary kept attached under another name (PromoteSteps::promote), once the app name is
// typed → the default connection pool re-attached to it (AttachmentSteps::reattach), as pg:promote
// does. The pre-flight refuses a follower (unfollow it first, as the Dev Center says) and a
// database that already is DATABASE_URL.
//
// Values: those of DatabaseSteps::find(); old_primary_name, old_primary_id; pools (the links to
// restore); other_pools (pools of the old primary with another name, for the warning).
class PromoteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(hpg::PromoteDatabase)
public:
    static constexpr const char *kKind = "promote";

    static RunbookKind kind();
    static QList<Step> build(const DatabaseActionOptions &options);
    // The Dev Center's warnings before a promotion (translated sentences).
    static QStringList warnings(const QString &app, const QString &database, const QString &oldPrimary,
                                const QList<SwitchFindings::Link> &otherPools);
};

} // namespace hpg
