#pragma once

// Driving a GUI test's widgets by objectName, as a user would (header-only, like screenshots.h).

#include <QAbstractButton>
#include <QLatin1String>
#include <QWidget>

namespace hpgtest {

template<typename T> T *find(QWidget *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

// Clicks the button `name` when it is there, visible and enabled; false otherwise.
inline bool click(QWidget *root, const char *name)
{
    auto *button = find<QAbstractButton>(root, name);
    if (!button || !button->isEnabled() || !button->isVisible())
        return false;
    button->click();
    return true;
}

} // namespace hpgtest
