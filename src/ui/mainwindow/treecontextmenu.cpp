#include "treecontextmenu.h"

#include <QMenu>

namespace hpg {

QMenu *TreeContextMenu::popup(const QList<QAction *> &lead, const QMenu *databaseMenu, const QPoint &globalPos,
                              QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("browserContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(lead);
    if (!lead.isEmpty())
        menu->addSeparator();
    menu->addActions(databaseMenu->actions()); // its separators too
    menu->popup(globalPos);
    return menu;
}

} // namespace hpg
