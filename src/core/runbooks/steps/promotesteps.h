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
};

} // namespace hpg
