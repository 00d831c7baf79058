#pragma once

// Waiting for an API call in a test (header-only: hpg_test_support links no hpg_core; the tests that
// include this do). QTest::qWaitFor keeps events flowing; never used by the app.

#include "core/heroku/apicall.h"

#include <QTest>

namespace hpgtest {

// The call's result, or a Timeout error when it has not finished within `timeoutMs`.
inline hpg::ApiResult waitFor(hpg::ApiCall *call, int timeoutMs = 60000)
{
    hpg::ApiResult result;
    bool done = false;
    QObject::connect(call, &hpg::ApiCall::finished, [&](const hpg::ApiResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
        result.error.kind = hpg::HerokuError::Kind::Timeout;
    return result;
}

} // namespace hpgtest
