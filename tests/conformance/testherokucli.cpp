#include "cliconformancetest.h"
#include "clioutput.h"

#include <QDateTime>
#include <QTest>

// Conformance: the REAL Heroku CLI (npm heroku@11) against hpgdesk-sandbox with the demo world,
// through the Dev Center runbooks: apps, pg:info, credentials URL, a follower that is created,
// waited for, unfollowed and promoted under maintenance mode, plan changes (Essential at once,
// Standard by a changeover maintenance), data:maintenances:*, and moving a database into a
// Private Space. Each check reads what the CLI printed, and the databases themselves via psql.
// psql-based commands, credentials, pooling, copy/reset/push/pull: testherokuclipg.
class TestHerokuCli : public CliConformanceTest
{
    Q_OBJECT
private:
    QString m_follower; // add-on made by addons:create … --follow DATABASE_URL
    QString m_followerAlias; // its attachment, e.g. HEROKU_POSTGRESQL_AMBER

    QString pgInfo(const QString &app, const QString &database)
    {
        return heroku({ QStringLiteral("pg:info"), database, QStringLiteral("-a"), app }).out;
    }
    // Rows the simulated dynos of acme-storefront wrote, as seen on the database at url.
    QString dynoRows(const QString &url)
    {
        return m_cli->psql(url, QStringLiteral("SELECT count(*) FROM sandbox_dyno_writes"));
    }

private slots:
    void initTestCase() { startSandboxAndCli(QStringLiteral("testherokucli")); }

    void cliIsVersion11()
    {
        const CliResult version = heroku({ QStringLiteral("--version") });
        CLI_EXPECT(version, QStringLiteral("heroku/11."));
    }

    void appsAndAccount()
    {
        const CliResult apps = heroku({ QStringLiteral("apps") });
        CLI_EXPECT(apps, QStringLiteral("acme-storefront"));
        CLI_EXPECT(apps, QStringLiteral("acme-blog"));
        CLI_EXPECT(apps, QStringLiteral("acme-private-api (virginia)")); // the region shows when it is not us
        const CliResult team = heroku({ QStringLiteral("apps"), QStringLiteral("--team"), QStringLiteral("acme") });
        CLI_EXPECT(team, QStringLiteral("=== Apps in team acme"));
        CLI_EXPECT(team, QStringLiteral("acme-storefront"));
        const CliResult whoami = heroku({ QStringLiteral("auth:whoami") });
        CLI_VERIFY(whoami);
        CLI_COMPARE(whoami.out.trimmed(), QStringLiteral("dba@example.com"), whoami);
    }

