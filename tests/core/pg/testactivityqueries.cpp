// ActivityQueries: parsing result sets into plain values (the SQL itself runs against a real
// cluster in testactivitymonitor).

#include "core/pg/activityqueries.h"

#include <QTest>

using namespace hpg;

class TestActivityQueries : public QObject
{
    Q_OBJECT

private slots:
    void intArrays()
    {
        QCOMPARE(ActivityQueries::parseIntArray(QStringLiteral("{}")), QList<int>());
        QCOMPARE(ActivityQueries::parseIntArray(QString()), QList<int>());
        QCOMPARE(ActivityQueries::parseIntArray(QStringLiteral("{42}")), QList<int> { 42 });
        QCOMPARE(ActivityQueries::parseIntArray(QStringLiteral("{1,22,333}")), QList<int>({ 1, 22, 333 }));
    }

    void sessionsByColumnName()
    {
        PgResultSet set;
        set.columns
            = { "query", "pid", "state", "xact_ms", "query_ms", "blocked_by", "own", "client_port", "query_start_ms" };
        set.rows = { { "SELECT 1", "77", "active", QString(), "1500", "{5,6}", "f", QString(), "1700000000000" },
                     { QString(), "78", QString(), QString(), QString(), QString(), "t", "5432", QString() } };
        const QList<SessionInfo> sessions = ActivityQueries::parseSessions(set);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[0].pid, 77);
        QCOMPARE(sessions[0].query, QStringLiteral("SELECT 1"));
        QCOMPARE(sessions[0].transactionMs, -1);
        QCOMPARE(sessions[0].queryMs, 1500);
        QCOMPARE(sessions[0].runningMs(), 1500); // active, no transaction: the query's age
        QCOMPARE(sessions[0].blockedBy, QList<int>({ 5, 6 }));
        QVERIFY(!sessions[0].own);
        QCOMPARE(sessions[0].clientPort, -1);
        QCOMPARE(sessions[0].queryStart, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
        QVERIFY(sessions[1].own);
        QVERIFY(sessions[1].isIdle()); // no state: a background process or another role's session
        QCOMPARE(sessions[1].runningMs(), -1);
        QCOMPARE(sessions[1].clientPort, 5432);
    }

    void duplicateLockKeysStayDistinct()
    {
        PgResultSet set;
        set.columns = { "key", "pid", "granted" };
        set.rows = { { "relation/1/2", "10", "t" }, { "relation/1/2", "10", "t" }, { "relation/1/3", "10", "f" } };
        const QList<LockInfo> locks = ActivityQueries::parseLocks(set);
        QCOMPARE(locks.size(), 3);
        QCOMPARE(locks[0].key, QStringLiteral("relation/1/2"));
        QCOMPARE(locks[1].key, QStringLiteral("relation/1/2#1"));
        QVERIFY(locks[0].granted);
        QVERIFY(!locks[2].granted);
    }

    void snapshotShape()
    {
        PgSessionResult result;
        ActivitySnapshot snapshot;
        QString error;
        QVERIFY(!ActivityQueries::parseSnapshot(result, false, &snapshot, &error));
        QVERIFY(!error.isEmpty());
        PgResultSet header;
        header.columns = { "now_ms", "own_pid", "max_connections", "client_connections", "database" };
        header.rows = { { "1700000000000", "9", "500", "37", "d1" } };
        result.sets = { header, PgResultSet() };
        QVERIFY(ActivityQueries::parseSnapshot(result, false, &snapshot, &error));
        QCOMPARE(snapshot.ownPid, 9);
        QCOMPARE(snapshot.maxConnections, 500);
        QCOMPARE(snapshot.clientConnections, 37);
        QCOMPARE(snapshot.database, QStringLiteral("d1"));
        QVERIFY(!snapshot.hasLocks);
        QVERIFY(!ActivityQueries::parseSnapshot(result, true, &snapshot, &error)); // locks were asked for
    }

    void signalOutcomes()
    {
        using Action = BackendSignalResult::Action;
        auto result = [](const char *existed, const char *signalled) {
            PgSessionResult r;
            PgResultSet set;
            set.columns = { "existed", "signalled" };
            set.rows = { { existed, signalled } };
            r.sets = { set };
            return r;
        };
        auto r = ActivityQueries::parseSignal(Action::Terminate, 5, 150000, result("t", "t"));
        QVERIFY(r.signalled && r.ended && r.ok());
        r = ActivityQueries::parseSignal(Action::Terminate, 5, 150000, result("t", "f")); // still ending after 5 s
        QVERIFY(r.signalled && !r.ended);
        r = ActivityQueries::parseSignal(Action::Terminate, 5, 150000, result("f", "f"));
        QVERIFY(!r.signalled && !r.ended && !r.ok());
        r = ActivityQueries::parseSignal(Action::Terminate, 5, 130000, result("t", "t")); // no timeout before 14
        QVERIFY(r.signalled && !r.ended);
        r = ActivityQueries::parseSignal(Action::Cancel, 5, 150000, result("t", "t"));
        QVERIFY(r.signalled && r.ok());
        QVERIFY(ActivityQueries::signalSql(Action::Cancel, 150000).contains(QStringLiteral("pg_cancel_backend($1")));
        QVERIFY(ActivityQueries::signalSql(Action::Terminate, 150000).contains(QStringLiteral("5000")));
        QVERIFY(!ActivityQueries::signalSql(Action::Terminate, 130000).contains(QStringLiteral("5000")));
        PgSessionResult failed;
        failed.error
            = PgSessionError::statementFailure(QStringLiteral("42501"), QStringLiteral("must be a member"), false);
        r = ActivityQueries::parseSignal(Action::Cancel, 5, 150000, failed);
        QCOMPARE(r.error.kind, PgSessionError::Kind::PermissionDenied);
        QVERIFY(!r.ok());
    }

    void errorKinds()
    {
        QCOMPARE(PgSessionError::connectFailure(QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: "
                                                               "Connection refused\n\tIs the server running?"))
                     .kind,
                 PgSessionError::Kind::ConnectionRefused);
        QCOMPARE(
            PgSessionError::connectFailure(QStringLiteral("could not translate host name \"nope\" to address")).kind,
            PgSessionError::Kind::ConnectionRefused);
        QCOMPARE(PgSessionError::connectFailure(QStringLiteral("FATAL:  password authentication failed for user \"u\""))
                     .kind,
                 PgSessionError::Kind::AuthenticationFailed);
        QCOMPARE(PgSessionError::connectFailure(QStringLiteral("FATAL:  sorry, too many clients already")).kind,
                 PgSessionError::Kind::Connection);
        const auto redacted
            = PgSessionError::connectFailure(QStringLiteral("invalid URI postgres://u:hunter2@h/d something"));
        QVERIFY(!redacted.detail.contains(QStringLiteral("hunter2")));
        QVERIFY(PgSessionError::statementFailure(QStringLiteral("57P01"), QStringLiteral("terminating"), false)
                    .isConnectionProblem());
        QVERIFY(!PgSessionError::statementFailure(QStringLiteral("42501"), QString(), false).isConnectionProblem());
        QCOMPARE(PgSessionError::statementFailure(QStringLiteral("XX000"), QString(), true).kind,
                 PgSessionError::Kind::ServerGone);
    }
};

QTEST_GUILESS_MAIN(TestActivityQueries)
#include "testactivityqueries.moc"
