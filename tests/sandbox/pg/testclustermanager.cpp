// Real PostgreSQL clusters: provisioning, followers, promotion, credentials, copy, reset,
// restart and destruction, as the sandbox's API layer uses them. The test cases build on each
// other (one leader, then a follower, a fork, …) to keep the number of clusters small.

#include "pgtesthelpers.h"
#include "sandbox/pg/clustermanager.h"
#include "sandbox/pg/pgtools.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hpg::sandbox;
using pgtest::connected;
using pgtest::connectUrl;
using pgtest::errorOf;
using pgtest::scalar;

namespace {

const QString leaderId = QStringLiteral("leader-addon");
const QString followerId = QStringLiteral("follower-addon");
const QString forkId = QStringLiteral("fork-addon");
const QString standbyId = QStringLiteral("standby-addon");

qint64 postmasterPid(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

} // namespace

class TestClusterManager : public QObject
{
    Q_OBJECT

private:
    // Waits for a query as superuser and returns its first value ("" without rows, null on error).
    QString value(const QString &addonId, const QString &sql) { return pgtest::queryValue(*m_manager, addonId, sql); }

    PgStats stats(const QString &addonId)
    {
        auto future = m_manager->stats(addonId);
        QString error;
        if (!pgtest::finish(future, error)) {
            qWarning("stats of %s failed: %s", qPrintable(addonId), qPrintable(error));
            return {};
        }
        return future.result();
    }

    PgEndpoint endpoint(const QString &addonId) { return m_manager->endpoint(addonId).value_or(PgEndpoint()); }

    QTemporaryDir m_stateDir;
    std::unique_ptr<ClusterManager> m_manager;

private slots:
    void initTestCase()
    {
        QVERIFY(m_stateDir.isValid());
        m_manager = std::make_unique<ClusterManager>(m_stateDir.path());
        QVERIFY2(m_manager->problem().isEmpty(), qPrintable(m_manager->problem()));
    }

