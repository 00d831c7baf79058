#pragma once

#include "core/pg/backendsignalresult.h"
#include "core/pg/sessioninfo.h"

#include <QCoreApplication>
#include <QString>

namespace hpg {

// The sentences and commands the sessions page shows: a session's details, the outcome of
// cancel/terminate, and the Heroku CLI equivalents.
class SessionTexts
{
    Q_DECLARE_TR_FUNCTIONS(hpg::SessionTexts)
public:
    // A few lines about the session, a blank line, then its full query.
    static QString detail(const SessionInfo &session);
    // "Session 123 was terminated.", "Session 123 no longer exists; nothing was canceled.", …
    static QString signalOutcome(const BackendSignalResult &result);
    // `heroku pg:kill PID DATABASE [--force] -a APP` and `heroku pg:killall DATABASE -a APP`.
    static QString killCommand(int pid, bool force, const QString &addonName, const QString &appName);
    static QString killAllCommand(const QString &addonName, const QString &appName);
};

} // namespace hpg
