#include "core/secrets/keychainsecretstore.h"
#include "requirekeyring.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <optional>

using hpg::KeychainSecretStore;
using hpg::SecretResult;
using hpg::SecretStore;
using Status = hpg::SecretResult::Status;

namespace {

SecretResult await(const std::function<void(SecretStore::Callback)> &start, int timeoutMs = 45000)
{
    std::optional<SecretResult> result;
    start([&](const SecretResult &r) { result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (!result) {
        SecretResult timedOut;
        timedOut.status = Status::Failed;
        timedOut.message = QStringLiteral("(the test gave up waiting)");
        return timedOut;
    }
    return *result;
}

// What secret-tool (libsecret's own client) finds for QtKeychain's attributes.
QString lookUpWithSecretTool(const QString &service, const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               { QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key,
                 QStringLiteral("type"), QStringLiteral("plaintext") });
    if (!tool.waitForFinished(20000))
        return QStringLiteral("(secret-tool did not finish)");
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

struct ProbeRun
{
    int status = -1;
    qint64 elapsedInside = -1; // from the operation's start to its answer
    qint64 wallTime = -1; // the whole child process
    QString message;
    QString output;
};

// Runs secretprobe with `environment`.
ProbeRun runProbe(const QProcessEnvironment &environment, const QStringList &arguments)
{
    ProbeRun run;
    QProcess probe;
    probe.setProcessEnvironment(environment);
    probe.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    probe.start(qEnvironmentVariable("HPG_SECRETPROBE_BIN"), arguments);
    if (!probe.waitForFinished(60000)) {
        probe.kill();
        probe.waitForFinished();
    }
    run.wallTime = timer.elapsed();
    run.output = QString::fromUtf8(probe.readAll());
    static const QRegularExpression line(QStringLiteral(R"(status=(\d+) elapsed=(\d+)\nmessage=([^\n]*))"));
    const auto match = line.match(run.output);
    if (match.hasMatch()) {
        run.status = match.captured(1).toInt();
        run.elapsedInside = match.captured(2).toLongLong();
        run.message = match.captured(3);
    }
    return run;
}

// A D-Bus daemon of the test's own: no services, nothing activatable.
class PrivateBus
{
public:
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        // (No multi-line raw string here: moc would trip over it.)
        const QStringList lines = {
            QStringLiteral("<busconfig>"),
            QStringLiteral("  <type>session</type>"),
            QStringLiteral("  <listen>unix:dir=%1</listen>").arg(m_dir.path()),
            QStringLiteral("  <auth>EXTERNAL</auth>"),
            QStringLiteral("  <policy context='default'>"),
            QStringLiteral("    <allow send_destination='*' eavesdrop='true'/>"),
            QStringLiteral("    <allow eavesdrop='true'/>"),
            QStringLiteral("    <allow own='*'/>"),
            QStringLiteral("  </policy>"),
            QStringLiteral("</busconfig>"),
        };
        config.write(lines.join(QLatin1Char('\n')).toUtf8());
        config.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                         QStringLiteral("--print-address=1") });
        if (!m_daemon.waitForStarted(10000))
            return false;
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10000))
                return false;
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return !m_address.isEmpty();
    }
    ~PrivateBus()
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished();
        }
    }
    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

QProcessEnvironment childEnvironment(const QString &home)
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return environment;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void roundTripInTheRealKeyring();
    void readingAMissingKeyIsNotFound();
    void anyTextIsKeptExactly();
    void callbackDroppedWithItsContext();

    void unavailableWithoutDbusSession_data();
    void unavailableWithoutDbusSession();
    void unavailableOnABusWithoutKeychain();
    void keychainThatNeverAnswersTimesOut();

