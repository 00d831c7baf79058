#pragma once

#include "copyoptions.h"
#include "journal.h"
#include "runbookregistry.h"
#include "steps/followerspec.h"

#include <QCoreApplication>

namespace hpg {

// A plan change by copying (Dev Center: "pg:copy", the route for Essential ↔ another tier and
// for any change the DBA wants to make by copying), as a runbook:
//   pre-flight → a new database on the target plan, wait until available → pause Heroku Connect →
//   maintenance mode on → scale down, wait until the dynos have stopped → pg:copy with live
//   progress → check tables and row counts → promote the copy to DATABASE_URL (the old database
//   keeps an alias; the point of no return) → re-attach pools and other apps → formation back,
//   maintenance mode off, Connect resumed.
// Given up before the promote (Bring the app back), the copy is cancelled, the new database kept
// or destroyed as the DBA chooses, and the app comes back on its old database, untouched.
//
// Values: findings, database_id, source_bytes (pg:info's size), target_name/_id/_attachment,
// those of CopySteps (transfer_id, copy_bytes, copy_seconds…) and of the shared steps.
class CopyToNewDatabase
{
    Q_DECLARE_TR_FUNCTIONS(hpg::CopyToNewDatabase)
public:
    static constexpr const char *kKind = "pg-copy";

    static RunbookKind kind();
    static QList<Step> build(const CopyOptions &options);
    static Journal newJournal(const CopyOptions &options, const RunbookServices &owner, const QString &dir = {});
    static FollowerSpec target(const CopyOptions &options);
    static QStringList summary(const Journal &journal);
    // Why `targetPlan` cannot be the plan of the copy (translated), or empty.
    static QString planRefusal(const QString &sourcePlan, const QString &targetPlan);

    // How long the app will be down: the Dev Center's rule of thumb (about 3 minutes per GB), or,
    // once a copy has finished on this account, that copy's throughput and the time the other
    // steps took.
    struct Estimate
    {
        qint64 ms = 0;
        bool measured = false;
        double bytesPerSecond = 0; // measured only
    };
    static Estimate estimate(qint64 databaseBytes, const Journal *lastCopy = nullptr);
    // The newest finished copy of `account` in `dir` (blocking: reads the journals; not on the UI thread).
    static std::optional<Journal> lastFinished(const QString &dir, const QString &account);
    // "about 4 min" (translated).
    static QString durationText(qint64 ms);
};

} // namespace hpg
