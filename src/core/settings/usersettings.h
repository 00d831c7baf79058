#pragma once

#include <QString>

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
};

} // namespace hpg
