#include "transfercommands.h"

#include "core/pg/sslpolicy.h"
#include "core/secrets/childenvironment.h"

#include <QFileInfo>

namespace hpg {

QStringList TransferCommands::connectionArguments(const ConnInfo &conn)
{
    QStringList arguments;
    if (!conn.host().isEmpty())
        arguments << QStringLiteral("-h") << conn.host();
    if (conn.port() > 0)
        arguments << QStringLiteral("-p") << QString::number(conn.port());
    if (!conn.user().isEmpty())
        arguments << QStringLiteral("-U") << conn.user();
    return arguments;
}

QStringList TransferCommands::dumpArguments(const TransferSpec &spec, const QString &directory)
{
    const bool parallel = spec.mode == TransferSpec::Mode::Parallel;
    QStringList arguments { QStringLiteral("--verbose"), QStringLiteral("-F"),
                            parallel ? QStringLiteral("d") : QStringLiteral("c"), QStringLiteral("-Z"),
                            QStringLiteral("0") };
    // The folder is read back at once and removed, and a transfer cut short starts over: waiting for
    // it to reach the disk (pg_dump's default) is pure loss, 0.2-1.3 s for a 490 MB dump (measured).
    if (parallel)
        arguments << QStringLiteral("-j") << QString::number(qMax(1, spec.jobs)) << QStringLiteral("--no-sync");
    arguments << QStringLiteral("-N") << QStringLiteral("_heroku");
    for (const QString &pattern : spec.excludeTableData)
        arguments << QStringLiteral("--exclude-table-data=%1").arg(pattern);
    arguments += connectionArguments(spec.source);
    if (parallel)
        arguments << QStringLiteral("-f") << directory;
    arguments << spec.source.database();
    return arguments;
}

QStringList TransferCommands::restoreArguments(const TransferSpec &spec, const QString &directory)
{
    const bool parallel = spec.mode == TransferSpec::Mode::Parallel;
    QStringList arguments { QStringLiteral("--verbose"), QStringLiteral("-F"),
                            parallel ? QStringLiteral("d") : QStringLiteral("c") };
    if (parallel)
        arguments << QStringLiteral("-j") << QString::number(qMax(1, spec.jobs));
    arguments << QStringLiteral("--no-acl") << QStringLiteral("--no-owner");
    arguments += connectionArguments(spec.target);
    arguments << QStringLiteral("-d") << spec.target.database();
    if (parallel)
        arguments << directory;
    return arguments;
}

QStringList TransferCommands::createdbArguments(const ConnInfo &target)
{
    return connectionArguments(target) << target.database();
}

QProcessEnvironment TransferCommands::environment(const ConnInfo &conn, bool tuneRestore,
                                                  const QProcessEnvironment &base)
{
    // The API token is not for pg_dump, pg_restore or createdb (nor what they start).
    QProcessEnvironment environment = ChildEnvironment::clean(base);
    const QString userSslMode = base.value(QStringLiteral("PGSSLMODE"));
    // These would override or redirect the connection given on the command line.
    for (const char *name : { "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSERVICE",
                              "PGSERVICEFILE", "PGOPTIONS", "PGSSLMODE", "PGREQUIRESSL", "PGTARGETSESSIONATTRS" })
        environment.remove(QString::fromLatin1(name));
    if (!conn.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), conn.password());
    // A Heroku database needs SSL (SslPolicy: require off loopback, whatever PGSSLMODE says); a local
    // server keeps the user's choice (PGSSLMODE) over the settings' default (prefer, or allow on
    // this machine).
    QString localMode = conn.sslMode();
    const bool defaultMode = localMode == QLatin1String("prefer") || localMode == QLatin1String("allow");
    if (localMode.isEmpty() || (defaultMode && !userSslMode.isEmpty()))
        localMode = userSslMode.isEmpty() ? QStringLiteral("prefer") : userSslMode;
    ConnInfo withMode = conn;
    withMode.setSslMode(localMode);
    environment.insert(QStringLiteral("PGSSLMODE"), SslPolicy::modeFor(withMode));
    environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("hpgdesk transfer"));
    if (qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("30"));
    if (tuneRestore)
        environment.insert(QStringLiteral("PGOPTIONS"),
                           QStringLiteral("-c synchronous_commit=off -c maintenance_work_mem=256MB"));
    // Messages in English, whatever the user's locale: the progress parser reads them.
    environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    if (environment.contains(QStringLiteral("LC_ALL"))) {
        environment.insert(QStringLiteral("LC_CTYPE"), environment.value(QStringLiteral("LC_ALL")));
        environment.remove(QStringLiteral("LC_ALL"));
    }
    return environment;
}

QProcessEnvironment TransferCommands::restoreEnvironment(const TransferSpec &spec, int cores,
                                                        const QProcessEnvironment &base)
{
    QProcessEnvironment environment = TransferCommands::environment(spec.target, spec.tuneRestore, base);
    if (!spec.tuneRestore || !SslPolicy::isLoopback(spec.target))
        return environment;
    // Measured on 2 cores with 2 restore jobs (7 rounds each): 0 workers 2.61 s, PostgreSQL's
    // default of 2 2.73 s and 0.3 s more CPU; the extra processes only contend with the sessions.
    const int sessions = spec.mode == TransferSpec::Mode::Parallel ? qMax(1, spec.jobs) : 1;
    const int workers = qMax(0, cores - sessions);
    environment.insert(QStringLiteral("PGOPTIONS"), environment.value(QStringLiteral("PGOPTIONS"))
                                                        + QStringLiteral(" -c max_parallel_maintenance_workers=%1")
                                                              .arg(workers));
    return environment;
}

QString TransferCommands::displayCommand(const QString &program, const QStringList &arguments)
{
    QStringList parts { QFileInfo(program).fileName() };
    for (const QString &argument : arguments)
        parts.append(ConnInfo::shellQuote(argument));
    return parts.join(QLatin1Char(' ')); // not prose: a shell command
}

QString TransferCommands::herokuCommand(TransferSpec::Direction direction, const QString &appName,
                                        const QString &addonName, const QString &localDatabase,
                                        const QStringList &excludeTableData)
{
    QStringList parts { QStringLiteral("heroku") };
    if (direction == TransferSpec::Direction::Pull)
        parts << QStringLiteral("pg:pull") << ConnInfo::shellQuote(addonName) << ConnInfo::shellQuote(localDatabase);
    else
        parts << QStringLiteral("pg:push") << ConnInfo::shellQuote(localDatabase) << ConnInfo::shellQuote(addonName);
    parts << QStringLiteral("--app") << ConnInfo::shellQuote(appName);
    if (!excludeTableData.isEmpty())
        parts << QStringLiteral("--exclude-table-data")
              << ConnInfo::shellQuote(excludeTableData.join(QLatin1Char(';')));
    return parts.join(QLatin1Char(' ')); // not prose: a shell command
}

QString TransferCommands::checkDatabaseName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a database name.");
    if (name != name.trimmed())
        return tr("The database name must not start or end with a space.");
    if (name.toUtf8().size() > 63)
        return tr("The database name %1 is longer than the 63 bytes PostgreSQL allows.").arg(name);
    if (name.contains(QLatin1Char('=')) || name.startsWith(QLatin1Char('-')) || name.contains(QLatin1String("://"))
        || name.contains(QChar(0)))
        return tr("The database name %1 cannot be used: it must not contain \"=\" or \"://\" nor start with \"-\".")
            .arg(name);
    return {};
}

} // namespace hpg
