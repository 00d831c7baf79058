// DesktopNotifier against a private D-Bus session bus (a real dbus-daemon) on
// which the test plays the notification server: the notification arrives with
// its summary, body and desktop entry. Without a server on the bus (and no
// system tray offscreen) it reports that nothing could be shown.
#include "requirekeyring.h"
#include "ui/widgets/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>

using namespace hpg;

// What a notification server (GNOME Shell, KDE Plasma, dunst…) receives.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;
    QVariantMap lastHints;

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        summaries.append(summary);
        bodies.append(body);
        lastHints = hints;
        return uint(summaries.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;

private slots:
    void initTestCase()
    {
        QFile config(m_dir.filePath(QStringLiteral("session.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // A session bus of our own: anyone may own a name and send anywhere.
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
            HPG_SKIP_UNLESS_KEYRING_REQUIRED("dbus-daemon could not be started");
        QVERIFY(QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, 10000));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
    }

    void sendsOverDBus()
    {
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hpgdesk.hpgdesk"));
        QDBusConnection server = QDBusConnection::connectToBus(m_address, QStringLiteral("server"));
        QVERIFY(server.isConnected());
        FakeNotifications fake;
        QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(QStringLiteral("org.freedesktop.Notifications")));

        DesktopNotifier notifier;
        notifier.setBusAddress(m_address);
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        notifier.notify(QStringLiteral("The follower has caught up"), QStringLiteral("acme-storefront"));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.first().first().toBool(), true);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(fake.summaries, QStringList { QStringLiteral("The follower has caught up") });
        QCOMPARE(fake.bodies, QStringList { QStringLiteral("acme-storefront") });
        QCOMPARE(fake.lastHints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.hpgdesk.hpgdesk"));

        server.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        server.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

    void reportsWhenNothingCanShowIt()
    {
        DesktopNotifier notifier;
        notifier.setBusAddress(m_address); // a bus without a notification server; offscreen: no tray
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        notifier.notify(QStringLiteral("Caught up"), QStringLiteral("body"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(delivered.size(), 0);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished();
        }
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "testdesktopnotifier.moc"
