// Database ▸ Open in psql (PsqlLauncher): with TERMINAL pointed at a recording script, psql (the
// newest found) really connects to a sandbox database and runs a query; the password is in no
// process's argv or environment while it runs, the passfile is 0600 in a 0700 directory, and it is
// gone afterwards (removed by the command when psql exits, or by the launcher after its lifetime).
// And the terminal chosen on each system.
#include "core/pg/conninfo.h"
#include "core/pg/psqllauncher.h"
#include "recordingterminal.h"
#include "sandboxprocess.h"

#include <QFileInfo>
#include <QSignalSpy>

#include <sys/stat.h>

using namespace hpg;

class TestPsqlLauncher : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    ConnInfo m_connection;

    static int mode(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        const QJsonObject vars = m_sandbox.request("GET", QStringLiteral("/apps/acme-blog/config-vars")).object();
        const auto parsed = ConnInfo::fromUrl(vars.value(QStringLiteral("DATABASE_URL")).toString());
        QVERIFY(parsed);
        m_connection = *parsed;
        QVERIFY(m_connection.password().size() >= 8);
    }

    void psqlConnectsWithoutThePasswordInAnyArgv()
    {
        RecordingTerminal terminal("SELECT 'connected as ' || current_user;\nSELECT pg_sleep(2);\n");
        PsqlLauncher launcher;
        QSignalSpy launched(&launcher, &PsqlLauncher::launched);
        QSignalSpy failed(&launcher, &PsqlLauncher::failed);
        launcher.launch(m_connection, QStringLiteral("postgresql-acme-blog on acme-blog"));
        QVERIFY(QTest::qWaitFor([&] { return !launched.isEmpty() || !failed.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY2(launched.first().first().toString().contains(QStringLiteral("$TERMINAL")),
                 qPrintable(launched.first().first().toString()));

        // While it runs: the passfile is private, and the password in no argv or environment.
        const QStringList passfiles = launcher.passfiles();
        QCOMPARE(passfiles.size(), 1);
        QCOMPARE(mode(passfiles.first()), 0600);
        QCOMPARE(mode(QFileInfo(passfiles.first()).absolutePath()), 0700);
        int hits = -1;
        int psqlSeen = 0;
        terminal.scan(m_connection.password().toUtf8(), &hits, &psqlSeen);
        QVERIFY(terminal.finished());
        QCOMPARE(hits, 0);
        QVERIFY2(psqlSeen > 0, "psql was not seen running");

        QCOMPARE(terminal.status(), QStringLiteral("0"));
        QVERIFY2(terminal.output().contains(QStringLiteral("connected as ") + m_connection.user()),
                 qPrintable(terminal.output()));
        const QStringList arguments = terminal.arguments();
        QCOMPARE(arguments.value(0), QStringLiteral("-e"));
        QCOMPARE(arguments.value(1), QStringLiteral("/bin/sh"));
        QVERIFY(arguments.join(QLatin1Char(' ')).contains(QStringLiteral("PGPASSFILE=")));
        QVERIFY(!arguments.join(QLatin1Char(' ')).contains(m_connection.password()));
        // Removed by the command once psql ended: the file and its directory.
        QVERIFY(!QFile::exists(passfiles.first()));
        QVERIFY(!QFileInfo::exists(QFileInfo(passfiles.first()).absolutePath()));
        QVERIFY(launcher.passfiles().isEmpty());
    }

    // A terminal that never runs the command: the launcher removes the passfile after its lifetime.
    void thePassfileGoesAfterItsLifetime()
    {
        RecordingTerminal terminal({}, false);
        PsqlLauncher launcher;
        launcher.setPassfileLifetimeMs(1500);
        QSignalSpy launched(&launcher, &PsqlLauncher::launched);
        launcher.launch(m_connection, QStringLiteral("acme-blog"));
        QVERIFY(launched.wait(60000));
        const QStringList passfiles = launcher.passfiles();
        QCOMPARE(passfiles.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return terminal.finished(); }, 30000));
        QVERIFY(QFile::exists(passfiles.first()));
        QVERIFY(QTest::qWaitFor([&] { return !QFile::exists(passfiles.first()); }, 10000));
        QVERIFY(!QFileInfo::exists(QFileInfo(passfiles.first()).absolutePath()));
    }

    void theTerminalForEachSystem()
    {
        const auto only = [](const QStringList &present) {
            return [present](const QString &program) {
                return present.contains(program) ? QStringLiteral("/usr/bin/") + program : QString();
            };
        };
        QProcessEnvironment env;
        const QString command = QStringLiteral("psql 'host=h'");
        auto t = PsqlLauncher::terminalFor(command, env, PsqlLauncher::System::Unix,
                                           only({ QStringLiteral("gnome-terminal"), QStringLiteral("xterm") }));
        QVERIFY(t);
        QCOMPARE(t->program, QStringLiteral("/usr/bin/gnome-terminal"));
        QCOMPARE(t->arguments,
                 QStringList({ QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), command }));
        t = PsqlLauncher::terminalFor(command, env, PsqlLauncher::System::Unix,
                                      only({ QStringLiteral("konsole"), QStringLiteral("x-terminal-emulator") }));
        QCOMPARE(t->program, QStringLiteral("/usr/bin/x-terminal-emulator"));
        QCOMPARE(t->arguments.first(), QStringLiteral("-e"));
        env.insert(QStringLiteral("TERMINAL"), QStringLiteral("kitty --single-instance"));
        t = PsqlLauncher::terminalFor(command, env, PsqlLauncher::System::Unix,
                                      only({ QStringLiteral("kitty"), QStringLiteral("xterm") }));
        QCOMPARE(t->program, QStringLiteral("/usr/bin/kitty"));
        QCOMPARE(t->arguments.mid(0, 3),
                 QStringList({ QStringLiteral("--single-instance"), QStringLiteral("-e"), QStringLiteral("/bin/sh") }));
        QVERIFY(!PsqlLauncher::terminalFor(command, QProcessEnvironment(), PsqlLauncher::System::Unix, only({})));

        t = PsqlLauncher::terminalFor(command, {}, PsqlLauncher::System::MacOS, only({}));
        QCOMPARE(t->program, QStringLiteral("osascript"));
        QVERIFY(t->arguments.value(1).contains(QStringLiteral("do script \"psql 'host=h'\"")));
        t = PsqlLauncher::terminalFor(command, {}, PsqlLauncher::System::Windows, only({ QStringLiteral("wt") }));
        QCOMPARE(t->program, QStringLiteral("/usr/bin/wt"));
        t = PsqlLauncher::terminalFor(command, {}, PsqlLauncher::System::Windows, only({}));
        QCOMPARE(t->program, QStringLiteral("cmd.exe"));
        QCOMPARE(t->arguments.last(), command);

        const QString windows
            = PsqlLauncher::terminalCommand(QStringLiteral("C:/pg/bin/psql.exe"), m_connection,
                                            QStringLiteral("C:/Temp/x/pgpass"), PsqlLauncher::System::Windows);
        QVERIFY(windows.contains(QStringLiteral("PGPASSFILE=")));
        QVERIFY(windows.contains(QStringLiteral("del ")));
        QVERIFY(!windows.contains(m_connection.password()));
    }
};

QTEST_MAIN(TestPsqlLauncher)
#include "testpsqllauncher.moc"
