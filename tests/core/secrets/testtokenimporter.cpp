#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/tokenimporter.h"
#include "requirekeyring.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using hpg::TokenImporter;
using Source = hpg::TokenImporter::Source;

namespace {

const QString kUuidToken = QStringLiteral("01234567-89ab-cdef-0123-456789abcdef");
const QString kNetrcToken = QStringLiteral("HRKU-AAnetrc0123456789abcdefghijklmnopqrstuvwxyzABCD");
const QString kKeychainToken = QStringLiteral("HRKU-AAkeychain0123456789abcdefghijklmnopqrstuvwxyzAB");

bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(content);
    file.close();
    return permissions == QFile::Permissions() || file.setPermissions(permissions);
}

// A clean environment: its own HOME, no Heroku variables, PATH as given.
QProcessEnvironment environmentFor(const QString &home, const QString &path)
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("PATH"), path);
    for (const auto &name : { "HEROKU_API_KEY", "HEROKU_API_TOKEN", "HEROKU_DATA_DIR" })
        environment.remove(QString::fromLatin1(name));
    return environment;
}

TokenImporter::Report runImporter(TokenImporter &importer)
{
    QSignalSpy finished(&importer, &TokenImporter::finished);
    importer.start();
    [&] {
        QVERIFY(importer.isRunning());
    }();
    [&] {
        QCOMPARE(finished.size(), 0);
    }(); // never from inside start()
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<TokenImporter::Report>();
}

QStringList problemTexts(const TokenImporter::Report &report)
{
    QStringList texts;
    for (const auto &problem : report.problems)
        texts << problem.message;
    return texts;
}

} // namespace

class TestTokenImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void environment();
    void netrc();
    void paths();
    void findsEverythingInTrustOrder();
    void secretToolProtocol();
    void secretToolGetsNoApiToken();
    void keychainThatDoesNotAnswerTimesOut();
    void keychainWithoutDbusDoesNotHang();
    void herokuCliItemInTheRealKeyring();

private:
    QTemporaryDir m_bin; // fake tools
};

void TestTokenImporter::initTestCase()
{
    QVERIFY(m_bin.isValid());
}

void TestTokenImporter::environment()
{
    QProcessEnvironment environment;
    QList<TokenImporter::Problem> problems;
    QVERIFY(!TokenImporter::fromEnvironment(environment, &problems));
    QVERIFY(problems.isEmpty());

    environment.insert(QStringLiteral("HEROKU_API_KEY"), QStringLiteral("  %1\n").arg(kUuidToken));
    auto found = TokenImporter::fromEnvironment(environment, &problems);
    QVERIFY(found);
    QCOMPARE(found->token, kUuidToken);
    QCOMPARE(found->source, Source::Environment);
    QCOMPARE(found->kind, hpg::TokenShape::Kind::Uuid);
    QVERIFY(found->origin.contains(QLatin1String("HEROKU_API_KEY")));

    environment.insert(QStringLiteral("HEROKU_API_KEY"), QStringLiteral("not a SecretWord token"));
    QVERIFY(!TokenImporter::fromEnvironment(environment, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QLatin1String("HEROKU_API_KEY")));
    QVERIFY(!problems.first().message.contains(QLatin1String("SecretWord")));

    problems.clear();
    environment.remove(QStringLiteral("HEROKU_API_KEY"));
    environment.insert(QStringLiteral("HEROKU_API_TOKEN"), kUuidToken);
    QVERIFY(!TokenImporter::fromEnvironment(environment, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QLatin1String("HEROKU_API_TOKEN")));
    QVERIFY(!problems.first().message.contains(kUuidToken));
}

