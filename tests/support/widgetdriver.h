#pragma once

// Driving a GUI test's widgets by objectName, as a user would (header-only, like screenshots.h).

#include <QAbstractButton>
#include <QGroupBox>
#include <QLatin1String>
#include <QLineEdit>
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

// When a runbook's run page asks for the typed app name (confirmGroupBox), checks that a wrong
// name is not accepted, types `app` and confirms. Returns -1 when a wrong name was accepted, 1
// when it confirmed, 0 when nothing was asked.
inline int typeConfirmation(QWidget *wizard, const QString &app)
{
    auto *box = find<QGroupBox>(wizard, "confirmGroupBox");
    if (!box || !box->isVisible())
        return 0;
    auto *edit = find<QLineEdit>(wizard, "confirmAppLineEdit");
    auto *confirm = find<QAbstractButton>(wizard, "confirmPushButton");
    edit->setText(app.left(app.size() - 1));
    if (confirm->isEnabled())
        return -1;
    edit->setText(app);
    if (!confirm->isEnabled())
        return 0;
    confirm->click();
    return 1;
}

} // namespace hpgtest
