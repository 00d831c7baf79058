#pragma once

#include "transferspec.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace hpg {

// The command lines of a transfer, as argument lists (never a shell): the Heroku CLI's defaults
// (pg_dump --verbose -F c -Z 0 -N _heroku, pg_restore --verbose --no-acl --no-owner), host, port
// and user as options, and every password only in the program's environment.
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(hpg::TransferCommands)
public:
    // -h host -p port -U user (each only when set).
    static QStringList connectionArguments(const ConnInfo &conn);
    // Stream: custom format to stdout. Parallel: directory format into `directory` with -j.
    static QStringList dumpArguments(const TransferSpec &spec, const QString &directory = {});
    static QStringList restoreArguments(const TransferSpec &spec, const QString &directory = {});
    static QStringList createdbArguments(const ConnInfo &target);

    // `base` without the PG* variables that would point elsewhere, plus this connection's host,
    // port, user, sslmode and PGPASSWORD (only when there is a password; otherwise ~/.pgpass works).
    // With `tuneRestore`, PGOPTIONS makes the restoring sessions faster.
    static QProcessEnvironment environment(const ConnInfo &conn, bool tuneRestore = false,
                                           const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment());

    // pg_restore's: environment() for the target. On this machine (cores shared with the restore),
    // index builds get only the cores the restore's own sessions leave free as parallel workers.
    static QProcessEnvironment restoreEnvironment(const TransferSpec &spec, int cores,
                                                  const QProcessEnvironment &base
                                                  = QProcessEnvironment::systemEnvironment());

    // One line for the log: the program's name and its arguments, shell-quoted (there is no
    // secret in them to hide).
    static QString displayCommand(const QString &program, const QStringList &arguments);
    // The equivalent Heroku CLI command (shown in the wizards).
    static QString herokuCommand(TransferSpec::Direction direction, const QString &appName, const QString &addonName,
                                 const QString &localDatabase, const QStringList &excludeTableData);

    // Empty when `name` can be used as a database name on a command line (not empty, at most 63
    // bytes, no "=", not starting with "-", not a URL); otherwise why not (translated).
    static QString checkDatabaseName(const QString &name);
};

} // namespace hpg
