#pragma once

#include "journal.h"
#include "runbookregistry.h"
#include "steps/followerspec.h"
#include "versionupgradeoptions.h"

#include <QCoreApplication>

namespace hpg {

// A major version upgrade with Heroku Connect, as the Dev Center's Heroku Connect maintenance page
// gives it ("Upgrading the version of a Heroku Postgres database"), as a runbook:
//   pre-flight (the versions, the extensions whose versions differ, the down-time estimate) →
//   1. a follower, nearly caught up → 2. Heroku Connect paused, maintenance mode on, dynos scaled
//   down → 3. the follower fully caught up (the rows of every table counted) → 4. pg:upgrade:run on
//   the follower (it unfollows and upgrades; the point of no return), wait, check the new version
//   and the row counts → 5. promote it: DATABASE_URL, and when Heroku Connect uses a custom URL
//   (HEROKU_POSTGRESQL_ROSE_URL) the upgraded database under that name too → 6. formation back,
//   maintenance mode off, Connect resumed, and checked syncing (IDLE, mappings DATA_SYNCED).
// Essential databases cannot take this route: the pre-flight refuses them, naming the pg:copy
// route (CopyToNewDatabase with a target version), which the wizard hands them over to.
//
// Values: findings, database_id, source_version, source_bytes, extension_differences
// [{name, installed, target}], connect_url (the custom attachment name Connect uses, or absent), and
// those of the shared steps (follower_*, formation_before, rows_before, upgraded_version…).
class VersionUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(hpg::VersionUpgrade)
public:
    static constexpr const char *kKind = "version-upgrade";

    static RunbookKind kind();
    static QList<Step> build(const VersionUpgradeOptions &options);
    static Journal newJournal(const VersionUpgradeOptions &options, const RunbookServices &owner,
                              const QString &dir = {});
    static FollowerSpec follower(const VersionUpgradeOptions &options);
    static QStringList summary(const Journal &journal);

    // Why the database cannot be upgraded from `sourceVersion` on `plan` to `targetVersion` by this
    // runbook (translated), or empty. Essential plans: the pg:copy route.
    static QString refusal(const QString &plan, const QString &sourceVersion, const QString &targetVersion);
    // The major versions an upgrade may go to (newest last).
    static QStringList targetVersions();
    // The down time: the last finished upgrade's on this account when there is one, else a rule of
    // thumb (2 minutes plus 1 minute per 10 GB).
    static qint64 estimateMs(qint64 databaseBytes, const Journal *lastUpgrade = nullptr);
    // The newest finished upgrade of `account` in `dir` (blocking: reads the journals).
    static std::optional<Journal> lastFinished(const QString &dir, const QString &account);
};

} // namespace hpg
