#pragma once

#include "core/heroku/attachment.h"
#include "core/heroku/databaseinfo.h"
#include "followerspec.h"

#include <QCoreApplication>

#include <functional>

namespace hpg {

class StepContext;

// Steps on one database the DBA chose on an app (Database ▸ Reset, Promote, Unfollow): finding
// it, and pg:reset.
//
// Values in the journal (keys from the FollowerSpec that spec() returns):
//   follower_name, follower_id, follower_attachment   the chosen database: captured by find()
//   leader_name   the database it follows, when it is a follower: captured by find()
class DatabaseSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::DatabaseSteps)
public:
    // The chosen database of `app`, as the promote and unfollow steps name it; its "leader" (what
    // the steps' texts call the old database) is the value under `leaderKey`.
    static FollowerSpec spec(const QString &app, const QString &leaderKey = QStringLiteral("leader_name"));

    // Resolves `database` on `app` (attachment, config var or add-on name) and reads its pg:info;
    // captures the spec's values; then `found` (which answers the context); fails when there is no
    // such Heroku Postgres database.
    using Found = std::function<void(StepContext &ctx, const Attachment &attachment, const DatabaseInfo &info)>;
    static void find(StepContext &ctx, const QString &app, const QString &database, const Found &found);
    // "preflight": a Check step (titled `title`, heroku pg:info) that runs find() and then `found`.
    static Step preflight(const QString &title, const QString &app, const QString &database, const Found &found);

    // "reset": heroku pg:reset, destructive (the app name typed). Its probe finds the database
    // empty (no tables): a reset repeated after a crash empties it again, which changes nothing.
    static Step reset(const FollowerSpec &database, const Step::Text &warning = {});
};

} // namespace hpg
