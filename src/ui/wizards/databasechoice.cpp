#include "databasechoice.h"

#include <QComboBox>

namespace hpg {

void DatabaseChoice::fill(QComboBox *combo, const QList<Attachment> &attachments)
{
    for (const Attachment &a : attachments) {
        if (!a.isPostgres() || !a.nameSpace.isEmpty())
            continue;
        combo->addItem(tr("%1 (%2, %3)").arg(a.name, a.addonName, a.plan.shortName()), a.name);
        combo->setItemData(combo->count() - 1, a.plan.name, PlanRole);
        combo->setItemData(combo->count() - 1, a.addonId, AddonRole);
    }
    const int primary = combo->findData(QStringLiteral("DATABASE"));
    if (primary >= 0)
        combo->setCurrentIndex(primary);
}

} // namespace hpg
