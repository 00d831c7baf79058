#include "transferpreflight.h"

#include "core/settings/languagemanager.h"
#include "core/threads/workerpool.h"
#include "pgquery.h"
#include "pgtoolfinder.h"

#include <QDir>
#include <QStorageInfo>
#include <QThread>
#include <QtConcurrent>

namespace hpg {

namespace {

// Pull: the local server, through its maintenance database (postgres, else template1).
PgQuery::Result checkLocalServer(const ConnInfo &target)
{
    const QList<PgQuery::Statement> statements {
        { QStringLiteral("SELECT count(*) FROM pg_catalog.pg_database WHERE datname = $1"), { target.database() } },
        { QStringLiteral("SELECT name FROM pg_catalog.pg_available_extensions ORDER BY name"), {} },
        { QStringLiteral("SELECT rolcreatedb OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"), {} },
    };
    ConnInfo conn = target;
    conn.setDatabase(QStringLiteral("postgres"));
    const PgQuery::Result first = PgQuery::runBlocking(conn, statements);
    if (first.connected)
        return first;
    conn.setDatabase(QStringLiteral("template1"));
    const PgQuery::Result second = PgQuery::runBlocking(conn, statements);
    return second.connected ? second : first; // the error about "postgres" says more
}

// Push: the Heroku database itself (the CLI counts pg_stat_user_tables).
PgQuery::Result checkRemoteTarget(const ConnInfo &target)
{
    return PgQuery::runBlocking(
        target,
        {
            { QStringLiteral("SELECT count(*) FROM pg_catalog.pg_stat_user_tables"), {} },
            { QStringLiteral("SELECT name FROM pg_catalog.pg_available_extensions ORDER BY name"), {} },
        });
}

} // namespace

PreflightReport TransferPreflight::runBlocking(const Request &request)
{
    using Blocker = PreflightReport::Blocker;
    const bool pull = request.direction == TransferSpec::Direction::Pull;
    auto sourceFuture = PgQuery::run(request.source, TransferInventory::statements());
    // The source's inventory runs on PgQuery's pool while this thread checks the target and the programs.
    const PgQuery::Result target = pull ? checkLocalServer(request.target) : checkRemoteTarget(request.target);
    const QStringList dirs = request.toolDirs.isEmpty() ? PgToolFinder::defaultSearchDirs() : request.toolDirs;

    PreflightReport report;
    report.foundTools = PgToolFinder::probeAll(dirs);
    const PgQuery::Result source = sourceFuture.result();

    if (!source.ok) {
        report.block(Blocker::SourceUnreachable,
                     tr("Could not read the source database %1: %2").arg(request.sourceLabel, source.error));
    } else {
        report.inventory = TransferInventory::fromResult(source);
    }

    QStringList available;
    if (!target.ok) {
        report.block(
            Blocker::TargetUnreachable,
            pull ? tr("Could not connect to the local PostgreSQL server: %1").arg(target.error)
                 : tr("Could not connect to the target database %1: %2").arg(request.targetLabel, target.error));
    } else {
        report.targetServerVersion = target.serverVersion;
        for (const QStringList &row : target.rows.value(1))
            available.append(row.value(0));
        if (pull) {
            if (target.value(0).toInt() > 0)
                report.block(Blocker::TargetExists,
                             tr("The local database %1 already exists. Like the Heroku CLI, hpgdesk pulls only into a "
                                "new database: choose another name, or drop %1 first.")
                                 .arg(request.target.database()));
            if (target.value(2) != QLatin1String("t"))
                report.block(Blocker::NoCreatePermission,
                             tr("The local user %1 may not create databases. Use a user with the CREATEDB "
                                "privilege in the local server settings.")
                                 .arg(request.target.user()));
        } else {
            report.targetTables = target.value(0).toInt();
            if (report.targetTables > 0)
                report.block(Blocker::TargetNotEmpty,
                             tr("The target database %1 is not empty: it has %2 tables. Like the Heroku CLI, hpgdesk "
                                "pushes only into an empty database. Reset it first (heroku pg:reset), which deletes "
                                "all its data.")
                                 .arg(request.targetLabel)
                                 .arg(report.targetTables));
        }
    }

    if (report.inventory.isValid()) {
        const auto choice = PgToolFinder::choose(report.foundTools, report.inventory.serverVersion);
        if (choice.ok())
            report.tools = choice.install;
        else
            report.block(Blocker::NoSuitableTools, choice.error);

        if (target.ok) {
            report.missingExtensions = TransferInventory::missingExtensions(report.inventory.extensions, available);
            if (!report.missingExtensions.isEmpty())
                report.warnings.append(
                    tr("%1 uses extensions that the target server does not have: %2. pg_restore "
                       "will report errors for them, and objects that need them will be missing.")
                        .arg(request.sourceLabel, LanguageManager::joinList(report.missingExtensions)));
            const PgToolVersion sourceVersion = PgToolVersion::fromNumber(report.inventory.serverVersion);
            const PgToolVersion targetVersion = PgToolVersion::fromNumber(target.serverVersion);
            if (targetVersion.majorKey() < sourceVersion.majorKey())
                report.warnings.append(tr("The target server runs PostgreSQL %1, older than the source's %2. The "
                                          "restore may fail on features the older version does not have.")
                                           .arg(targetVersion.text(), sourceVersion.text()));
        }
        const QString workDir = request.workDir.isEmpty() ? QDir::tempPath() : request.workDir;
        const QStorageInfo storage(workDir);
        report.advice
            = TransferModeAdvisor::advise(report.inventory, request.excludeTableData, QThread::idealThreadCount(),
                                          storage.isValid() ? storage.bytesAvailable() : -1);
    }
    return report;
}

QFuture<PreflightReport> TransferPreflight::run(const Request &request)
{
    return QtConcurrent::run(workerPool(), [request] { return runBlocking(request); });
}

} // namespace hpg
