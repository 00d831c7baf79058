#pragma once

#include "ui/widgets/sparkchart.h"

namespace hpg {

// A small live chart of a follower's "Behind By" (commits), with the
// 200-commit line under which the follower counts as caught up and a scale.
class BehindByChart : public SparkChart
{
    Q_OBJECT
public:
    explicit BehindByChart(QWidget *parent = nullptr);
};

} // namespace hpg
