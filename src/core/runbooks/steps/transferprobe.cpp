#include "transferprobe.h"

#include "core/heroku/dataclient.h"
#include "core/heroku/transfer.h"
#include "core/runbooks/stepcontext.h"

namespace hpg {

void withTransfer(StepContext &ctx, const QString &app, const QString &uuidKey, bool verbose,
                  const std::function<void(const Transfer &)> &next)
{
    ctx.watch(ctx.data().transfer(app, ctx.string(uuidKey), verbose, ctx.owner()), [&ctx, next](const ApiResult &result) {
        if (!result.ok())
            ctx.fail(result.error);
        else
            next(Transfer::fromJson(result.object()));
    });
}

} // namespace hpg
