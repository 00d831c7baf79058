#pragma once

#include "core/heroku/plan.h"

#include <QIcon>

namespace hpg {

// A small coloured badge with the tier's initials (E, S, P, Pr, Sh), so the
// tier of every database is visible in the tree at a glance.
class TierBadge
{
public:
    static QIcon icon(Plan::Tier tier);
    static QString letters(Plan::Tier tier);
};

} // namespace hpg
