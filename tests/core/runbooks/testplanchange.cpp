// The plan change (addons:upgrade, the route the Dev Center recommends) end to end on a real
// sandbox: a Standard database goes to a larger Standard plan through the changeover
// maintenance, with simulated dynos and Heroku Connect writing, maintenance mode, dynos and
// Connect around it; the same with a crash at every step boundary, inside every wait and after
// every action; an Essential database changes at once; and a move across the Essential tier is
// refused with the pg:copy route.
#include "core/heroku/maintenance.h"
#include "core/heroku/maintenancewindow.h"
#include "core/runbooks/planchange.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runmaintenance.h"
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

    int historySize(const QString &addonId)
    {
        return int(
            Maintenance::listFromJson(SwitchFixture::wait(m_f.data->maintenanceHistory(addonId, 20)).object()).size());
    }

    // The maintenance of `addonId` is over, and its history has one more, completed, with its duration.
    void verifyRan(const QString &addonId, int historyBefore)
    {
        const Maintenance after = Maintenance::fromJson(SwitchFixture::wait(m_f.data->maintenance(addonId)).object());
        QVERIFY2(!after.isScheduled() && !after.isRunning(), qPrintable(after.status));
        const QList<Maintenance> history
            = Maintenance::listFromJson(SwitchFixture::wait(m_f.data->maintenanceHistory(addonId, 20)).object());
        QCOMPARE(int(history.size()), historyBefore + 1);
        QCOMPARE(history.first().status, QStringLiteral("completed"));
        QVERIFY(history.first().durationSeconds >= 0);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
        m_f.quickMaintenances(); // a changeover prepared in seconds, not hours
    }

    // First, before a plan change replaces it: the routine maintenance the demo world schedules for
    // acme-primary, run now at a quiet moment:
    // maintenance mode and dynos around it, killed everywhere on the way.
    void runningTheScheduledMaintenanceNow()
    {
        const QString app = SwitchVerify::kApp;
        const QString addon = QStringLiteral("postgresql-acme-primary");
        const QString id = SwitchFixture::wait(m_f.platform->addon(addon)).object().value(QStringLiteral("id")).toString();
        const Maintenance before = Maintenance::fromJson(SwitchFixture::wait(m_f.data->maintenance(id)).object());
        QVERIFY2(before.isScheduled(), qPrintable(before.status));
        QCOMPARE(before.reason, QStringLiteral("routine_maintenance"));
        const int historyBefore = historySize(id);
        const auto formation = m_f.formation(app);
        RunMaintenanceOptions options;
        options.app = app;
        int crashes = 0;
        qint64 seq = -1;
        const Journal journal = m_harness.run(RunMaintenance::newJournal(options, m_f.services(), m_f.journalDir()),
                                              true, m_f.configVars(app).value(QStringLiteral("DATABASE_URL")), &seq,
                                              &crashes);
        QCOMPARE(journal.status(), Journal::Status::Finished);
        QVERIFY(crashes >= 8);
        for (const auto &step : journal.steps())
            QVERIFY2(step.actionsSucceeded <= 1, qPrintable(step.id));
        verifyRan(id, historyBefore);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(m_f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        QVERIFY(RunbookRegistry::downTime(journal).totalMs > 0);

        // Nothing left to run: refused by the pre-flight, nothing sent.
        qint64 unused = -1;
        const Journal again = m_harness.run(RunMaintenance::newJournal(options, m_f.services(), m_f.journalDir()), false,
                                            {}, &unused);
        QCOMPARE(again.status(), Journal::Status::Failed);
        QVERIFY2(again.stopExplanation().contains(QStringLiteral("No maintenance is scheduled")),
                 qPrintable(again.stopExplanation()));
    }

    // A window whose next occurrence would end after the maintenance's required-by time is refused,
    // by the app's check before anything is sent and by the API; one that ends before it is taken.
    // (The demo world's acme-analytics has a ready maintenance required within two days.)
    void windowEndingAfterRequiredByIsRefused()
    {
        const QString addon = QStringLiteral("postgresql-acme-analytics");
        const QString id
            = SwitchFixture::wait(m_f.platform->addon(addon)).object().value(QStringLiteral("id")).toString();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Maintenance scheduled = Maintenance::fromJson(SwitchFixture::wait(m_f.data->maintenance(id)).object());
        QCOMPARE(scheduled.status, QStringLiteral("ready"));
        QVERIFY(scheduled.requiredBy.isValid() && scheduled.requiredBy < now.addDays(3));
        const auto windowText = [&] {
            return SwitchFixture::wait(m_f.data->maintenanceWindow(id))
                .object()
                .value(QStringLiteral("window"))
                .toString();
        };
        const QString before = windowText();

        // Midnight three days from now starts after required-by.
        MaintenanceWindow late;
        late.dayOfWeek = now.date().addDays(3).dayOfWeek();
        late.startUtc = QTime(0, 0);
        const QString refusal = scheduled.windowRefusal(late, now);
        QVERIFY2(refusal.contains(QStringLiteral("must end before")), qPrintable(refusal));
        const ApiResult refused = SwitchFixture::wait(
            m_f.data->setMaintenanceWindow(id, MaintenanceWindow::dayName(late.dayOfWeek), QStringLiteral("00:00")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.httpStatus, 422);
        QVERIFY2(refused.error.userText().contains(QStringLiteral("required by")),
                 qPrintable(refused.error.userText()));
        QCOMPARE(windowText(), before);
        QCOMPARE(Maintenance::fromJson(SwitchFixture::wait(m_f.data->maintenance(id)).object()).scheduledFor,
                 scheduled.scheduledFor);

        // About a day from now ends well before it.
        const QDateTime tomorrow = now.addSecs(23 * 3600);
        MaintenanceWindow early;
        early.dayOfWeek = tomorrow.date().dayOfWeek();
        early.startUtc = QTime(tomorrow.time().hour(), 0);
        QVERIFY(scheduled.windowRefusal(early, now).isEmpty());
        const ApiResult set = SwitchFixture::wait(m_f.data->setMaintenanceWindow(
            id, MaintenanceWindow::dayName(early.dayOfWeek), early.startUtc.toString(QStringLiteral("HH:mm"))));
        QVERIFY2(set.ok(), qPrintable(set.error.userText()));
        QCOMPARE(MaintenanceWindow::fromText(windowText()).startUtc, early.startUtc);
        const Maintenance moved = Maintenance::fromJson(SwitchFixture::wait(m_f.data->maintenance(id)).object());
        QCOMPARE(moved.scheduledFor, early.nextStart(now));
        QCOMPARE(moved.previouslyScheduledFor, scheduled.scheduledFor);
    }

    // Without maintenance mode, after the typed confirmation: the app keeps running and its dynos
    // keep writing through the maintenance; every row written before it is kept; killed at every
    // boundary on the way.
    void runningWithoutMaintenanceModeAfterTypedConfirmation()
    {
        const QString app = QStringLiteral("acme-analytics");
        const QString addon = QStringLiteral("postgresql-acme-analytics");
        const QString id
            = SwitchFixture::wait(m_f.platform->addon(addon)).object().value(QStringLiteral("id")).toString();
        const QString url = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const auto rows = [&url] {
            return sql(url, QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM sandbox_dyno_writes"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(rows().value(0, 0).toLongLong() > 0, 20000); // its dyno writes
        const auto before = rows();
        const int historyBefore = historySize(id);
        const auto formation = m_f.formation(app);
        RunMaintenanceOptions options;
        options.app = app;
        options.maintenanceMode = false;
        int crashes = 0;
        qint64 unused = -1;
        const Journal journal = m_harness.run(RunMaintenance::newJournal(options, m_f.services(), m_f.journalDir()),
                                              true, {}, &unused, &crashes);
        QCOMPARE(journal.status(), Journal::Status::Finished);
        QVERIFY(crashes >= 3);
        for (const char *step : { "maintenance-on", "scale-down" })
            QCOMPARE(journal.step(QLatin1String(step))->state, StepState::Skipped);
        QCOMPARE(journal.step(QStringLiteral("run-maintenance"))->state, StepState::Done);
        // Sent once; after a crash right after sending, the resumed run finds it under way instead.
        const auto *run = journal.step(QStringLiteral("run-maintenance"));
        QVERIFY(run->actionsSucceeded <= 1);
        QVERIFY(run->actionsSucceeded == 1 || run->foundDone);
        bool confirmed = false;
        for (const Journal::Event &e : journal.events())
            confirmed = confirmed || e.kind == QLatin1String("confirmed") || e.kind == QLatin1String("armed");
        QVERIFY2(confirmed, "the run went ahead without the typed app name");
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        QCOMPARE(m_f.formation(app), formation);
        verifyRan(id, historyBefore);
        QVERIFY(!QTest::currentTestFailed());
        // Nothing written before is lost, and the dynos went on writing.
        const QString kept
            = sql(url,
                  QStringLiteral("SELECT count(*) FROM sandbox_dyno_writes WHERE seq <= %1").arg(before.value(0, 1)))
                  .value();
        QCOMPARE(kept, before.value(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(rows().value(0, 1).toLongLong() > before.value(0, 1).toLongLong(), 20000);
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

    void essentialChangesAtOnceWithFaults()
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
        // With faults on: 5xx answers and 429s on the way, retried where it is safe.
        m_f.setFaults({ { QStringLiteral("error_rate"), 0.15 },
                        { QStringLiteral("rate_limit_rate"), 0.05 },
                        { QStringLiteral("seed"), 11 } });
        const Journal journal = run(options, false, {}, &unused);
        m_f.setFaults({});
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

    void windowTextIsParsed()
    {
        const auto w = MaintenanceWindow::fromText(QStringLiteral("Thursdays 22:00 to Fridays 02:00 UTC"));
        QVERIFY(w.isValid());
        QCOMPARE(w.dayOfWeek, 4);
        QCOMPARE(w.startUtc, QTime(22, 0));
        // From a Friday, the next start is the Thursday after.
        QCOMPARE(w.nextStart(QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC)),
                 QDateTime(QDate(2026, 12, 10), QTime(22, 0), Qt::UTC));
        QCOMPARE(w.nextStart(QDateTime(QDate(2026, 12, 10), QTime(21, 59), Qt::UTC)),
                 QDateTime(QDate(2026, 12, 10), QTime(22, 0), Qt::UTC));
        QCOMPARE(MaintenanceWindow::fromText(QStringLiteral("Mondays 14:30 to 18:30 UTC")).dayOfWeek, 1);
        QVERIFY(!MaintenanceWindow::fromText(QStringLiteral("whenever")).isValid());
        QVERIFY(!MaintenanceWindow::fromText(QStringLiteral("Thursdays 25:00 to Fridays 02:00 UTC")).isValid());
        QCOMPARE(MaintenanceWindow::dayName(4), QStringLiteral("thursday"));
    }

    // Left to the maintenance window: the run waits (the app up, nothing put in maintenance mode)
    // until Heroku runs the changeover when the window opens.
    void standardChangeoverInTheWindow()
    {
        const QString app = SwitchVerify::kApp;
        const QString addon = QStringLiteral("postgresql-acme-primary");
        const QString id = SwitchFixture::wait(m_f.platform->addon(addon)).object().value(QStringLiteral("id")).toString();
        // A window that opens in one to two minutes.
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(120);
        const auto set = SwitchFixture::wait(m_f.data->setMaintenanceWindow(
            id, MaintenanceWindow::dayName(soon.date().dayOfWeek()), soon.toString(QStringLiteral("HH:mm"))));
        QVERIFY2(set.ok(), qPrintable(set.error.userText()));
        const auto window = MaintenanceWindow::fromText(
            SwitchFixture::wait(m_f.data->maintenanceWindow(id)).object().value(QStringLiteral("window")).toString());
        QCOMPARE(window.startUtc, QTime(soon.time().hour(), soon.time().minute()));
        PlanChangeOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("standard-3");
        options.inWindow = true;
        qint64 unused = -1;
        const Journal journal = run(options, false, {}, &unused);
        QCOMPARE(journal.status(), Journal::Status::Finished);
        QCOMPARE(m_f.planOf(addon), QStringLiteral("heroku-postgresql:standard-3"));
        QCOMPARE(journal.step(QStringLiteral("wait-window"))->state, StepState::Done);
        QCOMPARE(journal.step(QStringLiteral("maintenance-on"))->state, StepState::Skipped);
        QCOMPARE(journal.step(QStringLiteral("run-changeover"))->state, StepState::Skipped);
        // It did not start before the window opened.
        const QDateTime finished = journal.step(QStringLiteral("wait-window"))->finishedAt;
        QVERIFY2(finished >= window.nextStart(soon.addSecs(-120)), qPrintable(finished.toString(Qt::ISODate)));
        QVERIFY(PlanChange::summary(journal).join(QLatin1Char('\n')).contains(QStringLiteral("maintenance window")));
    }

    void maintenanceTimesInBothForms()
    {
        QCOMPARE(Maintenance::parseTime(QStringLiteral("2019-11-07 22:00:00 +0000")),
                 QDateTime(QDate(2019, 11, 7), QTime(22, 0), Qt::UTC));
        QCOMPARE(Maintenance::parseTime(QStringLiteral("2019-11-07T22:00:00Z")),
                 QDateTime(QDate(2019, 11, 7), QTime(22, 0), Qt::UTC));
        QVERIFY(!Maintenance::parseTime(QStringLiteral("soon")).isValid());
        QVERIFY(!Maintenance::parseTime(QJsonValue(3)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPlanChange)
#include "testplanchange.moc"
