#pragma once

#include "pgtoolinstall.h"
#include "transferinventory.h"
#include "transfermodeadvisor.h"
#include "transferspec.h"

#include <QCoreApplication>
#include <QFuture>
#include <QMetaType>

namespace hpg {

// What TransferPreflight found out before a transfer.
struct PreflightReport
{
    enum class Blocker {
        SourceUnreachable,
        TargetUnreachable, // the local server (pull) or the Heroku database (push)
        TargetExists, // pull: the local database already exists
        TargetNotEmpty, // push: the Heroku database has tables (offer pg:reset)
        NoSuitableTools, // no pg_dump/pg_restore at least as new as the source server
        NoCreatePermission, // pull: the local user may not create databases
    };

    QList<Blocker> blockers;
    QStringList errors; // translated, one per blocker
    QStringList warnings; // translated
    TransferInventory inventory; // of the source
    PgToolInstall tools; // the chosen programs
    QList<PgToolInstall> foundTools;
    int targetServerVersion = 0;
    int targetTables = 0; // push: tables in the Heroku database
    QStringList missingExtensions; // installed on the source, not available on the target server
    TransferModeAdvisor::Advice advice;

    bool ok() const { return blockers.isEmpty(); }
    bool has(Blocker blocker) const { return blockers.contains(blocker); }
    void block(Blocker blocker, const QString &error)
    {
        blockers.append(blocker);
        errors.append(error);
    }
};

// The checks before a pull or a push, all at once on worker threads: the source's inventory
// (tables, indexes, sizes, extensions, version), the target (pull: the local database must not
// exist yet and the user must be allowed to create it; push: the Heroku database must be empty),
// the extensions the target server lacks, the client programs (newest pg_dump at least as new as
// the source) and the advised mode.
class TransferPreflight
{
    Q_DECLARE_TR_FUNCTIONS(hpg::TransferPreflight)
public:
    struct Request
    {
        TransferSpec::Direction direction = TransferSpec::Direction::Pull;
        ConnInfo source; // with password
        ConnInfo target; // pull: the local database to create (on the local server)
        QStringList excludeTableData;
        QStringList toolDirs; // where to look for the programs (empty: PgToolFinder::defaultSearchDirs())
        QString workDir; // where a parallel dump would go (empty: the temporary directory)
        QString sourceLabel; // for messages: "example-app::DATABASE" or "mydb on localhost"
        QString targetLabel;
    };

    static PreflightReport runBlocking(const Request &request);
    static QFuture<PreflightReport> run(const Request &request);
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::PreflightReport)
