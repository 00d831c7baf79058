#include "cliconformancetest.h"
#include "clioutput.h"
#include "psqlsleeper.h"

#include <QJsonArray>
#include <QTest>

// Conformance, part two: the real Heroku CLI's psql-based commands (pg:ps, pg:kill, pg:killall,
// pg:psql, push/pull through pg_dump | pg_restore), credentials, connection pooling, pg:copy,
// pg:reset and the add-on lifecycle, against hpgdesk-sandbox with the demo world. The sandbox's
// databases use SSL with a self-signed certificate; the CLI runs psql with PGSSLMODE=require,
// which encrypts without checking the certificate, as on Heroku.
class TestHerokuCliPg : public CliConformanceTest
{
    Q_OBJECT
private:
    QString m_scratch; // the add-on made for copy/reset/push/pull

    QString storefrontUrl() { return configVar(QStringLiteral("acme-storefront"), QStringLiteral("DATABASE_URL")); }
    // The pid of the sleeping session called applicationName (empty until it runs).
    QString sleeperPid(const QString &url, const QString &applicationName)
    {
        QString pid;
        cli::waitUntil(
            [&] {
                pid = m_cli->psql(url,
                                  QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = '%1' "
                                                 "AND query LIKE 'SELECT pg_sleep%'")
                                      .arg(applicationName));
                return !pid.isEmpty() && !pid.startsWith(QLatin1String("ERROR"));
            },
            30000, 500);
        return pid;
    }
    // "orders customers" row counts of the demo shop's tables on the database at url.
    QString shopRows(const QString &url)
    {
        return m_cli->psql(
            url, QStringLiteral("SELECT (SELECT count(*) FROM orders) || ' ' || (SELECT count(*) FROM customers)"));
    }
    QString userTables(const QString &url)
    {
        return m_cli->psql(url, QStringLiteral("SELECT count(*) FROM pg_stat_user_tables"));
    }