private:
    bool requireKeyring();

    QString m_service;
    bool m_reachable = false;
    QString m_why;
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("HPG_SECRETPROBE_BIN")));
    // Our own service name, so that a person's real hpgdesk items are never touched.
    m_service = QStringLiteral("hpgdesk-test-%1").arg(QCoreApplication::applicationPid());
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(15));
    auto result = await([&](auto callback) { store.checkAvailability(nullptr, callback); });
    if (result.ok()) {
        // Reachable is not enough: a locked keyring with nobody to unlock it
        // would make every test wait for the time limit.
        result = await([&](auto callback) { store.read(m_service, QStringLiteral("probe"), nullptr, callback); });
        if (result.status == Status::NotFound)
            result.status = Status::Ok;
    }
    m_reachable = result.ok();
    m_why = result.message;
    if (!m_reachable)
        qWarning("No usable Secret Service (%s): the tests against the real keyring are skipped. Run them under "
                 "dbus-run-session with an unlocked gnome-keyring, as scripts/quickstart.sh test does.",
                 qPrintable(m_why));
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (!m_reachable)
        return;
    KeychainSecretStore store;
    for (const auto &key : { QStringLiteral("account:a@example.com"), QStringLiteral("text") })
        await([&](auto callback) { store.remove(m_service, key, nullptr, callback); });
}

bool TestKeychainSecretStore::requireKeyring()
{
    return m_reachable;
}

#define REQUIRE_KEYRING()                                                                                              \
    if (!requireKeyring())                                                                                             \
    HPG_SKIP_UNLESS_KEYRING_REQUIRED(QStringLiteral("no Secret Service is reachable (%1); run under dbus-run-session " \
                                                    "with an unlocked gnome-keyring")                                  \
                                         .arg(m_why))

void TestKeychainSecretStore::roundTripInTheRealKeyring()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    QVERIFY(store.isPersistent());
    const QString key = QStringLiteral("account:a@example.com");
    const QString token = QStringLiteral("HRKU-AAroundtrip0123456789abcdefghijklmnopqrstuvwxyz");

    auto result = await([&](auto callback) { store.write(m_service, key, token, nullptr, callback); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    // It really is in the keyring, where libsecret's own tool finds it.
    QCOMPARE(lookUpWithSecretTool(m_service, key), token);

    result = await([&](auto callback) { store.read(m_service, key, nullptr, callback); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.secret, token);

    // A second store (another run of the app) reads it too.
    KeychainSecretStore second;
    result = await([&](auto callback) { second.read(m_service, key, nullptr, callback); });
    QCOMPARE(result.secret, token);

    const QString replaced = token + QStringLiteral("X");
    result = await([&](auto callback) { store.write(m_service, key, replaced, nullptr, callback); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = await([&](auto callback) { store.read(m_service, key, nullptr, callback); });
    QCOMPARE(result.secret, replaced);

    result = await([&](auto callback) { store.remove(m_service, key, nullptr, callback); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(lookUpWithSecretTool(m_service, key), QString());
    result = await([&](auto callback) { store.read(m_service, key, nullptr, callback); });
    QCOMPARE(result.status, Status::NotFound);

    // Deleting what is gone is fine (sign out twice).
    result = await([&](auto callback) { store.remove(m_service, key, nullptr, callback); });
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestKeychainSecretStore::readingAMissingKeyIsNotFound()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    QElapsedTimer timer;
    timer.start();
    const auto result
        = await([&](auto callback) { store.read(m_service, QStringLiteral("never-written"), nullptr, callback); });
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.keychainUnusable());
    QVERIFY(timer.elapsed() < 10000);
}

void TestKeychainSecretStore::anyTextIsKeptExactly()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    const QString key = QStringLiteral("text");
    for (const QString &secret : { QStringLiteral(" spaces and\ttabs "), QStringLiteral("ユニコード ü 😀"),
                                   QStringLiteral("quotes ' \" \\ : @ / %"), QStringLiteral("x").repeated(4096) }) {
        auto result = await([&](auto callback) { store.write(m_service, key, secret, nullptr, callback); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = await([&](auto callback) { store.read(m_service, key, nullptr, callback); });
        QCOMPARE(result.secret, secret);
    }
}

void TestKeychainSecretStore::callbackDroppedWithItsContext()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    int called = 0;
    auto context = std::make_unique<QObject>();
    store.read(m_service, QStringLiteral("never-written"), context.get(), [&](const SecretResult &) { ++called; });
    context.reset();
    const auto result
        = await([&](auto callback) { store.read(m_service, QStringLiteral("never-written"), nullptr, callback); });
    QCOMPARE(result.status, Status::NotFound);
    QTest::qWait(50);
    QCOMPARE(called, 0);
}

void TestKeychainSecretStore::unavailableWithoutDbusSession_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("operation");
    for (const auto &operation : { "check", "read", "write", "remove" }) {
        QTest::addRow("no bus, %s", operation) << QString() << QString::fromLatin1(operation);
        QTest::addRow("dead address, %s", operation)
            << QStringLiteral("unix:path=/nonexistent/hpgdesk-bus") << QString::fromLatin1(operation);
    }
}

void TestKeychainSecretStore::unavailableWithoutDbusSession()
{
    QFETCH(QString, address);
    QFETCH(QString, operation);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("runtime")));
    auto environment = childEnvironment(home.path());
    if (address.isEmpty())
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    else
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);

    const auto run = runProbe(environment, { operation });
    QVERIFY2(run.status == int(Status::Unavailable), qPrintable(run.output));
    QVERIFY2(run.elapsedInside < 3000, qPrintable(run.output));
    QVERIFY2(run.wallTime < 10000, qPrintable(run.output));
    QVERIFY(run.message.contains(QLatin1String("D-Bus")));

    // Nothing was written in its place: no file anywhere under the child's
    // home holds the secret (or anything at all).
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("secretprobe-never-stored"), qPrintable(file.fileName()));
    }
}

