#pragma once

#include <QString>

#include <functional>

namespace hpg {

class StepContext;
struct Transfer;

// Reads the run's transfer (pg:copy, a backup), whose uuid the journal keeps under `uuidKey`, and
// calls `next` with it; fails the step with Heroku's error when it cannot be read.
void withTransfer(StepContext &ctx, const QString &app, const QString &uuidKey, bool verbose,
                  const std::function<void(const Transfer &)> &next);

} // namespace hpg
