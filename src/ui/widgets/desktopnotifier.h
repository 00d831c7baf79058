#pragma once

#include <QObject>
#include <QString>

class QDBusConnection;
class QSystemTrayIcon;

namespace hpg {

// A desktop notification ("the follower has caught up"): on Linux through
// org.freedesktop.Notifications on the session bus; when no notification
// server answers, through a system tray balloon where a tray exists.
// Asynchronous: notify() returns at once.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The D-Bus address to use (default, empty: the session bus); tests pass a private bus.
    void setBusAddress(const QString &address) { m_busAddress = address; }

    void notify(const QString &summary, const QString &body);

signals:
    // The notification was shown: by the notification server (viaDBus), or as a tray balloon.
    void delivered(bool viaDBus);
    // Neither way was available; why, for the log.
    void failed(const QString &reason);

private:
    void send(const QDBusConnection &bus, const QString &summary, const QString &body);
    void fallBack(const QString &summary, const QString &body, const QString &dbusError);

    QString m_busAddress;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace hpg
