// The version upgrade (Heroku Connect maintenance page: a follower upgraded with pg:upgrade and
// promoted) end to end on a real sandbox whose databases are real PostgreSQL 15, 16 and 17 clusters,
// with simulated dynos and Heroku Connect writing:
//   - Heroku Connect on DATABASE_URL, killed at every step boundary, inside every wait and right
//     after every action: 15 → 17, nothing sent twice;
//   - Heroku Connect on a custom URL (HEROKU_POSTGRESQL_GRAY_URL), with faults on, in a sandbox of
//     its own: 15 → 16, the custom URL and DATABASE_URL both end on the upgraded database and
//     Connect writes there;
// each keeps every row written before maintenance mode, checks every table's row count, and brings
// the app back as it was (formation, maintenance mode off, Connect IDLE with its mappings synced).
// The pre-flight's rules (Essential refused for the pg:copy route, no downgrade) and the extension
// table are checked first; the Essential database then takes the pg:copy route to 17.
#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/extensionversions.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/steps/upgradesteps.h"
#include "core/runbooks/switchsteps.h"
#include "core/runbooks/versionupgrade.h"
#include "runharness.h"
#include "switchverify.h"

using namespace hpg;

class TestVersionUpgrade : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    RunHarness m_harness { m_f };

    QString serverMajor(const QString &url)
    {
        return UpgradeSteps::major(sql(url, QStringLiteral("SHOW server_version")).value());
    }

    qint64 count(const QString &url, const QString &sqlText) { return sql(url, sqlText).value().toLongLong(); }

    // What every run must leave: the app back as it was, writing into `url`, Connect syncing.
    void verifyBack(SwitchFixture &f, const QString &app, const QHash<QString, int> &formation, const QString &url, qint64 seq,
                    const QString &oldUrl)
    {
        QCOMPARE(f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        // Every row the dynos wrote before maintenance mode is in the upgraded database.
        QVERIFY(seq > 0);
        const QString written = QStringLiteral("SELECT count(DISTINCT seq) FROM sandbox_dyno_writes WHERE seq <= %1").arg(seq);
        QCOMPARE(count(url, written), count(oldUrl, written));
        // …and the dynos write into it again.
        QVERIFY(QTest::qWaitFor(
            [&] { return count(url, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")) > seq; }, 30000));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void refusalsAndExtensionTable()
    {
        QVERIFY(VersionUpgrade::refusal(QStringLiteral("heroku-postgresql:essential-0"), QStringLiteral("15.4"),
                                        QStringLiteral("17"))
                    .contains(QStringLiteral("pg:copy")));
        QVERIFY(!VersionUpgrade::refusal(QStringLiteral("heroku-postgresql:standard-0"), QStringLiteral("17.2"),
                                         QStringLiteral("16"))
                     .isEmpty());
        QVERIFY(!VersionUpgrade::refusal(QStringLiteral("heroku-postgresql:standard-0"), QStringLiteral("15.4"),
                                         QStringLiteral("14"))
                     .isEmpty());
        QVERIFY(VersionUpgrade::refusal(QStringLiteral("heroku-postgresql:standard-0"), QStringLiteral("15.4"),
                                        QStringLiteral("17"))
                    .isEmpty());
        QVERIFY(ExtensionVersions::knows(QStringLiteral("17")));
        const QHash<QString, QString> installed { { QStringLiteral("pg_stat_statements"), QStringLiteral("1.10") },
                                                  { QStringLiteral("plpgsql"), QStringLiteral("1.0") },
                                                  { QStringLiteral("postgis"), QStringLiteral("3.4.0") } };
        const auto known = ExtensionVersions::differences(installed, ExtensionVersions::offered(QStringLiteral("17")), true);
        QCOMPARE(known.size(), 2);
        QCOMPARE(known.at(0).name, QStringLiteral("pg_stat_statements"));
        QCOMPARE(known.at(0).target, QStringLiteral("1.11"));
        QCOMPARE(known.at(1).target, QString()); // not offered by 17's own extensions
        const auto unknown = ExtensionVersions::differences(installed, {}, false);
        QCOMPARE(unknown.size(), 3);
        QCOMPARE(unknown.at(0).target, QStringLiteral("?"));
        QVERIFY(VersionUpgrade::estimateMs(qint64(20e9)) > VersionUpgrade::estimateMs(0));
    }

    // Connect on DATABASE_URL; the run is killed everywhere on the way (in this process: the
    // Runbook destroyed and resumed from its journal; testswitchkill does it with SIGKILL).
    void upgradeKeepsEveryRowThroughCrashes()
    {
        const QString app = SwitchVerify::kApp;
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const QString from = serverMajor(oldUrl);
        const auto formation = m_f.formation(app);
        // An extension whose version 17 offers differently (ltree 1.2 in 15, 1.3 in 17; trusted).
        const auto created = sql(oldUrl, QStringLiteral("CREATE EXTENSION IF NOT EXISTS ltree"));
        QVERIFY2(created.ok, qPrintable(created.error));
        // An upgrade that takes a few seconds, so that runs are killed inside its wait.
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("upgrade_step_seconds"), 2 } });
        VersionUpgradeOptions options;
        options.app = app;
        options.plan = QStringLiteral("standard-0");
        options.targetVersion = QStringLiteral("17");
        qint64 seq = -1;
        int crashes = 0;
        const Journal journal = m_harness.run(VersionUpgrade::newJournal(options, m_f.services(), m_f.journalDir()),
                                              true, oldUrl, &seq, &crashes);
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("upgrade_step_seconds"), 0 } });
        QCOMPARE(journal.status(), Journal::Status::Finished);
        qInfo("the upgrade from %s was resumed %d times: %s", qPrintable(from), crashes,
              qPrintable(QStringList(m_harness.crashedAt.values()).join(QLatin1Char(' '))));
        for (const QString &where : { QStringLiteral("action:upgrade-follower"), QStringLiteral("wait:wait-upgrade"),
                                      QStringLiteral("boundary:count-rows"), QStringLiteral("action:promote"),
                                      QStringLiteral("action:pause-connect"), QStringLiteral("boundary:verify-upgrade") })
            QVERIFY2(m_harness.crashedAt.contains(where), qPrintable(where));
        for (const auto &step : journal.steps())
            QVERIFY2(step.actionsSucceeded <= 1, qPrintable(step.id));
        // The pre-flight named the extension whose version differs, before anything changed.
        const QJsonArray differences = journal.value(QStringLiteral("extension_differences")).toArray();
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences.first()[QStringLiteral("name")].toString(), QStringLiteral("ltree"));
        QCOMPARE(differences.first()[QStringLiteral("installed")].toString(), QStringLiteral("1.2"));
        QCOMPARE(differences.first()[QStringLiteral("target")].toString(), QStringLiteral("1.3"));
        QVERIFY(journal.step(QStringLiteral("preflight"))->summary.contains(QStringLiteral("ltree 1.2 → 1.3")));
        const QString newUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);
        QCOMPARE(serverMajor(newUrl), QStringLiteral("17"));
        QVERIFY(!sql(newUrl, QStringLiteral("SELECT extversion FROM pg_extension WHERE extname = 'ltree'")).value().isEmpty());
        QVERIFY(journal.value(QStringLiteral("upgraded_version")).toString().startsWith(QStringLiteral("17")));
        // Every table was counted before and matched after.
        const QJsonObject rows = journal.value(QStringLiteral("rows_before")).toObject();
        QVERIFY(rows.contains(QStringLiteral("public.sandbox_dyno_writes")));
        QVERIFY(rows.size() >= 3);
        QCOMPARE(journal.step(QStringLiteral("attach-connect-url"))->state, StepState::Skipped);
        QCOMPARE(journal.step(QStringLiteral("verify-connect"))->state, StepState::Done);
        verifyBack(m_f, app, formation, newUrl, seq, oldUrl);
        const QString state = m_f.connectState(app);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
        QVERIFY(RunbookRegistry::downTime(journal).totalMs > 0);
        QVERIFY(VersionUpgrade::lastFinished(m_f.journalDir(), journal.account()).has_value());
    }

    // Heroku Connect reads HEROKU_POSTGRESQL_GRAY_URL (the primary's other name): the upgraded
    // database gets that name as well as DATABASE_URL. With 5xx, 429 and dropped answers on.
    void customConnectUrlWithFaults()
    {
        // A sandbox of its own, where the database still runs 15 (the sandbox builds followers of 15 only).
        SwitchFixture fresh;
        QString error;
        QVERIFY2(fresh.start(&error), qPrintable(error));
        RunHarness harness(fresh);
        const QString app = SwitchVerify::kApp;
        const QString oldUrl = fresh.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QCOMPARE(serverMajor(oldUrl), QStringLiteral("15"));
        const auto formation = fresh.formation(app);
        const QJsonObject connection = SwitchFixture::wait(fresh.connect->connections(app))
                                           .object()
                                           .value(QStringLiteral("results"))
                                           .toArray()
                                           .first()
                                           .toObject();
        const QString path = QStringLiteral("/api/v3/connections/%1").arg(connection.value(QStringLiteral("id")).toString());
        QCOMPARE(fresh.admin("PATCH", path, { { QStringLiteral("db_key"), QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL") } })
                     .value(QStringLiteral("db_key"))
                     .toString(),
                 QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL"));

        fresh.setFaults({ { QStringLiteral("error_rate"), 0.1 },
                        { QStringLiteral("rate_limit_rate"), 0.05 },
                        { QStringLiteral("seed"), 11 } });
        VersionUpgradeOptions options;
        options.app = app;
        options.plan = QStringLiteral("heroku-postgresql:standard-0");
        options.targetVersion = QStringLiteral("16");
        qint64 seq = -1;
        const Journal journal
            = harness.run(VersionUpgrade::newJournal(options, fresh.services(), fresh.journalDir()), false, oldUrl, &seq);
        fresh.setFaults({});
        QCOMPARE(journal.status(), Journal::Status::Finished);
        QCOMPARE(journal.value(QStringLiteral("connect_url")).toString(), QStringLiteral("HEROKU_POSTGRESQL_GRAY"));
        const QHash<QString, QString> vars = fresh.configVars(app);
        const QString newUrl = vars.value(QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);
        QCOMPARE(vars.value(QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL")), newUrl);
        QCOMPARE(serverMajor(newUrl), QStringLiteral("16"));
        QCOMPARE(journal.step(QStringLiteral("attach-connect-url"))->state, StepState::Done);
        QCOMPARE(journal.step(QStringLiteral("verify-connect"))->state, StepState::Done);
        verifyBack(fresh, app, formation, newUrl, seq, oldUrl);
        // Connect resumed on the custom URL writes into the upgraded database.
        const qint64 synced = count(newUrl, QStringLiteral("SELECT count(*) FROM salesforce.account"));
        QVERIFY(QTest::qWaitFor(
            [&] { return count(newUrl, QStringLiteral("SELECT count(*) FROM salesforce.account")) > synced; }, 30000));
        // The old database keeps a name on the app and its data.
        QVERIFY(!fresh.attachmentsOf(SwitchSteps::findings(journal.values()).sourceAddonName).isEmpty());
        const QString summary = VersionUpgrade::summary(journal).join(QLatin1Char('\n'));
        QVERIFY2(summary.contains(QStringLiteral("PostgreSQL 16")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL")), qPrintable(summary));

        fresh.admin("PATCH", path, { { QStringLiteral("db_key"), QStringLiteral("DATABASE_URL") } });
    }

    // Essential: the pg:copy route into a new database of the target version.
    void essentialTakesTheCopyRouteToTheNewVersion()
    {
        const QString app = SwitchVerify::kOtherApp;
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const qint64 posts = count(oldUrl, QStringLiteral("SELECT count(*) FROM posts"));
        QVERIFY(posts > 0);
        CopyOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("essential-0");
        options.targetVersion = QStringLiteral("17");
        qint64 seq = -1;
        const Journal journal = m_harness.run(CopyToNewDatabase::newJournal(options, m_f.services(), m_f.journalDir()),
                                              false, oldUrl, &seq);
        QCOMPARE(journal.status(), Journal::Status::Finished);
        const QString newUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);
        QCOMPARE(serverMajor(newUrl), QStringLiteral("17"));
        QCOMPARE(count(newUrl, QStringLiteral("SELECT count(*) FROM posts")), posts);
    }
};

QTEST_GUILESS_MAIN(TestVersionUpgrade)
#include "testversionupgrade.moc"
