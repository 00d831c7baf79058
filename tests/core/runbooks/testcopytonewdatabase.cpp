// The copy to a new database (the pg:copy route of a plan change) end to end on a real sandbox,
// with simulated dynos and Heroku Connect writing: Standard → Essential and Essential → Standard
// keep every row written before maintenance mode and end with DATABASE_URL on the copy, the app
// back as it was and the old database still there; the Standard run is killed at every step
// boundary, inside every wait (the copy's too) and after every action, and sends nothing twice;
// a copy given up in its middle is cancelled, the new database destroyed as chosen, and the app
// comes back on its old database, untouched.
#include "core/heroku/transfer.h"
#include "core/runbooks/bringback.h"
#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/runbook.h"
#include "runharness.h"
#include "switchverify.h"

using namespace hpg;

class TestCopyToNewDatabase : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    RunHarness m_harness { m_f };

    void throttleCopies(qint64 bytesPerSecond)
    {
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"),
                  { { QStringLiteral("transfer_bytes_per_second"), bytesPerSecond } });
    }

    QList<Transfer> transfers(const QString &app)
    {
        return Transfer::listFromJson(SwitchFixture::wait(m_f.data->transfers(app)).array());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void estimateFollowsTheDevCenterThenTheLastCopy()
    {
        // About 3 minutes per GB, never less than a minute.
        QCOMPARE(CopyToNewDatabase::estimate(qint64(2e9)).ms, qint64(360000));
        QCOMPARE(CopyToNewDatabase::estimate(1000).ms, qint64(60000));
        QVERIFY(!CopyToNewDatabase::estimate(qint64(2e9)).measured);
        QVERIFY(CopyToNewDatabase::planRefusal(QStringLiteral("heroku-postgresql:standard-0"),
                                               QStringLiteral("heroku-postgresql:essential-0"))
                    .isEmpty());
        QVERIFY(!CopyToNewDatabase::planRefusal(QStringLiteral("heroku-postgresql:standard-0"),
                                                QStringLiteral("heroku-postgresql:nonsense"))
                     .isEmpty());
    }

    // Standard → Essential, killed everywhere on the way.
    void standardToEssentialKeepsEveryRowThroughCrashes()
    {
        const QString app = SwitchVerify::kApp;
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const auto formation = m_f.formation(app);
        throttleCopies(256 * 1024); // a copy that takes a few seconds: crashes land inside it
        CopyOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("essential-1");
        options.backupFirst = true; // "capture a backup first", crashed in too
        qint64 seq = -1;
        int crashes = 0;
        const Journal journal = m_harness.run(CopyToNewDatabase::newJournal(options, m_f.services(), m_f.journalDir()),
                                              true, oldUrl, &seq, &crashes);
        throttleCopies(0);
        QCOMPARE(journal.status(), Journal::Status::Finished);
        qInfo("the copy was resumed %d times", crashes);
        QVERIFY(m_harness.crashedAt.contains(QStringLiteral("wait:wait-copy")));
        QVERIFY(m_harness.crashedAt.contains(QStringLiteral("action:start-copy")));
        QVERIFY(m_harness.crashedAt.contains(QStringLiteral("action:capture-backup")));
        QVERIFY(crashes >= 15);
        for (const auto &step : journal.steps())
            QVERIFY2(step.actionsSucceeded <= 1, qPrintable(step.id));
        // One copy and one backup, whatever the crashes; the backup finished before the copy began.
        QList<Transfer> copies;
        QList<Transfer> backups;
        for (const Transfer &t : transfers(app))
            (t.kind() == Transfer::Kind::Backup ? backups : copies).append(t);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().state(), Transfer::State::Completed);
        QVERIFY(backups.first().finishedAt <= copies.first().createdAt);
        QCOMPARE(journal.values().value(QStringLiteral("backup_name")).toString(), backups.first().name());

        // DATABASE_URL is the copy, on the new plan; the old database is still there.
        const QString target = journal.value(QStringLiteral("target_name")).toString();
        QCOMPARE(m_f.planOf(target), QStringLiteral("heroku-postgresql:essential-1"));
        QCOMPARE(m_f.planOf(QStringLiteral("postgresql-acme-primary")), QStringLiteral("heroku-postgresql:standard-0"));
        const QString newUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);

        // Every row written before maintenance mode is in the copy, and it takes writes again.
        QVERIFY(seq > 0);
        const auto rows = sql(newUrl, QStringLiteral("SELECT count(DISTINCT seq) FROM sandbox_dyno_writes WHERE seq <= %1")
                                          .arg(seq));
        QVERIFY2(rows.ok, qPrintable(rows.error));
        const auto before
            = sql(oldUrl, QStringLiteral("SELECT count(DISTINCT seq) FROM sandbox_dyno_writes WHERE seq <= %1").arg(seq));
        QCOMPARE(rows.value(), before.value());
        QVERIFY(journal.value(QStringLiteral("verified_tables")).toArray().size() >= 1);

        // The app is back as it was: formation, maintenance mode off, Connect running, writing into the copy.
        QCOMPARE(m_f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        const QString state = m_f.connectState(app);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
        const qint64 newest
            = sql(newUrl, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sandbox_dyno_writes")).value().toLongLong();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sql(newUrl, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong()
                    > newest;
            },
            20000));
        QVERIFY(RunbookRegistry::downTime(journal).totalMs > 0);
        const QString summary = CopyToNewDatabase::summary(journal).join(QLatin1Char('\n'));
        QVERIFY2(summary.contains(QStringLiteral("postgresql-acme-follower")), qPrintable(summary));

        // The next estimate uses this copy's throughput.
        const auto last = CopyToNewDatabase::lastFinished(m_f.journalDir(), journal.account());
        QVERIFY(last.has_value());
        const auto measured = CopyToNewDatabase::estimate(qint64(1e9), &*last);
        QVERIFY(measured.measured);
        QVERIFY(measured.bytesPerSecond > 0);
    }

    void essentialToStandardWithFaults()
    {
        const QString app = SwitchVerify::kOtherApp;
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const QString posts = sql(oldUrl, QStringLiteral("SELECT count(*) FROM posts")).value();
        QVERIFY(posts.toInt() > 0);
        m_f.setFaults({ { QStringLiteral("error_rate"), 0.15 },
                        { QStringLiteral("rate_limit_rate"), 0.05 },
                        { QStringLiteral("seed"), 7 } });
        CopyOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("standard-0");
        qint64 unused = -1;
        const Journal journal = m_harness.run(CopyToNewDatabase::newJournal(options, m_f.services(), m_f.journalDir()),
                                              false, oldUrl, &unused);
        m_f.setFaults({});
        QCOMPARE(journal.status(), Journal::Status::Finished);
        const QString newUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);
        QCOMPARE(sql(newUrl, QStringLiteral("SELECT count(*) FROM posts")).value(), posts);
        QCOMPARE(m_f.planOf(journal.value(QStringLiteral("target_name")).toString()),
                 QStringLiteral("heroku-postgresql:standard-0"));
        QCOMPARE(transfers(app).size(), 1);
    }

    // Given up in the middle of the copy: the copy is cancelled, the new database destroyed (as
    // chosen), the old one is still DATABASE_URL and the app is back.
    void cancelInTheMiddleBringsTheAppBackOnItsOldDatabase()
    {
        const QString app = SwitchVerify::kApp;
        const QString oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const auto formation = m_f.formation(app);
        throttleCopies(32 * 1024);
        CopyOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("standard-2");
        Journal journal = CopyToNewDatabase::newJournal(options, m_f.services(), m_f.journalDir());
        QVERIFY(journal.save());
        std::unique_ptr<Runbook> runbook(RunbookRegistry::create(journal, m_f.services()));
        runbook->setPollIntervalScale(0.5);
        const int waitCopy = RunHarness::stepIndex(*runbook, QStringLiteral("wait-copy"));
        Runbook *rb = runbook.get();
        connect(rb, &Runbook::armingRequired, rb, [rb](const QList<int> &, const QString &name) { rb->confirm(name); });
        bool copying = false;
        connect(runbook.get(), &Runbook::stepProgress, this, [&](int index, double fraction, const QString &) {
            copying = copying || (index == waitCopy && fraction > 0);
        });
        QVERIFY(runbook->start());
        QVERIFY(QTest::qWaitFor([&] { return copying; }, 240000));
        runbook->pause();
        QVERIFY(QTest::qWaitFor([&] { return runbook->state() == Runbook::State::Paused; }, 30000));
        const Journal interrupted = runbook->journal();
        runbook.reset();
        QString error;
        const auto back = BringBack::start(interrupted, m_f.services(), &error, true);
        QVERIFY2(back.has_value(), qPrintable(error));
        qint64 unused = 0;
        const Journal done = m_harness.run(*back, false, oldUrl, &unused);
        throttleCopies(0);
        QCOMPARE(done.status(), Journal::Status::Finished);
        QCOMPARE(done.step(QStringLiteral("cancel-copy"))->state, StepState::Done);
        QCOMPARE(done.step(QStringLiteral("destroy-target"))->state, StepState::Done);

        const QString target = interrupted.value(QStringLiteral("target_name")).toString();
        QVERIFY(SwitchFixture::wait(m_f.platform->addon(target)).error.isNotFound()
                || m_f.planOf(target).isEmpty());
        QCOMPARE(m_f.configVars(app).value(QStringLiteral("DATABASE_URL")), oldUrl);
        const QList<Transfer> list = transfers(app);
        QCOMPARE(list.last().state(), Transfer::State::Canceled);
        QCOMPARE(m_f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        const QString state = m_f.connectState(app);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
        const auto original = Journal::load(interrupted.path());
        QCOMPARE(original->status(), Journal::Status::Aborted);
    }
};

QTEST_GUILESS_MAIN(TestCopyToNewDatabase)
#include "testcopytonewdatabase.moc"
