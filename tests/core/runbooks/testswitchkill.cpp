// The follower switch killed for real (issue 6): a switchrunner process runs it and is killed
// with SIGKILL at every step boundary, inside every wait and right after the request of every
// action took effect on the server (before its answer was read); each time a new process
// resumes from the journal. The end state is the one of a switch that was never interrupted,
// and no request that changes something was sent twice. The Private Space migration is killed
// the same way, and so are a plan change's changeover, a copy to a new database and, last, the
// version upgrade (15 → 17). And a second process on a journal that one process has open is
// refused before it sends anything.
#include "core/heroku/connectconnection.h"
#include "core/heroku/databaseinfo.h"
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/planchange.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/switchsteps.h"
#include "core/runbooks/versionupgrade.h"
#include "switchverify.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace hpg;

namespace {

const QString &kApp = SwitchVerify::kApp;

// wait-caught-up holds at once unless the follower is more than 200 commits behind: for the
// time of that wait the follower applies WAL this late while the dynos write this fast.
constexpr int kSlowApplyMs = 5000;
constexpr int kFastDynoRowsPerSecond = 150;
constexpr int kDynoRowsPerSecond = 2; // SwitchFixture's

// A Wait step whose condition already holds at its first probe in the sandbox: its unfollow
// answers only once pg_promote() has returned, so there is no "inside" of this wait to kill.
const QString kNoWaitInSandbox = QStringLiteral("verify-writable");

} // namespace

class TestSwitchKill : public QObject
{
    Q_OBJECT
private:
    enum class Outcome { Killed, Finished, Failed };

    SwitchFixture m_f;
    SwitchVerify m_verify { m_f };
    QString m_journalPath;
    QStringList m_kills; // "boundary:<step>", "wait:<step>", "action:<step>", in order
    QStringList m_misplacedKills; // kills the journal does not place where the runner said it was
    QStringList m_requests; // "<step> <verb> <path> <body>" of each request that changes something
    qint64 m_seqAtMaintenance = -1;
    QString m_oldUrl;
    bool m_followerSlow = false;
    QHash<QString, int> m_formation; // the demo app's, before any run

    Journal journal() const { return Journal::load(m_journalPath).value_or(Journal()); }

