#include "usersettings.h"

#include <QSettings>

namespace hpg {

namespace {
const auto kFirstStartDone = QStringLiteral("start/firstStartDone");
const auto kColorScheme = QStringLiteral("appearance/colorScheme");
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

} // namespace hpg
