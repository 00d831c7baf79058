#include "desktopnotifier.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

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
    const QDBusConnection bus = m_busAddress.isEmpty()
        ? QDBusConnection::sessionBus()
        : QDBusConnection::connectToBus(m_busAddress, QStringLiteral("hpgdesk-notifications"));
    if (!bus.isConnected()) {
        fallBack(summary, body, bus.lastError().message());
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    const QString desktopEntry = QGuiApplication::desktopFileName();
    QVariantMap hints;
    if (!desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("io.github.hpgdesk.hpgdesk") << summary
         << body << QStringList() << hints << kExpireMs;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            fallBack(summary, body, reply.error().message());
        else
            emit delivered(true);
    });
#else
    fallBack(summary, body, QString());
#endif
}

void DesktopNotifier::fallBack(const QString &summary, const QString &body, const QString &dbusError)
{
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