private slots:
    void initTestCase() { startSandboxAndCli(QStringLiteral("testherokuclipg")); }

    void pgPsql()
    {
        const CliResult count = heroku({ QStringLiteral("pg:psql"), QStringLiteral("-c"),
                                         QStringLiteral("SELECT count(*) AS customers FROM customers"),
                                         QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_EXPECT(count, QStringLiteral("--> Connecting to postgresql-acme-primary"));
        CLI_EXPECT(count, QStringLiteral(" customers \n-----------\n       500\n"));
        // The connection is encrypted, as the CLI asks with PGSSLMODE=require.
        const CliResult ssl = heroku({ QStringLiteral("pg:psql"), QStringLiteral("gray"), QStringLiteral("-c"),
                                       QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"),
                                       QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_EXPECT(ssl, QStringLiteral(" t\n"));
        // pg:extensions lists what Heroku allows (extwlist.extensions) among what is available.
        const CliResult extensions
            = heroku({ QStringLiteral("pg:extensions"), QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_EXPECT(extensions, QStringLiteral("pgcrypto"));
        CLI_EXPECT(extensions, QStringLiteral("hstore"));
    }

    void pgPsAndKill()
    {
        const QString url = storefrontUrl();
        PsqlSleeper cancelled(m_cli->environment(), url, QStringLiteral("conformance-cancel"));
        const QString pid = sleeperPid(url, QStringLiteral("conformance-cancel"));
        QVERIFY2(!pid.isEmpty(), qPrintable(cancelled.finish(1000)));

        const CliResult ps
            = heroku({ QStringLiteral("pg:ps"), QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_EXPECT(ps, QStringLiteral("SELECT pg_sleep(300)"));
        CLI_EXPECT(ps, QStringLiteral("conformance-cancel"));
        const QRegularExpression row(QStringLiteral("^\\s*%1\\s*\\|\\s*active\\s*\\|").arg(pid),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(row.match(ps.out).hasMatch(), qPrintable(ps.describe()));

        const CliResult kill
            = heroku({ QStringLiteral("pg:kill"), pid, QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_EXPECT(kill, QStringLiteral("pg_cancel_backend"));
        CLI_EXPECT(kill, QStringLiteral(" t\n"));
        QVERIFY2(cancelled.finish().contains(QLatin1String("canceling statement due to user request")),
                 qPrintable(cancelled.finish()));

        PsqlSleeper terminated(m_cli->environment(), url, QStringLiteral("conformance-terminate"));
        const QString pid2 = sleeperPid(url, QStringLiteral("conformance-terminate"));
        QVERIFY2(!pid2.isEmpty(), qPrintable(terminated.finish(1000)));
        const CliResult force = heroku({ QStringLiteral("pg:kill"), QStringLiteral("--force"), pid2,
                                         QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_EXPECT(force, QStringLiteral("pg_terminate_backend"));
        CLI_EXPECT(force, QStringLiteral(" t\n"));
        QVERIFY2(terminated.finish().contains(QLatin1String("terminating connection due to administrator command")),
                 qPrintable(terminated.finish()));

        const CliResult after
            = heroku({ QStringLiteral("pg:ps"), QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_VERIFY(after);
        QVERIFY2(!after.out.contains(QLatin1String("pg_sleep(300)")), qPrintable(after.describe()));
        CLI_EXPECT(heroku({ QStringLiteral("pg:locks"), QStringLiteral("-a"), QStringLiteral("acme-storefront") }),
                   QStringLiteral("transactionid"));
        CLI_EXPECT(heroku({ QStringLiteral("pg:blocking"), QStringLiteral("-a"), QStringLiteral("acme-storefront") }),
                   QStringLiteral("blocking_pid"));
    }

    void pgKillall()
    {
        const QString url = storefrontUrl();
        PsqlSleeper sleeper(m_cli->environment(), url, QStringLiteral("conformance-killall"));
        QVERIFY2(!sleeperPid(url, QStringLiteral("conformance-killall")).isEmpty(), qPrintable(sleeper.finish(1000)));
        CLI_EXPECT(heroku({ QStringLiteral("pg:killall"), QStringLiteral("-a"), QStringLiteral("acme-storefront") }),
                   QStringLiteral("Terminating connections for all credentials... done"));
        const QString output = sleeper.finish();
        QVERIFY2(!sleeper.running() && output.contains(QLatin1String("terminat")), qPrintable(output));
    }

    void credentials()
    {
        const QString app = QStringLiteral("acme-storefront");
        const CliResult list = heroku({ QStringLiteral("pg:credentials"), QStringLiteral("-a"), app });
        CLI_EXPECT(list, QStringLiteral("default"));
        CLI_EXPECT(list, QStringLiteral("as DATABASE"));

        const CliResult create = heroku({ QStringLiteral("pg:credentials:create"), QStringLiteral("--name"),
                                          QStringLiteral("analyst"), QStringLiteral("-a"), app });
        CLI_EXPECT(create, QStringLiteral("Creating credential analyst... done"));
        QVERIFY(cli::waitUntil(
            [&] {
                const QString text = heroku({ QStringLiteral("pg:credentials"), QStringLiteral("-a"), app }).out;
                return QRegularExpression(QStringLiteral("^\\s*analyst\\s+active"), QRegularExpression::MultilineOption)
                    .match(text)
                    .hasMatch();
            },
            60000, 2000));
        const CliResult url = heroku({ QStringLiteral("pg:credentials:url"), QStringLiteral("--name"),
                                       QStringLiteral("analyst"), QStringLiteral("-a"), app });
        CLI_EXPECT(url, QStringLiteral("Connection information for analyst credential."));
        const QString analystUrl = cli::capture(url.out, QStringLiteral(R"(^\s*(postgres://\S+)\s*$)"));
        QCOMPARE(m_cli->psql(analystUrl, QStringLiteral("SELECT 1")), QStringLiteral("1"));

        const CliResult attach
            = heroku({ QStringLiteral("addons:attach"), QStringLiteral("postgresql-acme-primary"),
                       QStringLiteral("--credential"), QStringLiteral("analyst"), QStringLiteral("--as"),
                       QStringLiteral("ANALYST"), QStringLiteral("-a"), app });
        CLI_EXPECT(
            attach,
            QStringLiteral("Attaching analyst of postgresql-acme-primary as ANALYST to acme-storefront... done"));
        QCOMPARE(configVar(app, QStringLiteral("ANALYST_URL")), analystUrl);
        CLI_EXPECT(heroku({ QStringLiteral("pg:credentials"), QStringLiteral("-a"), app }),
                   QStringLiteral("as ANALYST"));

        const CliResult rotate
            = heroku({ QStringLiteral("pg:credentials:rotate"), QStringLiteral("--name"), QStringLiteral("analyst"),
                       QStringLiteral("--confirm"), app, QStringLiteral("-a"), app });
        CLI_EXPECT(rotate, QStringLiteral("Rotating analyst on postgresql-acme-primary... done"));
        QString rotatedUrl;
        QVERIFY(cli::waitUntil(
            [&] {
                rotatedUrl = configVar(app, QStringLiteral("ANALYST_URL"));
                return !rotatedUrl.isEmpty() && rotatedUrl != analystUrl;
            },
            60000, 2000));
        QCOMPARE(m_cli->psql(rotatedUrl, QStringLiteral("SELECT current_user")), QStringLiteral("analyst"));
        // Heroku revokes the old login once its connections are gone; nothing is connected here.
        QVERIFY2(
            cli::waitUntil(
                [&] { return m_cli->psql(analystUrl, QStringLiteral("SELECT 1")).startsWith(QLatin1String("ERROR")); },
                60000, 2000),
            "the old analyst password still works after rotation");

        CLI_EXPECT(heroku({ QStringLiteral("addons:detach"), QStringLiteral("ANALYST"), QStringLiteral("-a"), app }),
                   QStringLiteral("Detaching ANALYST to postgresql-acme-primary from acme-storefront... done"));
        QVERIFY(configVar(app, QStringLiteral("ANALYST_URL")).isEmpty());
        CLI_EXPECT(heroku({ QStringLiteral("pg:credentials:destroy"), QStringLiteral("--name"),
                            QStringLiteral("analyst"), QStringLiteral("--confirm"), app, QStringLiteral("-a"), app }),
                   QStringLiteral("Destroying credential analyst... done"));
        QVERIFY(cli::waitUntil(
            [&] {
                return !heroku({ QStringLiteral("pg:credentials"), QStringLiteral("-a"), app })
                            .out.contains(QLatin1String("analyst"));
            },
            60000, 2000));

        // The default credential: the app's DATABASE_URL follows, the old password stops working.
        const QString before = storefrontUrl();
        CLI_EXPECT(heroku({ QStringLiteral("pg:credentials:rotate"), QStringLiteral("DATABASE"),
                            QStringLiteral("--confirm"), app, QStringLiteral("-a"), app }),
                   QStringLiteral("Rotating default on postgresql-acme-primary... done"));
        QString after;
        QVERIFY(cli::waitUntil(
            [&] {
                after = storefrontUrl();
                return !after.isEmpty() && after != before;
            },
            60000, 2000));
        QCOMPARE(configVar(app, QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL")), after);
        QCOMPARE(m_cli->psql(after, QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("200"));
        QVERIFY2(cli::waitUntil(
                     [&] { return m_cli->psql(before, QStringLiteral("SELECT 1")).startsWith(QLatin1String("ERROR")); },
                     60000, 2000),
                 "the old default password still works after rotation");

        // --all rotates every credential at once (POST …/credentials_rotation); repair-default answers.
        CLI_EXPECT(heroku({ QStringLiteral("pg:credentials:rotate"), QStringLiteral("DATABASE"),
                            QStringLiteral("--all"), QStringLiteral("--confirm"), app, QStringLiteral("-a"), app }),
                   QStringLiteral("Rotating all credentials on postgresql-acme-primary... done"));
        QString afterAll;
        QVERIFY(cli::waitUntil(
            [&] {
                afterAll = storefrontUrl();
                return !afterAll.isEmpty() && afterAll != after;
            },
            60000, 2000));
        QCOMPARE(m_cli->psql(afterAll, QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("200"));
        CLI_EXPECT(heroku({ QStringLiteral("pg:credentials:repair-default"), QStringLiteral("DATABASE"),
                            QStringLiteral("--confirm"), app, QStringLiteral("-a"), app }),
                   QStringLiteral("Resetting permissions and object ownership for default role to factory settings... "
                                  "done"));
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:credentials:repair-default"), QStringLiteral("--confirm"),
                                    QStringLiteral("acme-blog"), QStringLiteral("-a"), QStringLiteral("acme-blog") }),
                           QStringLiteral("You can't perform this operation on Essential-tier databases."));
    }

    void connectionPooling()
    {
        const QString app = QStringLiteral("acme-storefront");
        const CliResult attach = heroku({ QStringLiteral("pg:connection-pooling:attach"),
                                          QStringLiteral("DATABASE_URL"), QStringLiteral("--as"),
                                          QStringLiteral("MY_DATABASE_CONNECTION_POOL"), QStringLiteral("-a"), app });
        CLI_EXPECT(attach,
                   QStringLiteral("Enabling Connection Pooling on postgresql-acme-primary to acme-storefront... done"));
        CLI_EXPECT(
            attach,
            QStringLiteral("Setting MY_DATABASE_CONNECTION_POOL config vars and restarting acme-storefront... done"));
        const QString pool = configVar(app, QStringLiteral("MY_DATABASE_CONNECTION_POOL_URL"));
        QVERIFY(pool.startsWith(QLatin1String("postgres://")));
        QVERIFY2(pool != storefrontUrl(), "a pool is an endpoint of its own, not DATABASE_URL");
        CLI_EXPECT(
            heroku({ QStringLiteral("pg:psql"), QStringLiteral("MY_DATABASE_CONNECTION_POOL"), QStringLiteral("-c"),
                     QStringLiteral("SELECT count(*) AS products FROM products"), QStringLiteral("-a"), app }),
            QStringLiteral("200"));
        QCOMPARE(m_cli->psql(pool, QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("500"));
        // Essential plans have no pooling: the CLI refuses before it calls the API.
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:connection-pooling:attach"), QStringLiteral("-a"),
                                    QStringLiteral("acme-blog") }),
                           QStringLiteral("You can't perform this operation on Essential-tier databases."));
    }

    // pg:copy from another app's database (app::NAME), pg:reset, pg:push and pg:pull (pg_dump | pg_restore).
    void copyResetPushPull()
    {
        const QString app = QStringLiteral("acme-blog");
        const CliResult create = heroku(
            { QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:essential-0"), QStringLiteral("--as"),
              QStringLiteral("SCRATCH"), QStringLiteral("--wait"), QStringLiteral("-a"), app },
            300000);
        CLI_EXPECT(create, QStringLiteral("as SCRATCH_URL"));
        m_scratch = cli::capture(create.all(), QStringLiteral(R"(Created (\S+) as SCRATCH_URL)"));
        QVERIFY2(!m_scratch.isEmpty(), qPrintable(create.describe()));
        CLI_VERIFY(heroku({ QStringLiteral("addons:wait"), m_scratch }));
        const QString scratchUrl = configVar(app, QStringLiteral("SCRATCH_URL"));
        const QString source = storefrontUrl();
        const QString expected = shopRows(source);
        QCOMPARE(expected, QStringLiteral("5000 500"));

        const CliResult copy
            = heroku({ QStringLiteral("pg:copy"), QStringLiteral("acme-storefront::DATABASE"),
                       QStringLiteral("SCRATCH"), QStringLiteral("--confirm"), QStringLiteral("SCRATCH"),
                       QStringLiteral("--wait-interval"), QStringLiteral("1"), QStringLiteral("-a"), app },
                     300000);
        CLI_EXPECT(copy, QStringLiteral("Starting copy of DATABASE to SCRATCH... done"));
        CLI_EXPECT(copy, QStringLiteral("Copying... done"));
        QCOMPARE(shopRows(scratchUrl), expected);
        CLI_EXPECT(heroku({ QStringLiteral("pg:backups"), QStringLiteral("-a"), app }), QStringLiteral("=== Copies"));

        // pg:backups:cancel: nothing to cancel now; then a copy slowed down to a crawl is cancelled
        // while it runs, and the CLI that waits for it stops.
        const CliResult none = heroku({ QStringLiteral("pg:backups:cancel"), QStringLiteral("-a"), app });
        QVERIFY2(!none.ok() && none.all().contains(QStringLiteral("No active backups/transfers")),
                 qPrintable(none.describe()));
        m_sandbox.request("POST", QStringLiteral("/_sandbox/timing"),
                          { { QStringLiteral("transfer_bytes_per_second"), 4096 } });
        QProcess slow;
        slow.setProcessEnvironment(m_cli->environment());
        slow.start(m_cli->program(),
                   { QStringLiteral("pg:copy"), QStringLiteral("acme-storefront::DATABASE"), QStringLiteral("SCRATCH"),
                     QStringLiteral("--confirm"), QStringLiteral("SCRATCH"), QStringLiteral("-a"), app });
        QVERIFY(slow.waitForStarted(30000));
        const auto running = [&] {
            const QJsonArray list
                = m_sandbox.request("GET", QStringLiteral("/client/v11/apps/%1/transfers").arg(app)).array();
            return !list.isEmpty() && list.last()[QStringLiteral("finished_at")].isNull()
                && list.last()[QStringLiteral("processed_bytes")].toInteger() > 0;
        };
        QVERIFY(QTest::qWaitFor(running, 60000));
        const CliResult cancel = heroku({ QStringLiteral("pg:backups:cancel"), QStringLiteral("-a"), app });
        CLI_EXPECT(cancel, QStringLiteral("Cancelling"));
        QVERIFY(QTest::qWaitFor([&] { return slow.state() == QProcess::NotRunning; }, 60000));
        m_sandbox.request("POST", QStringLiteral("/_sandbox/timing"),
                          { { QStringLiteral("transfer_bytes_per_second"), 0 } });
        const QJsonObject cancelled = m_sandbox.request("GET", QStringLiteral("/client/v11/apps/%1/transfers").arg(app))
                                          .array()
                                          .last()
                                          .toObject();
        QVERIFY(!cancelled[QStringLiteral("canceled_at")].isNull());
        QCOMPARE(cancelled[QStringLiteral("succeeded")].toBool(), false);
        QVERIFY2(slow.exitCode() != 0, qPrintable(QString::fromUtf8(slow.readAll())));

        const auto reset = [&] {
            const CliResult result = heroku({ QStringLiteral("pg:reset"), QStringLiteral("SCRATCH"),
                                              QStringLiteral("--confirm"), app, QStringLiteral("-a"), app });
            CLI_EXPECT(result, QStringLiteral("Resetting %1... done").arg(m_scratch));
            QCOMPARE(userTables(scratchUrl), QStringLiteral("0"));
        };
        reset();
        if (QTest::currentTestFailed())
            return;
        const CliResult empty
            = heroku({ QStringLiteral("pg:info"), QStringLiteral("SCRATCH"), QStringLiteral("-a"), app });
        CLI_COMPARE(cli::field(empty.out, QStringLiteral("Tables")), QStringLiteral("0/4000"), empty);

        const CliResult push = heroku(
            { QStringLiteral("pg:push"), source, QStringLiteral("SCRATCH"), QStringLiteral("-a"), app }, 300000);
        CLI_EXPECT(push, QStringLiteral("Pushing complete."));
        QCOMPARE(shopRows(scratchUrl), expected);
        CLI_EXPECT_FAILURE(
            heroku({ QStringLiteral("pg:push"), source, QStringLiteral("SCRATCH"), QStringLiteral("-a"), app }),
            QStringLiteral("Remote database is not empty"));

        reset();
        if (QTest::currentTestFailed())
            return;
        const CliResult pull = heroku({ QStringLiteral("pg:pull"), QStringLiteral("acme-storefront::DATABASE_URL"),
                                        scratchUrl, QStringLiteral("-a"), app },
                                      300000);
        CLI_EXPECT(pull, QStringLiteral("Pulling complete."));
        QCOMPARE(shopRows(scratchUrl), expected);
    }

    void addonLifecycle()
    {
        QVERIFY2(!m_scratch.isEmpty(), "copyResetPushPull made the scratch database");
        // Essential plans cannot follow: the provider says so.
        const CliResult follow
            = heroku({ QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:essential-0"),
                       QStringLiteral("-a"), QStringLiteral("acme-blog"), QStringLiteral("--"),
                       QStringLiteral("--follow"), QStringLiteral("DATABASE_URL") });
        CLI_EXPECT_FAILURE(follow, QStringLiteral("Essential-tier databases do not support forking or following."));

        const CliResult info = heroku({ QStringLiteral("addons:info"), m_scratch });
        CLI_EXPECT(info, QStringLiteral("acme-blog::SCRATCH"));
        CLI_COMPARE(cli::field(info.out, QStringLiteral("State")), QStringLiteral("created"), info);

        const CliResult attach = heroku(
            { QStringLiteral("addons:attach"), m_scratch, QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_EXPECT(attach, QStringLiteral("Attaching %1 to acme-storefront... done").arg(m_scratch));
        const QString alias
            = cli::capture(attach.all(), QStringLiteral(R"(Setting (HEROKU_POSTGRESQL_[A-Z]+) config vars)"));
        QVERIFY2(!alias.isEmpty(), qPrintable(attach.describe()));
        QCOMPARE(configVar(QStringLiteral("acme-storefront"), alias + QStringLiteral("_URL")),
                 configVar(QStringLiteral("acme-blog"), QStringLiteral("SCRATCH_URL")));

        CLI_EXPECT_FAILURE(
            heroku({ QStringLiteral("addons:destroy"), QStringLiteral("SCRATCH_URL"), QStringLiteral("-a"),
                     QStringLiteral("acme-blog"), QStringLiteral("--confirm"), QStringLiteral("acme-blog") }),
            QStringLiteral("attached to other apps"));
        CLI_EXPECT(
            heroku({ QStringLiteral("addons:detach"), alias, QStringLiteral("-a"), QStringLiteral("acme-storefront") }),
            QStringLiteral("Detaching %1").arg(alias));
        CLI_EXPECT(heroku({ QStringLiteral("addons:destroy"), QStringLiteral("SCRATCH_URL"), QStringLiteral("-a"),
                            QStringLiteral("acme-blog"), QStringLiteral("--confirm"), QStringLiteral("acme-blog") }),
                   QStringLiteral("Destroying %1 on acme-blog... done").arg(m_scratch));
        const CliResult addons
            = heroku({ QStringLiteral("addons"), QStringLiteral("-a"), QStringLiteral("acme-blog") });
        CLI_EXPECT(addons, QStringLiteral("postgresql-acme-blog"));
        QVERIFY2(!addons.out.contains(m_scratch), qPrintable(addons.describe()));
    }

    // "Heroku Connect maintenance", upgrading the version: freeze the app, let the follower catch up,
    // pg:upgrade:run on the follower (it stops following, then really moves from PostgreSQL 15 to
    // the newest version, 17), promote it. A version the sandbox does not have is refused.
    void connectUpgradeRunbook()
    {
        const QString app = QStringLiteral("acme-storefront");
        CLI_VERIFY(heroku({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), app }));
        CLI_EXPECT(heroku({ QStringLiteral("ps:scale"), QStringLiteral("worker=0"), QStringLiteral("-a"), app }),
                   QStringLiteral("now running worker at 0:Standard-1X"));
        QVERIFY(cli::waitUntil(
            [&] {
                const CliResult info = heroku(
                    { QStringLiteral("pg:info"), QStringLiteral("HEROKU_POSTGRESQL_ONYX"), QStringLiteral("-a"), app });
                return cli::field(info.out, QStringLiteral("Behind By")) == QLatin1String("0 commits");
            },
            90000, 2000));
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:upgrade:run"), QStringLiteral("HEROKU_POSTGRESQL_ONYX"),
                                    QStringLiteral("--version"), QStringLiteral("14"), QStringLiteral("--confirm"), app,
                                    QStringLiteral("-a"), app }),
                           QStringLiteral("PostgreSQL 14 is not available in this sandbox"));
        const CliResult upgrade = heroku({ QStringLiteral("pg:upgrade:run"), QStringLiteral("HEROKU_POSTGRESQL_ONYX"),
                                           QStringLiteral("--confirm"), app, QStringLiteral("-a"), app });
        CLI_EXPECT(upgrade, QStringLiteral("Starting upgrade on postgresql-acme-follower... done"));
        CLI_EXPECT(upgrade, QStringLiteral("stopped following its leader and is now writable"));
        CLI_EXPECT(heroku({ QStringLiteral("pg:upgrade:wait"), QStringLiteral("HEROKU_POSTGRESQL_ONYX"),
                            QStringLiteral("-a"), app, QStringLiteral("--wait-interval"), QStringLiteral("1") },
                          300000),
                   QStringLiteral("Your database has been upgraded to PostgreSQL 17."));
        const QString onyxUrl = configVar(app, QStringLiteral("HEROKU_POSTGRESQL_ONYX_URL"));
        QVERIFY(cli::waitUntil(
            [&] { return m_cli->psql(onyxUrl, QStringLiteral("SELECT pg_is_in_recovery()")) == QLatin1String("f"); },
            60000));
        const CliResult info = heroku(
            { QStringLiteral("pg:info"), QStringLiteral("HEROKU_POSTGRESQL_ONYX"), QStringLiteral("-a"), app });
        CLI_COMPARE(cli::field(info.out, QStringLiteral("Forked From")), QStringLiteral("HEROKU_POSTGRESQL_GRAY"),
                    info);
        QVERIFY2(cli::field(info.out, QStringLiteral("PG Version")).startsWith(QLatin1String("17.")),
                 qPrintable(info.describe()));
        CLI_EXPECT(heroku({ QStringLiteral("pg:promote"), QStringLiteral("HEROKU_POSTGRESQL_ONYX"),
                            QStringLiteral("-a"), app }),
                   QStringLiteral("Promoting postgresql-acme-follower to DATABASE_URL on acme-storefront... done"));
        QCOMPARE(storefrontUrl(), onyxUrl);
        QCOMPARE(shopRows(onyxUrl), QStringLiteral("5000 500"));
        CLI_VERIFY(heroku({ QStringLiteral("ps:scale"), QStringLiteral("worker=1"), QStringLiteral("-a"), app }));
        CLI_VERIFY(heroku({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), app }));
    }

    void cleanupTestCase() { stopSandbox(); }
};

QTEST_GUILESS_MAIN(TestHerokuCliPg)
#include "testherokuclipg.moc"
