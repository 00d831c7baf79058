#include "runbookwizards.h"

#include "core/runbooks/followerswitch.h"
#include "followerswitchwizard.h"

namespace hpg {

QWidget *openRunbookWizard(const Journal &journal, const RunbookServices &services, QWidget *parent)
{
    // One line per wizard: the follower-switch wizard takes both of its kinds (switch and migration).
    if (FollowerSwitch::handles(journal))
        return FollowerSwitchWizard::resume(journal, services, parent);
    return nullptr;
}

} // namespace hpg
