#pragma once

#include "followerspec.h"

#include <QCoreApplication>

namespace hpg {

// A follower becomes the app's primary database: unfollow (heroku pg:unfollow), check that it
// is out of recovery, promote it to DATABASE_URL (heroku pg:promote). Unfollow and promote are
// destructive: the app name of the follower's app must be typed.
//
// Values in the journal (keys from the FollowerSpec):
//   follower_name, follower_id, follower_attachment   read
//   promoted_at   ISO time the follower became DATABASE_URL: captured by promote()
class PromoteSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::PromoteSteps)
public:
    // "unfollow"
    static Step unfollow(const FollowerSpec &follower);
    // "verify-writable": waits (up to 10 minutes) until pg_is_in_recovery() is false.
    static Step verifyWritable(const FollowerSpec &follower);
    // "promote": attaches the follower as DATABASE on its app, keeping another name for the
    // old primary as pg:promote does; undoes "provision-follower" and "unfollow".
    static Step promote(const FollowerSpec &follower, const QString &promotedAtKey = QStringLiteral("promoted_at"));
    // `id`: the follower becomes the attachment `attachment` of the values (a custom name such as
    // HEROKU_POSTGRESQL_ROSE, without _URL) on its app, the database that had it keeping another
    // name (heroku addons:attach --as NAME --confirm APP); only when `needed`.
    static Step promoteAs(const QString &id, const FollowerSpec &follower, const Step::Text &attachment,
                          const Step::Predicate &needed);
};

} // namespace hpg
