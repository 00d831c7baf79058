#pragma once

#include <QString>
#include <QStringList>

namespace hpg {

// The user's choices that are not tied to one page, kept in QSettings under typed names
// (no string keys scattered over widgets).
class UserSettings
{
public:
    // False until the app has started once; the first start opens the sign-in dialog by itself.
    static bool firstStartDone();
    static void setFirstStartDone(bool done);

    // Light or dark colours, or the desktop's (System, the default).
    enum class ColorScheme { System, Light, Dark };
    static ColorScheme colorScheme();
    static void setColorScheme(ColorScheme scheme);

    // Desktop notifications about maintenances (on by default): required within this many days
    // (default 7), and a replacement that is ready.
    static bool maintenanceNotifications();
    static void setMaintenanceNotifications(bool on);
    static int maintenanceNoticeDays();
    static void setMaintenanceNoticeDays(int days);
    // The maintenance notices already shown (MaintenanceNotices ids), so that none is shown twice.
    static QStringList shownMaintenanceNotices();
    static void setShownMaintenanceNotices(const QStringList &ids);
};

} // namespace hpg
