// PgSession against a real PostgreSQL 15 cluster: connecting, statements and their values,
// never blocking the caller's thread, cancelling, closing while busy, and each kind of error.

#include "core/pg/pgsession.h"
#include "core/pg/sslpolicy.h"
#include "livecluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace hpg;
using livepg::Actor;

namespace {

// Runs one statement and waits for its result (processing events).
PgSessionResult run(PgSession &session, const QString &sql, const QStringList &params = {}, int timeoutMs = 20000)
{
    PgSessionResult out;
    bool done = false;
    session.exec(sql, params, [&](const PgSessionResult &r) {
        out = r;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!done)
        out.error.kind = PgSessionError::Kind::Timeout;
    return out;
}

QString param(const QList<QPair<QByteArray, QByteArray>> &params, const char *keyword)
{
    for (const auto &[k, v] : params) {
        if (k == keyword)
            return QString::fromUtf8(v);
    }
    return QString();
}

} // namespace

class TestPgSession : public QObject
{
    Q_OBJECT

private:
    livepg::LiveCluster m_cluster;

    bool openSession(PgSession &session, const ConnInfo &conn)
    {
        QSignalSpy opened(&session, &PgSession::opened);
        session.open(conn);
        return opened.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.provision(&error), qPrintable(error));
    }

