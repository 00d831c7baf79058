#pragma once

#include "followerspec.h"

#include <QCoreApplication>

namespace hpg {

struct Transfer;

// pg:copy between two databases of one app (Dev Center "Changing plans with pg:copy"): start the
// transfer, wait for it with live progress, check the copy against the source; and the way out
// of a copy that is given up: cancel the transfer, destroy the new database.
//
// The source is the app's DATABASE_URL; the target is the database of the FollowerSpec (a new
// database that follows nothing). Values in the journal:
//   source_bytes        the source's size (pg:info), for progress and the estimate: read
//   copy_requested_at   ISO time just before the transfer is created: captured, so that a
//                       resumed run finds its transfer instead of creating a second one
//   transfer_id         the transfer's uuid: captured
//   copy_bytes, copy_seconds   what the finished copy moved and how long it took: captured
//   verified_tables     the tables compared by verify(): captured
class CopySteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::CopySteps)
public:
    // "start-copy": heroku pg:copy DATABASE_URL <target> --confirm <app>; the source's data
    // replaces the target's.
    static Step start(const FollowerSpec &target);
    // "wait-copy": until the transfer has finished; fails with its last log messages when it did
    // not succeed.
    static Step wait(const FollowerSpec &target);
    // "verify-copy": the number of tables and the row counts of the largest tables are the same in
    // the copy as in the source (read-only SQL on both).
    static Step verify(const FollowerSpec &target);
    // "cancel-copy": pg:backups:cancel of the run's transfer (done at once when there is none or
    // it has finished); "wait-copy-stopped": until it has stopped.
    static QList<Step> cancel(const QString &app);
    // "destroy-target": heroku addons:destroy of the new database (only when `needed`).
    static Step destroyTarget(const FollowerSpec &target, const Step::Predicate &needed);

    // "1.2 GB of about 3.4 GB copied, 41 MB/s, about 1 min left" (translated) and the fraction
    // done (0…1, or -1 when the size is not known).
    static QString progressText(const Transfer &transfer, qint64 expectedBytes, double *fraction);
    // The attachment name as pg:copy names a database: HEROKU_POSTGRESQL_PURPLE → PURPLE.
    static QString shortName(const QString &attachment);

    static constexpr int kVerifiedTables = 10;
};

} // namespace hpg
