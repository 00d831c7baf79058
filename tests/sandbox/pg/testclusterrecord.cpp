// ClusterRecord without a server: what cluster.json and the configuration files hold.

#include "sandbox/pg/clusterrecord.h"
#include "sandbox/pg/pgerror.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>

using namespace hpg::sandbox;

class TestClusterRecord : public QObject
{
    Q_OBJECT

private:
    static ClusterRecord sample(const QString &dir)
    {
        ClusterRecord r;
        r.addonId = QStringLiteral("a1b2");
        r.dir = dir;
        r.port = 34567;
        r.database = QStringLiteral("dabc");
        r.credentials = { { QStringLiteral("default"), QStringLiteral("uowner"), QStringLiteral("p:w@d/?#") },
                          { QStringLiteral("analyst"), QStringLiteral("analyst"), QStringLiteral("secret") } };
        r.superuserPassword = QStringLiteral("super");
        r.replicationPassword = QStringLiteral("it's\\odd");
        r.following = QStringLiteral("leader1");
        r.leaderPort = 45678;
        r.applyDelayMs = 2500;
        r.readOnly = true;
        r.maxConnections = 77;
        r.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        return r;
    }

private slots:
    void randomNamesLookLikeHerokus()
    {
        QVERIFY(QRegularExpression(QStringLiteral("^d[a-z0-9]{14}$"))
                    .match(ClusterRecord::randomDatabaseName())
                    .hasMatch());
        QVERIFY(
            QRegularExpression(QStringLiteral("^u[a-z0-9]{14}$")).match(ClusterRecord::randomUserName()).hasMatch());
        QVERIFY(
            QRegularExpression(QStringLiteral("^p[0-9a-f]{64}$")).match(ClusterRecord::randomPassword()).hasMatch());
        QVERIFY(ClusterRecord::randomPassword() != ClusterRecord::randomPassword());
    }

    void savesPrivatelyAndLoadsBack()
    {
        QTemporaryDir dir;
        const ClusterRecord r = sample(dir.path());
        r.save();
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(r.jsonFile()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QVERIFY(!QFile::exists(r.jsonFile() + QStringLiteral(".tmp")));

        const ClusterRecord back = ClusterRecord::load(dir.path());
        QCOMPARE(back.toJson(), r.toJson());
        QCOMPARE(back.dir, dir.path());
        QCOMPARE(back.createdAt, r.createdAt);
        QCOMPARE(back.credentials.size(), 2);
        QCOMPARE(back.credential(QStringLiteral("analyst"))->password, QStringLiteral("secret"));
        QVERIFY(!back.credential(QStringLiteral("nobody")));

        QFile broken(r.jsonFile());
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{ not json");
        broken.close();
        QVERIFY_THROWS_EXCEPTION(PgError, ClusterRecord::load(dir.path()));
        QVERIFY_THROWS_EXCEPTION(PgError, ClusterRecord::load(dir.path() + QStringLiteral("/missing")));
    }

    void urlsAreEncoded()
    {
        const PgEndpoint e = sample(QStringLiteral("/x")).endpoint();
        const QUrl url(e.url());
        QCOMPARE(url.scheme(), QStringLiteral("postgres"));
        QCOMPARE(url.userName(), QStringLiteral("uowner"));
        QCOMPARE(url.password(QUrl::FullyDecoded), QStringLiteral("p:w@d/?#"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.port(), 34567);
        QCOMPARE(url.path(), QStringLiteral("/dabc"));
        QCOMPARE(QUrl(e.url(QStringLiteral("analyst"))).userName(), QStringLiteral("analyst"));
        QVERIFY(e.url(QStringLiteral("unknown")).isEmpty());
        QCOMPARE(e.dataDir, QStringLiteral("/x/data"));
        QCOMPARE(e.following, QStringLiteral("leader1"));
    }

    void configurationForAFollower()
    {
        ClusterRecord r = sample(QStringLiteral("/x"));
        const QString conf = QString::fromUtf8(r.sandboxConf());
        QVERIFY(conf.contains(QStringLiteral("\nport = 34567\n")));
        QVERIFY(conf.contains(QStringLiteral("\nlisten_addresses = '127.0.0.1'\n")));
        QVERIFY(conf.contains(QStringLiteral("\nssl = on\n")));
        QVERIFY(conf.contains(QStringLiteral("\ntrack_commit_timestamp = on\n")));
        QVERIFY(conf.contains(QStringLiteral("\nextwlist.extensions = 'address_standardizer,")));
        QVERIFY(conf.contains(QStringLiteral("\nmax_connections = 77\n")));
        QVERIFY(conf.contains(QStringLiteral("\nfsync = off\n")));
        QVERIFY(conf.contains(QStringLiteral("\nrecovery_min_apply_delay = '2500ms'\n")));
        // conninfo quoting (\' and \\) inside postgresql.conf quoting ('').
        QVERIFY2(
            conf.contains(QStringLiteral("primary_conninfo = 'host=127.0.0.1 port=45678 user=''replicator'' "
                                         "password=''it\\''s\\\\odd'' sslmode=require application_name=''a1b2'''")),
            qPrintable(conf));

        r.following.clear();
        const QString leader = QString::fromUtf8(r.sandboxConf());
        QVERIFY(!leader.contains(QStringLiteral("primary_conninfo")));
        QVERIFY(!leader.contains(QStringLiteral("recovery_min_apply_delay")));

        const QString hba = QString::fromUtf8(ClusterRecord::hbaConf());
        QVERIFY(hba.contains(QStringLiteral("hostssl all          all   127.0.0.1/32  scram-sha-256")));
        QVERIFY(hba.contains(QStringLiteral("host    replication  all   127.0.0.1/32  scram-sha-256")));
        QVERIFY(!hba.contains(QStringLiteral("trust")));
    }
};

QTEST_GUILESS_MAIN(TestClusterRecord)
#include "testclusterrecord.moc"