    void connectionParametersRequireSslAwayFromLoopback()
    {
        ConnInfo conn;
        conn.setHost(QStringLiteral("ec2-1-2-3-4.compute-1.amazonaws.com"));
        conn.setPort(5432);
        conn.setDatabase(QStringLiteral("d1"));
        conn.setUser(QStringLiteral("u1"));
        conn.setPassword(QStringLiteral("secret"));
        conn.setSslMode(QStringLiteral("disable"));
        conn.setOption(QStringLiteral("application_name"), QStringLiteral("psql"));
        conn.setOption(QStringLiteral("sslrootcert"), QStringLiteral("/tmp/root.crt"));
        auto params = PgSession::connectionParameters(conn);
        QCOMPARE(param(params, "sslmode"), QStringLiteral("require"));
        QCOMPARE(param(params, "application_name"), QStringLiteral("hpgdesk"));
        QCOMPARE(param(params, "host"), conn.host());
        QCOMPARE(param(params, "port"), QStringLiteral("5432"));
        QCOMPARE(param(params, "password"), QStringLiteral("secret"));
        QCOMPARE(param(params, "sslrootcert"), QStringLiteral("/tmp/root.crt"));
        QCOMPARE(param(params, "keepalives"), QStringLiteral("1"));
        int appNames = 0;
        for (const auto &p : params)
            appNames += p.first == "application_name" ? 1 : 0;
        QCOMPARE(appNames, 1);

        conn.setSslMode(QStringLiteral("verify-full")); // stronger than require: kept
        QCOMPARE(param(PgSession::connectionParameters(conn), "sslmode"), QStringLiteral("verify-full"));
        conn.setSslMode(QString());
        QCOMPARE(param(PgSession::connectionParameters(conn), "sslmode"), QStringLiteral("require"));

        conn.setHost(QStringLiteral("127.0.0.1")); // loopback: the user's choice (libpq's default when empty)
        QCOMPARE(param(PgSession::connectionParameters(conn), "sslmode"), QString());
        conn.setSslMode(QStringLiteral("disable"));
        QCOMPARE(param(PgSession::connectionParameters(conn), "sslmode"), QStringLiteral("disable"));

        QVERIFY(SslPolicy::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(SslPolicy::isLoopbackHost(QStringLiteral("127.0.0.5")));
        QVERIFY(SslPolicy::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(SslPolicy::isLoopbackHost(QStringLiteral("/var/run/postgresql")));
        QVERIFY(SslPolicy::isLoopbackHost(QString()));
        QVERIFY(!SslPolicy::isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!SslPolicy::isLoopbackHost(QStringLiteral("localhost.example.com")));
        QVERIFY(!SslPolicy::isLoopbackHost(QStringLiteral("127.0.0.1,db.example.com")));
    }

    void opensOverSslAndCopiesValues()
    {
        PgSession session;
        QSignalSpy states(&session, &PgSession::stateChanged);
        QVERIFY(openSession(session, m_cluster.connInfo()));
        QCOMPARE(session.state(), PgSession::State::Connected);
        QCOMPARE(states.first().first().value<PgSession::State>(), PgSession::State::Connecting);
        QVERIFY(session.backendPid() > 0);
        QVERIFY(session.serverVersion() >= 150000);

        PgSessionResult r
            = run(session,
                  QStringLiteral("SELECT current_setting('application_name') AS app, ssl, pg_backend_pid() "
                                 "FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.first().columns, QStringList({ "app", "ssl", "pg_backend_pid" }));
        QCOMPARE(r.first().rows.size(), 1);
        QCOMPARE(r.first().rows[0][0], QStringLiteral("hpgdesk"));
        QCOMPARE(r.first().rows[0][1], QStringLiteral("t"));
        QCOMPARE(r.first().rows[0][2].toInt(), session.backendPid());

        // Parameters, NULL versus empty, UTF-8.
        r = run(session, QStringLiteral("SELECT $1::text AS a, $2::text AS b, $3::text AS c"),
                { QStringLiteral("日本語"), QString(), QStringLiteral("") });
        QVERIFY(r.ok());
        QCOMPARE(r.first().rows[0][0], QStringLiteral("日本語"));
        QVERIFY(r.first().rows[0][1].isNull());
        QVERIFY(!r.first().rows[0][2].isNull());
        QVERIFY(r.first().rows[0][2].isEmpty());

        // Several commands in one statement give one set each.
        r = run(session, QStringLiteral("SELECT 1 AS one; SELECT g FROM generate_series(1, 3) g"));
        QVERIFY(r.ok());
        QCOMPARE(r.sets.size(), 2);
        QCOMPARE(r.sets[1].rows.size(), 3);
        QCOMPARE(r.sets[1].commandStatus, QStringLiteral("SELECT 3"));

        // A statement error leaves the session usable.
        r = run(session, QStringLiteral("SELECT * FROM no_such_table"));
        QCOMPARE(r.error.kind, PgSessionError::Kind::Query);
        QCOMPARE(r.error.sqlState, QStringLiteral("42P01"));
        QVERIFY(r.error.detail.contains(QStringLiteral("no_such_table")));
        QCOMPARE(run(session, QStringLiteral("SELECT 2")).scalar(), QStringLiteral("2"));
    }

    void neverBlocksTheCallersThread()
    {
        PgSession session;
        QElapsedTimer timer;
        timer.start();
        session.open(m_cluster.connInfo()); // connects on the session's thread
        bool done = false;
        session.exec(QStringLiteral("SELECT pg_sleep(1)"), {}, [&](const PgSessionResult &) { done = true; });
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        // The event loop keeps running while the statement runs.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    }

    void cancelStopsTheRunningStatement()
    {
        PgSession session;
        QVERIFY(openSession(session, m_cluster.connInfo()));
        PgSessionResult result;
        bool done = false;
        QElapsedTimer timer;
        timer.start();
        session.exec(QStringLiteral("SELECT pg_sleep(60)"), {}, [&](const PgSessionResult &r) {
            result = r;
            done = true;
        });
        const QString pid = QString::number(session.backendPid());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.scalar(QStringLiteral("SELECT wait_event FROM pg_stat_activity WHERE pid = %1").arg(pid)),
            QStringLiteral("PgSleep"), 10000);
        QSignalSpy sent(&session, &PgSession::cancelSent);
        session.cancel();
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.first().first().toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.error.kind, PgSessionError::Kind::QueryCanceled);
        QCOMPARE(result.error.sqlState, QStringLiteral("57014"));
        QVERIFY(timer.elapsed() < 30000);
        // Still connected and usable.
        QCOMPARE(session.state(), PgSession::State::Connected);
        QCOMPARE(run(session, QStringLiteral("SELECT 3")).scalar(), QStringLiteral("3"));
    }

    void closingWhileBusyCancelsOnTheServer()
    {
        int pid = 0;
        {
            PgSession session;
            QVERIFY(openSession(session, m_cluster.connInfo()));
            pid = session.backendPid();
            bool called = false;
            session.exec(QStringLiteral("SELECT pg_sleep(60)"), {}, [&](const PgSessionResult &) { called = true; });
            QTRY_COMPARE_WITH_TIMEOUT(
                m_cluster.scalar(QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = %1").arg(pid)),
                QStringLiteral("active"), 10000);
            QElapsedTimer timer;
            timer.start();
            session.close();
            QCOMPARE(session.state(), PgSession::State::Closed);
            QTest::qWait(50);
            QVERIFY(!called); // dropped on close
            // The destructor returns without waiting for the statement.
            Q_UNUSED(timer)
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)),
            QStringLiteral("0"), 10000);
    }

    void destructorDoesNotWaitForAStatement()
    {
        QElapsedTimer timer;
        {
            PgSession session;
            QVERIFY(openSession(session, m_cluster.connInfo()));
            session.exec(QStringLiteral("SELECT pg_sleep(60)"));
            QTest::qWait(200);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        ConnInfo conn = m_cluster.connInfo();
        conn.setPort(port);
        PgSession session;
        QSignalSpy failed(&session, &PgSession::openFailed);
        session.open(conn);
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<PgSessionError>();
        QCOMPARE(error.kind, PgSessionError::Kind::ConnectionRefused);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.detail.contains(conn.password()));
        QCOMPARE(session.state(), PgSession::State::Closed);
        // A statement queued meanwhile fails too, without waiting.
        const PgSessionResult r = run(session, QStringLiteral("SELECT 1"), {}, 2000);
        QCOMPARE(r.error.kind, PgSessionError::Kind::NotConnected);
    }

    void connectTimeout()
    {
        QTcpServer silent; // accepts TCP connections and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnInfo conn = m_cluster.connInfo();
        conn.setPort(silent.serverPort());
        PgSession session;
        session.setConnectTimeout(700);
        QSignalSpy failed(&session, &PgSession::openFailed);
        QElapsedTimer timer;
        timer.start();
        session.open(conn);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<PgSessionError>().kind, PgSessionError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 5000);
    }

    void wrongPassword()
    {
        ConnInfo conn = m_cluster.connInfo();
        conn.setPassword(QStringLiteral("not-the-password"));
        PgSession session;
        QSignalSpy failed(&session, &PgSession::openFailed);
        session.open(conn);
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<PgSessionError>();
        QCOMPARE(error.kind, PgSessionError::Kind::AuthenticationFailed);
        QVERIFY(!error.detail.contains(QStringLiteral("not-the-password")));
    }

    void sslRequiredButNotOffered()
    {
        // What a PostgreSQL server without SSL does: it answers libpq's SSLRequest with 'N'.
        // (Turning ssl off on the test cluster would lock out its superuser connection, which
        // requires SSL.)
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->bytesAvailable() >= 8) {
                        socket->readAll();
                        socket->write("N");
                    }
                });
            }
        });
        ConnInfo conn = m_cluster.connInfo();
        conn.setPort(plain.serverPort());
        PgSession session;
        QSignalSpy failed(&session, &PgSession::openFailed);
        session.open(conn); // sslmode=require
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<PgSessionError>();
        QCOMPARE(error.kind, PgSessionError::Kind::SslRequired);
        QVERIFY2(error.detail.contains(QStringLiteral("SSL")), qPrintable(error.detail));

        // A server that requires SSL from a client that did not ask for it (Heroku's pg_hba.conf).
        const auto hba = PgSessionError::connectFailure(QStringLiteral(
            "connection to server at \"10.1.2.3\", port 5432 failed: FATAL:  no pg_hba.conf entry for host "
            "\"10.0.0.9\", user \"u1\", database \"d1\", no encryption\n"));
        QCOMPARE(hba.kind, PgSessionError::Kind::SslRequired);
    }

    void permissionDenied()
    {
        auto future = m_cluster.manager()->createCredential(livepg::LiveCluster::addonId(), QStringLiteral("analyst"));
        QString error;
        QVERIFY2(livepg::finish(future, &error), qPrintable(error));
        m_cluster.reloadEndpoint();
        Actor other;
        QVERIFY2(other.connect(m_cluster.connInfo(QStringLiteral("analyst")), QStringLiteral("other-role"), &error),
                 qPrintable(error));

        PgSession session;
        QVERIFY(openSession(session, m_cluster.connInfo()));
        const PgSessionResult r
            = run(session, QStringLiteral("SELECT pg_terminate_backend($1::int)"), { QString::number(other.pid()) });
        QCOMPARE(r.error.kind, PgSessionError::Kind::PermissionDenied);
        QCOMPARE(r.error.sqlState, QStringLiteral("42501"));
        QVERIFY(other.exec(QStringLiteral("SELECT 1")));
    }

    void terminatedWhileIdleIsNoticed()
    {
        PgSession session;
        QVERIFY(openSession(session, m_cluster.connInfo()));
        QSignalSpy lost(&session, &PgSession::connectionLost);
        // The superuser query waits for its result processing events, so the
        // session may notice the termination (and the spy record it) before
        // it returns: wait for a first signal, not for one more (QSignalSpy::wait
        // would wait for another that never comes). Nothing is sent meanwhile.
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(session.backendPid())),
                 QStringLiteral("t"));
        QCOMPARE(session.pendingCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
        QCOMPARE(lost.first().first().value<PgSessionError>().kind, PgSessionError::Kind::ServerGone);
        QCOMPARE(session.state(), PgSession::State::Closed);
        QCOMPARE(run(session, QStringLiteral("SELECT 1"), {}, 2000).error.kind, PgSessionError::Kind::NotConnected);
        // And it connects again.
        QVERIFY(openSession(session, m_cluster.connInfo()));
        QCOMPARE(run(session, QStringLiteral("SELECT 4")).scalar(), QStringLiteral("4"));
    }

    void serverGoneMidStatement()
    {
        PgSession session;
        QVERIFY(openSession(session, m_cluster.connInfo()));
        PgSessionResult result;
        bool done = false;
        session.exec(QStringLiteral("SELECT pg_sleep(60)"), {}, [&](const PgSessionResult &r) {
            result = r;
            done = true;
        });
        QTest::qWait(300);
        auto stop = m_cluster.manager()->stop(livepg::LiveCluster::addonId());
        QString error;
        QVERIFY2(livepg::finish(stop, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(result.error.kind, PgSessionError::Kind::ServerGone);
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(session.state(), PgSession::State::Closed);

        // While it is down: refused.
        QSignalSpy failed(&session, &PgSession::openFailed);
        session.open(m_cluster.connInfo());
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<PgSessionError>().kind, PgSessionError::Kind::ConnectionRefused);

        auto start = m_cluster.manager()->start(livepg::LiveCluster::addonId());
        QVERIFY2(livepg::finish(start, &error), qPrintable(error));
        m_cluster.reloadEndpoint();
        QVERIFY(openSession(session, m_cluster.connInfo()));
        QCOMPARE(run(session, QStringLiteral("SELECT 5")).scalar(), QStringLiteral("5"));
    }
};

QTEST_GUILESS_MAIN(TestPgSession)
#include "testpgsession.moc"
