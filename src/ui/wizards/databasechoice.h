#pragma once

#include "core/heroku/attachment.h"

#include <QCoreApplication>
#include <QList>
#include <Qt>

class QComboBox;

namespace hpg {

// The database combo box of a runbook's choose page (plan change, version upgrade): the app's
// Heroku Postgres attachments without a namespace, "NAME (add-on, plan)", the attachment name as
// the item's data, the plan and add-on id beside it; DATABASE selected when there is one.
class DatabaseChoice
{
    Q_DECLARE_TR_FUNCTIONS(hpg::DatabaseChoice)
public:
    static constexpr int PlanRole = Qt::UserRole + 1; // the database's plan ("heroku-postgresql:standard-0")
    static constexpr int AddonRole = Qt::UserRole + 2; // its add-on id

    // Appends the databases of `attachments` to `combo` and selects DATABASE when it is there.
    static void fill(QComboBox *combo, const QList<Attachment> &attachments);
};

} // namespace hpg
