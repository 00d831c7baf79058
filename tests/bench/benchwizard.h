#pragma once

// Drives a runbook wizard (follower switch, version upgrade…) through its run as a person would:
// whenever it asks for the typed confirmation, the app's name is typed and confirmed, until the
// runbook finishes or fails.

#include "core/runbooks/runbook.h"
#include "widgetdriver.h"

#include <QGroupBox>
#include <QLineEdit>
#include <QString>
#include <QWidget>

#include <functional>

namespace hpgbench {

// `wait(predicate, timeoutMs)` spins the event loop until the predicate holds (QTest::qWaitFor, or
// an event-loop wait that does not sleep). The finished runbook, or null with `problem` (`what` names
// the run). `typed` counts the confirmations.
template<typename Wizard>
const hpg::Runbook *confirmUntilDone(Wizard *wizard, const QString &app,
                                     const std::function<bool(const std::function<bool()> &, int)> &wait,
                                     const QString &what, QString *problem, int *typed = nullptr)
{
    auto *confirmBox = hpgtest::find<QGroupBox>(wizard, "confirmGroupBox");
    const bool done = wait(
        [&] {
            if (confirmBox->isVisible()) {
                hpgtest::find<QLineEdit>(wizard, "confirmAppLineEdit")->setText(app);
                const bool clicked = hpgtest::click(wizard, "confirmPushButton");
                if (typed)
                    *typed += clicked;
            }
            const hpg::Runbook *runbook = wizard->runbook();
            return runbook
                && (runbook->state() == hpg::Runbook::State::Finished
                    || runbook->state() == hpg::Runbook::State::Failed);
        },
        900000);
    const hpg::Runbook *runbook = wizard->runbook();
    if (!done || runbook->state() != hpg::Runbook::State::Finished) {
        *problem = QStringLiteral("the wizard's %1 did not finish: %2")
                       .arg(what, runbook ? runbook->journal().stopExplanation() : QStringLiteral("no run"));
        return nullptr;
    }
    return runbook;
}

} // namespace hpgbench