    void setDynoRate(int rowsPerSecond)
    {
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"),
                  { { QStringLiteral("dyno_rows_per_second"), rowsPerSecond } });
    }

    // Makes the follower fall far enough behind that wait-caught-up has to wait.
    void slowFollowerDown()
    {
        const Journal j = journal();
        m_f.setFaults({ { QStringLiteral("slow_follower_ms"), kSlowApplyMs },
                        { QStringLiteral("slow_follower"), j.value(QStringLiteral("follower_name")).toString() } });
        setDynoRate(kFastDynoRowsPerSecond);
        m_followerSlow = true;
        const QString id = j.value(QStringLiteral("follower_id")).toString();
        QDeadlineTimer deadline(60000);
        int behind = -1;
        while (!deadline.hasExpired() && behind <= 3 * SwitchSteps::kCaughtUpCommits / 2) {
            QTest::qWait(250);
            behind
                = SwitchSteps::behindBy(DatabaseInfo::fromJson(SwitchFixture::wait(m_f.data->database(id)).object()));
        }
        qInfo("the follower is %d commits behind", behind);
    }

    void letFollowerCatchUp()
    {
        if (!m_followerSlow)
            return;
        m_followerSlow = false;
        m_f.setFaults({});
        setDynoRate(kDynoRowsPerSecond);
    }

    // On Heroku a connection pauses only from IDLE and then writes nothing more: once the
    // pause is answered, the sandbox's writer of the connection has stopped. A late write
    // would land on the old primary after the unfollow, and the new database would miss it.
    bool pausedConnectIsWriting()
    {
        const QJsonObject state = m_f.admin("GET", QStringLiteral("/_sandbox/state"));
        for (const auto &connection : SwitchSteps::findings(journal().values()).connections) {
            if (state[QStringLiteral("writers")][QStringLiteral("connect:") + connection.name]
                     [QStringLiteral("running")]
                         .toBool())
                return true;
        }
        return false;
    }

    // Where the process was killed, by the journal it left: a boundary is saved, an action is
    // started and not known to have succeeded, a wait is not over.
    void checkKilledWhereSaid(const QString &key)
    {
        const QString kind = key.section(QLatin1Char(':'), 0, 0);
        const QString id = key.section(QLatin1Char(':'), 1);
        const Journal::StepRecord *rec = journal().step(id);
        const bool over = rec && (rec->state == StepState::Done || rec->state == StepState::Skipped);
        bool where = false;
        if (kind == QLatin1String("boundary"))
            where = over;
        else if (kind == QLatin1String("action"))
            where = rec && !over && rec->actionsStarted > rec->actionsSucceeded;
        else
            where = rec && !over;
        if (!where)
            m_misplacedKills.append(key);
    }

    void afterKill(const QString &key)
    {
        checkKilledWhereSaid(key);
        if (key == QLatin1String("boundary:wait-available"))
            slowFollowerDown();
        else if (key == QLatin1String("wait:wait-caught-up") || key == QLatin1String("boundary:wait-caught-up"))
            letFollowerCatchUp();
        else if (key == QLatin1String("boundary:pause-connect") && pausedConnectIsWriting())
            m_misplacedKills.append(QStringLiteral("(Heroku Connect still writing after the pause)"));
    }

    // Runs one switchrunner until it finishes, fails, or reaches a place where no process was
    // killed yet: there it is killed with SIGKILL.
    Outcome runOnce(QString *failure)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HPG_SANDBOX_TOKEN"), m_f.sandbox.token());
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(qEnvironmentVariable("HPG_SWITCH_RUNNER"), { m_f.sandbox.url().toString(), m_journalPath });
        if (!process.waitForStarted(10000)) {
            *failure = QStringLiteral("switchrunner did not start: ") + process.errorString();
            return Outcome::Failed;
        }
        QDeadlineTimer deadline(300000);
        for (;;) {
            if (!process.canReadLine()) {
                if (process.state() == QProcess::NotRunning) {
                    *failure = QStringLiteral("switchrunner exited with %1 without a word").arg(process.exitCode());
                    return Outcome::Failed;
                }
                if (deadline.hasExpired()) {
                    *failure = QStringLiteral("switchrunner made no progress in 5 minutes");
                    return Outcome::Failed;
                }
                process.waitForReadyRead(1000);
                continue;
            }
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            const QString kind = line.section(QLatin1Char(' '), 0, 0);
            const QString rest = line.section(QLatin1Char(' '), 1);
            if (kind == QLatin1String("finished")) {
                if (process.waitForFinished(30000) && process.exitCode() == 0)
                    return Outcome::Finished;
                *failure = QStringLiteral("switchrunner said finished but did not exit with 0");
                return Outcome::Failed;
            }
            if (kind == QLatin1String("failed")) {
                *failure = rest;
                return Outcome::Failed;
            }
            if (kind == QLatin1String("request")) {
                m_requests.append(rest);
                continue;
            }
            const QString key = kind + QLatin1Char(':') + rest;
            if (key == QLatin1String("boundary:maintenance-on") && m_seqAtMaintenance < 0) {
                m_seqAtMaintenance
                    = sql(m_oldUrl, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sandbox_dyno_writes"))
                          .value()
                          .toLongLong();
            }
            if (!m_kills.contains(key)) {
                process.kill(); // SIGKILL
                process.waitForFinished(10000);
                m_kills.append(key);
                afterKill(key);
                return Outcome::Killed;
            }
            process.write("go\n");
            process.waitForBytesWritten(1000);
        }
    }

    // The requests that changed something for the step `id`.
    QStringList requestsOf(const QString &id) const
    {
        return m_requests.filter(QRegularExpression(QStringLiteral("^%1 ").arg(QRegularExpression::escape(id))));
    }

    // `mayHoldAtOnce`: waits whose condition may already hold at their first probe (no inside to kill).
    void verifyKilledEverywhere(const QList<Step> &steps, const Journal &j, const QStringList &mayHoldAtOnce = {})
    {
        for (const Step &s : steps) {
            QStringList keys { QStringLiteral("boundary:") + s.id };
            const Journal::StepRecord *rec = j.step(s.id);
            // A step the run did not need (skipped) has only its boundary.
            if (s.kind == Step::Kind::Wait && s.id != kNoWaitInSandbox && !mayHoldAtOnce.contains(s.id)
                && rec->state != StepState::Skipped)
                keys.append(QStringLiteral("wait:") + s.id);
            // An action whose effect was there before it ever ran (a migration's promote when the new
            // database became DATABASE_URL as it was created) has nothing to kill.
            if (s.hasSideEffects() && rec->state == StepState::Done && !(rec->foundDone && rec->actionsStarted == 0))
                keys.append(QStringLiteral("action:") + s.id);
            for (const QString &key : std::as_const(keys))
                QVERIFY2(m_kills.contains(key), qPrintable(key + QStringLiteral(" was never killed")));
        }
    }

    // No side effect twice: each request that changes something went out once over all the
    // processes (a resumed step found the effect of its killed action by its probe). And the
    // journal agrees: an action started only as often as it had something new to do.
    void verifyNothingTwice(const QList<Step> &steps, const Journal &j)
    {
        for (const QString &request : std::as_const(m_requests))
            QVERIFY2(m_requests.count(request) == 1, qPrintable(QStringLiteral("sent twice: ") + request));
        for (const Step &s : steps) {
            if (!s.hasSideEffects() || j.step(s.id)->state == StepState::Skipped)
                continue; // a step this run did not need sent nothing
            const Journal::StepRecord *rec = j.step(s.id);
            const int sent = int(requestsOf(s.id).size());
            qInfo("%s: %d action(s) started, %d succeeded, %d request(s) sent", qPrintable(s.id), rec->actionsStarted,
                  rec->actionsSucceeded, sent);
            if (rec->foundDone && rec->actionsStarted == 0) {
                QCOMPARE(sent, 0); // found done before it ever acted
                continue;
            }
            QVERIFY2(sent >= 1, qPrintable(s.id));
            if (s.id.endsWith(QLatin1String("-connect"))) {
                // One pause (resume); an action also starts again while Connect is busy polling.
                QCOMPARE(sent, 1);
                QVERIFY2(rec->actionsStarted >= 1, qPrintable(s.id));
            } else {
                // reattach attaches (or detaches) one link per action; the others do all at once.
                QVERIFY2(rec->actionsStarted == (s.id == QLatin1String("reattach") ? sent : 1),
                         qPrintable(s.id + QStringLiteral(" started %1 times").arg(rec->actionsStarted)));
            }
        }
        for (const auto &event : j.events())
            QVERIFY2(event.kind != QLatin1String("error"), qPrintable(event.result));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("HPG_SWITCH_RUNNER").isEmpty(), "HPG_SWITCH_RUNNER is not set");
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
        m_verify.attachPoolAndOtherApp();
        m_formation = m_f.formation(kApp);
    }

    // Two processes on one journal: the second is refused (the journal's lock) and sends nothing.
    void aSecondProcessOnTheSameJournalIsRefused()
    {
        SwitchOptions options;
        options.app = kApp;
        options.targetPlan = QStringLiteral("standard-2");
        const Journal fresh = FollowerSwitch::newJournal(options, m_f.journalDir());
        QVERIFY(fresh.save());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HPG_SANDBOX_TOKEN"), m_f.sandbox.token());
        const auto startRunner = [&](QProcess &process) {
            process.setProcessEnvironment(env);
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start(qEnvironmentVariable("HPG_SWITCH_RUNNER"), { m_f.sandbox.url().toString(), fresh.path() });
            return process.waitForStarted(10000);
        };
        const auto readLine = [](QProcess &process) {
            QDeadlineTimer deadline(120000);
            while (!process.canReadLine() && process.state() == QProcess::Running && !deadline.hasExpired())
                process.waitForReadyRead(500);
            return QString::fromUtf8(process.readLine()).trimmed();
        };
        QProcess first;
        QVERIFY(startRunner(first));
        const QString held = readLine(first); // it holds at its first boundary, the journal open
        QCOMPARE(held, QStringLiteral("boundary preflight"));

        QProcess second;
        QVERIFY(startRunner(second));
        QVERIFY(second.waitForFinished(30000));
        QStringList said;
        while (second.canReadLine())
            said.append(QString::fromUtf8(second.readLine()).trimmed());
        QCOMPARE(second.exitCode(), 1);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().startsWith(QStringLiteral("failed "))
                     && said.first().contains(QStringLiteral("open in another window")),
                 qPrintable(said.first()));
        QVERIFY(said.filter(QStringLiteral("request ")).isEmpty()); // nothing sent by the second
        const Journal after = Journal::load(fresh.path()).value_or(Journal());
        QCOMPARE(after.step(QStringLiteral("preflight"))->state, StepState::Done);
        QCOMPARE(after.step(QStringLiteral("preflight"))->actionsStarted, 1); // ran once, by the first
        int started = 0;
        for (const auto &event : after.events())
            started += event.kind == QLatin1String("started") || event.kind == QLatin1String("resumed");
        QCOMPARE(started, 1);

        first.kill();
        QVERIFY(first.waitForFinished(10000));
        // Its lock died with it: the run can be opened again (and is then given up).
        Runbook *again = FollowerSwitch::create(after, m_f.services());
        QVERIFY2(again->prepare(), qPrintable(again->lastError()));
        again->abort();
        delete again;
    }

    // Runs `options` from a fresh journal, one switchrunner after the other, each killed at the
    // next place where none was killed yet, until one finishes; then checks that every place was
    // killed at and nothing was sent twice.
    Journal runKilledEverywhere(const SwitchOptions &options)
    {
        return runKilledEverywhere(FollowerSwitch::newJournal(options, m_f.journalDir()), SwitchSteps::build(options));
    }

    Journal runKilledEverywhere(const Journal &fresh, const QList<Step> &steps, const QStringList &mayHoldAtOnce = {})
    {
        m_kills.clear();
        m_misplacedKills.clear();
        m_requests.clear();
        m_seqAtMaintenance = -1;
        if (!fresh.save())
            return {};
        m_journalPath = fresh.path();

        QElapsedTimer clock;
        clock.start();
        int processes = 0;
        Outcome outcome = Outcome::Killed;
        QString failure;
        while (outcome == Outcome::Killed && processes < 100) {
            ++processes;
            outcome = runOnce(&failure);
        }
        letFollowerCatchUp();
        qInfo("%s: %d processes, %d killed with SIGKILL, in %lld ms: %s", qPrintable(fresh.kind()), processes,
              int(m_kills.size()), clock.elapsed(), qPrintable(m_kills.join(QLatin1Char(' '))));
        if (outcome != Outcome::Finished) {
            QTest::qFail(qPrintable(failure), __FILE__, __LINE__);
            return {};
        }
        const Journal j = journal();
        verifyKilledEverywhere(steps, j, mayHoldAtOnce);
        if (QTest::currentTestFailed())
            return {};
        if (!m_misplacedKills.isEmpty()) {
            QTest::qFail(qPrintable(m_misplacedKills.join(QLatin1Char(' '))), __FILE__, __LINE__);
            return {};
        }
        verifyNothingTwice(steps, j);
        return j;
    }

    void followerSwitchSurvivesSigkill()
    {
        const SwitchVerify::Before old = m_verify.before();
        m_oldUrl = old.url;
        SwitchOptions options;
        options.app = kApp;
        options.targetPlan = QStringLiteral("standard-2"); // same plan: a hardware refresh (see sandbox-gaps.md)
        const Journal j = runKilledEverywhere(options);
        if (QTest::currentTestFailed())
            return;
        m_verify.verifySwitched(old, j, m_seqAtMaintenance);
    }

    // The plan change's changeover (addons:upgrade, then data:maintenances:run) killed the same way.
    void planChangeSurvivesSigkill()
    {
        const QString app = kApp;
        m_oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const auto formation = m_f.formation(app);
        m_f.quickMaintenances(5); // long enough for a process to be killed inside the wait for it
        PlanChangeOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("premium-2");
        // The dynos stop 500 ms after the scale-down: a new process may find them gone at once.
        const Journal j = runKilledEverywhere(PlanChange::newJournal(options, {}, m_f.journalDir()),
                                              PlanChange::build(options), { QStringLiteral("wait-dynos-stopped") });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(j.status(), Journal::Status::Finished);
        QCOMPARE(j.value(QStringLiteral("route")).toString(), QStringLiteral("changeover"));
        QCOMPARE(m_f.planOf(SwitchSteps::findings(j.values()).sourceAddonName),
                 QStringLiteral("heroku-postgresql:premium-2"));
        // The app is back as it was, on the same database, which takes writes again.
        QCOMPARE(m_f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        const QString state = m_f.connectState(app);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
        QVERIFY(m_seqAtMaintenance > 0);
        const QString url = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sql(url, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong()
                    > m_seqAtMaintenance;
            },
            20000));
    }

    // The copy to a new database (pg:copy route) killed the same way, inside the copy's wait too:
    // a resumed run finds its transfer rather than starting a second one.
    void copyToNewDatabaseSurvivesSigkill()
    {
        const QString app = QStringLiteral("acme-blog"); // Essential to Standard, beside the other runs' app
        m_oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        const auto formation = m_f.formation(app);
        // A copy that takes a few seconds, so that processes are killed inside its wait.
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("transfer_bytes_per_second"), 131072 } });
        CopyOptions options;
        options.app = app;
        options.targetPlan = QStringLiteral("standard-0");
        const Journal j = runKilledEverywhere(CopyToNewDatabase::newJournal(options, {}, m_f.journalDir()),
                                              CopyToNewDatabase::build(options), { QStringLiteral("wait-dynos-stopped") });
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("transfer_bytes_per_second"), 0 } });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(j.status(), Journal::Status::Finished);
        QCOMPARE(requestsOf(QStringLiteral("start-copy")).size(), 1); // one transfer
        const QString url = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(url != m_oldUrl);
        QCOMPARE(m_f.planOf(j.value(QStringLiteral("target_name")).toString()),
                 QStringLiteral("heroku-postgresql:standard-0"));
        QCOMPARE(m_f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        // Every row written before maintenance mode is in the copy, which takes writes again.
        QVERIFY(m_seqAtMaintenance > 0);
        QCOMPARE(sql(url, QStringLiteral("SELECT count(DISTINCT seq) FROM sandbox_dyno_writes WHERE seq <= %1")
                              .arg(m_seqAtMaintenance))
                     .value(),
                 sql(m_oldUrl, QStringLiteral("SELECT count(DISTINCT seq) FROM sandbox_dyno_writes WHERE seq <= %1")
                                   .arg(m_seqAtMaintenance))
                     .value());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sql(url, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong()
                    > m_seqAtMaintenance;
            },
            20000));
    }

    // The same harness for the other kind that takes an app down: a Private Space migration.
    void privateSpaceMigrationSurvivesSigkill()
    {
        const SwitchVerify::Before old = m_verify.before();
        m_oldUrl = old.url;
        SwitchOptions options;
        options.app = kApp;
        options.targetApp = QStringLiteral("acme-private-api");
        options.targetPlan = QStringLiteral("private-2");
        const Journal j = runKilledEverywhere(options);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(j.kind(), QStringLiteral("private-space-migration"));
        m_verify.verifyMigrated(old, j, options.targetApp, m_seqAtMaintenance);
    }

    // The version upgrade (issue 21), 15 → 17 on real clusters, killed the same way, inside the
    // upgrade's wait too: pg:upgrade:run is sent once, the upgraded follower becomes DATABASE_URL.
    void versionUpgradeSurvivesSigkill()
    {
        const QString app = kApp;
        // The migration before left the app down (maintenance mode on, no dynos, Connect paused): it
        // comes back up as it was first, so that dynos and Connect write while this run starts.
        QList<PlatformClient::FormationUpdate> updates;
        for (auto it = m_formation.cbegin(); it != m_formation.cend(); ++it)
            updates.append({ it.key(), it.value() });
        QVERIFY(SwitchFixture::wait(m_f.platform->updateFormation(app, updates)).ok());
        QVERIFY(SwitchFixture::wait(m_f.platform->setMaintenance(app, false)).ok());
        for (const ConnectConnection &c :
             ConnectConnection::listFromJson(SwitchFixture::wait(m_f.connect->connections(app)).object())) {
            if (c.isPaused())
                QVERIFY(SwitchFixture::wait(m_f.connect->resume(c.regionUrl, c.id)).ok());
        }
        QVERIFY(QTest::qWaitFor([&] { return m_f.connectState(app) == QLatin1String("IDLE"); }, 60000));
        m_oldUrl = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QCOMPARE(sql(m_oldUrl, QStringLiteral("SHOW server_version")).value().section(QLatin1Char('.'), 0, 0),
                 QStringLiteral("15"));
        const auto formation = m_f.formation(app);
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("upgrade_step_seconds"), 2 } });
        VersionUpgradeOptions options;
        options.app = app;
        // The follower's plan is the database's own (the switch before may have changed it).
        for (const QJsonValue &a : SwitchFixture::wait(m_f.platform->attachments(app)).array()) {
            if (a[QStringLiteral("name")].toString() == QLatin1String("DATABASE"))
                options.plan = m_f.planOf(a[QStringLiteral("addon")][QStringLiteral("name")].toString());
        }
        QVERIFY(!options.plan.isEmpty());
        options.targetVersion = QStringLiteral("17");
        // Connect may be syncing again at once after its resume: verify-connect may hold at its first probe.
        const Journal j = runKilledEverywhere(VersionUpgrade::newJournal(options, {}, m_f.journalDir()),
                                              VersionUpgrade::build(options),
                                              { QStringLiteral("verify-connect"), QStringLiteral("wait-caught-up") });
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("upgrade_step_seconds"), 0 } });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(j.status(), Journal::Status::Finished);
        QCOMPARE(requestsOf(QStringLiteral("upgrade-follower")).size(), 1); // one pg:upgrade:run
        const QString url = m_f.configVars(app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(url != m_oldUrl);
        QCOMPARE(sql(url, QStringLiteral("SHOW server_version")).value().section(QLatin1Char('.'), 0, 0),
                 QStringLiteral("17"));
        QCOMPARE(m_f.formation(app), formation);
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(app)).object().value(QStringLiteral("maintenance")).toBool());
        QVERIFY(m_seqAtMaintenance > 0);
        const QString written
            = QStringLiteral("SELECT count(DISTINCT seq) FROM sandbox_dyno_writes WHERE seq <= %1").arg(m_seqAtMaintenance);
        QCOMPARE(sql(url, written).value(), sql(m_oldUrl, written).value());
        const QString state = m_f.connectState(app);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
    }
};

QTEST_GUILESS_MAIN(TestSwitchKill)
#include "testswitchkill.moc"
