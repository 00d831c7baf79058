#include "openrunbookwizard.h"

#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/planchange.h"
#include "core/runbooks/runbookregistry.h"
#include "followerswitchwizard.h"
#include "planchangewizard.h"
#include "runbookwizard.h"
#include "core/runbooks/versionupgrade.h"
#include "versionupgradewizard.h"

namespace hpg {

QWidget *openRunbookWizard(const Journal &journal, const RunbookServices &services, QWidget *parent)
{
    // One line per wizard: the follower-switch wizard takes both of its kinds (switch and migration).
    if (FollowerSwitch::handles(journal))
        return FollowerSwitchWizard::resume(journal, services, parent);
    if (journal.kind() == QLatin1String(PlanChange::kKind) || journal.kind() == QLatin1String(CopyToNewDatabase::kKind))
        return PlanChangeWizard::resume(journal, services, parent);
    if (journal.kind() == QLatin1String(VersionUpgrade::kKind))
        return VersionUpgradeWizard::resume(journal, services, parent);
    // Kinds without pages of their own (a bring-back): the generic run and result pages.
    if (RunbookRegistry::find(journal.kind()))
        return new RunbookWizard(journal, services, parent);
    return nullptr;
}

} // namespace hpg
