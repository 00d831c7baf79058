// AppSettings: QSettings written on a thread of their own, read back at once by this process, in
// order, and everything queued is on disk when the application ends.

#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSemaphore>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using hpg::AppSettings;

namespace {

// The writer's thread waits at this gate before each batch until the test lets it go.
struct Gate
{
    QSemaphore reached;
    QSemaphore open;
    std::thread::id writer;

    void install()
    {
        AppSettings::setBeforeWriteForTests([this] {
            writer = std::this_thread::get_id();
            reached.release();
            open.acquire();
        });
    }
    ~Gate() { AppSettings::setBeforeWriteForTests({}); }
};

void useNames(const QString &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
    QCoreApplication::setApplicationName(QStringLiteral("testappsettings"));
    qputenv("XDG_CONFIG_HOME", dir.toLocal8Bit());
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        useNames(m_config.path());
        QSettings().clear();
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
    }

    void readsItsOwnWritesBeforeTheyAreOnDisk()
    {
        QSettings().setValue(QStringLiteral("test/gone"), 7); // on disk before the test starts
        Gate gate;
        gate.install();
        AppSettings::setValue(QStringLiteral("test/number"), 42);
        AppSettings::remove(QStringLiteral("test/gone"));
        QVERIFY(gate.reached.tryAcquire(1, 5000)); // the writer holds the batch
        QCOMPARE(AppSettings::value(QStringLiteral("test/number")).toInt(), 42);
        QCOMPARE(AppSettings::value(QStringLiteral("test/gone"), -1).toInt(), -1);
        QVERIFY(!QSettings().contains(QStringLiteral("test/number"))); // not yet on disk
        QCOMPARE(QSettings().value(QStringLiteral("test/gone")).toInt(), 7);
        QVERIFY(gate.writer != std::this_thread::get_id()); // written on another thread

        gate.open.release(16);
        AppSettings::flush();
        QCOMPARE(QSettings().value(QStringLiteral("test/number")).toInt(), 42);
        QVERIFY(!QSettings().contains(QStringLiteral("test/gone")));
        QCOMPARE(AppSettings::value(QStringLiteral("test/number")).toInt(), 42);
    }

    void theNewestChangeOfAKeyWins()
    {
        Gate gate;
        gate.install();
        AppSettings::setValue(QStringLiteral("test/order"), 1);
        QVERIFY(gate.reached.tryAcquire(1, 5000)); // the first batch is being written
        AppSettings::setValue(QStringLiteral("test/order"), 2); // changed again meanwhile
        AppSettings::remove(QStringLiteral("test/order"));
        AppSettings::setValue(QStringLiteral("test/order"), 3);
        QCOMPARE(AppSettings::value(QStringLiteral("test/order")).toInt(), 3);
        gate.open.release(16);
        AppSettings::flush();
        QCOMPARE(QSettings().value(QStringLiteral("test/order")).toInt(), 3);
        QCOMPARE(AppSettings::value(QStringLiteral("test/order")).toInt(), 3);
    }

    // value() reads from memory once the file is read, but a change made under it (here this
    // process's own QSettings, as a test or another process would) is seen at the next read.
    void seesChangesMadeElsewhere()
    {
        AppSettings::setValue(QStringLiteral("test/mine"), 1);
        AppSettings::flush();
        QCOMPARE(AppSettings::value(QStringLiteral("test/mine")).toInt(), 1);
        QCOMPARE(AppSettings::value(QStringLiteral("test/theirs"), -1).toInt(), -1);
        QSettings().setValue(QStringLiteral("test/theirs"), 5);
        QCOMPARE(AppSettings::value(QStringLiteral("test/theirs"), -1).toInt(), 5);
        QCOMPARE(AppSettings::value(QStringLiteral("test/mine")).toInt(), 1);
        // Our own write keeps what is known: both are there, read from memory.
        AppSettings::setValue(QStringLiteral("test/mine"), 2);
        AppSettings::flush();
        QCOMPARE(AppSettings::value(QStringLiteral("test/mine")).toInt(), 2);
        QCOMPARE(AppSettings::value(QStringLiteral("test/theirs"), -1).toInt(), 5);
        QSettings().clear();
        QCOMPARE(AppSettings::value(QStringLiteral("test/mine"), -1).toInt(), -1);
        QCOMPARE(AppSettings::value(QStringLiteral("test/theirs"), -1).toInt(), -1);
    }

    void whatIsQueuedIsWrittenWhenTheApplicationEnds()
    {
        // A child that changes a setting while the writer is slow, then ends at once.
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HPG_APPSETTINGS_CHILD"), m_config.path());
        child.setProcessEnvironment(env);
        child.start();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        QSettings settings;
        settings.sync(); // read what the other process wrote
        QCOMPARE(settings.value(QStringLiteral("test/atExit")).toString(), QStringLiteral("kept"));
    }

private:
    QTemporaryDir m_config;
};

int main(int argc, char **argv)
{
    const QString childConfig = qEnvironmentVariable("HPG_APPSETTINGS_CHILD");
    if (!childConfig.isEmpty()) {
        QCoreApplication app(argc, argv);
        useNames(childConfig);
        AppSettings::setBeforeWriteForTests([] { QThread::msleep(300); });
        AppSettings::setValue(QStringLiteral("test/atExit"), QStringLiteral("kept"));
        return 0; // the application's end writes it
    }
    QCoreApplication app(argc, argv);
    TestAppSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "testappsettings.moc"