    void provisionsALeaderReachableOverSsl()
    {
        auto future = m_manager->provision({ leaderId, {}, {}, 50 });
        PG_FINISH(future);
        const PgEndpoint ep = future.result();
        QCOMPARE(ep.addonId, leaderId);
        QCOMPARE(ep.host, QStringLiteral("127.0.0.1"));
        QVERIFY(ep.port > 1024);
        QVERIFY2(QRegularExpression(QStringLiteral("^d[a-z0-9]{14}$")).match(ep.database).hasMatch(),
                 qPrintable(ep.database));
        QCOMPARE(ep.credentials.size(), 1);
        const PgCredential owner = ep.credentials.first();
        QCOMPARE(owner.name, QStringLiteral("default"));
        QVERIFY2(QRegularExpression(QStringLiteral("^u[a-z0-9]{14}$")).match(owner.user).hasMatch(),
                 qPrintable(owner.user));
        QVERIFY(QRegularExpression(QStringLiteral("^p[0-9a-f]{64}$")).match(owner.password).hasMatch());
        QVERIFY(m_manager->isRunning(leaderId));
        QCOMPARE(m_manager->addonIds(), QStringList { leaderId });

        // The default credential, over SSL, with libpq; it owns the database and its public schema.
        auto conn = connectUrl(ep.url(), QStringLiteral("sslmode=require"));
        QVERIFY2(connected(conn), qPrintable(errorOf(conn)));
        QCOMPARE(PQsslInUse(conn.get()), 1);
        QCOMPARE(scalar(conn, QStringLiteral("SELECT current_user")), owner.user);
        QCOMPARE(scalar(conn,
                        QStringLiteral("SELECT datdba::regrole::text FROM pg_database WHERE datname = "
                                       "current_database()")),
                 owner.user);
        QCOMPARE(
            scalar(conn, QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'")),
            owner.user);
        QCOMPARE(scalar(conn, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")),
                 QStringLiteral("f"));
        bool ok = false;
        scalar(conn, QStringLiteral("CREATE TABLE items (id serial PRIMARY KEY, v text NOT NULL)"), &ok);
        QVERIFY2(ok, PQerrorMessage(conn.get()));
        scalar(conn, QStringLiteral("INSERT INTO items (v) SELECT md5(g::text) FROM generate_series(1, 2000) g"), &ok);
        QVERIFY(ok);
        // A wrong password is refused (SCRAM, not trust).
        PgEndpoint wrong = ep;
        wrong.credentials.first().password = QStringLiteral("nope");
        QVERIFY(!connected(connectUrl(wrong.url())));

        // cluster.json holds the passwords: readable by the sandbox's user only. The data
        // directory belongs to the server user (postgres when we are root).
        const QString json = QFileInfo(ep.dataDir).path() + QStringLiteral("/cluster.json");
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(json).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(st.st_uid, ::geteuid());
        QCOMPARE(::stat(QFile::encodeName(ep.dataDir).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        if (::geteuid() == 0)
            QVERIFY(st.st_uid != 0);

        // The sandbox's superuser has a one-iteration secret (its own sessions connect faster);
        // the tenant's role keeps PostgreSQL's default, as on Heroku.
        QCOMPARE(value(leaderId, QStringLiteral("SELECT left(rolpassword, 16) FROM pg_authid WHERE rolname = "
                                                "current_user")),
                 QStringLiteral("SCRAM-SHA-256$1:"));
        QCOMPARE(value(leaderId, QStringLiteral("SELECT left(rolpassword, 19) FROM pg_authid WHERE rolname = '%1'")
                                     .arg(owner.user)),
                 QStringLiteral("SCRAM-SHA-256$4096:"));
        QCOMPARE(value(leaderId, QStringLiteral("SHOW ssl")), QStringLiteral("on"));
        QCOMPARE(value(leaderId, QStringLiteral("SHOW wal_level")), QStringLiteral("replica"));
        QCOMPARE(value(leaderId, QStringLiteral("SHOW track_commit_timestamp")), QStringLiteral("on"));
        QCOMPARE(value(leaderId, QStringLiteral("SHOW max_connections")), QStringLiteral("50"));
        QCOMPARE(value(leaderId, QStringLiteral("SHOW listen_addresses")), QStringLiteral("127.0.0.1"));

        const PgStats s = stats(leaderId);
        QVERIFY(s.running);
        QVERIFY2(s.serverVersion.startsWith(QStringLiteral("15.")), qPrintable(s.serverVersion));
        QCOMPARE(s.tableCount, 1);
        QCOMPARE(s.connectionCount, 1); // `conn` above
        QVERIFY(s.dataSizeBytes > 1000000);
        QVERIFY(!s.inRecovery);
        QVERIFY(!s.readOnly);
        QVERIFY(s.createdAt.isValid());
    }

    void refusesADuplicateAndAnUnknownLeader()
    {
        auto duplicate = m_manager->provision({ leaderId, {}, {}, 50 });
        QString error;
        QVERIFY(!pgtest::finish(duplicate, error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        auto orphan = m_manager->provision({ QStringLiteral("orphan"), QStringLiteral("no-such-addon"), {}, 50 });
        QVERIFY(!pgtest::finish(orphan, error));
        QVERIFY2(error.contains(QStringLiteral("no-such-addon")), qPrintable(error));
        QVERIFY(!m_manager->endpoint(QStringLiteral("orphan")));
        auto badId = m_manager->provision({ QStringLiteral("../escape"), {}, {}, 50 });
        QVERIFY(!pgtest::finish(badId, error));
        QVERIFY2(error.contains(QStringLiteral("Invalid add-on id")), qPrintable(error));
    }

    void cleansUpAnInterruptedProvisioning()
    {
        // What a sandbox killed during initdb leaves: a cluster directory without cluster.json.
        const QString leftover = m_stateDir.filePath(QStringLiteral("clusters/leftover-addon/data"));
        QVERIFY(QDir().mkpath(leftover));
        QFile junk(leftover + QStringLiteral("/PG_VERSION"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("15\n");
        junk.close();
        auto future = m_manager->provision({ QStringLiteral("leftover-addon"), {}, {}, 20 });
        PG_FINISH(future);
        QVERIFY(connected(connectUrl(future.result().url())));
        auto destroy = m_manager->destroy(QStringLiteral("leftover-addon"));
        PG_FINISH(destroy);
        QVERIFY(!QFileInfo::exists(leftover));
    }

    void followerStreamsAndReportsHowFarBehind()
    {
        // On a smaller plan than its leader (Heroku allows it): the standby still needs the leader's
        // max_connections to start, so it gets that.
        auto future = m_manager->provision({ followerId, leaderId, {}, 20 });
        PG_FINISH(future);
        const PgEndpoint ep = future.result();
        QCOMPARE(value(followerId, QStringLiteral("SHOW max_connections")), QStringLiteral("50"));
        const PgEndpoint leader = endpoint(leaderId);
        QCOMPARE(ep.following, leaderId);
        QCOMPARE(ep.database, leader.database);
        QCOMPARE(ep.credentials.first().user, leader.credentials.first().user);
        QVERIFY(ep.port != leader.port);

        QCOMPARE(value(followerId, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
        QCOMPARE(value(followerId, QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("2000"));
        // A write on the leader shows up on the follower (streaming replication).
        auto leaderConn = connectUrl(leader.url());
        QVERIFY(connected(leaderConn));
        scalar(leaderConn, QStringLiteral("INSERT INTO items (v) VALUES ('streamed')"));
        QTRY_COMPARE_WITH_TIMEOUT(value(followerId, QStringLiteral("SELECT count(*) FROM items WHERE v = 'streamed'")),
                                  QStringLiteral("1"), 20000);
        // The follower is read-only for the default credential too.
        auto followerConn = connectUrl(ep.url());
        QVERIFY2(connected(followerConn), qPrintable(errorOf(followerConn)));
        bool ok = true;
        scalar(followerConn, QStringLiteral("INSERT INTO items (v) VALUES ('nope')"), &ok);
        QVERIFY(!ok);
        followerConn.reset();

        QTRY_VERIFY_WITH_TIMEOUT(stats(followerId).behindByCommits == 0, 20000);
        PgStats s = stats(followerId);
        QVERIFY(s.inRecovery);
        QCOMPARE(s.tableCount, 1);

        // With a large apply delay the follower receives but does not replay: it falls behind.
        auto delay = m_manager->setApplyDelay(followerId, 3600 * 1000);
        PG_FINISH(delay);
        QCOMPARE(value(followerId, QStringLiteral("SHOW recovery_min_apply_delay")), QStringLiteral("1h"));
        for (int i = 0; i < 5; ++i)
            scalar(leaderConn, QStringLiteral("INSERT INTO items (v) VALUES ('delayed %1')").arg(i));
        QTRY_VERIFY_WITH_TIMEOUT((s = stats(followerId)).behindByCommits >= 5 && s.lagBytes > 0, 20000);
        QVERIFY2(s.behindByCommits < 50, qPrintable(QString::number(s.behindByCommits)));
        QCOMPARE(value(followerId, QStringLiteral("SELECT count(*) FROM items WHERE v LIKE 'delayed%'")),
                 QStringLiteral("0"));

        // Without the delay it catches up on its own.
        delay = m_manager->setApplyDelay(followerId, 0);
        PG_FINISH(delay);
        QTRY_VERIFY_WITH_TIMEOUT(stats(followerId).behindByCommits == 0, 30000);
        QCOMPARE(value(followerId, QStringLiteral("SELECT count(*) FROM items WHERE v LIKE 'delayed%'")),
                 QStringLiteral("5"));
        QTRY_VERIFY_WITH_TIMEOUT(stats(followerId).lagBytes == 0, 30000);

        // An apply delay only makes sense on a follower.
        auto invalid = m_manager->setApplyDelay(leaderId, 10);
        QString error;
        QVERIFY(!pgtest::finish(invalid, error));
        QVERIFY2(error.contains(QStringLiteral("not a follower")), qPrintable(error));
    }

    void unfollowPromotesTheFollower()
    {
        auto future = m_manager->unfollow(followerId);
        PG_FINISH(future);
        QCOMPARE(value(followerId, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
        QVERIFY(endpoint(followerId).following.isEmpty());
        const PgStats s = stats(followerId);
        QVERIFY(!s.inRecovery);
        QCOMPARE(s.behindByCommits, 0);

        auto conn = connectUrl(endpoint(followerId).url());
        QVERIFY2(connected(conn), qPrintable(errorOf(conn)));
        bool ok = false;
        scalar(conn, QStringLiteral("INSERT INTO items (v) VALUES ('written after promotion')"), &ok);
        QVERIFY2(ok, PQerrorMessage(conn.get()));
        // Independent from now on: the leader does not see it.
        QCOMPARE(value(leaderId, QStringLiteral("SELECT count(*) FROM items WHERE v = 'written after promotion'")),
                 QStringLiteral("0"));

        auto again = m_manager->unfollow(followerId);
        QString error;
        QVERIFY(!pgtest::finish(again, error));
        QVERIFY2(error.contains(QStringLiteral("not a follower")), qPrintable(error));
    }

    void credentialsAreRealRoles()
    {
        const PgEndpoint before = endpoint(leaderId);
        auto rotate = m_manager->rotateCredential(leaderId, QStringLiteral("default"));
        PG_FINISH(rotate);
        const PgCredential rotated = rotate.result();
        QCOMPARE(rotated.user, before.credentials.first().user);
        QVERIFY(rotated.password != before.credentials.first().password);
        const PgEndpoint after = endpoint(leaderId);
        QCOMPARE(after.credentials.first().password, rotated.password);

        auto old = connectUrl(before.url());
        QVERIFY(!connected(old));
        QVERIFY2(errorOf(old).contains(QStringLiteral("password authentication failed")), qPrintable(errorOf(old)));
        auto fresh = connectUrl(after.url());
        QVERIFY2(connected(fresh), qPrintable(errorOf(fresh)));
        fresh.reset();

        auto create = m_manager->createCredential(leaderId, QStringLiteral("analyst"));
        PG_FINISH(create);
        const PgCredential analyst = create.result();
        QCOMPARE(analyst.name, QStringLiteral("analyst"));
        QVERIFY(endpoint(leaderId).credential(QStringLiteral("analyst")));
        auto analystConn = connectUrl(endpoint(leaderId).url(QStringLiteral("analyst")));
        QVERIFY2(connected(analystConn), qPrintable(errorOf(analystConn)));
        QCOMPARE(scalar(analystConn, QStringLiteral("SELECT current_user")), QStringLiteral("analyst"));

        // Rotation with a connection reset also ends the role's sessions.
        auto rotateAnalyst = m_manager->rotateCredential(leaderId, QStringLiteral("analyst"), true);
        PG_FINISH(rotateAnalyst);
        bool ok = true;
        scalar(analystConn, QStringLiteral("SELECT 1"), &ok);
        QVERIFY(!ok);
        analystConn.reset();

        auto destroy = m_manager->destroyCredential(leaderId, QStringLiteral("analyst"));
        PG_FINISH(destroy);
        QVERIFY(!endpoint(leaderId).credential(QStringLiteral("analyst")));
        QCOMPARE(value(leaderId, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'analyst'")),
                 QStringLiteral("0"));

        auto destroyDefault = m_manager->destroyCredential(leaderId, QStringLiteral("default"));
        QString error;
        QVERIFY(!pgtest::finish(destroyDefault, error));
        auto badName = m_manager->createCredential(leaderId, QStringLiteral("Robert'); DROP TABLE items;--"));
        QVERIFY(!pgtest::finish(badName, error));
        QVERIFY2(error.contains(QStringLiteral("Invalid credential name")), qPrintable(error));
    }

    void copyCopiesEveryRow()
    {
        const QString checksum
            = QStringLiteral("SELECT count(*) || ':' || md5(string_agg(id || '=' || v, ',' ORDER BY id)) "
                             "FROM items");
        const QString expected = value(leaderId, checksum);
        QVERIFY(expected.startsWith(QStringLiteral("2006:")));
        QVERIFY(value(followerId, checksum) != expected); // it has a row of its own since its promotion

        std::atomic<qint64> lastProgress = 0;
        std::atomic<int> progressCalls = 0;
        auto copy = m_manager->copy(leaderId, followerId, [&](qint64 bytes) {
            lastProgress = bytes;
            ++progressCalls;
        });
        PG_FINISH(copy);
        QVERIFY(copy.result() > 50000);
        QCOMPARE(lastProgress.load(), copy.result());
        QVERIFY(progressCalls > 0);
        QCOMPARE(value(followerId, checksum), expected);
        // --no-owner: everything belongs to the target's default role.
        QCOMPARE(value(followerId, QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'items'")),
                 endpoint(followerId).credentials.first().user);
        auto conn = connectUrl(endpoint(followerId).url());
        bool ok = false;
        scalar(conn, QStringLiteral("INSERT INTO items (v) VALUES ('after copy')"), &ok);
        QVERIFY2(ok, PQerrorMessage(conn.get()));

        auto self = m_manager->copy(leaderId, leaderId);
        QString error;
        QVERIFY(!pgtest::finish(self, error));
        QVERIFY2(error.contains(QStringLiteral("onto itself")), qPrintable(error));
    }

    void forkCopiesDataWithItsOwnCredentials()
    {
        auto future = m_manager->provision({ forkId, {}, leaderId, 50 });
        PG_FINISH(future);
        const PgEndpoint fork = future.result();
        const PgEndpoint leader = endpoint(leaderId);
        QCOMPARE(fork.forkedFrom, leaderId);
        QVERIFY(fork.following.isEmpty());
        QVERIFY(fork.database != leader.database);
        QVERIFY(fork.credentials.first().user != leader.credentials.first().user);
        QVERIFY(fork.credentials.first().password != leader.credentials.first().password);
        auto conn = connectUrl(fork.url());
        QVERIFY2(connected(conn), qPrintable(errorOf(conn)));
        QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("2006"));
        QCOMPARE(scalar(conn, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
        bool ok = false;
        scalar(conn, QStringLiteral("INSERT INTO items (v) VALUES ('fork only')"), &ok);
        QVERIFY(ok);
        conn.reset();
        // The source's credentials do not open the fork.
        PgEndpoint withLeaderCredentials = fork;
        withLeaderCredentials.credentials = leader.credentials;
        QVERIFY(!connected(connectUrl(withLeaderCredentials.url())));

        auto destroy = m_manager->destroy(forkId);
        PG_FINISH(destroy);
        QVERIFY(!m_manager->endpoint(forkId));
        QVERIFY(!QFileInfo::exists(fork.dataDir));
        QVERIFY(!QFileInfo::exists(QFileInfo(fork.dataDir).path()));
        QVERIFY(!connected(connectUrl(fork.url())));
    }

    void connectionResetTerminatesSessions()
    {
        const PgEndpoint ep = endpoint(leaderId);
        auto a = connectUrl(ep.url());
        auto b = connectUrl(ep.url());
        QVERIFY(connected(a) && connected(b));
        QCOMPARE(scalar(a, QStringLiteral("SELECT 1")), QStringLiteral("1"));
        auto reset = m_manager->connectionReset(leaderId);
        PG_FINISH(reset);
        QVERIFY2(reset.result() >= 2, qPrintable(QString::number(reset.result())));
        bool ok = true;
        scalar(a, QStringLiteral("SELECT 1"), &ok);
        QVERIFY(!ok);
        scalar(b, QStringLiteral("SELECT 1"), &ok);
        QVERIFY(!ok);
        QCOMPARE(stats(leaderId).connectionCount, 0);
    }

    void readOnlyAppliesToNewSessions()
    {
        auto on = m_manager->setReadOnly(leaderId, true);
        PG_FINISH(on);
        QVERIFY(stats(leaderId).readOnly);
        auto conn = connectUrl(endpoint(leaderId).url());
        bool ok = true;
        scalar(conn, QStringLiteral("INSERT INTO items (v) VALUES ('read-only')"), &ok);
        QVERIFY(!ok);
        auto off = m_manager->setReadOnly(leaderId, false);
        PG_FINISH(off);
        QVERIFY(!stats(leaderId).readOnly);
        conn = connectUrl(endpoint(leaderId).url());
        scalar(conn, QStringLiteral("INSERT INTO items (v) VALUES ('writable again')"), &ok);
        QVERIFY(ok);
    }

    void resetEmptiesTheDatabase()
    {
        auto conn = connectUrl(endpoint(followerId).url());
        QVERIFY(connected(conn));
        auto reset = m_manager->reset(followerId, { QStringLiteral("pgcrypto") });
        PG_FINISH(reset);
        QCOMPARE(stats(followerId).tableCount, 0);
        QCOMPARE(value(followerId, QStringLiteral("SELECT to_regclass('public.items') IS NULL")), QStringLiteral("t"));
        QCOMPARE(value(followerId, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pgcrypto'")),
                 QStringLiteral("1"));
        bool ok = true;
        scalar(conn, QStringLiteral("SELECT 1"), &ok); // its session was ended with the database
        QVERIFY(!ok);
        conn = connectUrl(endpoint(followerId).url());
        QVERIFY2(connected(conn), qPrintable(errorOf(conn)));
        scalar(conn, QStringLiteral("CREATE TABLE fresh (id int)"), &ok);
        QVERIFY2(ok, PQerrorMessage(conn.get()));
        QCOMPARE(scalar(conn, QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'fresh'")),
                 endpoint(followerId).credentials.first().user);
    }

    void restartKeepsDataPortsAndFollowers()
    {
        auto standby = m_manager->provision({ standbyId, leaderId, {}, 50 });
        PG_FINISH(standby);
        const PgEndpoint leaderBefore = endpoint(leaderId);
        const PgEndpoint standbyBefore = standby.result();
        auto conn = connectUrl(leaderBefore.url());
        scalar(conn, QStringLiteral("CREATE TABLE marker (note text); INSERT INTO marker VALUES ('before restart')"));
        conn.reset();
        QTRY_COMPARE_WITH_TIMEOUT(value(standbyId, QStringLiteral("SELECT count(*) FROM marker")), QStringLiteral("1"),
                                  20000);

        const qint64 leaderPid = postmasterPid(leaderBefore.dataDir);
        QVERIFY(leaderPid > 0);
        m_manager->stopAll();
        QVERIFY(!m_manager->isRunning(leaderId));
        QVERIFY(!QFileInfo::exists(leaderBefore.dataDir + QStringLiteral("/postmaster.pid")));
        QVERIFY(!PgTools::processAlive(leaderPid));
        QVERIFY(!connected(connectUrl(leaderBefore.url())));

        m_manager = std::make_unique<ClusterManager>(m_stateDir.path());
        QVERIFY(m_manager->addonIds().isEmpty());
        auto restore = m_manager->restoreAll();
        PG_FINISH(restore);
        QCOMPARE(restore.result().size(), 3);
        QCOMPARE(m_manager->addonIds(), (QStringList { followerId, leaderId, standbyId }));
        for (const QString &id : m_manager->addonIds())
            QVERIFY2(m_manager->isRunning(id), qPrintable(id));
        const PgEndpoint leaderAfter = endpoint(leaderId);
        QCOMPARE(leaderAfter.port, leaderBefore.port);
        QCOMPARE(leaderAfter.url(), leaderBefore.url());
        QCOMPARE(endpoint(standbyId).port, standbyBefore.port);
        QCOMPARE(endpoint(standbyId).following, leaderId);

        conn = connectUrl(leaderAfter.url());
        QVERIFY2(connected(conn), qPrintable(errorOf(conn)));
        QCOMPARE(scalar(conn, QStringLiteral("SELECT note FROM marker")), QStringLiteral("before restart"));
        QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("2007"));
        scalar(conn, QStringLiteral("INSERT INTO marker VALUES ('after restart')"));
        QTRY_COMPARE_WITH_TIMEOUT(value(standbyId, QStringLiteral("SELECT count(*) FROM marker")), QStringLiteral("2"),
                                  20000);
        QCOMPARE(value(standbyId, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
        QCOMPARE(value(followerId, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
    }

    void reportsAClusterThatDies()
    {
        QSignalSpy stopped(m_manager.get(), &ClusterManager::clusterStopped);
        const qint64 pid = postmasterPid(endpoint(standbyId).dataDir);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.first().first().toString(), standbyId);
        QVERIFY(!m_manager->isRunning(standbyId));
        QVERIFY(!stats(standbyId).running);

        // It can be started again (the crashed server's children must be gone first).
        QTest::qWait(1000);
        auto start = m_manager->start(standbyId);
        PG_FINISH(start);
        QVERIFY(m_manager->isRunning(standbyId));
        QTRY_COMPARE_WITH_TIMEOUT(value(standbyId, QStringLiteral("SELECT count(*) FROM marker")), QStringLiteral("2"),
                                  20000);
    }

    void destroyRemovesEverything()
    {
        for (const QString &id : { standbyId, followerId }) {
            const PgEndpoint ep = endpoint(id);
            auto destroy = m_manager->destroy(id);
            PG_FINISH(destroy);
            QVERIFY(!m_manager->endpoint(id));
            QVERIFY(!QFileInfo::exists(QFileInfo(ep.dataDir).path()));
        }
        QCOMPARE(m_manager->addonIds(), QStringList { leaderId });
        auto unknown = m_manager->stats(QStringLiteral("gone"));
        QString error;
        QVERIFY(!pgtest::finish(unknown, error));
        QVERIFY2(error.contains(QStringLiteral("gone")), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (!m_manager)
            return;
        const QString dataDir = endpoint(leaderId).dataDir;
        const qint64 pid = dataDir.isEmpty() ? 0 : postmasterPid(dataDir);
        m_manager.reset(); // stops every cluster
        if (pid > 0)
            QVERIFY(!PgTools::processAlive(pid));
        ClusterManager wiper(m_stateDir.path());
        wiper.wipe();
        QVERIFY(!QFileInfo::exists(m_stateDir.filePath(QStringLiteral("clusters"))));
    }
};

QTEST_GUILESS_MAIN(TestClusterManager)
#include "testclustermanager.moc"
