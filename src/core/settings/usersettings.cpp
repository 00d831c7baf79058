#include "usersettings.h"

#include "appsettings.h"

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
    return AppSettings::value(kFirstStartDone, false).toBool();
}

void UserSettings::setFirstStartDone(bool done)
{
    AppSettings::setValue(kFirstStartDone, done);
}

UserSettings::ColorScheme UserSettings::colorScheme()
{
    const QString value = AppSettings::value(kColorScheme).toString();
    if (value == QLatin1String("light"))
        return ColorScheme::Light;
    if (value == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void UserSettings::setColorScheme(ColorScheme scheme)
{
    AppSettings::setValue(kColorScheme,
                         scheme == ColorScheme::Light      ? QStringLiteral("light")
                             : scheme == ColorScheme::Dark ? QStringLiteral("dark")
                                                           : QStringLiteral("system"));
}

bool UserSettings::maintenanceNotifications()
{
    return AppSettings::value(kMaintenanceNotifications, true).toBool();
}

void UserSettings::setMaintenanceNotifications(bool on)
{
    AppSettings::setValue(kMaintenanceNotifications, on);
}

int UserSettings::maintenanceNoticeDays()
{
    return qBound(1, AppSettings::value(kMaintenanceNoticeDays, 7).toInt(), 60);
}

void UserSettings::setMaintenanceNoticeDays(int days)
{
    AppSettings::setValue(kMaintenanceNoticeDays, qBound(1, days, 60));
}

QStringList UserSettings::shownMaintenanceNotices()
{
    return AppSettings::value(kShownMaintenanceNotices).toStringList();
}

void UserSettings::setShownMaintenanceNotices(const QStringList &ids)
{
    // Written only when it changed: every look at the fleet sets it, mostly to what it was.
    if (AppSettings::value(kShownMaintenanceNotices).toStringList() != ids)
        AppSettings::setValue(kShownMaintenanceNotices, ids);
}

} // namespace hpg
