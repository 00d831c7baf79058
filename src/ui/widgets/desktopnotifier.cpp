#include "desktopnotifier.h"

#include "core/stall/operationscope.h"
#include "core/threads/workerpool.h"
#include "core/transfer/whendone.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>
#include <QtConcurrent/QtConcurrentRun>

#ifdef HPG_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace hpg {

namespace {

#ifdef HPG_HAVE_DBUS
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
#endif
constexpr int kExpireMs = 10000;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{ }

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &summary, const QString &body)
{
#ifdef HPG_HAVE_DBUS
    // Connecting to the bus waits for it (and where none runs, libdbus may start one with
    // dbus-launch): 380 ms on the window's thread in BENCH uistall. So on a worker; the connection
    // is kept, and the call itself is asynchronous.
    const QString address = m_busAddress;
    const auto connection = [address] {
        return address.isEmpty() ? QDBusConnection::sessionBus()
                                 : QDBusConnection::connectToBus(address, QStringLiteral("hpgdesk-notifications"));
    };
    whenDone(this, QtConcurrent::run(workerPool(), [connection] {
                 const QDBusConnection bus = connection();
                 return bus.isConnected() ? QString() : bus.lastError().message();
             }),
             [this, connection, summary, body](const QString &error) {
                 const OperationScope scope("notifications: send");
                 if (!error.isEmpty()) {
                     fallBack(summary, body, error);
                     return;
                 }
                 send(connection(), summary, body); // connected already: returns at once
             });
#else
    fallBack(summary, body, QString());
#endif
}

#ifdef HPG_HAVE_DBUS
void DesktopNotifier::send(const QDBusConnection &bus, const QString &summary, const QString &body)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    const QString desktopEntry = QGuiApplication::desktopFileName();
    QVariantMap hints;
    if (!desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("io.github.hpgdesk.hpgdesk") << summary
         << body << QStringList() << hints << kExpireMs;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body] {
        const OperationScope scope("notifications: the answer");
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            fallBack(summary, body, reply.error().message());
        else
            emit delivered(true);
    });
}
#endif

void DesktopNotifier::fallBack(const QString &summary, const QString &body, const QString &dbusError)
{
    const OperationScope scope("notifications: fall back to the tray");
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()) || !QSystemTrayIcon::isSystemTrayAvailable()
        || !QSystemTrayIcon::supportsMessages()) {
        emit failed(tr("No desktop notification could be shown: %1").arg(dbusError));
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/hpgdesk.svg")), this);
        m_tray->show();
    }
    m_tray->showMessage(summary, body, QSystemTrayIcon::Information, kExpireMs);
    emit delivered(false);
}

} // namespace hpg
