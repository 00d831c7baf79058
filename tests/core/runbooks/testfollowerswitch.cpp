// The follower switch end to end on a real sandbox: simulated dynos and a
// Heroku Connect connection write rows all along; after the switch
// DATABASE_URL points at the new database, it is writable, every row of the
// old primary is in it, the formation and Connect are as before, pools and the
// other app are attached to it, and the old primary still exists. The same
// with a crash (the Runbook destroyed) at every step boundary, inside every
// wait and right after every action was sent, resumed from the journal; and
// with faults on (latency, 5xx, 429, dropped connections).
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/switchpreflight.h"
#include "core/runbooks/transcript.h"
#include "runharness.h"
#include "switchverify.h"

#include <QElapsedTimer>
#include <QPointer>

using namespace hpg;

namespace {

const QString &kApp = SwitchVerify::kApp;
const QString &kOtherApp = SwitchVerify::kOtherApp;

} // namespace

class TestFollowerSwitch : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    SwitchVerify m_verify { m_f };
    RunHarness m_harness { m_f };
    QSet<QString> m_crashedAt; // where the last run() crashed: "boundary:<step>", "wait:<step>", "action:<step>"

    static int stepIndex(const Runbook &runbook, const QString &id) { return RunHarness::stepIndex(runbook, id); }

    // Runs the switch to its end (RunHarness), from a new journal.
    Journal run(const SwitchOptions &options, bool crash, const QString &oldUrl, qint64 *seqAtMaintenance,
                int *crashes = nullptr)
    {
        const Journal journal = m_harness.run(FollowerSwitch::newJournal(options, m_f.journalDir()), crash, oldUrl,
                                              seqAtMaintenance, crashes);
        m_crashedAt = m_harness.crashedAt;
        return journal;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
        m_verify.attachPoolAndOtherApp();
    }

    void cleanup() { m_f.setFaults({}); }

    void essentialDatabaseIsRefusedWithThePgCopyRoute()
    {
        SwitchOptions options;
        options.app = kOtherApp; // its DATABASE is essential-0
        options.targetPlan = QStringLiteral("standard-0");
        qint64 unused = -1;
        const Journal journal = run(options, false, {}, &unused);
        QCOMPARE(journal.status(), Journal::Status::Failed);
        QVERIFY2(journal.stopExplanation().contains(QStringLiteral("pg:copy")), qPrintable(journal.stopExplanation()));
        QCOMPARE(journal.step(QStringLiteral("provision-follower"))->actionsStarted, 0);
    }

    void followerSwitch()
    {
        const SwitchVerify::Before old = m_verify.before();
        QCOMPARE(old.addonName, QStringLiteral("postgresql-acme-primary"));
        SwitchOptions options;
        options.app = kApp;
        options.targetPlan = QStringLiteral("standard-2");
        qint64 seq = -1;
        QElapsedTimer clock;
        clock.start();
        const Journal journal = run(options, false, old.url, &seq);
        qInfo("follower switch took %lld ms", clock.elapsed());
        m_verify.verifySwitched(old, journal, seq);

        // The pre-flight saw what the Dev Center says to look out for.
        const auto findings = SwitchFindings::fromJson(journal.value(QStringLiteral("findings")).toObject());
        QCOMPARE(findings.followers, QStringList { QStringLiteral("postgresql-acme-follower") });
        QCOMPARE(findings.connections.size(), 1);
        QCOMPARE(findings.pools.size(), 2);
        QCOMPARE(findings.otherApps.size(), 1);

        // The transcript has the CLI equivalents and the Request-Ids; the audit log has the actions.
        const QString md
            = Transcript::markdown(FollowerSwitch::title(options), journal, {}, FollowerSwitch::summary(journal));
        QVERIFY(md.contains(QStringLiteral("`heroku maintenance:on -a acme-storefront`")));
        QVERIFY(md.contains(QStringLiteral("`heroku pg:promote ")));
        QVERIFY(md.contains(QStringLiteral("Downtime (maintenance mode on to off): ")));
        QVERIFY(journal.step(QStringLiteral("promote"))->requestIds.size() >= 2);
        QVERIFY(md.contains(journal.step(QStringLiteral("promote"))->requestIds.last()));
        int audited = 0;
        for (const QJsonObject &entry : m_f.audit->entries())
            audited += entry.value(QStringLiteral("runbook")).toString() == journal.id()
                && entry.value(QStringLiteral("action")).toString() == QLatin1String("runbook.step");
        QVERIFY(audited >= 8);
    }

    void followerSwitchSurvivesCrashes()
    {
        const SwitchVerify::Before old = m_verify.before();
        SwitchOptions options;
        options.app = kApp;
        options.targetPlan = QStringLiteral("standard-2"); // same plan: a hardware refresh (see sandbox-gaps.md)
        qint64 seq = -1;
        int crashes = 0;
        const Journal journal = run(options, true, old.url, &seq, &crashes);
        qInfo("resumed %d times", crashes);
        QVERIFY(crashes >= 20);
        for (const char *key :
             { "action:provision-follower", "wait:wait-available", "action:pause-connect", "action:maintenance-on",
               "action:scale-down", "wait:wait-no-lag", "action:unfollow", "action:promote", "action:reattach",
               "action:restore-formation", "action:maintenance-off", "action:resume-connect", "boundary:preflight",
               "boundary:promote", "boundary:resume-connect" })
            QVERIFY2(m_crashedAt.contains(QLatin1String(key)), key);
        m_verify.verifySwitched(old, journal, seq);
        for (const auto &event : journal.events())
            QVERIFY2(event.kind != QLatin1String("error"), qPrintable(event.result));
    }

    void followerSwitchWithFaults()
    {
        const SwitchVerify::Before old = m_verify.before();
        m_f.setFaults({ { QStringLiteral("latency_ms"), 30 },
                        { QStringLiteral("error_rate"), 0.08 },
                        { QStringLiteral("rate_limit_rate"), 0.04 },
                        { QStringLiteral("drop_rate"), 0.04 },
                        { QStringLiteral("seed"), 7 } });
        SwitchOptions options;
        options.app = kApp;
        options.targetPlan = QStringLiteral("premium-2");
        qint64 seq = -1;
        const Journal journal = run(options, false, old.url, &seq);
        m_f.setFaults({});
        m_verify.verifySwitched(old, journal, seq);
    }

    // The same safety for a Private Space migration: faults on, and crashes all the way.
    void privateSpaceMigration()
    {
        const QString spaceApp = QStringLiteral("acme-private-api");
        const SwitchVerify::Before old = m_verify.before();
        SwitchOptions options;
        options.app = kApp;
        options.targetApp = spaceApp;
        options.targetPlan = QStringLiteral("private-2"); // not smaller than the source (see sandbox-gaps.md)
        qint64 seq = -1;
        // With faults on, and a crash at every step boundary, inside every wait and after every action.
        m_f.setFaults({ { QStringLiteral("latency_ms"), 30 },
                        { QStringLiteral("error_rate"), 0.08 },
                        { QStringLiteral("rate_limit_rate"), 0.04 },
                        { QStringLiteral("drop_rate"), 0.04 },
                        { QStringLiteral("seed"), 11 } });
        int crashes = 0;
        const Journal journal = run(options, true, old.url, &seq, &crashes);
        m_f.setFaults({});
        qInfo("the migration was resumed %d times", crashes);
        QVERIFY(crashes >= 15);
        m_verify.verifyMigrated(old, journal, spaceApp, seq);
    }

    void migrationNeedsAnAppInAPrivateSpace()
    {
        SwitchOptions options;
        options.app = kApp;
        options.targetApp = kOtherApp; // Common Runtime
        options.targetPlan = QStringLiteral("private-2");
        qint64 unused = -1;
        const Journal journal = run(options, false, {}, &unused);
        QCOMPARE(journal.status(), Journal::Status::Failed);
        QVERIFY2(journal.stopExplanation().contains(QStringLiteral("is not in a Private Space")),
                 qPrintable(journal.stopExplanation()));
    }
};

QTEST_GUILESS_MAIN(TestFollowerSwitch)
#include "testfollowerswitch.moc"
