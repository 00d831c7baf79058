#include "appearance.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace hpg {

namespace {

struct Original
{
    bool saved = false;
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original value;
    return value;
}

UserSettings::ColorScheme &currentScheme()
{
    static UserSettings::ColorScheme value = UserSettings::ColorScheme::System;
    return value;
}

bool desktopPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#else
    return false; // Qt 6.4 cannot ask; the platform's own palette is used as it is
#endif
}

} // namespace

void Appearance::apply(UserSettings::ColorScheme scheme)
{
    Original &o = original();
    if (!o.saved) {
        o.saved = true;
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (currentScheme() == UserSettings::ColorScheme::System)
                apply(UserSettings::ColorScheme::System);
        });
#endif
    }
    currentScheme() = scheme;
    const bool dark = scheme == UserSettings::ColorScheme::Dark
        || (scheme == UserSettings::ColorScheme::System && desktopPrefersDark());
    if (scheme == UserSettings::ColorScheme::System && !dark) {
        QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
    } else {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setStyle(fusion);
        QApplication::setPalette(dark ? darkPalette() : fusion->standardPalette());
    }
    emit instance()->changed();
}

Appearance *Appearance::instance()
{
    static Appearance *notifier = new Appearance; // lives as long as the process, like the palette
    return notifier;
}

UserSettings::ColorScheme Appearance::current()
{
    return currentScheme();
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QColor Appearance::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor Appearance::successText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

QColor Appearance::toneBackground(Tone tone, const QPalette &palette)
{
    if (isDark(palette))
        return tone == Tone::Error ? QColor(0x4a, 0x22, 0x22) : QColor(0x3d, 0x30, 0x20);
    return tone == Tone::Error ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf4, 0xe5);
}

QColor Appearance::toneText(Tone tone, const QPalette &palette)
{
    if (isDark(palette))
        return tone == Tone::Error ? QColor(0xff, 0xc4, 0xbd) : QColor(0xff, 0xd9, 0xa0);
    return tone == Tone::Error ? QColor(0x61, 0x1a, 0x15) : QColor(0x66, 0x3c, 0x00);
}

void Appearance::keepPanelStyled(QLabel *label, Tone tone, int padding)
{
    const auto style = [label, tone, padding] {
        const QPalette palette = QApplication::palette();
        label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: %3px; }")
                                 .arg(toneBackground(tone, palette).name(), toneText(tone, palette).name())
                                 .arg(padding));
    };
    style();
    connect(instance(), &Appearance::changed, label, style);
}

QString Appearance::errorLabelStyle(const QPalette &palette, bool bold)
{
    return QStringLiteral("QLabel { color: %1;%2 }")
        .arg(errorText(palette).name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

QString Appearance::successLabelStyle(const QPalette &palette)
{
    return QStringLiteral("QLabel { color: %1; }").arg(successText(palette).name());
}

} // namespace hpg
