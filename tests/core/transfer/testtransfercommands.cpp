#include "core/transfer/transfercommands.h"

#include <QTest>

using namespace hpg;

class TestTransferCommands : public QObject
{
    Q_OBJECT

    static TransferSpec spec(TransferSpec::Mode mode)
    {
        TransferSpec s;
        s.mode = mode;
        s.jobs = 4;
        s.source.setHost(QStringLiteral("ec2-1-2-3-4.compute-1.amazonaws.com"));
        s.source.setPort(5432);
        s.source.setUser(QStringLiteral("u1abc"));
        s.source.setPassword(QStringLiteral("p-secret-remote"));
        s.source.setDatabase(QStringLiteral("d9xyz"));
        s.source.setSslMode(QStringLiteral("require"));
        s.target.setUser(QStringLiteral("me"));
        s.target.setPassword(QStringLiteral("p-secret-local"));
        s.target.setDatabase(QStringLiteral("mylocaldb"));
        s.excludeTableData = { QStringLiteral("logs"), QStringLiteral("audit.*") };
        return s;
    }

private slots:
    void streamUsesTheCliDefaults()
    {
        const TransferSpec s = spec(TransferSpec::Mode::Stream);
        QCOMPARE(TransferCommands::dumpArguments(s),
                 QStringList({ "--verbose", "-F", "c", "-Z", "0", "-N", "_heroku", "--exclude-table-data=logs",
                               "--exclude-table-data=audit.*", "-h", "ec2-1-2-3-4.compute-1.amazonaws.com", "-p",
                               "5432", "-U", "u1abc", "d9xyz" }));
        // No host, no port: libpq's defaults (the local socket), like the CLI with a bare name.
        QCOMPARE(TransferCommands::restoreArguments(s),
                 QStringList({ "--verbose", "-F", "c", "--no-acl", "--no-owner", "-U", "me", "-d", "mylocaldb" }));
    }

    void parallelUsesADirectoryAndJobs()
    {
        const TransferSpec s = spec(TransferSpec::Mode::Parallel);
        const QStringList dump = TransferCommands::dumpArguments(s, QStringLiteral("/tmp/x/dump"));
        // The folder is temporary: no fsync of it (--no-sync).
        QCOMPARE(dump.mid(0, 10),
                 QStringList({ "--verbose", "-F", "d", "-Z", "0", "-j", "4", "--no-sync", "-N", "_heroku" }));
        QCOMPARE(dump.mid(dump.size() - 3), QStringList({ "-f", "/tmp/x/dump", "d9xyz" }));
        const QStringList restore = TransferCommands::restoreArguments(s, QStringLiteral("/tmp/x/dump"));
        QCOMPARE(restore.mid(0, 5), QStringList({ "--verbose", "-F", "d", "-j", "4" }));
        QCOMPARE(restore.last(), QStringLiteral("/tmp/x/dump"));
    }

    void passwordsStayOutOfTheArguments()
    {
        for (auto mode : { TransferSpec::Mode::Stream, TransferSpec::Mode::Parallel }) {
            const TransferSpec s = spec(mode);
            const QString all = (TransferCommands::dumpArguments(s, QStringLiteral("/d"))
                                 + TransferCommands::restoreArguments(s, QStringLiteral("/d"))
                                 + TransferCommands::createdbArguments(s.target))
                                    .join(QLatin1Char(' '));
            QVERIFY(!all.contains(QStringLiteral("secret")));
        }
    }

