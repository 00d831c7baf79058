#include "secretserviceprobe.h"

#include <QFileInfo>
#include <QUuid>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define HPG_SECRET_SERVICE_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#endif

namespace hpg {

QString SecretServiceProbe::sessionBusAddress()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (!address.isEmpty())
        return address;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus")))
        return QStringLiteral("unix:path=") + runtimeDir + QStringLiteral("/bus");
    return {};
}

SecretServiceProbe::Result SecretServiceProbe::run(int timeoutMs)
{
#ifdef HPG_SECRET_SERVICE_OVER_DBUS
    const QString address = sessionBusAddress();
    if (address.isEmpty())
        return { false,
                 tr("This session has no D-Bus session bus, so the system keychain (Secret Service) cannot be "
                    "reached.") };

    // A private connection: QDBusConnection::sessionBus() would remember a
    // failure for the rest of the run.
    const QString name = QStringLiteral("hpg-secret-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result result;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(address, name);
        if (!bus.isConnected()) {
            result = { false,
                       tr("The D-Bus session bus cannot be reached, so the system keychain (Secret Service) "
                          "cannot be used.") };
        } else {
            const auto busCall = [&](const QString &method, const QVariantList &arguments) {
                auto message = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                              QStringLiteral("/org/freedesktop/DBus"),
                                                              QStringLiteral("org.freedesktop.DBus"), method);
                message.setArguments(arguments);
                return bus.call(message, QDBus::Block, timeoutMs);
            };
            const QStringList services = { QStringLiteral("org.freedesktop.secrets"),
                                           QStringLiteral("org.kde.kwalletd6"), QStringLiteral("org.kde.kwalletd5") };
            bool found = false;
            bool answered = true;
            for (const QString &service : services) {
                const QDBusMessage reply = busCall(QStringLiteral("NameHasOwner"), { service });
                if (reply.type() != QDBusMessage::ReplyMessage) {
                    answered = false;
                    break;
                }
                if (reply.arguments().value(0).toBool()) {
                    found = true;
                    break;
                }
            }
            if (!found && answered) {
                const QDBusMessage reply = busCall(QStringLiteral("ListActivatableNames"), {});
                if (reply.type() != QDBusMessage::ReplyMessage) {
                    answered = false;
                } else {
                    const QStringList activatable = reply.arguments().value(0).toStringList();
                    for (const QString &service : services)
                        found = found || activatable.contains(service);
                }
            }
            if (!answered)
                result = { false,
                           tr("The D-Bus session bus does not answer, so the system keychain (Secret Service) "
                              "cannot be used.") };
            else if (!found)
                result = { false,
                           tr("No keychain service (GNOME Keyring, KWallet or another Secret Service) runs in "
                              "this session.") };
        }
    }
    QDBusConnection::disconnectFromBus(name);
    return result;
#else
    Q_UNUSED(timeoutMs)
    return {};
#endif
}

} // namespace hpg
