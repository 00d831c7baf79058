#pragma once

// For the Diagnose tests and benchmark: a database's credential from the sandbox's data API and
// one diagnosis run to its end (test code: it spins the event loop while waiting).

#include "../runbooks/switchfixture.h"
#include "core/diagnose/diagnoserun.h"
#include "core/heroku/credential.h"
#include "eventwait.h"

#include <QSignalSpy>

namespace diagnosetest {

// The named credential of `addon` (default: the app's own), as the app would get it.
inline hpg::ConnInfo credential(SwitchFixture &f, const QString &addon, const QString &name = QStringLiteral("default"))
{
    const hpg::ApiResult result = SwitchFixture::wait(f.data->credentials(addon));
    for (const QJsonValue &value : result.array()) {
        const hpg::Credential c = hpg::Credential::fromJson(value.toObject());
        if (c.name == name)
            return c.connection;
    }
    return {};
}

// Runs every check once; the report, or an empty one (with `error` set) on failure or timeout.
inline hpg::DiagnoseReport diagnose(hpg::DiagnoseRun &run, const hpg::DiagnoseContext &known, QString *error,
                                    int *progressSignals = nullptr)
{
    QSignalSpy finished(&run, &hpg::DiagnoseRun::finished);
    QSignalSpy failed(&run, &hpg::DiagnoseRun::failed);
    QSignalSpy progress(&run, &hpg::DiagnoseRun::progress);
    if (!run.start(known)) {
        *error = QStringLiteral("the diagnosis did not start");
        return {};
    }
    if (!hpgtest::waitUntil([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000)) {
        *error = QStringLiteral("the diagnosis did not finish within 2 min");
        return {};
    }
    if (!failed.isEmpty()) {
        *error = failed.first().first().value<hpg::PgSessionError>().message;
        return {};
    }
    if (progressSignals)
        *progressSignals = int(progress.size());
    return finished.first().first().value<hpg::DiagnoseReport>();
}

inline hpg::DiagnoseReport diagnose(const hpg::ConnInfo &conn, const hpg::DiagnoseContext &known, QString *error)
{
    hpg::DiagnoseRun run;
    run.setConnection(conn);
    return diagnose(run, known, error);
}

inline QString statusOf(const hpg::DiagnoseReport &report, const QString &checkId)
{
    const hpg::DiagnoseFinding *f = report.finding(checkId);
    return f ? hpg::DiagnoseReport::statusName(f->status) : QStringLiteral("missing");
}

} // namespace diagnosetest