void TestTokenImporter::netrc()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral(".netrc"));
    QList<TokenImporter::Problem> problems;
    QVERIFY(!TokenImporter::fromNetrc(path, QStringLiteral("api.heroku.com"), &problems));
    QVERIFY(problems.isEmpty()); // no file, nothing to say

    QVERIFY(writeFile(path,
                      QStringLiteral("machine git.heroku.com login me@example.com password %1\n"
                                     "machine api.heroku.com\n  login me@example.com\n  password %1\n"
                                     "machine localhost:5000 login sandbox@example.com password %2\n")
                          .arg(kNetrcToken, kUuidToken)
                          .toUtf8(),
                      QFile::ReadOwner | QFile::WriteOwner));
    auto found = TokenImporter::fromNetrc(path, QStringLiteral("api.heroku.com"), &problems);
    QVERIFY(found);
    QCOMPARE(found->token, kNetrcToken);
    QCOMPARE(found->account, QStringLiteral("me@example.com"));
    QCOMPARE(found->source, Source::Netrc);
    QVERIFY(found->origin.contains(QLatin1String("api.heroku.com")));
    found = TokenImporter::fromNetrc(path, QStringLiteral("localhost:5000"), &problems);
    QVERIFY(found);
    QCOMPARE(found->token, kUuidToken);
    QVERIFY(problems.isEmpty());

    // A default entry is used when no machine matches; a non-token in it is
    // passed over in silence, a non-token for the machine is reported.
    QVERIFY(writeFile(path,
                      QStringLiteral("machine api.heroku.com login me password SecretPw\n"
                                     "default login anonymous password %1\n")
                          .arg(kUuidToken)
                          .toUtf8()));
    QVERIFY(!TokenImporter::fromNetrc(path, QStringLiteral("api.heroku.com"), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().message.contains(QLatin1String("SecretPw")));
    found = TokenImporter::fromNetrc(path, QStringLiteral("other.example.com"), &problems);
    QVERIFY(found);
    QCOMPARE(found->token, kUuidToken);
    QVERIFY(writeFile(path, QByteArrayLiteral("default login anonymous password guest@\n")));
    problems.clear();
    QVERIFY(!TokenImporter::fromNetrc(path, QStringLiteral("api.heroku.com"), &problems));
    QVERIFY(problems.isEmpty());

    // Broken file, encrypted file.
    QVERIFY(writeFile(path, QByteArrayLiteral("machine api.heroku.com password \"SecretPw")));
    QVERIFY(!TokenImporter::fromNetrc(path, QStringLiteral("api.heroku.com"), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().message.contains(QLatin1String("SecretPw")));
    problems.clear();
    QVERIFY(writeFile(path + QStringLiteral(".gpg"), QByteArrayLiteral("-----BEGIN PGP MESSAGE-----")));
    QVERIFY(QFile::remove(path));
    QVERIFY(!TokenImporter::fromNetrc(path, QStringLiteral("api.heroku.com"), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QLatin1String(".gpg")));
}

void TestTokenImporter::paths()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/dba"));
    QCOMPARE(TokenImporter::netrcPath(environment), QStringLiteral("/home/dba/.netrc"));
    QCOMPARE(TokenImporter::herokuDataDir(environment), QStringLiteral("/home/dba/.local/share/heroku"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/xdg"));
    QCOMPARE(TokenImporter::herokuDataDir(environment), QStringLiteral("/xdg/heroku"));
    environment.insert(QStringLiteral("HEROKU_DATA_DIR"), QStringLiteral("/explicit"));
    QCOMPARE(TokenImporter::herokuDataDir(environment), QStringLiteral("/explicit"));

    QCOMPARE(TokenImporter::netrcMachineFor(QUrl(QStringLiteral("https://api.heroku.com"))),
             QStringLiteral("api.heroku.com"));
    QCOMPARE(TokenImporter::netrcMachineFor(QUrl(QStringLiteral("https://api.heroku.com:443/"))),
             QStringLiteral("api.heroku.com"));
    QCOMPARE(TokenImporter::netrcMachineFor(QUrl(QStringLiteral("http://localhost:5000"))),
             QStringLiteral("localhost:5000"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    environment.insert(QStringLiteral("HEROKU_DATA_DIR"), dir.path());
    QCOMPARE(TokenImporter::herokuCliAccount(environment), QString());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("login.json")),
                      R"({"account":"me@example.com"})"
                      "\n"));
    QCOMPARE(TokenImporter::herokuCliAccount(environment), QStringLiteral("me@example.com"));
}

void TestTokenImporter::findsEverythingInTrustOrder()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // No secret-tool on this PATH: the keychain step finds nothing.
    auto environment = environmentFor(home.path(), m_bin.path());
    environment.insert(QStringLiteral("HEROKU_API_KEY"), kUuidToken);
    QVERIFY(writeFile(home.filePath(QStringLiteral(".netrc")),
                      QStringLiteral("machine api.heroku.com login me@example.com password %1\n"
                                     "machine example.org login x password %2\n")
                          .arg(kNetrcToken, kUuidToken)
                          .toUtf8()));
    TokenImporter importer;
    importer.setEnvironment(environment);
    auto report = runImporter(importer);
    QVERIFY(!importer.isRunning());
    QCOMPARE(report.found.size(), 2);
    QCOMPARE(report.found.at(0).source, Source::Environment);
    QCOMPARE(report.found.at(0).token, kUuidToken);
    QCOMPARE(report.found.at(1).source, Source::Netrc);
    QCOMPARE(report.found.at(1).token, kNetrcToken);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problemTexts(report).join(QLatin1Char('\n'))));

    // The same token in two places is offered once, from the most trusted.
    importer.setMachine(QStringLiteral("example.org"));
    report = runImporter(importer);
    QCOMPARE(report.found.size(), 1);
    QCOMPARE(report.found.at(0).source, Source::Environment);
}

