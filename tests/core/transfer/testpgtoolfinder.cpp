// Tool discovery with stand-in programs that answer --version like pg_dump does (only for this
// check: the transfers themselves are tested with the real programs), plus the real install.

#include "core/transfer/pgtoolfinder.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using hpg::PgToolFinder;
using hpg::PgToolInstall;

class TestPgToolFinder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    // <root>/<name>/pg_dump and pg_restore that print "<program> (PostgreSQL) <version>".
    QString fakeInstall(const QString &name, const QString &version, bool withRestore = true)
    {
        const QString dir = m_root.filePath(name);
        QDir().mkpath(dir);
        QStringList programs { QStringLiteral("pg_dump") };
        if (withRestore)
            programs << QStringLiteral("pg_restore") << QStringLiteral("createdb");
        for (const QString &program : programs) {
            QFile file(dir + QLatin1Char('/') + program);
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(QStringLiteral("#!/bin/sh\necho '%1 (PostgreSQL) %2'\n").arg(program, version).toUtf8());
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        return dir;
    }

private slots:
    void probesVersions()
    {
        const QString dir = fakeInstall(QStringLiteral("a"), QStringLiteral("14.11"));
        const PgToolInstall install = PgToolFinder::probe(dir);
        QVERIFY(install.isUsable());
        QCOMPARE(install.dumpVersion.number, 140011);
        QCOMPARE(install.restoreVersion.number, 140011);
        QVERIFY(install.createdb.endsWith(QLatin1String("/createdb")));
        QVERIFY(install.psql.isEmpty());
    }

    // pg_dump --version is asked without the API token in its environment (like every program
    // hpgdesk starts): this stand-in fails when it finds HEROKU_API_KEY.
    void probesWithoutTheApiToken()
    {
        const QString dir = m_root.filePath(QStringLiteral("tokencheck"));
        QDir().mkpath(dir);
        for (const QString &program : { QStringLiteral("pg_dump"), QStringLiteral("pg_restore") }) {
            QFile file(dir + QLatin1Char('/') + program);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("#!/bin/sh\n[ -n \"$HEROKU_API_KEY\" ] && exit 1\necho '%1 (PostgreSQL) 15.4'\n")
                           .arg(program)
                           .toUtf8());
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        qputenv("HEROKU_API_KEY", "01234567-89ab-cdef-0123-456789abcdef");
        const auto unset = qScopeGuard([] { qunsetenv("HEROKU_API_KEY"); });
        const PgToolInstall install = PgToolFinder::probe(dir);
        QVERIFY2(install.isUsable(), "pg_dump --version ran with HEROKU_API_KEY in its environment");
        QCOMPARE(install.dumpVersion.number, 150004);
    }

    void needsPgRestoreToo()
    {
        const QString dir = fakeInstall(QStringLiteral("dumponly"), QStringLiteral("16.1"), false);
        QVERIFY(!PgToolFinder::probe(dir).isUsable());
    }

    void choosesTheNewestThatFits()
    {
        const QStringList dirs { fakeInstall(QStringLiteral("v13"), QStringLiteral("13.9")),
                                 fakeInstall(QStringLiteral("v16"), QStringLiteral("16.2")),
                                 fakeInstall(QStringLiteral("v15"), QStringLiteral("15.4")) };
        const auto installs = PgToolFinder::probeAll(dirs);
        QCOMPARE(installs.size(), 3);
        auto choice = PgToolFinder::choose(installs, 150020);
        QVERIFY2(choice.ok(), qPrintable(choice.error));
        QCOMPARE(choice.install.binDir, dirs.at(1));
        choice = PgToolFinder::choose(installs, 130003);
        QCOMPARE(choice.install.binDir, dirs.at(1)); // newest, not the closest
    }

    void saysWhichVersionIsNeeded()
    {
        const QStringList dirs { fakeInstall(QStringLiteral("old10"), QStringLiteral("10.14")),
                                 fakeInstall(QStringLiteral("old12"), QStringLiteral("12.5")) };
        const auto choice = PgToolFinder::choose(PgToolFinder::probeAll(dirs), 150020);
        QVERIFY(!choice.ok());
        QVERIFY2(choice.error.contains(QStringLiteral("PostgreSQL 15.20")), qPrintable(choice.error));
        QVERIFY2(choice.error.contains(QStringLiteral("version 15 or newer")), qPrintable(choice.error));
        QVERIFY2(choice.error.contains(QStringLiteral("12.5")), qPrintable(choice.error)); // the newest found
        QVERIFY2(choice.error.contains(dirs.at(1)), qPrintable(choice.error));
        QVERIFY2(choice.error.contains(PgToolFinder::postgresAppBinDir()), qPrintable(choice.error));
    }

    void saysWhenNothingIsFound()
    {
        const auto choice = PgToolFinder::choose({}, 160003);
        QVERIFY(!choice.ok());
        QVERIFY2(choice.error.contains(QStringLiteral("PostgreSQL 16 client programs")), qPrintable(choice.error));
        QVERIFY2(choice.error.contains(PgToolFinder::postgresAppBinDir()), qPrintable(choice.error));
    }

    void explainsAMismatchReportedByPgDump()
    {
        const QString message = PgToolFinder::versionMismatchMessage(QStringLiteral("16.1"), QStringLiteral("15.20"));
        QVERIFY(message.contains(QStringLiteral("pg_dump 15.20")));
        QVERIFY(message.contains(QStringLiteral("PostgreSQL 16 client programs")));
        QVERIFY(message.contains(PgToolFinder::postgresAppBinDir()));
    }

    void searchesTheUsualPlaces()
    {
        const QStringList dirs = PgToolFinder::defaultSearchDirs({ m_root.filePath(QStringLiteral("v15")) });
        QCOMPARE(dirs.value(0), m_root.filePath(QStringLiteral("v15"))); // the user's choice first
#if defined(Q_OS_LINUX)
        if (QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump")))
            QVERIFY(dirs.contains(QStringLiteral("/usr/lib/postgresql/15/bin")));
#endif
        QCOMPARE(dirs.size(), QSet<QString>(dirs.begin(), dirs.end()).size());
    }

    void findsTheRealPrograms()
    {
        const auto choice = PgToolFinder::choose(PgToolFinder::probeAll(PgToolFinder::defaultSearchDirs()), 150000);
        if (!choice.ok())
            QSKIP("no PostgreSQL 15 client programs on this machine");
        QVERIFY(choice.install.dumpVersion.major() >= 15);
        QVERIFY(QFileInfo(choice.install.pgDump).isExecutable());
    }
};

QTEST_GUILESS_MAIN(TestPgToolFinder)
#include "testpgtoolfinder.moc"
