#include "cliconformancetest.h"
#include "clioutput.h"

#include <QJsonObject>
#include <QTest>

// Conformance, PostgreSQL versions: the real Heroku CLI creates a PostgreSQL 17 database
// (addons:create --version 17) and runs pg:upgrade:dryrun / prepare / cancel / run / wait on a
// Standard leader of PostgreSQL 15 in the sandbox; afterwards pg:info shows 17, every row is
// there and a credential's password still works (the sandbox's upgrade is a dump and restore into
// a new 17 cluster, swapped in on the same port).
class TestHerokuCliUpgrade : public CliConformanceTest
{
    Q_OBJECT
private:
    const QString m_app = QStringLiteral("acme-blog");

    QString pgVersion(const QString &database)
    {
        const CliResult info = heroku({ QStringLiteral("pg:info"), database, QStringLiteral("-a"), m_app });
        return cli::field(info.out, QStringLiteral("PG Version"));
    }
    QString upgrade(const QString &command, const QStringList &extra = {}, int timeoutMs = 120000)
    {
        const CliResult result = heroku(QStringList { QStringLiteral("pg:upgrade:") + command, QStringLiteral("UPG") }
                                            + extra + QStringList { QStringLiteral("-a"), m_app },
                                        timeoutMs);
        return result.describe();
    }

private slots:
    void initTestCase() { startSandboxAndCli(QStringLiteral("testherokucliupgrade")); }

