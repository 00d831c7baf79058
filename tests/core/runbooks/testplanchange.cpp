// The plan change (addons:upgrade, the route the Dev Center recommends) end to end on a real
// sandbox: a Standard database goes to a larger Standard plan through the changeover
// maintenance, with simulated dynos and Heroku Connect writing, maintenance mode, dynos and
// Connect around it; the same with a crash at every step boundary, inside every wait and after
// every action; an Essential database changes at once; and a move across the Essential tier is
// refused with the pg:copy route.
#include "core/runbooks/planchange.h"
#include "core/runbooks/runbook.h"
#include "runharness.h"
#include "switchverify.h"

using namespace hpg;

class TestPlanChange : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    RunHarness m_harness { m_f };

    Journal run(const PlanChangeOptions &options, bool crash, const QString &oldUrl, qint64 *seq,
                int *crashes = nullptr)
    {
        return m_harness.run(PlanChange::newJournal(options, m_f.services(), m_f.journalDir()), crash, oldUrl, seq,
                             crashes);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
        m_f.quickMaintenances(); // a changeover prepared in seconds, not hours
    }

    void crossingTheEssentialTierIsRefused()
    {
        QVERIFY(PlanChange::planRefusal(QStringLiteral("heroku-postgresql:standard-0"),
                                        QStringLiteral("heroku-postgresql:essential-0"), QStringLiteral("acme"))
                    .contains(QStringLiteral("pg:copy")));
        QVERIFY(PlanChange::planRefusal(QStringLiteral("heroku-postgresql:essential-0"),
                                        QStringLiteral("heroku-postgresql:standard-0"), QStringLiteral("acme"))
                    .contains(QStringLiteral("pg:copy")));
        QVERIFY(PlanChange::planRefusal(QStringLiteral("heroku-postgresql:standard-0"),
                                        QStringLiteral("heroku-postgresql:premium-0"), QStringLiteral("acme"))
                    .isEmpty());
        PlanChangeOptions options;
        options.app = SwitchVerify::kApp;
        options.targetPlan = QStringLiteral("essential-0");
        qint64 unused = -1;
        const Journal journal = run(options, false, {}, &unused);
        QCOMPARE(journal.status(), Journal::Status::Failed);
        QVERIFY2(journal.stopExplanation().contains(QStringLiteral("pg:copy")), qPrintable(journal.stopExplanation()));
        QCOMPARE(m_f.planOf(QStringLiteral("postgresql-acme-primary")), QStringLiteral("heroku-postgresql:standard-0"));
        for (const auto &step : journal.steps())
            QCOMPARE(step.actionsStarted, step.id == QLatin1String("preflight") ? 1 : 0);
    }

    void essentialChangesAtOnce()
    {
        const QString app = QStringLiteral("acme-blog");
        const QString url = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const QString before = sql(url, QStringLiteral("SELECT count(*) FROM posts")).value();
        QCOMPARE(before, QStringLiteral("120"));
        PlanChangeOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("essential-1");
        options.maintenanceMode = false;
        qint64 unused = -1;
        const Journal journal = run(options, false, {}, &unused);
        QCOMPARE(journal.status(), Journal::Status::Finished);
        QCOMPARE(journal.value(QStringLiteral("route")).toString(), QStringLiteral("upgrade"));
        QCOMPARE(m_f.planOf(QStringLiteral("postgresql-acme-blog")), QStringLiteral("heroku-postgresql:essential-1"));
        const QString after = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const auto rows = sql(after,
                              QStringLiteral("INSERT INTO posts (title, body) VALUES ('after', 'the change'); "
                                             "SELECT count(*) FROM posts"));
        QVERIFY2(rows.ok, qPrintable(rows.error));
        QCOMPARE(rows.value(), QStringLiteral("121")); // every row kept, and writable
        QVERIFY(journal.step(QStringLiteral("maintenance-on"))->state == StepState::Skipped);
        QCOMPARE(journal.step(QStringLiteral("run-changeover"))->state, StepState::Skipped);
    }

    // Standard → a larger Standard through the changeover, with a crash everywhere on the way.
    void standardChangeoverKeepsEveryRowThroughCrashes()
    {
        const QString app = SwitchVerify::kApp;
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const auto formation = m_f.formation(app);
        PlanChangeOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("standard-2");
        qint64 seq = -1;
        int crashes = 0;
        const Journal journal = run(options, true, oldUrl, &seq, &crashes);
        QCOMPARE(journal.status(), Journal::Status::Finished);
        qInfo("the plan change was resumed %d times", crashes);
        QVERIFY(crashes >= 10);
        QCOMPARE(journal.value(QStringLiteral("route")).toString(), QStringLiteral("changeover"));
        QCOMPARE(m_f.planOf(QStringLiteral("postgresql-acme-primary")), QStringLiteral("heroku-postgresql:standard-2"));
        for (const auto &step : journal.steps())
            QVERIFY2(step.actionsSucceeded <= 1, qPrintable(step.id));

        // Every row written before maintenance mode is there, and the database takes writes again.
        const QString newUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(seq > 0);
        const auto rows
            = sql(newUrl, QStringLiteral("SELECT count(*) FROM sandbox_dyno_writes WHERE seq <= %1").arg(seq));
        QVERIFY2(rows.ok, qPrintable(rows.error));
        QVERIFY(rows.value().toLongLong() >= 1);
        const auto all = sql(
            newUrl, QStringLiteral("SELECT count(DISTINCT seq) FROM sandbox_dyno_writes WHERE seq <= %1").arg(seq));
        QCOMPARE(all.value(), rows.value());

        // The app is back as it was: formation, maintenance mode off, Connect running.
        QCOMPARE(m_f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        const QString state = m_f.connectState(app);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
        const qint64 newest
            = sql(newUrl, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sql(newUrl, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong()
                    > newest;
            },
            20000));
        const DownTime downtime = RunbookRegistry::downTime(journal);
        QVERIFY(downtime.totalMs > 0);
        QVERIFY(PlanChange::summary(journal).join(QLatin1Char('\n')).contains(QStringLiteral("standard-2")));
    }
};

QTEST_GUILESS_MAIN(TestPlanChange)
#include "testplanchange.moc"
