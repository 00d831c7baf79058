#include "connectsteps.h"

#include "core/heroku/connectclient.h"
#include "core/runbooks/connectpauser.h"
#include "core/runbooks/stepcontext.h"

#include <QHash>

#include <memory>

namespace hpg {

namespace {

const QString kPaused = QStringLiteral("PAUSED");

using States = QHash<QString, QString>; // connection id → state

// Reads the state of each connection in turn, then calls `done`.
struct StateFetch
{
    QList<ConnectConnection> todo;
    States states;
    std::function<void(const States &)> done;
};

void fetchNextState(StepContext &ctx, const std::shared_ptr<StateFetch> &fetch)
{
    if (fetch->todo.isEmpty()) {
        fetch->done(fetch->states);
        return;
    }
    if (!ctx.connectApi()) {
        ctx.fail(ConnectSteps::tr("Heroku Connect cannot be reached from this session."));
        return;
    }
    const ConnectConnection c = fetch->todo.takeFirst();
    ctx.watch(ctx.connectApi()->connection(c.regionUrl, c.id, ctx.owner()), [&ctx, fetch, c](const ApiResult &result) {
        if (!result.ok()) {
            ctx.fail(result.error);
            return;
        }
        fetch->states.insert(c.id, ConnectConnection::fromJson(result.object()).state);
        fetchNextState(ctx, fetch);
    });
}

void readStates(StepContext &ctx, const QList<ConnectConnection> &connections,
                const std::function<void(const States &)> &done)
{
    auto fetch = std::make_shared<StateFetch>();
    fetch->todo = connections;
    fetch->done = done;
    fetchNextState(ctx, fetch);
}

// A pauser that answers for the step: the engine polls, so the pauser does not wait.
ConnectPauser *stepPauser(StepContext &ctx, int others, bool pause)
{
    auto *pauser = new ConnectPauser(ctx.connectApi(), ctx.owner());
    pauser->setPollInterval(0);
    QObject::connect(pauser, &ConnectPauser::waiting, ctx.owner(), [&ctx](const ConnectConnection &c) {
        ctx.later(
            1000,
            ConnectSteps::tr("Heroku Connect %1 is busy; it can be paused only when it is idle. Waiting…").arg(c.name));
    });
    QObject::connect(pauser, &ConnectPauser::requestFinished, ctx.owner(),
                     [&ctx, others, pause](const ConnectConnection &c, bool, const ApiResult &result) {
                         ctx.noteRequestIds({ result.requestId });
                         const QString text = pause ? ConnectSteps::tr("Paused Heroku Connect %1.").arg(c.name)
                                                    : ConnectSteps::tr("Resumed Heroku Connect %1.").arg(c.name);
                         const int status = result.error.httpStatus;
                         if (result.ok() && others <= 1)
                             ctx.done(text);
                         else if (result.ok())
                             ctx.later(10, text); // the next connection
                         else if (status == 400 || (pause && status == 409))
                             ctx.later(1000, result.error.message); // busy, or paused / resumed meanwhile
                         else
                             ctx.fail(result.error);
                     });
    return pauser;
}

} // namespace

Step ConnectSteps::pause(const QString &app, const Connections &connections)
{
    Step s;
    s.id = QStringLiteral("pause-connect");
    s.startsDownTime = true; // from here on, no step may wait for a person (see Step)
    s.title = tr("Pause Heroku Connect");
    s.needed = [connections](const QJsonObject &values) {
        return !connections(values).isEmpty();
    };
    s.cli = [app](const QJsonObject &) {
        return ConnectPauser::pauseCommand(app);
    };
    s.probe = [connections](StepContext &ctx) {
        readStates(ctx, connections(ctx.values()), [&ctx](const States &states) {
            for (const QString &state : states) {
                if (state != kPaused) {
                    ctx.notDone();
                    return;
                }
            }
            ctx.done(tr("Heroku Connect is paused."));
        });
    };
    s.action = [connections](StepContext &ctx) {
        const QList<ConnectConnection> managed = connections(ctx.values());
        readStates(ctx, managed, [&ctx, managed](const States &states) {
            int running = 0;
            for (const QString &state : states)
                running += state != kPaused;
            for (ConnectConnection c : managed) {
                c.state = states.value(c.id);
                if (c.state == kPaused)
                    continue;
                stepPauser(ctx, running, true)->pause(c);
                return;
            }
            ctx.done(tr("Heroku Connect is paused."));
        });
    };
    s.leavesInPlace = [app](const QJsonObject &) {
        return tr("Heroku Connect is paused on %1; resume it with heroku connect:resume -a %1.").arg(app);
    };
    return s;
}

Step ConnectSteps::resume(const QString &app, const Connections &connections)
{
    Step s;
    s.id = QStringLiteral("resume-connect");
    s.title = tr("Resume Heroku Connect");
    s.undoes = { QStringLiteral("pause-connect") };
    s.needed = [connections](const QJsonObject &values) {
        return !connections(values).isEmpty();
    };
    s.cli = [app](const QJsonObject &) {
        return ConnectPauser::resumeCommand(app);
    };
    s.probe = [connections](StepContext &ctx) {
        readStates(ctx, connections(ctx.values()), [&ctx](const States &states) {
            for (const QString &state : states) {
                if (state == kPaused) {
                    ctx.notDone();
                    return;
                }
            }
            ctx.done(tr("Heroku Connect is running."));
        });
    };
    s.action = [connections](StepContext &ctx) {
        const QList<ConnectConnection> managed = connections(ctx.values());
        readStates(ctx, managed, [&ctx, managed](const States &states) {
            int paused = 0;
            for (const QString &state : states)
                paused += state == kPaused;
            for (const ConnectConnection &c : managed) {
                if (states.value(c.id) != kPaused)
                    continue;
                stepPauser(ctx, paused, false)->resume(c);
                return;
            }
            ctx.done(tr("Heroku Connect is running."));
        });
    };
    return s;
}

} // namespace hpg