    void createWithVersion17()
    {
        const CliResult create = heroku(
            { QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:essential-0"), QStringLiteral("--as"),
              QStringLiteral("V17"), QStringLiteral("-a"), m_app, QStringLiteral("--version"), QStringLiteral("17") });
        CLI_EXPECT(create, QStringLiteral("Creating heroku-postgresql:essential-0 on acme-blog"));
        CLI_VERIFY(heroku({ QStringLiteral("pg:wait"), QStringLiteral("V17"), QStringLiteral("-a"), m_app,
                            QStringLiteral("--wait-interval"), QStringLiteral("1") },
                          300000));
        const QString version = pgVersion(QStringLiteral("V17"));
        QVERIFY2(version.startsWith(QLatin1String("17.")), qPrintable(version));
        const QString url = configVar(m_app, QStringLiteral("V17_URL"));
        QVERIFY2(m_cli->psql(url, QStringLiteral("SHOW server_version")).startsWith(QLatin1String("17.")),
                 qPrintable(url));
        // A version the sandbox does not have is refused with the ones it has.
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:essential-0"),
                                    QStringLiteral("-a"), m_app, QStringLiteral("--"), QStringLiteral("--version"),
                                    QStringLiteral("12") }),
                           QStringLiteral("Supported versions: 15, 16, 17"));
    }

    void upgradeAStandardLeader15To17()
    {
        const CliResult create
            = heroku({ QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:standard-0"),
                       QStringLiteral("--as"), QStringLiteral("UPG"), QStringLiteral("-a"), m_app });
        CLI_EXPECT(create, QStringLiteral("Creating heroku-postgresql:standard-0 on acme-blog"));
        CLI_VERIFY(heroku({ QStringLiteral("pg:wait"), QStringLiteral("UPG"), QStringLiteral("-a"), m_app,
                            QStringLiteral("--wait-interval"), QStringLiteral("1") },
                          300000));
        QVERIFY2(pgVersion(QStringLiteral("UPG")).startsWith(QLatin1String("15.")),
                 qPrintable(pgVersion(QStringLiteral("UPG"))));
        const QString url = configVar(m_app, QStringLiteral("UPG_URL"));
        m_cli->psql(url, QStringLiteral("CREATE TABLE events (id int PRIMARY KEY, body text)"));
        m_cli->psql(url, QStringLiteral("INSERT INTO events SELECT g, md5(g::text) FROM generate_series(1, 4321) g"));
        QCOMPARE(m_cli->psql(url, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("4321"));
        CLI_VERIFY(heroku({ QStringLiteral("pg:credentials:create"), QStringLiteral("UPG"), QStringLiteral("--name"),
                            QStringLiteral("analyst"), QStringLiteral("-a"), m_app }));
        const CliResult analystUrl
            = heroku({ QStringLiteral("pg:credentials:url"), QStringLiteral("UPG"), QStringLiteral("--name"),
                       QStringLiteral("analyst"), QStringLiteral("-a"), m_app });
        const QString analyst = cli::capture(analystUrl.out, QStringLiteral(R"(^\s*(postgres://\S+)\s*$)"));
        QVERIFY2(!analyst.isEmpty(), qPrintable(analystUrl.describe()));
        QCOMPARE(m_cli->psql(url,
                             QStringLiteral("GRANT SELECT ON events TO \"%1\"")
                                 .arg(cli::capture(analyst, QStringLiteral(R"(^postgres://([^:]+):)")))),
                 QStringLiteral("GRANT"));
        QCOMPARE(m_cli->psql(analyst, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("4321"));

        // Run without prepare is refused on a Standard leader; dry run, prepare, cancel.
        const QString confirm = QStringLiteral("--confirm");
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:upgrade:run"), QStringLiteral("UPG"), confirm, m_app,
                                    QStringLiteral("-a"), m_app }),
                           QStringLiteral("pg:upgrade:prepare"));
        QVERIFY2(
            upgrade(QStringLiteral("dryrun"), { QStringLiteral("--version"), QStringLiteral("17"), confirm, m_app })
                .contains(QLatin1String("found no problems")),
            "dry run");
        QVERIFY2(
            upgrade(QStringLiteral("prepare"), { QStringLiteral("--version"), QStringLiteral("17"), confirm, m_app })
                .contains(QLatin1String("to PostgreSQL 17 is scheduled")),
            "prepare");
        QVERIFY2(upgrade(QStringLiteral("cancel"), { confirm, m_app })
                     .contains(QLatin1String("Canceled the scheduled upgrade")),
                 "cancel");
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:upgrade:cancel"), QStringLiteral("UPG"), confirm, m_app,
                                    QStringLiteral("-a"), m_app }),
                           QStringLiteral("has no scheduled upgrade to cancel"));

        // Prepare again and run, each step lasting a second: pg:upgrade:wait shows the steps.
        QVERIFY(
            upgrade(QStringLiteral("prepare"), { QStringLiteral("--version"), QStringLiteral("17"), confirm, m_app })
                .contains(QLatin1String("is scheduled")));
        m_sandbox.request("POST", QStringLiteral("/_sandbox/timing"),
                          { { QStringLiteral("upgrade_step_seconds"), 1 } });
        const CliResult run = heroku(
            { QStringLiteral("pg:upgrade:run"), QStringLiteral("UPG"), confirm, m_app, QStringLiteral("-a"), m_app });
        CLI_EXPECT(run, QStringLiteral("Started the upgrade of"));
        const CliResult wait = heroku({ QStringLiteral("pg:upgrade:wait"), QStringLiteral("UPG"), QStringLiteral("-a"),
                                        m_app, QStringLiteral("--wait-interval"), QStringLiteral("1") },
                                      300000);
        CLI_EXPECT(wait, QStringLiteral("upgraded to PostgreSQL 17"));
        QVERIFY2(wait.all().contains(QLatin1String("/3)")), qPrintable(wait.describe()));

        const QString version = pgVersion(QStringLiteral("UPG"));
        QVERIFY2(version.startsWith(QLatin1String("17.")), qPrintable(version));
        QCOMPARE(configVar(m_app, QStringLiteral("UPG_URL")), url);
        QCOMPARE(m_cli->psql(url, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("4321"));
        QCOMPARE(m_cli->psql(analyst, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("4321"));
        QVERIFY(m_cli->psql(analyst, QStringLiteral("SHOW server_version")).startsWith(QLatin1String("17.")));
        // Nothing more to upgrade to.
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:upgrade:prepare"), QStringLiteral("UPG"), confirm, m_app,
                                    QStringLiteral("-a"), m_app }),
                           QStringLiteral("already runs PostgreSQL 17"));
    }

    void cleanupTestCase() { stopSandbox(); }
};

QTEST_GUILESS_MAIN(TestHerokuCliUpgrade)
#include "testherokucliupgrade.moc"