    void environmentCarriesTheConnection()
    {
        QProcessEnvironment base;
        base.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
        base.insert(QStringLiteral("PGDATABASE"), QStringLiteral("elsewhere"));
        base.insert(QStringLiteral("PGHOST"), QStringLiteral("elsewhere"));
        base.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("stale"));
        base.insert(QStringLiteral("PGSSLROOTCERT"), QStringLiteral("/etc/ca.pem"));
        base.insert(QStringLiteral("LC_ALL"), QStringLiteral("ja_JP.UTF-8"));
        const TransferSpec s = spec(TransferSpec::Mode::Stream);
        const auto remote = TransferCommands::environment(s.source, false, base);
        QCOMPARE(remote.value(QStringLiteral("PGPASSWORD")), QStringLiteral("p-secret-remote"));
        QCOMPARE(remote.value(QStringLiteral("PGSSLMODE")), QStringLiteral("require"));
        QVERIFY(!remote.contains(QStringLiteral("PGDATABASE")));
        QVERIFY(!remote.contains(QStringLiteral("PGHOST")));
        QVERIFY(!remote.contains(QStringLiteral("PGOPTIONS")));
        QCOMPARE(remote.value(QStringLiteral("PGSSLROOTCERT")), QStringLiteral("/etc/ca.pem"));
        QCOMPARE(remote.value(QStringLiteral("LC_MESSAGES")), QStringLiteral("C")); // parsed in English
        QVERIFY(!remote.contains(QStringLiteral("LC_ALL")));

