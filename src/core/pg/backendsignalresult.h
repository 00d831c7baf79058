#pragma once

#include "pgsessionerror.h"

#include <QMetaType>

namespace hpg {

// The outcome of pg_cancel_backend / pg_terminate_backend (pg:kill, pg:kill --force).
struct BackendSignalResult
{
    enum class Action { Cancel, Terminate };

    Action action = Action::Cancel;
    int pid = 0;
    // The function returned true: the signal was sent. For Terminate the session is gone
    // once `ended` is true as well (the server is asked to wait up to a few seconds).
    bool signalled = false;
    bool ended = false;
    PgSessionError error; // permission denied, not connected, …

    bool ok() const { return !error.isError() && signalled; }
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::BackendSignalResult)
