#include "core/secrets/netrcfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hpg::NetrcFile;

class TestNetrcFile : public QObject
{
    Q_OBJECT
private slots:
    void entryOnOneLine()
    {
        const auto netrc = NetrcFile::parse(QStringLiteral("machine api.heroku.com login me@example.com password "
                                                           "HRKU-one\nmachine git.heroku.com login me@example.com "
                                                           "password HRKU-git\n"));
        QVERIFY(netrc);
        QCOMPARE(netrc->entries().size(), 2);
        const auto entry = netrc->find(QStringLiteral("api.heroku.com"));
        QVERIFY(entry);
        QCOMPARE(entry->login, QStringLiteral("me@example.com"));
        QCOMPARE(entry->password, QStringLiteral("HRKU-one"));
        QCOMPARE(entry->line, 1);
        QCOMPARE(netrc->find(QStringLiteral("GIT.heroku.com"))->password, QStringLiteral("HRKU-git"));
    }

    void entryOnSeveralLines()
    {
        // What the Heroku CLI writes, with comments and odd white space.
        const auto netrc = NetrcFile::parse(QStringLiteral("# written by heroku\n"
                                                           "machine api.heroku.com   # the API\n"
                                                           "  login me@example.com\n"
                                                           "\tpassword\n"
                                                           "      HRKU-two#not-a-comment\n"
                                                           "  account acct\r\n"
                                                           "machine other.example.com login x password y\n"));
        QVERIFY(netrc);
        const auto entry = netrc->find(QStringLiteral("api.heroku.com"));
        QVERIFY(entry);
        QCOMPARE(entry->login, QStringLiteral("me@example.com"));
        QCOMPARE(entry->password, QStringLiteral("HRKU-two#not-a-comment"));
        QCOMPARE(entry->account, QStringLiteral("acct"));
        QCOMPARE(entry->line, 2);
        QCOMPARE(netrc->find(QStringLiteral("other.example.com"))->line, 7);
    }

    void firstMachineWinsThenDefault()
    {
        const auto netrc = NetrcFile::parse(QStringLiteral("machine a login 1 password first\n"
                                                           "machine a login 2 password second\n"
                                                           "default login anonymous password guest\n"));
        QVERIFY(netrc);
        QCOMPARE(netrc->find(QStringLiteral("a"))->password, QStringLiteral("first"));
        const auto fallback = netrc->find(QStringLiteral("api.heroku.com"));
        QVERIFY(fallback);
        QVERIFY(fallback->isDefault);
        QCOMPARE(fallback->password, QStringLiteral("guest"));
        QVERIFY(!netrc->find(QStringLiteral("api.heroku.com"), false));
    }

    void skipsMacros()
    {
        // A macro body may contain words that look like entries; it ends at
        // the first empty line.
        const auto netrc = NetrcFile::parse(QStringLiteral("machine ftp.example.com login u password p\n"
                                                           "macdef init\n"
                                                           "machine api.heroku.com password FROM-MACRO\n"
                                                           "cd /pub\n"
                                                           "   \n"
                                                           "machine api.heroku.com login me password REAL\n"));
        QVERIFY(netrc);
        QCOMPARE(netrc->entries().size(), 2);
        QCOMPARE(netrc->find(QStringLiteral("api.heroku.com"))->password, QStringLiteral("REAL"));
        QCOMPARE(netrc->find(QStringLiteral("api.heroku.com"))->line, 6);

        // A macro running to the end of the file.
        const auto unterminated = NetrcFile::parse(
            QStringLiteral("machine a password b macdef m\nmachine api.heroku.com password FROM-MACRO"));
        QVERIFY(unterminated);
        QCOMPARE(unterminated->entries().size(), 1);
    }

    void quotedTokens()
    {
        const auto netrc = NetrcFile::parse(
            QStringLiteral("machine \"api.heroku.com\" login \"me\" password \"with space \\\"and\\\\ quote\"\n"
                           "machine b password \"machine\" login \"#not comment\"\n"));
        QVERIFY(netrc);
        QCOMPARE(netrc->find(QStringLiteral("api.heroku.com"))->password, QStringLiteral("with space \"and\\ quote"));
        // A quoted or positional value is never a keyword.
        QCOMPARE(netrc->find(QStringLiteral("b"))->password, QStringLiteral("machine"));
        QCOMPARE(netrc->find(QStringLiteral("b"))->login, QStringLiteral("#not comment"));
    }

    void ignoresUnknownAndOrphanTokens()
    {
        const auto netrc = NetrcFile::parse(QStringLiteral("login orphan password orphan\n"
                                                           "machine a port 21 login u password p\n"));
        QVERIFY(netrc);
        QCOMPARE(netrc->entries().size(), 1);
        QCOMPARE(netrc->find(QStringLiteral("a"))->password, QStringLiteral("p"));
        QVERIFY(NetrcFile::parse(QString())->entries().isEmpty());
    }

    void errorsNameNoValues()
    {
        QString error;
        QVERIFY(!NetrcFile::parse(QStringLiteral("machine a login u password \"SecretValue1 never closed\n"), &error));
        QVERIFY(error.contains(QLatin1String("1")));
        QVERIFY(!error.contains(QLatin1String("SecretValue1")));
        error.clear();
        QVERIFY(!NetrcFile::parse(QStringLiteral("machine a login SecretValue1\n\n password"), &error));
        QVERIFY(error.contains(QLatin1String("password")));
        QVERIFY(error.contains(QLatin1String("3")));
        QVERIFY(!error.contains(QLatin1String("SecretValue1")));
    }

    void loadsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const auto missing = NetrcFile::load(dir.filePath(QStringLiteral("none")), &error);
        QVERIFY(missing);
        QVERIFY(missing->entries().isEmpty());

        QFile file(dir.filePath(QStringLiteral(".netrc")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("machine api.heroku.com\n  login ü@example.com\n  password HRKU-file\n");
        file.close();
        const auto netrc = NetrcFile::load(file.fileName(), &error);
        QVERIFY(netrc);
        QCOMPARE(netrc->find(QStringLiteral("api.heroku.com"))->login, QStringLiteral("ü@example.com"));

        // Without read permission. Root reads any file, so this part only
        // means something for other users; the cases below fail as root too.
        QVERIFY(file.setPermissions(QFileDevice::Permissions()));
        if (!QFile(file.fileName()).open(QIODevice::ReadOnly)) {
            error.clear();
            QVERIFY(!NetrcFile::load(file.fileName(), &error));
            QVERIFY(error.contains(file.fileName()));
        }
    }

    // A ~/.netrc that exists but cannot be read is an error, not an empty
    // file: as root too (CI runs as root, who reads any regular file).
    void unreadableFileIsAnError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("directory") << QStringLiteral("directory");
        QTest::newRow("directory behind a symlink") << QStringLiteral("symlink");
    }

    void unreadableFileIsAnError()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral(".netrc"));
        if (kind == QLatin1String("directory")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".netrc")));
        } else {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), path));
        }
        QString error;
        const auto netrc = NetrcFile::load(path, &error);
        QVERIFY2(!netrc, "a .netrc that cannot be read was taken for an empty one");
        QVERIFY(error.contains(path));
    }
};

QTEST_GUILESS_MAIN(TestNetrcFile)
#include "testnetrcfile.moc"
