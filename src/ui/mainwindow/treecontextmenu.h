#pragma once

#include <QList>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace hpg {

// The context menu of the app/database tree. It holds no actions of its own: it shows the main
// window's (the `lead` ones for the kind of node, then everything in the Database menu), so the
// window enables them in one place and an action added to the Database menu shows up here too.
class TreeContextMenu
{
public:
    // Opens the menu (objectName "browserContextMenu") at `globalPos`; it deletes itself when closed.
    static QMenu *popup(const QList<QAction *> &lead, const QMenu *databaseMenu, const QPoint &globalPos,
                        QWidget *parent);
};

} // namespace hpg
