#include "usersettings.h"

#include <QSettings>

namespace hpg {

namespace {
const auto kFirstStartDone = QStringLiteral("start/firstStartDone");
const auto kColorScheme = QStringLiteral("appearance/colorScheme");
const auto kMaintenanceNotifications = QStringLiteral("notifications/maintenance");
const auto kMaintenanceNoticeDays = QStringLiteral("notifications/maintenanceDays");
const auto kShownMaintenanceNotices = QStringLiteral("notifications/maintenanceShown");
} // namespace

bool UserSettings::firstStartDone()
{
    return QSettings().value(kFirstStartDone, false).toBool();
}

void UserSettings::setFirstStartDone(bool done)
{
    QSettings().setValue(kFirstStartDone, done);
}

UserSettings::ColorScheme UserSettings::colorScheme()
{
    const QString value = QSettings().value(kColorScheme).toString();
    if (value == QLatin1String("light"))
        return ColorScheme::Light;
    if (value == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void UserSettings::setColorScheme(ColorScheme scheme)
{
    QSettings().setValue(kColorScheme,
                         scheme == ColorScheme::Light      ? QStringLiteral("light")
                             : scheme == ColorScheme::Dark ? QStringLiteral("dark")
                                                           : QStringLiteral("system"));
}

bool UserSettings::maintenanceNotifications()
{
    return QSettings().value(kMaintenanceNotifications, true).toBool();
}

void UserSettings::setMaintenanceNotifications(bool on)
{
    QSettings().setValue(kMaintenanceNotifications, on);
}

int UserSettings::maintenanceNoticeDays()
{
    return qBound(1, QSettings().value(kMaintenanceNoticeDays, 7).toInt(), 60);
}

void UserSettings::setMaintenanceNoticeDays(int days)
{
    QSettings().setValue(kMaintenanceNoticeDays, qBound(1, days, 60));
}

QStringList UserSettings::shownMaintenanceNotices()
{
    return QSettings().value(kShownMaintenanceNotices).toStringList();
}

void UserSettings::setShownMaintenanceNotices(const QStringList &ids)
{
    // Written only when it changed: every look at the fleet sets it, mostly to what it was, and each
    // write saves the whole settings file to disk (QSaveFile, synced) on the GUI thread: 10 to 25 ms
    // of waiting in BENCH uistall.
    QSettings settings;
    if (settings.value(kShownMaintenanceNotices).toStringList() != ids)
        settings.setValue(kShownMaintenanceNotices, ids);
}

} // namespace hpg
