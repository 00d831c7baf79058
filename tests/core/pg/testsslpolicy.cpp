// SslPolicy: every connection to a database off this machine asks for SSL and never falls back
// to plain text, PgQuery's included: against a server on the wire that refuses SSL, PgQuery
// must give up instead of sending the user name and database in the clear.

#include "core/pg/sslpolicy.h"
#include "core/transfer/pgquery.h"

#include <QFutureWatcher>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace hpg;

namespace {

ConnInfo connection(const QString &host, const QString &sslMode, const QString &hostaddr = {})
{
    ConnInfo conn;
    conn.setHost(host);
    conn.setPort(5432);
    conn.setDatabase(QStringLiteral("d1"));
    conn.setUser(QStringLiteral("u1"));
    conn.setSslMode(sslMode);
    if (!hostaddr.isEmpty())
        conn.setOption(QStringLiteral("hostaddr"), hostaddr);
    return conn;
}

// A PostgreSQL server that does not speak SSL: it answers 'N' to SSLRequest (and to
// GSSENCRequest) and records whether the client then sends a StartupMessage in plain text.
class NoSslServer : public QObject
{
public:
    NoSslServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    int sslRequests = 0;
    int plainStartups = 0;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (buffer.size() >= 8) {
            const quint32 length = qFromBigEndian<quint32>(buffer.constData());
            const quint32 code = qFromBigEndian<quint32>(buffer.constData() + 4);
            if (length < 8 || length > 10000) {
                socket->abort();
                return;
            }
            if (quint32(buffer.size()) < length)
                return;
            buffer.remove(0, int(length));
            if (code == 80877103 || code == 80877104) { // SSLRequest, GSSENCRequest
                sslRequests += code == 80877103 ? 1 : 0;
                socket->write("N");
            } else if (code == 196608) { // StartupMessage, protocol 3.0: user and database in the clear
                ++plainStartups;
                socket->abort();
                return;
            }
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestSslPolicy : public QObject
{
    Q_OBJECT
private slots:
    void requiredOffLoopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("hostaddr");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("expected");
        const QString heroku = QStringLiteral("ec2-1-2-3-4.compute-1.amazonaws.com");
        QTest::newRow("heroku, none asked") << heroku << QString() << QString() << QStringLiteral("require");
        QTest::newRow("heroku, prefer") << heroku << QString() << QStringLiteral("prefer") << QStringLiteral("require");
        QTest::newRow("heroku, disable") << heroku << QString() << QStringLiteral("disable")
                                         << QStringLiteral("require");
        QTest::newRow("heroku, allow") << heroku << QString() << QStringLiteral("allow") << QStringLiteral("require");
        QTest::newRow("heroku, verify-full kept")
            << heroku << QString() << QStringLiteral("verify-full") << QStringLiteral("verify-full");
        QTest::newRow("heroku, verify-ca kept")
            << heroku << QString() << QStringLiteral("verify-ca") << QStringLiteral("verify-ca");
        QTest::newRow("sandbox, none asked")
            << QStringLiteral("127.0.0.1") << QString() << QString() << QStringLiteral("fallback");
        QTest::newRow("sandbox, require")
            << QStringLiteral("localhost") << QString() << QStringLiteral("require") << QStringLiteral("require");
        QTest::newRow("local server, disable") << QStringLiteral("/var/run/postgresql") << QString()
                                               << QStringLiteral("disable") << QStringLiteral("disable");
        // A loopback name whose hostaddr goes elsewhere is not loopback.
        QTest::newRow("localhost, remote hostaddr") << QStringLiteral("localhost") << QStringLiteral("10.1.2.3")
                                                    << QStringLiteral("disable") << QStringLiteral("require");
        QTest::newRow("remote name, loopback hostaddr")
            << QStringLiteral("db.example.com") << QStringLiteral("127.0.0.1") << QStringLiteral("prefer")
            << QStringLiteral("require");
        QTest::newRow("localhost, loopback hostaddr") << QStringLiteral("localhost") << QStringLiteral("127.0.0.1")
                                                      << QStringLiteral("disable") << QStringLiteral("disable");
    }

    void requiredOffLoopback()
    {
        QFETCH(QString, host);
        QFETCH(QString, hostaddr);
        QFETCH(QString, asked);
        QFETCH(QString, expected);
        QCOMPARE(SslPolicy::modeFor(connection(host, asked, hostaddr), QStringLiteral("fallback")), expected);
    }

    // PgQuery (the transfers' catalog queries, CREATE/DROP DATABASE) used sslmode=prefer off
    // loopback: a server (or a man in the middle) that refuses SSL got the startup in plain text.
    void pgQueryNeverFallsBackToPlainText()
    {
        NoSslServer server;
        QVERIFY(server.listen());
        // A remote host name, reached at 127.0.0.1 through hostaddr: for libpq a host like Heroku's.
        ConnInfo conn = connection(QStringLiteral("db.example.com"), QString(), QStringLiteral("127.0.0.1"));
        conn.setPort(server.port());
        conn.setPassword(QStringLiteral("never-in-the-clear"));
        auto future = PgQuery::run(conn, QStringLiteral("SELECT 1"));
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
        const PgQuery::Result result = future.result();
        QVERIFY(!result.connected);
        QCOMPARE(server.sslRequests, 1);
        QCOMPARE(server.plainStartups, 0);
        QVERIFY2(result.error.contains(QLatin1String("SSL")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestSslPolicy)
#include "testsslpolicy.moc"
