#pragma once

// What the runbook benchmarks print: seconds with one decimal, and where a run's time went.

#include "core/runbooks/journal.h"

#include <QString>

#include <cstdio>

namespace hpgbench {

inline QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// Each step from its start to its end, with its probes and actions.
inline void printStepTimes(const hpg::Journal &journal)
{
    for (const hpg::Journal::StepRecord &step : journal.steps()) {
        if (step.startedAt.isValid() && step.finishedAt.isValid())
            std::printf("  %s: %s s (%d probes, %d actions)\n", qPrintable(step.id),
                        qPrintable(seconds(step.startedAt.msecsTo(step.finishedAt))), step.probes, step.actionsStarted);
    }
}

} // namespace hpgbench