    void pgInfo()
    {
        const CliResult all
            = heroku({ QStringLiteral("pg:info"), QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_VERIFY(all);
        const QString primary = cli::section(all.out, QStringLiteral("DATABASE_URL"));
        QVERIFY2(primary.contains(QLatin1String("HEROKU_POSTGRESQL_GRAY_URL")), qPrintable(all.describe()));
        CLI_COMPARE(cli::field(primary, QStringLiteral("Plan")), QStringLiteral("Standard 0"), all);
        CLI_COMPARE(cli::field(primary, QStringLiteral("Status")), QStringLiteral("Available"), all);
        CLI_COMPARE(cli::field(primary, QStringLiteral("Tables")), QStringLiteral("6"), all);
        QVERIFY2(cli::field(primary, QStringLiteral("PG Version")).startsWith(QLatin1String("15.")),
                 qPrintable(all.describe()));
        QVERIFY2(cli::field(primary, QStringLiteral("Connections")).endsWith(QLatin1String("/120")),
                 qPrintable(all.describe()));
        CLI_COMPARE(cli::field(primary, QStringLiteral("Followers")), QStringLiteral("HEROKU_POSTGRESQL_ONYX"), all);
        CLI_COMPARE(cli::field(primary, QStringLiteral("Add-on")), QStringLiteral("postgresql-acme-primary"), all);
        // The demo world's routine maintenance is scheduled: the Dev Center's "scheduled for S, required by R".
        const QRegularExpression scheduled(
            QStringLiteral(R"(^scheduled for \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000, required by \d{4}-\d\d-\d\d )"));
        QVERIFY2(scheduled.match(cli::field(primary, QStringLiteral("Maintenance"))).hasMatch(),
                 qPrintable(all.describe()));
        CLI_COMPARE(cli::field(primary, QStringLiteral("Maintenance window")),
                    QStringLiteral("Thursdays 22:00 to Fridays 02:00 UTC"), all);
        const QString follower = cli::section(all.out, QStringLiteral("HEROKU_POSTGRESQL_ONYX_URL"));
        CLI_COMPARE(cli::field(follower, QStringLiteral("Following")), QStringLiteral("HEROKU_POSTGRESQL_GRAY"), all);
        QVERIFY2(cli::field(follower, QStringLiteral("Behind By")).endsWith(QLatin1String("commits")),
                 qPrintable(all.describe()));

        // The colour shorthand resolves on the server, case-insensitively.
        const QString gray = pgInfo(QStringLiteral("acme-storefront"), QStringLiteral("gray"));
        QCOMPARE(cli::field(gray, QStringLiteral("Add-on")), QStringLiteral("postgresql-acme-primary"));

        const CliResult blog = heroku({ QStringLiteral("pg:info"), QStringLiteral("-a"), QStringLiteral("acme-blog") });
        CLI_VERIFY(blog);
        CLI_COMPARE(cli::field(blog.out, QStringLiteral("Plan")), QStringLiteral("Essential 0"), blog);
        CLI_COMPARE(cli::field(blog.out, QStringLiteral("Fork/Follow")), QStringLiteral("Unsupported"), blog);
        // posts, comments, and the table the simulated web dyno writes into
        CLI_COMPARE(cli::field(blog.out, QStringLiteral("Tables")), QStringLiteral("3/4000"), blog);
    }

    void credentialsUrl()
    {
        const CliResult url = heroku({ QStringLiteral("pg:credentials:url"), QStringLiteral("DATABASE"),
                                       QStringLiteral("-a"), QStringLiteral("acme-storefront") });
        CLI_EXPECT(url, QStringLiteral("Connection information for default credential."));
        CLI_EXPECT(url, QStringLiteral("sslmode=require"));
        const QString printed = cli::capture(url.out, QStringLiteral(R"(^\s*(postgres://\S+)\s*$)"));
        CLI_COMPARE(printed, configVar(QStringLiteral("acme-storefront"), QStringLiteral("DATABASE_URL")), url);
        QCOMPARE(m_cli->psql(printed, QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("500"));
    }

    // The follower switch of "Changing plans or infrastructure": follow, wait, freeze the app,
    // unfollow, promote, unfreeze. The sandbox's dynos write rows the whole time; none may be lost.
    void followerSwitch()
    {
        const QString app = QStringLiteral("acme-storefront");
        const CliResult create = heroku(
            { QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:standard-0"), QStringLiteral("-a"),
              app, QStringLiteral("--"), QStringLiteral("--follow"), QStringLiteral("DATABASE_URL") });
        CLI_EXPECT(create, QStringLiteral("Creating heroku-postgresql:standard-0 on acme-storefront"));
        CLI_EXPECT(create,
                   QStringLiteral("Follower will become available for read-only queries when up-to-date.\n"
                                  "Use `heroku pg:wait` to track status."));
        m_follower = cli::capture(create.out, QStringLiteral(R"(^(postgresql-[a-z]+-\d+) is being created)"));
        QVERIFY2(!m_follower.isEmpty(), qPrintable(create.describe()));

        const CliResult info = heroku({ QStringLiteral("addons:info"), m_follower });
        CLI_EXPECT(info, QStringLiteral("heroku-postgresql:standard-0"));
        m_followerAlias = cli::capture(info.out, QStringLiteral(R"(acme-storefront::(HEROKU_POSTGRESQL_[A-Z]+))"));
        QVERIFY2(!m_followerAlias.isEmpty(), qPrintable(info.describe()));

        CLI_VERIFY(heroku({ QStringLiteral("pg:wait"), QStringLiteral("-a"), app, QStringLiteral("--wait-interval"),
                            QStringLiteral("1") },
                          300000));
        const QString followerInfo = pgInfo(app, m_followerAlias + QStringLiteral("_URL"));
        QCOMPARE(cli::field(followerInfo, QStringLiteral("Status")), QStringLiteral("Available"));
        QCOMPARE(cli::field(followerInfo, QStringLiteral("Following")), QStringLiteral("HEROKU_POSTGRESQL_GRAY"));
        QCOMPARE(cli::field(followerInfo, QStringLiteral("Add-on")), m_follower);

        // A real replica: rows the dynos write on the leader show up on the follower.
        const QString leaderUrl = configVar(app, QStringLiteral("DATABASE_URL"));
        const QString followerUrl = configVar(app, m_followerAlias + QStringLiteral("_URL"));
        QVERIFY(!followerUrl.isEmpty() && followerUrl != leaderUrl);
        QCOMPARE(m_cli->psql(followerUrl, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
        const int before = dynoRows(followerUrl).toInt();
        QVERIFY2(cli::waitUntil([&] { return dynoRows(followerUrl).toInt() > before; }, 60000),
                 "the follower does not receive the rows the dynos write");

        CLI_EXPECT(heroku({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), app }),
                   QStringLiteral("Enabling maintenance mode for acme-storefront... done"));
        const CliResult maintenance = heroku({ QStringLiteral("maintenance"), QStringLiteral("-a"), app });
        CLI_VERIFY(maintenance);
        CLI_COMPARE(maintenance.out.trimmed(), QStringLiteral("on"), maintenance);
        CLI_EXPECT(heroku({ QStringLiteral("ps:scale"), QStringLiteral("worker=0"), QStringLiteral("-a"), app }),
                   QStringLiteral("now running worker at 0:Standard-1X"));
        const CliResult formation = heroku({ QStringLiteral("ps:scale"), QStringLiteral("-a"), app });
        CLI_EXPECT(formation, QStringLiteral("worker=0:Standard-1X"));

        // Frozen: the leader stops growing and the follower catches up to the last row.
        QString settled;
        QVERIFY(cli::waitUntil(
            [&] {
                const QString now = dynoRows(leaderUrl);
                const bool same = now == settled;
                settled = now;
                return same;
            },
            30000, 2000));
        QVERIFY2(cli::waitUntil([&] { return dynoRows(followerUrl) == settled; }, 60000),
                 qPrintable(QStringLiteral("follower stuck at %1 of %2 rows").arg(dynoRows(followerUrl), settled)));
        QVERIFY(cli::waitUntil(
            [&] {
                return cli::field(pgInfo(app, m_followerAlias), QStringLiteral("Behind By"))
                    == QLatin1String("0 commits");
            },
            60000, 2000));

        const CliResult unfollow = heroku({ QStringLiteral("pg:unfollow"), m_followerAlias + QStringLiteral("_URL"),
                                            QStringLiteral("--confirm"), app, QStringLiteral("-a"), app });
        CLI_EXPECT(unfollow, m_follower + QStringLiteral(" unfollowing... done"));
        QVERIFY(cli::waitUntil(
            [&] {
                return m_cli->psql(followerUrl, QStringLiteral("SELECT pg_is_in_recovery()")) == QLatin1String("f");
            },
            60000));
        // "Changing plans": after unfollow, pg:info shows the database as a fork of its parent.
        const QString unfollowed = pgInfo(app, m_followerAlias);
        QVERIFY2(cli::field(unfollowed, QStringLiteral("Following")).isEmpty(), qPrintable(unfollowed));
        QCOMPARE(cli::field(unfollowed, QStringLiteral("Forked From")), QStringLiteral("HEROKU_POSTGRESQL_GRAY"));

        const CliResult promote = heroku(
            { QStringLiteral("pg:promote"), m_followerAlias + QStringLiteral("_URL"), QStringLiteral("-a"), app });
        CLI_EXPECT(
            promote,
            QStringLiteral("Ensuring an alternate alias for existing DATABASE_URL... HEROKU_POSTGRESQL_GRAY_URL"));
        CLI_EXPECT(promote, QStringLiteral("Promoting %1 to DATABASE_URL on acme-storefront... done").arg(m_follower));
        CLI_EXPECT(promote, QStringLiteral("Reattaching pooler to new leader... done"));
        QCOMPARE(configVar(app, QStringLiteral("DATABASE_URL")), followerUrl);
        QString poolUrl = followerUrl; // the pool is its own endpoint: the same server, named localhost
        QCOMPARE(configVar(app, QStringLiteral("DATABASE_CONNECTION_POOL_URL")),
                 poolUrl.replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@localhost:")));
        QCOMPARE(configVar(app, QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL")), leaderUrl);
        const CliResult again = heroku({ QStringLiteral("pg:promote"), m_followerAlias, QStringLiteral("-a"), app });
        CLI_EXPECT_FAILURE(again, QStringLiteral("is already promoted on acme-storefront"));

        // Nothing was lost, and the new primary takes writes once the app runs again.
        QCOMPARE(dynoRows(followerUrl), settled);
        CLI_EXPECT(heroku({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), app }),
                   QStringLiteral("Disabling maintenance mode for acme-storefront... done"));
        CLI_EXPECT(heroku({ QStringLiteral("ps:scale"), QStringLiteral("worker=1"), QStringLiteral("-a"), app }),
                   QStringLiteral("now running worker at 1:Standard-1X"));
        QVERIFY2(cli::waitUntil([&] { return dynoRows(followerUrl).toInt() > settled.toInt(); }, 60000),
                 "the promoted database takes no writes from the dynos");
        const CliResult ps = heroku({ QStringLiteral("ps"), QStringLiteral("-a"), app });
        CLI_EXPECT(ps, QStringLiteral("=== worker (Standard-1X): bundle exec sidekiq (1)"));
    }

    // Essential plans change at once (read-only meanwhile).
    void essentialUpgrade()
    {
        const CliResult upgrade = heroku({ QStringLiteral("addons:upgrade"), QStringLiteral("DATABASE"),
                                           QStringLiteral("heroku-postgresql:essential-1"), QStringLiteral("-a"),
                                           QStringLiteral("acme-blog") });
        CLI_EXPECT(upgrade,
                   QStringLiteral("Changing postgresql-acme-blog on acme-blog from heroku-postgresql:essential-0 "
                                  "to heroku-postgresql:essential-1... done"));
        CLI_EXPECT(upgrade, QStringLiteral("Your database's plan is being changed from essential-0 to essential-1."));
        QVERIFY(cli::waitUntil(
            [&] {
                const QString info = pgInfo(QStringLiteral("acme-blog"), QStringLiteral("DATABASE"));
                return cli::field(info, QStringLiteral("Plan")) == QLatin1String("Essential 1")
                    && cli::field(info, QStringLiteral("Status")) == QLatin1String("Available");
            },
            120000, 2000));
    }

    // Standard and up: addons:upgrade prepares a changeover maintenance, data:maintenances:run runs it.
    void standardUpgradeByChangeover()
    {
        const QString app = QStringLiteral("acme-storefront");
        const QString addon = QStringLiteral("postgresql-acme-follower");
        const CliResult upgrade
            = heroku({ QStringLiteral("addons:upgrade"), QStringLiteral("HEROKU_POSTGRESQL_ONYX_URL"),
                       QStringLiteral("heroku-postgresql:standard-2"), QStringLiteral("-a"), app });
        CLI_EXPECT(upgrade,
                   QStringLiteral("from heroku-postgresql:standard-0 to heroku-postgresql:standard-2... done"));
        CLI_EXPECT(upgrade,
                   QStringLiteral("Your database's plan is being changed.\nThis triggers a maintenance that you "
                                  "can run with `heroku data:maintenances:run`."));
        const CliResult info = heroku({ QStringLiteral("data:maintenances:info"), addon });
        CLI_VERIFY(info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("reason")), QStringLiteral("plan_change"), info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("method")), QStringLiteral("changeover"), info);
        QVERIFY2(QStringList({ QStringLiteral("preparing"), QStringLiteral("ready") })
                     .contains(cli::field(info.out, QStringLiteral("status"))),
                 qPrintable(info.describe()));
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("data:maintenances:wait"), addon }),
                           QStringLiteral("There currently isn't any maintenance in progress"));
        // Not in maintenance mode and no --confirm: refused.
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("data:maintenances:run"), addon }),
                           QStringLiteral("--confirm acme-storefront"));
        // As a DBA would: run it once data:maintenances:info says it is ready (the sandbox
        // prepares a changeover for a few seconds).
        CliResult ready;
        QVERIFY2(cli::waitUntil(
                     [&] {
                         ready = heroku({ QStringLiteral("data:maintenances:info"), addon });
                         return cli::field(ready.out, QStringLiteral("status")) == QLatin1String("ready");
                     },
                     60000, 1000),
                 qPrintable(ready.describe()));
        const CliResult run = heroku({ QStringLiteral("data:maintenances:run"), addon, QStringLiteral("--confirm"), app,
                                       QStringLiteral("--wait") },
                                     300000);
        CLI_EXPECT(run, QStringLiteral("Waiting for maintenance to complete... maintenance completed"));
        const QString onyx = pgInfo(app, QStringLiteral("HEROKU_POSTGRESQL_ONYX"));
        CLI_COMPARE(cli::field(onyx, QStringLiteral("Plan")), QStringLiteral("Standard 2"), run);
        const CliResult history = heroku({ QStringLiteral("data:maintenances:history"), addon });
        CLI_EXPECT(history, QStringLiteral("plan_change"));
        CLI_EXPECT(history, QStringLiteral("completed"));
    }

    // "Heroku Postgres maintenance": look, move the window, reschedule, run under maintenance mode.
    void routineMaintenance()
    {
        const QString app = QStringLiteral("acme-storefront");
        const QString addon = QStringLiteral("postgresql-acme-primary");
        const CliResult list = heroku({ QStringLiteral("data:maintenances"), QStringLiteral("-a"), app });
        CLI_EXPECT(list, addon);
        CLI_EXPECT(list, QStringLiteral("pending"));
        // The runbook's form: an attachment name and --app (the add-on resolver takes both).
        const CliResult info = heroku({ QStringLiteral("data:maintenances:info"),
                                        QStringLiteral("HEROKU_POSTGRESQL_GRAY"), QStringLiteral("-a"), app });
        CLI_VERIFY(info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("status")), QStringLiteral("pending"), info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("reason")), QStringLiteral("routine_maintenance"), info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("addon_name")), addon, info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("addon_description")), QStringLiteral("Standard Non-HA"), info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("addon_attachments")),
                    QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL"), info);
        const QString scheduled = cli::field(info.out, QStringLiteral("scheduled_for"));
        QVERIFY2(!scheduled.isEmpty(), qPrintable(info.describe()));
        const QString row = cli::field(pgInfo(app, addon), QStringLiteral("Maintenance"));
        QVERIFY2(row.startsWith(QStringLiteral("scheduled for ") + scheduled + QStringLiteral(", required by ")),
                 qPrintable(row));

        const CliResult window = heroku({ QStringLiteral("data:maintenances:window"), addon });
        CLI_VERIFY(window);
        CLI_COMPARE(cli::field(window.out, QStringLiteral("window")),
                    QStringLiteral("Thursdays 22:00 to Fridays 02:00 UTC"), window);
        const CliResult update
            = heroku({ QStringLiteral("data:maintenances:window:update"), QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL"),
                       QStringLiteral("Sunday"), QStringLiteral("14:30"), QStringLiteral("-a"), app });
        CLI_EXPECT(update,
                   QStringLiteral("Setting maintenance window for postgresql-acme-primary to Sunday 14:30... done"));
        CLI_COMPARE(cli::field(update.out, QStringLiteral("window")), QStringLiteral("Sundays 14:30 to 18:30 UTC"),
                    update);
        CLI_COMPARE(cli::field(update.out, QStringLiteral("previous_window")),
                    QStringLiteral("Thursdays 22:00 to Fridays 02:00 UTC"), update);
        CLI_COMPARE(cli::field(pgInfo(app, addon), QStringLiteral("Maintenance window")),
                    QStringLiteral("Sundays 14:30 to 18:30 UTC"), update);

        const CliResult schedule = heroku(
            { QStringLiteral("data:maintenances:schedule"), addon, QStringLiteral("--weeks"), QStringLiteral("1") });
        CLI_VERIFY(schedule);
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss +0000");
        const QString from = cli::capture(schedule.out, QStringLiteral(R"(changed from (.+ \+0000) to)"));
        const QString to = cli::capture(schedule.out, QStringLiteral(R"(to (\S+ \S+ \+0000)\s*$)"));
        const QDateTime fromTime = QDateTime::fromString(from, format);
        const QDateTime toTime = QDateTime::fromString(to, format);
        QVERIFY2(fromTime.isValid() && toTime.isValid(), qPrintable(schedule.describe()));
        QVERIFY2(fromTime.daysTo(toTime) == 7, qPrintable(schedule.describe()));

        // In maintenance mode no --confirm is needed.
        CLI_VERIFY(heroku({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), app }));
        const CliResult run
            = heroku({ QStringLiteral("data:maintenances:run"), addon, QStringLiteral("--wait") }, 300000);
        CLI_EXPECT(run, QStringLiteral("Triggering maintenance... maintenance triggered"));
        CLI_EXPECT(run, QStringLiteral("maintenance completed"));
        CLI_VERIFY(heroku({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), app }));
        const CliResult after = heroku({ QStringLiteral("data:maintenances:info"), addon });
        CLI_VERIFY(after);
        QVERIFY2(cli::field(after.out, QStringLiteral("status")) != QLatin1String("pending"),
                 qPrintable(after.describe()));
        CLI_COMPARE(cli::field(pgInfo(app, addon), QStringLiteral("Maintenance")), QStringLiteral("not required"),
                    after);
        const CliResult history = heroku({ QStringLiteral("data:maintenances:history"), addon });
        CLI_EXPECT(history, QStringLiteral("routine_maintenance"));
    }

    // "Migrating to Private Spaces": a private-plan follower on the space app, by add-on name.
    void privateSpaceMigration()
    {
        const QString spaceApp = QStringLiteral("acme-private-api");
        QVERIFY2(!m_follower.isEmpty(), "followerSwitch made the database to migrate");
        const CliResult create
            = heroku({ QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:private-0"),
                       QStringLiteral("-a"), spaceApp, QStringLiteral("--"), QStringLiteral("--follow"), m_follower });
        CLI_EXPECT(create, QStringLiteral("Creating heroku-postgresql:private-0 on acme-private-api"));
        CLI_VERIFY(heroku({ QStringLiteral("pg:wait"), QStringLiteral("-a"), spaceApp,
                            QStringLiteral("--wait-interval"), QStringLiteral("1") },
                          300000));
        const CliResult info = heroku({ QStringLiteral("pg:info"), QStringLiteral("-a"), spaceApp });
        CLI_VERIFY(info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("Plan")), QStringLiteral("Private 0"), info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("Region")), QStringLiteral("virginia"), info);
        QVERIFY2(!cli::field(info.out, QStringLiteral("Following")).isEmpty(), qPrintable(info.describe()));

        CLI_VERIFY(
            heroku({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), QStringLiteral("acme-storefront") }));
        QVERIFY(cli::waitUntil(
            [&] {
                return cli::field(pgInfo(spaceApp, QStringLiteral("DATABASE")), QStringLiteral("Behind By"))
                    == QLatin1String("0 commits");
            },
            90000, 2000));
        CLI_EXPECT(heroku({ QStringLiteral("pg:unfollow"), QStringLiteral("DATABASE_URL"), QStringLiteral("--confirm"),
                            spaceApp, QStringLiteral("-a"), spaceApp }),
                   QStringLiteral("unfollowing... done"));
        // pg:psql on a private plan asks the data API for a bastion first.
        QVERIFY(cli::waitUntil(
            [&] {
                return heroku({ QStringLiteral("pg:psql"), QStringLiteral("-c"),
                                QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("-a"), spaceApp })
                    .out.contains(QLatin1String(" f\n"));
            },
            60000, 2000));
        const CliResult rows
            = heroku({ QStringLiteral("pg:psql"), QStringLiteral("-c"),
                       QStringLiteral("SELECT count(*) AS orders FROM orders"), QStringLiteral("-a"), spaceApp });
        CLI_EXPECT(rows, QStringLiteral("5000"));
        CLI_VERIFY(
            heroku({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), QStringLiteral("acme-storefront") }));
    }

    void cleanupTestCase() { stopSandbox(); }
};

QTEST_GUILESS_MAIN(TestHerokuCli)
#include "testherokucli.moc"
