#pragma once

#include "core/settings/usersettings.h"

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

class QLabel;

namespace hpg {

// Light, dark or the desktop's colours for the whole application, and the few colours of our own
// (error and success text) chosen to stay readable on the palette in use. Light and Dark use the
// Fusion style with a palette of their own; System keeps the platform's style and palette (Qt
// 6.5 and later also follow the desktop's light/dark setting as it changes).
class Appearance : public QObject
{
    Q_OBJECT
public:
    // Emits changed() after apply(): widgets with colours of their own (style sheets) follow.
    static Appearance *instance();

    static void apply(UserSettings::ColorScheme scheme);
    static UserSettings::ColorScheme current();

    // True when the palette's window colour is dark.
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    // Text colours with enough contrast on `palette`'s window and base colours.
    static QColor errorText(const QPalette &palette);
    static QColor successText(const QPalette &palette);
    // A panel or a row that stands out with a background of its own: an error (pink / dark red) or a
    // warning (amber / dark amber), muted on a dark palette.
    enum class Tone { Error, Warning };
    static QColor toneBackground(Tone tone, const QPalette &palette);
    static QColor toneText(Tone tone, const QPalette &palette);
    // Styles `label` as such a panel now and again whenever the colours change.
    static void keepPanelStyled(QLabel *label, Tone tone, int padding = 6);
    // "QLabel { color: … }" with errorText() / successText(), for labels that only change colour.
    static QString errorLabelStyle(const QPalette &palette, bool bold = false);
    static QString successLabelStyle(const QPalette &palette);

signals:
    void changed();

private:
    Appearance() = default;
};

} // namespace hpg
