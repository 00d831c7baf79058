#include "behindbychart.h"

#include "core/runbooks/switchsteps.h"

namespace hpg {

BehindByChart::BehindByChart(QWidget *parent)
    : SparkChart(parent)
{
    setObjectName(QStringLiteral("behindByChart"));
    setThreshold(SwitchSteps::kCaughtUpCommits);
}

} // namespace hpg
