#include "core/transfer/localserversettings.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using hpg::LocalServerSettings;

class TestLocalServerSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaultsToThePgEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGHOST"), QStringLiteral("/var/run/postgresql"));
        env.insert(QStringLiteral("PGPORT"), QStringLiteral("5433"));
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pw"));
        const auto settings = LocalServerSettings::fromEnvironment(env);
        QCOMPARE(settings.host, QStringLiteral("/var/run/postgresql"));
        QCOMPARE(settings.port, 5433);
        QCOMPARE(settings.user, QStringLiteral("postgres"));
        QCOMPARE(LocalServerSettings::environmentPassword(env), QStringLiteral("pw"));
        QVERIFY(settings.displayName().contains(QStringLiteral("local socket")));
        QVERIFY(LocalServerSettings::fromEnvironment(QProcessEnvironment()).host.isEmpty());
        QCOMPARE(LocalServerSettings::fromEnvironment(QProcessEnvironment()).effectivePort(), 5432);
    }

    // Without PGUSER, $USER or $USERNAME (root in a container) the user is the effective
    // user's name, as libpq would use it, never empty.
    void theUserFallsBackToTheEffectiveUser()
    {
        const QByteArray user = qgetenv("USER");
        const QByteArray username = qgetenv("USERNAME");
        qunsetenv("USER");
        qunsetenv("USERNAME");
        const QString effective = LocalServerSettings().effectiveUser();
        qputenv("USER", user);
        if (!username.isEmpty())
            qputenv("USERNAME", username);
        QVERIFY(!effective.isEmpty());
        QProcess id;
        id.start(QStringLiteral("id"), { QStringLiteral("-un") });
        QVERIFY(id.waitForFinished(10000));
        QCOMPARE(effective, QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed());
    }

    void savesWithoutThePassword()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        LocalServerSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = 5499;
        settings.user = QStringLiteral("dba");
        settings.save(store);
        QCOMPARE(LocalServerSettings::load(store), settings);
        store.sync();
        QFile file(dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().toLower().contains("password"));
        QCOMPARE(settings.displayName(), QStringLiteral("dba@127.0.0.1:5499"));
        QCOMPARE(settings.secretKey(), QStringLiteral("local-postgres/dba@127.0.0.1:5499"));
    }

    void buildsConnections()
    {
        LocalServerSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.user = QStringLiteral("dba");
        const auto conn = settings.connInfo(QStringLiteral("mylocaldb"), QStringLiteral("pw"));
        QCOMPARE(conn.database(), QStringLiteral("mylocaldb"));
        QCOMPARE(conn.password(), QStringLiteral("pw"));
        QCOMPARE(conn.sslMode(), QStringLiteral("allow")); // this machine: SSL only if the server insists
        QCOMPARE(conn.port(), 0);
        settings.host = QString(); // the Unix-domain socket
        QCOMPARE(settings.connInfo(QStringLiteral("db")).sslMode(), QStringLiteral("allow"));
        settings.host = QStringLiteral("db.example.lan");
        QCOMPARE(settings.connInfo(QStringLiteral("db")).sslMode(), QStringLiteral("prefer"));
    }
};

QTEST_GUILESS_MAIN(TestLocalServerSettings)
#include "testlocalserversettings.moc"