        ConnInfo local = s.target;
        local.setPassword(QString());
        local.setSslMode(QStringLiteral("prefer"));
        const auto withoutPassword = TransferCommands::environment(local, true, base);
        QVERIFY(!withoutPassword.contains(QStringLiteral("PGPASSWORD"))); // ~/.pgpass can answer
        QCOMPARE(withoutPassword.value(QStringLiteral("PGSSLMODE")), QStringLiteral("prefer"));
        QVERIFY(withoutPassword.value(QStringLiteral("PGOPTIONS")).contains(QStringLiteral("synchronous_commit=off")));
        local.setSslMode(QStringLiteral("allow")); // the local server settings' default on this machine
        QCOMPARE(TransferCommands::environment(local, true, base).value(QStringLiteral("PGSSLMODE")),
                 QStringLiteral("allow"));
        base.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("require"));
        QCOMPARE(TransferCommands::environment(local, false, base).value(QStringLiteral("PGSSLMODE")),
                 QStringLiteral("require")); // the user's own choice for the local server
        local.setSslMode(QStringLiteral("prefer"));
        base.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("disable"));
        QCOMPARE(TransferCommands::environment(local, false, base).value(QStringLiteral("PGSSLMODE")),
                 QStringLiteral("disable")); // the user's own choice for the local server
    }

    // A restore on this machine leaves index builds only the cores its own sessions do not use.
    void restoreWorkersShareTheCores()
    {
        const auto workers = [](const QProcessEnvironment &environment) {
            const QString options = environment.value(QStringLiteral("PGOPTIONS"));
            const qsizetype at = options.indexOf(QStringLiteral("max_parallel_maintenance_workers="));
            return at < 0 ? -1 : options.mid(at + 33).section(QLatin1Char(' '), 0, 0).toInt();
        };
        TransferSpec parallel = spec(TransferSpec::Mode::Parallel); // 4 jobs, target on the local socket
        QCOMPARE(workers(TransferCommands::restoreEnvironment(parallel, 2, {})), 0);
        QCOMPARE(workers(TransferCommands::restoreEnvironment(parallel, 8, {})), 4);
        QVERIFY(TransferCommands::restoreEnvironment(parallel, 2, {})
                    .value(QStringLiteral("PGOPTIONS"))
                    .contains(QStringLiteral("synchronous_commit=off")));
        TransferSpec stream = spec(TransferSpec::Mode::Stream);
        QCOMPARE(workers(TransferCommands::restoreEnvironment(stream, 2, {})), 1);
        stream.target.setHost(QStringLiteral("127.0.0.1"));
        QCOMPARE(workers(TransferCommands::restoreEnvironment(stream, 4, {})), 3);
        // A push restores on Heroku's machine: its cores are not ours to count.
        TransferSpec push = spec(TransferSpec::Mode::Parallel);
        push.target = push.source;
        QCOMPARE(workers(TransferCommands::restoreEnvironment(push, 2, {})), -1);
        // Untuned: PostgreSQL's own settings.
        parallel.tuneRestore = false;
        QVERIFY(!TransferCommands::restoreEnvironment(parallel, 2, {}).contains(QStringLiteral("PGOPTIONS")));
    }

    // A Heroku database gets SSL whatever the connection or PGSSLMODE say; loopback keeps its own.
    void herokuDatabasesNeverWithoutSsl()
    {
        QProcessEnvironment base;
        base.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("disable"));
        ConnInfo remote = spec(TransferSpec::Mode::Stream).source;
        for (const QString &mode : { QString(), QStringLiteral("prefer"), QStringLiteral("disable") }) {
            remote.setSslMode(mode);
            QCOMPARE(TransferCommands::environment(remote, false, base).value(QStringLiteral("PGSSLMODE")),
                     QStringLiteral("require"));
            QCOMPARE(TransferCommands::environment(remote, false, {}).value(QStringLiteral("PGSSLMODE")),
                     QStringLiteral("require"));
        }
        remote.setSslMode(QStringLiteral("verify-full"));
        QCOMPARE(TransferCommands::environment(remote, false, base).value(QStringLiteral("PGSSLMODE")),
                 QStringLiteral("verify-full"));
        ConnInfo sandbox = *ConnInfo::fromUrl(QStringLiteral("postgres://u:p@127.0.0.1:5999/d?sslmode=require"));
        QCOMPARE(TransferCommands::environment(sandbox, false, base).value(QStringLiteral("PGSSLMODE")),
                 QStringLiteral("require"));
    }

    // pg_dump, pg_restore and createdb need no API token: it is not in their environment.
    void toolsGetNoApiToken()
    {
        QProcessEnvironment base;
        base.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
        base.insert(QStringLiteral("HEROKU_API_KEY"), QStringLiteral("01234567-89ab-cdef-0123-456789abcdef"));
        base.insert(QStringLiteral("HEROKU_API_TOKEN"), QStringLiteral("HRKU-AAtoken"));
        const TransferSpec s = spec(TransferSpec::Mode::Parallel);
        for (const auto &environment : { TransferCommands::environment(s.source, false, base),
                                         TransferCommands::environment(s.target, true, base) }) {
            QVERIFY(!environment.contains(QStringLiteral("HEROKU_API_KEY")));
            QVERIFY(!environment.contains(QStringLiteral("HEROKU_API_TOKEN")));
            QCOMPARE(environment.value(QStringLiteral("PATH")), QStringLiteral("/usr/bin"));
        }
    }

    void showsTheCliEquivalent()
    {
        QCOMPARE(TransferCommands::herokuCommand(TransferSpec::Direction::Pull, QStringLiteral("example-app"),
                                                 QStringLiteral("postgresql-animate-91581"),
                                                 QStringLiteral("mylocaldb"), {}),
                 QStringLiteral("heroku pg:pull postgresql-animate-91581 mylocaldb --app example-app"));
        QCOMPARE(TransferCommands::herokuCommand(TransferSpec::Direction::Push, QStringLiteral("example-app"),
                                                 QStringLiteral("DATABASE_URL"), QStringLiteral("my db"),
                                                 { QStringLiteral("a"), QStringLiteral("b") }),
                 QStringLiteral("heroku pg:push 'my db' DATABASE_URL --app example-app --exclude-table-data 'a;b'"));
        QCOMPARE(TransferCommands::displayCommand(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
                                                  { QStringLiteral("-d"), QStringLiteral("a b") }),
                 QStringLiteral("pg_dump -d 'a b'"));
    }

    void checksDatabaseNames()
    {
        QVERIFY(TransferCommands::checkDatabaseName(QStringLiteral("mylocaldb")).isEmpty());
        QVERIFY(TransferCommands::checkDatabaseName(QStringLiteral("shop-copy 2")).isEmpty());
        QVERIFY(TransferCommands::checkDatabaseName(QStringLiteral("データ")).isEmpty());
        QVERIFY(!TransferCommands::checkDatabaseName(QString()).isEmpty());
        QVERIFY(!TransferCommands::checkDatabaseName(QStringLiteral("-x")).isEmpty());
        QVERIFY(!TransferCommands::checkDatabaseName(QStringLiteral("host=evil")).isEmpty());
        QVERIFY(!TransferCommands::checkDatabaseName(QStringLiteral("postgres://u@h/db")).isEmpty());
        QVERIFY(!TransferCommands::checkDatabaseName(QString(64, QLatin1Char('a'))).isEmpty());
        QVERIFY(!TransferCommands::checkDatabaseName(QStringLiteral(" db")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransferCommands)
#include "testtransfercommands.moc"
