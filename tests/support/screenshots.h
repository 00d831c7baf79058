#pragma once

// Screenshots of GUI tests, for the docs and for checking the Japanese layout:
// with HPG_SCREENSHOT_DIR set, saveScreenshots() saves a widget as
// <dir>/<name>-en.png and the same moment in Japanese as <dir>/<name>-ja.png.
// Without it, nothing happens. Header-only: hpg_test_support links no Widgets
// and no hpg_core, the GUI tests that include this do.

#include "core/settings/languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QWidget>

namespace hpgtest {

// Delivers the posted events a few times: a LanguageChange retranslates the widgets, and each
// level of nested layouts they invalidated settles in a round of its own (two rounds left
// word-wrapped labels in group boxes clipped).
inline void settleLayouts()
{
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
}

inline bool screenshotsWanted()
{
    return !qEnvironmentVariable("HPG_SCREENSHOT_DIR").isEmpty();
}

// Saves `widget` in English, switches the application to Japanese, saves it again, and switches
// back to English. Returns what went wrong (empty when saved, or when no screenshots are wanted).
inline QString saveScreenshots(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HPG_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return {};
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create %1").arg(dir);
    QStringList errors;
    const auto save = [&](const QString &language) {
        const QString path = QStringLiteral("%1/%2-%3.png").arg(dir, name, language);
        if (!widget->grab().save(path))
            errors.append(QStringLiteral("cannot save %1").arg(path));
    };
    settleLayouts();
    save(QStringLiteral("en"));
    hpg::LanguageManager languages;
    if (!languages.apply(hpg::LanguageManager::Language::Japanese))
        errors.append(QStringLiteral("no Japanese catalogue"));
    settleLayouts();
    save(QStringLiteral("ja"));
    languages.apply(hpg::LanguageManager::Language::English);
    settleLayouts();
    return errors.join(QStringLiteral("; "));
}

} // namespace hpgtest
