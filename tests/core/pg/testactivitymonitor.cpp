// ActivityMonitor against a real cluster with real sessions: idle, active (pg_sleep), idle in
// transaction, one blocked on a row lock and one blocked on a table lock. Each must appear with
// the right state and wait; the blocking tree must have the right root for both; cancel stops
// the sleep; terminate ends a session; terminating a root blocker lets its waiters through.

#include "core/pg/activitymonitor.h"
#include "core/pg/blockingtree.h"
#include "core/pg/pgsession.h"
#include "livecluster.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace hpg;
using livepg::Actor;

namespace {

const SessionInfo *find(const ActivitySnapshot &snapshot, int pid)
{
    for (const SessionInfo &s : snapshot.sessions) {
        if (s.pid == pid)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestActivityMonitor : public QObject
{
    Q_OBJECT

private:
    livepg::LiveCluster m_cluster;
    std::unique_ptr<ActivityMonitor> m_monitor;
    Actor m_idle, m_active, m_idleInTransaction, m_rowHolder, m_rowWaiter, m_tableHolder, m_tableWaiter;

    ActivitySnapshot refreshed()
    {
        QSignalSpy done(m_monitor.get(), &ActivityMonitor::refreshed);
        QSignalSpy failed(m_monitor.get(), &ActivityMonitor::refreshFailed);
        if (!m_monitor->refresh()) {
            qWarning("refresh did not start");
            return {};
        }
        for (int i = 0; i < 400 && done.isEmpty() && failed.isEmpty(); ++i)
            QTest::qWait(50);
        if (!failed.isEmpty())
            qWarning("refresh failed: %s", qPrintable(failed.first().first().value<PgSessionError>().detail));
        return done.isEmpty() ? ActivitySnapshot() : done.first().first().value<ActivitySnapshot>();
    }

    BackendSignalResult signalled(bool terminate, int pid)
    {
        QSignalSpy spy(m_monitor.get(), &ActivityMonitor::backendSignalled);
        if (terminate)
            m_monitor->terminateBackend(pid);
        else
            m_monitor->cancelBackend(pid);
        if (!spy.wait(20000))
            return {};
        return spy.first().first().value<BackendSignalResult>();
    }

    bool waitingOnLock(int pid)
    {
        return m_cluster.scalar(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %1").arg(pid))
            == QLatin1String("Lock");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.provision(&error), qPrintable(error));
        const ConnInfo conn = m_cluster.connInfo();
        Actor setup;
        QVERIFY2(setup.connect(conn, QStringLiteral("t-setup"), &error), qPrintable(error));
        QVERIFY2(setup.exec(QStringLiteral("CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL);"
                                           "INSERT INTO accounts VALUES (1, 100), (2, 200);"
                                           "CREATE TABLE ledger (id int);"
                                           "INSERT INTO ledger VALUES (1)"),
                            &error),
                 qPrintable(error));
        setup.disconnect();

        m_monitor = std::make_unique<ActivityMonitor>();
        m_monitor->setConnection(conn);
    }

    void nothingWithoutAConnection()
    {
        ActivityMonitor monitor;
        QVERIFY(!monitor.hasConnection());
        QVERIFY(!monitor.refresh());
        QSignalSpy spy(&monitor, &ActivityMonitor::backendSignalled);
        monitor.cancelBackend(1);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<BackendSignalResult>().error.kind, PgSessionError::Kind::NotConnected);
    }

    void everySessionWithItsStateAndWait()
    {
        const ConnInfo conn = m_cluster.connInfo();
        QString error;
        for (auto [actor, name] : { std::pair { &m_idle, "t-idle" },
                                    { &m_active, "t-active" },
                                    { &m_idleInTransaction, "t-idle-in-transaction" },
                                    { &m_rowHolder, "t-row-holder" },
                                    { &m_rowWaiter, "t-row-waiter" },
                                    { &m_tableHolder, "t-table-holder" },
                                    { &m_tableWaiter, "t-table-waiter" } })
            QVERIFY2(actor->connect(conn, QString::fromLatin1(name), &error), qPrintable(error));

        QVERIFY(m_active.send(QStringLiteral("SELECT pg_sleep(120)")));
        QVERIFY(m_idleInTransaction.exec(QStringLiteral("BEGIN; SELECT 1")));
        QVERIFY(m_rowHolder.exec(QStringLiteral("BEGIN; UPDATE accounts SET balance = balance + 1 WHERE id = 1")));
        QVERIFY(m_rowWaiter.send(QStringLiteral("UPDATE accounts SET balance = balance + 10 WHERE id = 1")));
        QVERIFY(m_tableHolder.exec(QStringLiteral("BEGIN; LOCK TABLE ledger IN ACCESS EXCLUSIVE MODE")));
        QVERIFY(m_tableWaiter.send(QStringLiteral("SELECT count(*) FROM ledger")));
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnLock(m_rowWaiter.pid()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnLock(m_tableWaiter.pid()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.scalar(
                QStringLiteral("SELECT wait_event FROM pg_stat_activity WHERE pid = %1").arg(m_active.pid())),
            QStringLiteral("PgSleep"), 10000);

        const ActivitySnapshot snapshot = refreshed();
        QVERIFY(!snapshot.sessions.isEmpty());
        QCOMPARE(snapshot.maxConnections, 120);
        QVERIFY2(snapshot.clientConnections >= 8, qPrintable(QString::number(snapshot.clientConnections)));
        QVERIFY(snapshot.serverTime.isValid());
        QVERIFY(snapshot.hasLocks);

        const SessionInfo *own = find(snapshot, snapshot.ownPid);
        QVERIFY(own);
        QVERIFY(own->own);
        QCOMPARE(own->application, QStringLiteral("hpgdesk"));
        QCOMPARE(own->pid, m_monitor->session()->backendPid());
        QCOMPARE(std::count_if(snapshot.sessions.begin(), snapshot.sessions.end(),
                               [](const SessionInfo &s) { return s.own; }),
                 1);

        const SessionInfo *idle = find(snapshot, m_idle.pid());
        QVERIFY(idle);
        QCOMPARE(idle->state, QStringLiteral("idle"));
        QVERIFY(idle->isIdle());
        QCOMPARE(idle->wait(), QStringLiteral("Client: ClientRead"));
        QCOMPARE(idle->application, QStringLiteral("t-idle"));
        QCOMPARE(idle->clientAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(idle->backendType, QStringLiteral("client backend"));
        QCOMPARE(idle->user, m_cluster.connInfo().user());
        QCOMPARE(idle->transactionMs, -1);
        QVERIFY(!idle->transactionStart.isValid());
        QVERIFY(idle->blockedBy.isEmpty());

        const SessionInfo *active = find(snapshot, m_active.pid());
        QVERIFY(active);
        QCOMPARE(active->state, QStringLiteral("active"));
        QCOMPARE(active->waitEventType, QStringLiteral("Timeout"));
        QCOMPARE(active->waitEvent, QStringLiteral("PgSleep"));
        QCOMPARE(active->query, QStringLiteral("SELECT pg_sleep(120)"));
        QVERIFY(active->queryMs >= 0);
        QVERIFY(active->runningMs() >= 0);
        QVERIFY(active->queryStart.isValid());
        QVERIFY(active->queryStart <= snapshot.serverTime);

        const SessionInfo *inTransaction = find(snapshot, m_idleInTransaction.pid());
        QVERIFY(inTransaction);
        QCOMPARE(inTransaction->state, QStringLiteral("idle in transaction"));
        QVERIFY(!inTransaction->isIdle());
        QVERIFY(inTransaction->transactionMs >= 0);
        QVERIFY(inTransaction->transactionStart.isValid());

        const SessionInfo *rowWaiter = find(snapshot, m_rowWaiter.pid());
        QVERIFY(rowWaiter);
        QCOMPARE(rowWaiter->state, QStringLiteral("active"));
        QCOMPARE(rowWaiter->wait(), QStringLiteral("Lock: transactionid"));
        QCOMPARE(rowWaiter->blockedBy, QList<int> { m_rowHolder.pid() });

        const SessionInfo *rowHolder = find(snapshot, m_rowHolder.pid());
        QVERIFY(rowHolder);
        QCOMPARE(rowHolder->state, QStringLiteral("idle in transaction"));
        QVERIFY(rowHolder->blockedBy.isEmpty());

        const SessionInfo *tableWaiter = find(snapshot, m_tableWaiter.pid());
        QVERIFY(tableWaiter);
        QCOMPARE(tableWaiter->wait(), QStringLiteral("Lock: relation"));
        QCOMPARE(tableWaiter->blockedBy, QList<int> { m_tableHolder.pid() });

        // The blocking tree: one root per blocker, each waiter under it.
        const std::vector<BlockingNode> roots = BlockingTree::build(snapshot.sessions);
        QCOMPARE(int(roots.size()), 2);
        const int firstHolder = std::min(m_rowHolder.pid(), m_tableHolder.pid());
        const int secondHolder = std::max(m_rowHolder.pid(), m_tableHolder.pid());
        QCOMPARE(roots[0].pid, firstHolder);
        QCOMPARE(roots[1].pid, secondHolder);
        for (const BlockingNode &root : roots) {
            QCOMPARE(int(root.children.size()), 1);
            const int expectedChild = root.pid == m_rowHolder.pid() ? m_rowWaiter.pid() : m_tableWaiter.pid();
            QCOMPARE(root.children[0].pid, expectedChild);
            QVERIFY(root.children[0].children.empty());
        }

        // The locks: the table waiter's AccessShareLock on ledger is not granted; the holder's is.
        auto lockOf = [&snapshot](int pid, const QString &type, bool granted) -> const LockInfo * {
            for (const LockInfo &l : snapshot.locks) {
                if (l.pid == pid && l.lockType == type && l.granted == granted)
                    return &l;
            }
            return nullptr;
        };
        const LockInfo *waiting = lockOf(m_tableWaiter.pid(), QStringLiteral("relation"), false);
        QVERIFY(waiting);
        QCOMPARE(waiting->relation, QStringLiteral("ledger"));
        QCOMPARE(waiting->mode, QStringLiteral("AccessShareLock"));
        QCOMPARE(waiting->query, QStringLiteral("SELECT count(*) FROM ledger"));
        const LockInfo *held = lockOf(m_tableHolder.pid(), QStringLiteral("relation"), true);
        QVERIFY(held);
        QCOMPARE(held->relation, QStringLiteral("ledger"));
        QCOMPARE(held->mode, QStringLiteral("AccessExclusiveLock"));
        const LockInfo *row = lockOf(m_rowWaiter.pid(), QStringLiteral("transactionid"), false);
        QVERIFY(row);
        QCOMPARE(row->mode, QStringLiteral("ShareLock"));
        // Waiting locks come first; the watching session's own locks are left out.
        QVERIFY(!snapshot.locks.first().granted);
        for (const LockInfo &l : snapshot.locks)
            QVERIFY(l.pid != snapshot.ownPid);
        QSet<QString> keys;
        for (const LockInfo &l : snapshot.locks)
            keys.insert(l.key);
        QCOMPARE(keys.size(), snapshot.locks.size());
    }

    void cancelStopsTheSleep()
    {
        const BackendSignalResult result = signalled(false, m_active.pid());
        QVERIFY2(!result.error.isError(), qPrintable(result.error.detail));
        QVERIFY(result.signalled);
        QVERIFY(result.ok());
        QCOMPARE(result.pid, m_active.pid());
        QVERIFY(m_active.waitDone(10000));
        QCOMPARE(m_active.lastSqlState(), QStringLiteral("57014"));
        QVERIFY(m_active.isConnected()); // cancel ends the query, not the session
        const SessionInfo *after = find(refreshed(), m_active.pid());
        QVERIFY(after);
        QCOMPARE(after->state, QStringLiteral("idle"));
    }

    void terminateEndsTheSession()
    {
        const int pid = m_idle.pid();
        const BackendSignalResult result = signalled(true, pid);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.detail));
        QCOMPARE(result.action, BackendSignalResult::Action::Terminate);
        QVERIFY(result.signalled);
        QVERIFY(result.ended); // pg_terminate_backend(pid, timeout) waited for it
        QVERIFY(!find(refreshed(), pid));
        QVERIFY(!m_idle.exec(QStringLiteral("SELECT 1")));
    }

    void terminatingTheRootBlockerReleasesItsWaiters()
    {
        QVERIFY(!m_rowWaiter.poll());
        QVERIFY(signalled(true, m_rowHolder.pid()).ended);
        QVERIFY(m_rowWaiter.waitDone(10000));
        QVERIFY2(m_rowWaiter.lastError().isEmpty(), qPrintable(m_rowWaiter.lastError()));

        QVERIFY(!m_tableWaiter.poll());
        QVERIFY(signalled(true, m_tableHolder.pid()).ended);
        QVERIFY(m_tableWaiter.waitDone(10000));
        QVERIFY2(m_tableWaiter.lastError().isEmpty(), qPrintable(m_tableWaiter.lastError()));

        const ActivitySnapshot snapshot = refreshed();
        QVERIFY(BlockingTree::build(snapshot.sessions).empty());
        QVERIFY(!find(snapshot, m_rowHolder.pid()));
    }

    void signallingAGoneSessionSignalsNothing()
    {
        const BackendSignalResult cancel = signalled(false, 999999);
        QVERIFY(!cancel.error.isError());
        QVERIFY(!cancel.signalled);
        QVERIFY(!cancel.ok());
        const BackendSignalResult terminate = signalled(true, 999999);
        QVERIFY(!terminate.error.isError());
        QVERIFY(!terminate.signalled);
        QVERIFY(!terminate.ended);
    }

    void anotherRolesSessionIsPermissionDenied()
    {
        auto future
            = m_cluster.manager()->createCredential(livepg::LiveCluster::addonId(), QStringLiteral("reporting"));
        QString error;
        QVERIFY2(livepg::finish(future, &error), qPrintable(error));
        m_cluster.reloadEndpoint();
        Actor other;
        QVERIFY2(other.connect(m_cluster.connInfo(QStringLiteral("reporting")), QStringLiteral("t-other"), &error),
                 qPrintable(error));
        const BackendSignalResult result = signalled(true, other.pid());
        QCOMPARE(result.error.kind, PgSessionError::Kind::PermissionDenied);
        QVERIFY(!result.ok());
        QVERIFY(other.exec(QStringLiteral("SELECT 1")));
        // The watching credential sees the other role's session, not its query.
        const SessionInfo *seen = find(refreshed(), other.pid());
        QVERIFY(seen);
        QCOMPARE(seen->query, QStringLiteral("<insufficient privilege>"));
    }

    void refreshConnectsAgainAfterTheConnectionBroke()
    {
        const int before = refreshed().ownPid;
        QVERIFY(before > 0);
        m_cluster.query(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before));
        // The next refresh either notices the break (and fails with it), or finds the session
        // already closed and connects again; the one after that must succeed.
        ActivitySnapshot after;
        for (int attempt = 0; attempt < 3 && after.ownPid == 0; ++attempt) {
            QSignalSpy failed(m_monitor.get(), &ActivityMonitor::refreshFailed);
            after = refreshed();
            if (!failed.isEmpty()) {
                const auto kind = failed.first().first().value<PgSessionError>().kind;
                QVERIFY(kind == PgSessionError::Kind::ServerGone || kind == PgSessionError::Kind::NotConnected);
            }
        }
        QVERIFY(after.ownPid > 0);
        QVERIFY(after.ownPid != before);
    }

    void oneRefreshAtATime()
    {
        QSignalSpy done(m_monitor.get(), &ActivityMonitor::refreshed);
        QVERIFY(m_monitor->refresh());
        QVERIFY(m_monitor->isRefreshing());
        QVERIFY(!m_monitor->refresh());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.size(), 1);
        QVERIFY(!m_monitor->isRefreshing());
        m_monitor->setIncludeLocks(false);
        const ActivitySnapshot withoutLocks = refreshed();
        QVERIFY(!withoutLocks.hasLocks);
        QVERIFY(withoutLocks.locks.isEmpty());
        QVERIFY(!withoutLocks.sessions.isEmpty());
        m_monitor->setIncludeLocks(true);

        // The watching session cannot hang on a stuck catalog query.
        QString timeout;
        bool shown = false;
        m_monitor->session()->exec(QStringLiteral("SHOW statement_timeout"), {}, [&](const PgSessionResult &r) {
            timeout = r.scalar();
            shown = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(shown, 10000);
        QCOMPARE(timeout, QStringLiteral("20s"));
    }

    void cleanupTestCase()
    {
        m_monitor.reset();
        for (Actor *actor :
             { &m_idle, &m_active, &m_idleInTransaction, &m_rowHolder, &m_rowWaiter, &m_tableHolder, &m_tableWaiter })
            actor->disconnect();
    }
};

QTEST_GUILESS_MAIN(TestActivityMonitor)
#include "testactivitymonitor.moc"