void TestTokenImporter::secretToolProtocol()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("the Heroku CLI uses secret-tool on Linux only");
#endif
    // A stand-in secret-tool that answers like the real one: `search` lists
    // attributes on stderr, `lookup` prints the secret on stdout.
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QVERIFY(writeFile(
        bin.filePath(QStringLiteral("secret-tool")),
        QStringLiteral("#!/bin/sh\n"
                       "echo \"$*\" >> \"%1/calls\"\n"
                       "case \"$1\" in\n"
                       "search) printf '[/1]\\nlabel = Heroku CLI\\nsecret = %2\\n';\n"
                       "  printf 'attribute.account = a@example.com\\nattribute.service = heroku-cli\\n' >&2;;\n"
                       "lookup) [ \"$5\" = a@example.com ] && printf '%2' || exit 1;;\n"
                       "esac\n")
            .arg(bin.path(), kKeychainToken)
            .toUtf8(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto environment = environmentFor(home.path(), bin.path());
    TokenImporter importer;
    importer.setEnvironment(environment);

    // Without login.json: search for accounts, then look each up.
    auto report = runImporter(importer);
    QCOMPARE(report.found.size(), 1);
    QCOMPARE(report.found.at(0).source, Source::HerokuCliKeychain);
    QCOMPARE(report.found.at(0).token, kKeychainToken);
    QCOMPARE(report.found.at(0).account, QStringLiteral("a@example.com"));
    QFile calls(bin.filePath(QStringLiteral("calls")));
    QVERIFY(calls.open(QIODevice::ReadOnly));
    QCOMPARE(calls.readAll(),
             QByteArray("search --all service heroku-cli\nlookup service heroku-cli account "
                        "a@example.com\n"));
    calls.close();
    QVERIFY(calls.remove());

    // With login.json: look that account up directly, like the CLI.
    QVERIFY(
        writeFile(home.filePath(QStringLiteral(".local/share/heroku/login.json")), R"({"account":"b@example.com"})"));
    report = runImporter(importer);
    QVERIFY(report.found.isEmpty());
    QVERIFY(calls.open(QIODevice::ReadOnly));
    QCOMPARE(calls.readAll(), QByteArray("lookup service heroku-cli account b@example.com\n"));
}

// HEROKU_API_KEY is for hpgdesk to import, not for the programs it starts: secret-tool (and
// whatever it starts) runs without it.
void TestTokenImporter::secretToolGetsNoApiToken()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("the Heroku CLI uses secret-tool on Linux only");
#endif
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QVERIFY(writeFile(bin.filePath(QStringLiteral("secret-tool")),
                      QStringLiteral("#!/bin/sh\nenv > \"%1/environment\"\nexit 1\n").arg(bin.path()).toUtf8(),
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto environment = environmentFor(home.path(), bin.path() + QStringLiteral(":/usr/bin:/bin"));
    environment.insert(QStringLiteral("HEROKU_API_KEY"), kUuidToken);
    TokenImporter importer;
    importer.setEnvironment(environment);
    const auto report = runImporter(importer);
    QCOMPARE(report.found.size(), 1); // the variable itself is still imported
    QCOMPARE(report.found.at(0).source, Source::Environment);
    QFile seen(bin.filePath(QStringLiteral("environment")));
    QVERIFY2(seen.open(QIODevice::ReadOnly), "secret-tool was not run");
    const QByteArray childEnvironment = seen.readAll();
    QVERIFY(childEnvironment.contains("HOME="));
    QVERIFY2(!childEnvironment.contains(kUuidToken.toUtf8()), "secret-tool inherited HEROKU_API_KEY");
}

void TestTokenImporter::keychainThatDoesNotAnswerTimesOut()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("the Heroku CLI uses secret-tool on Linux only");
#endif
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QVERIFY(writeFile(bin.filePath(QStringLiteral("secret-tool")), "#!/bin/sh\nexec sleep 60\n",
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(writeFile(home.filePath(QStringLiteral(".netrc")),
                      QStringLiteral("machine api.heroku.com password %1\n").arg(kNetrcToken).toUtf8()));
    TokenImporter importer;
    importer.setEnvironment(environmentFor(home.path(), bin.path() + QStringLiteral(":/usr/bin:/bin")));
    importer.setTimeout(std::chrono::milliseconds(1000));
    QElapsedTimer timer;
    timer.start();
    const auto report = runImporter(importer);
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(report.found.size(), 1); // ~/.netrc is still read
    QCOMPARE(report.found.at(0).source, Source::Netrc);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.at(0).source, Source::HerokuCliKeychain);
}

void TestTokenImporter::keychainWithoutDbusDoesNotHang()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("the Heroku CLI uses secret-tool on Linux only");
#endif
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        HPG_SKIP_UNLESS_KEYRING_REQUIRED("secret-tool (libsecret-tools) is not installed");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto environment
        = environmentFor(home.path(), QFileInfo(secretTool).absolutePath() + QStringLiteral(":/usr/bin:/bin"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    QVERIFY(
        writeFile(home.filePath(QStringLiteral(".local/share/heroku/login.json")), R"({"account":"a@example.com"})"));
    TokenImporter importer;
    importer.setEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    const auto report = runImporter(importer);
    QVERIFY(timer.elapsed() < 9000);
    QVERIFY(report.found.isEmpty());
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.at(0).source, Source::HerokuCliKeychain);
    qDebug("%s", qPrintable(report.problems.at(0).message));
}

void TestTokenImporter::herokuCliItemInTheRealKeyring()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("the Heroku CLI uses secret-tool on Linux only");
#endif
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        HPG_SKIP_UNLESS_KEYRING_REQUIRED("secret-tool (libsecret-tools) is not installed");
    // The account is the test's own, so a person's real Heroku CLI item is never touched.
    const QString account = QStringLiteral("hpgdesk-test-%1@example.invalid").arg(QCoreApplication::applicationPid());
    const auto tool = [&](const QStringList &arguments, const QByteArray &input = {}) {
        QProcess process;
        process.start(secretTool, arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(15000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    // Store the item exactly as the Heroku CLI does (cmd linux-handler.ts).
    if (tool({ QStringLiteral("store"), QStringLiteral("--label=Heroku CLI"), QStringLiteral("service"),
               QStringLiteral("heroku-cli"), QStringLiteral("account"), account },
             kKeychainToken.toUtf8())
        != 0)
        HPG_SKIP_UNLESS_KEYRING_REQUIRED(
            "no Secret Service is reachable; run under dbus-run-session with an unlocked gnome-keyring");
    const auto cleanup = qScopeGuard([&] {
        tool({ QStringLiteral("clear"), QStringLiteral("service"), QStringLiteral("heroku-cli"),
               QStringLiteral("account"), account });
    });

    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto environment
        = environmentFor(home.path(), QFileInfo(secretTool).absolutePath() + QStringLiteral(":/usr/bin:/bin"));
    QVERIFY(writeFile(home.filePath(QStringLiteral(".local/share/heroku/login.json")),
                      QStringLiteral(R"({"account":"%1"})").arg(account).toUtf8()));
    QVERIFY(
        writeFile(home.filePath(QStringLiteral(".netrc")),
                  QStringLiteral("machine api.heroku.com login %1 password %2\n").arg(account, kNetrcToken).toUtf8()));
    environment.insert(QStringLiteral("HEROKU_API_KEY"), kUuidToken);

    TokenImporter importer;
    importer.setEnvironment(environment);
    auto report = runImporter(importer);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problemTexts(report).join(QLatin1Char('\n'))));
    QCOMPARE(report.found.size(), 3);
    QCOMPARE(report.found.at(0).source, Source::Environment);
    QCOMPARE(report.found.at(1).source, Source::HerokuCliKeychain);
    QCOMPARE(report.found.at(1).token, kKeychainToken);
    QCOMPARE(report.found.at(1).account, account);
    QCOMPARE(report.found.at(1).kind, hpg::TokenShape::Kind::Hrku);
    QCOMPARE(report.found.at(2).source, Source::Netrc);

    // Without login.json the item is found by searching.
    QVERIFY(QFile::remove(home.filePath(QStringLiteral(".local/share/heroku/login.json"))));
    environment.remove(QStringLiteral("HEROKU_API_KEY"));
    QVERIFY(QFile::remove(home.filePath(QStringLiteral(".netrc"))));
    importer.setEnvironment(environment);
    report = runImporter(importer);
    bool seen = false;
    for (const auto &found : report.found)
        seen = seen || (found.account == account && found.token == kKeychainToken);
    QVERIFY(seen);

    // QtKeychain cannot read this item on Linux: its libsecret schema matches
    // the attributes user/server/type, not service/account. That is why the
    // importer reads it with secret-tool.
    hpg::KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(15));
    std::optional<hpg::SecretResult> result;
    store.read(QStringLiteral("heroku-cli"), account, nullptr, [&](const hpg::SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result, 20000);
    QCOMPARE(result->status, hpg::SecretResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestTokenImporter)
#include "testtokenimporter.moc"