void TestKeychainSecretStore::unavailableOnABusWithoutKeychain()
{
    PrivateBus bus;
    if (!bus.start())
        HPG_SKIP_UNLESS_KEYRING_REQUIRED("dbus-daemon could not be started");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto environment = childEnvironment(home.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
    for (const auto &operation : { QStringLiteral("check"), QStringLiteral("write") }) {
        const auto run = runProbe(environment, { operation });
        QVERIFY2(run.status == int(Status::Unavailable), qPrintable(run.output));
        QVERIFY2(run.elapsedInside < 5000, qPrintable(run.output));
        QVERIFY2(run.message.contains(QLatin1String("GNOME Keyring")), qPrintable(run.output));
    }
}

void TestKeychainSecretStore::keychainThatNeverAnswersTimesOut()
{
    // org.freedesktop.secrets is owned by a process that is stopped: the
    // probe sees a keychain, QtKeychain's request is never answered, and the
    // store's time limit must end the wait.
    PrivateBus bus;
    if (!bus.start())
        HPG_SKIP_UNLESS_KEYRING_REQUIRED("dbus-daemon could not be started");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto environment = childEnvironment(home.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());

    QProcess owner;
    owner.setProcessEnvironment(environment);
    owner.start(qEnvironmentVariable("HPG_SECRETPROBE_BIN"),
                { QStringLiteral("own-name"), QStringLiteral("org.freedesktop.secrets") });
    QVERIFY(owner.waitForStarted());
    while (!owner.canReadLine())
        QVERIFY(owner.waitForReadyRead(10000));
    QCOMPARE(owner.readLine().trimmed(), QByteArray("owned"));
    QVERIFY(::kill(pid_t(owner.processId()), SIGSTOP) == 0);

    const auto run = runProbe(environment, { QStringLiteral("read"), QStringLiteral("1500") });
    ::kill(pid_t(owner.processId()), SIGCONT);
    owner.kill();
    owner.waitForFinished();

    QVERIFY2(run.status == int(Status::Unavailable), qPrintable(run.output));
    QVERIFY2(run.elapsedInside >= 1400 && run.elapsedInside < 6000, qPrintable(run.output));
    QVERIFY2(run.wallTime < 15000, qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "testkeychainsecretstore.moc"
