#include "step.h"

#include <QDateTime>

namespace hpg {

namespace {

struct StateName
{
    StepState state;
    const char *name;
};

constexpr StateName kNames[] = {
    { StepState::Pending, "pending" }, { StepState::Running, "running" },
    { StepState::Waiting, "waiting" }, { StepState::AwaitingConfirmation, "awaiting-confirmation" },
    { StepState::Done, "done" },       { StepState::Skipped, "skipped" },
    { StepState::Failed, "failed" },
};

} // namespace

QString stepStateName(StepState state)
{
    for (const auto &entry : kNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("pending");
}

StepState stepStateFromName(const QString &name)
{
    for (const auto &entry : kNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return StepState::Pending;
}

QString journalTimeNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace hpg
