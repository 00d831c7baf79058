#pragma once

#include "core/runbooks/step.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

namespace hpg {

// The dyno formation of an app (heroku ps:scale, heroku ps): scale down remembering each
// quantity, wait until the dynos the scale-down stopped are gone, scale back up.
//
// Values in the journal (the keys are parameters):
//   formation_before   [{type, quantity, size}] before the scale-down: captured by scaleDown(),
//                      read by whenDynosGone() and restore()
//   scaled_down_at     ISO time of the scale-down: captured by scaleDown()
class FormationSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::FormationSteps)
public:
    // "scale-down": scales every process type of `app` (release aside) to 0.
    static Step scaleDown(const QString &app, const QString &formationKey = QStringLiteral("formation_before"),
                          const QString &scaledDownAtKey = QStringLiteral("scaled_down_at"));
    // "restore-formation": scales them back to the quantities remembered; undoes "scale-down".
    static Step restore(const QString &app, const QString &formationKey = QStringLiteral("formation_before"));

    // For the probe of a wait: a dyno keeps running (and writing) for a while after a
    // scale-down. While dynos of the types remembered at `formationKey` still run on `app`,
    // answers notDone() naming them (or fail() when the dynos cannot be read); once they are
    // gone, calls `gone` without answering.
    static void whenDynosGone(StepContext &ctx, const QString &app, const QString &formationKey,
                              const std::function<void()> &gone);

    // "web=2 worker=1" for a formation array (release and empty types left out); with `zero`,
    // "web=0 worker=0".
    static QString formationText(const QJsonArray &formation, bool zero = false);
};

} // namespace hpg
