// The second half of SwitchSteps: Heroku Connect, unfollow, promote, re-attach,
// restore and maintenance off.
#include "core/heroku/attachment.h"
#include "core/heroku/connectclient.h"
#include "core/heroku/connectconnection.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "stepcontext.h"
#include "switchsteps.h"

#include <QDateTime>
#include <QHash>

#include <memory>

namespace hpg {

namespace {

using Connection = SwitchFindings::Connection;
using Link = SwitchFindings::Link;

QString str(const QJsonObject &values, const char *key)
{
    return values.value(QLatin1String(key)).toString();
}

// The connections this run pauses and resumes: those that were not paused already.
QList<Connection> managedConnections(const QJsonObject &values)
{
    QList<Connection> list;
    for (const Connection &c : SwitchSteps::findings(values).connections) {
        if (c.stateBefore != QLatin1String("PAUSED"))
            list.append(c);
    }
    return list;
}

struct StateFetch
{
    QList<Connection> todo;
    QHash<QString, QString> states; // id → state
    std::function<void(const QHash<QString, QString> &)> done;
};

void fetchNextState(StepContext &ctx, const std::shared_ptr<StateFetch> &fetch)
{
    if (fetch->todo.isEmpty()) {
        fetch->done(fetch->states);
        return;
    }
    if (!ctx.connectApi()) {
        ctx.fail(SwitchSteps::tr("Heroku Connect cannot be reached from this session."));
        return;
    }
    const Connection c = fetch->todo.takeFirst();
    ctx.watch(ctx.connectApi()->connection(QUrl(c.regionUrl), c.id, ctx.owner()),
              [&ctx, fetch, c](const ApiResult &result) {
                  if (!result.ok()) {
                      ctx.fail(result.error);
                      return;
                  }
                  fetch->states.insert(c.id, ConnectConnection::fromJson(result.object()).state);
                  fetchNextState(ctx, fetch);
              });
}

void connectionStates(StepContext &ctx, const std::function<void(const QHash<QString, QString> &)> &done)
{
    auto fetch = std::make_shared<StateFetch>();
    fetch->todo = managedConnections(ctx.values());
    fetch->done = done;
    fetchNextState(ctx, fetch);
}

QString linkKey(const Link &link)
{
    return link.app + QLatin1Char('/') + link.name + QLatin1Char('/') + link.nameSpace;
}

// The attachments to restore on the new primary, in order: pools first, then other apps.
QList<Link> wantedLinks(const QJsonObject &values)
{
    const SwitchFindings f = SwitchSteps::findings(values);
    return f.pools + f.otherApps;
}

QList<Link> missingLinks(const QJsonObject &values, const QList<Attachment> &present)
{
    QList<Link> missing;
    for (const Link &link : wantedLinks(values)) {
        bool found = false;
        for (const Attachment &a : present)
            found = found || (a.appName == link.app && a.name == link.name && a.nameSpace == link.nameSpace);
        if (!found)
            missing.append(link);
    }
    return missing;
}

void noteReattached(StepContext &ctx, const Link &link)
{
    QJsonArray done = ctx.value(QStringLiteral("reattached")).toArray();
    done.append(linkKey(link));
    ctx.capture(QStringLiteral("reattached"), done);
}

} // namespace

Step SwitchSteps::pauseConnect(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("pause-connect");
    s.title = tr("Pause Heroku Connect");
    s.needed = [](const QJsonObject &values) {
        return !managedConnections(values).isEmpty();
    };
    s.cli = [o](const QJsonObject &) {
        return QStringLiteral("heroku connect:pause -a %1").arg(o.app);
    };
    s.probe = [](StepContext &ctx) {
        connectionStates(ctx, [&ctx](const QHash<QString, QString> &states) {
            for (const QString &state : states) {
                if (state != QLatin1String("PAUSED")) {
                    ctx.notDone();
                    return;
                }
            }
            ctx.done(tr("Heroku Connect is paused."));
        });
    };
    s.action = [](StepContext &ctx) {
        connectionStates(ctx, [&ctx](const QHash<QString, QString> &states) {
            int running = 0;
            for (const QString &state : states)
                running += state != QLatin1String("PAUSED");
            for (const Connection &c : managedConnections(ctx.values())) {
                const QString state = states.value(c.id);
                if (state == QLatin1String("PAUSED"))
                    continue;
                if (state != QLatin1String("IDLE")) {
                    ctx.later(1000,
                              tr("Heroku Connect %1 is %2; it can be paused only when it is IDLE. Waiting…")
                                  .arg(c.name, state));
                    return;
                }
                ctx.watch(ctx.connectApi()->pause(QUrl(c.regionUrl), c.id, ctx.owner()),
                          [&ctx, c, running](const ApiResult &result) {
                              if (result.ok() && running <= 1)
                                  ctx.done(tr("Paused Heroku Connect %1.").arg(c.name));
                              else if (result.ok())
                                  ctx.later(10, tr("Paused Heroku Connect %1.").arg(c.name));
                              else if (result.error.httpStatus == 409 || result.error.httpStatus == 400)
                                  ctx.later(1000, result.error.message); // busy, or paused meanwhile
                              else
                                  ctx.fail(result.error);
                          });
                return;
            }
            ctx.done(tr("Heroku Connect is paused."));
        });
    };
    s.leavesInPlace = [o](const QJsonObject &) {
        return tr("Heroku Connect is paused on %1; resume it with heroku connect:resume -a %1.").arg(o.app);
    };
    return s;
}

Step SwitchSteps::resumeConnect(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("resume-connect");
    s.title = tr("Resume Heroku Connect");
    s.undoes = { QStringLiteral("pause-connect") };
    s.needed = [](const QJsonObject &values) {
        return !managedConnections(values).isEmpty();
    };
    s.cli = [o](const QJsonObject &) {
        return QStringLiteral("heroku connect:resume -a %1").arg(o.app);
    };
    s.probe = [](StepContext &ctx) {
        connectionStates(ctx, [&ctx](const QHash<QString, QString> &states) {
            for (const QString &state : states) {
                if (state == QLatin1String("PAUSED")) {
                    ctx.notDone();
                    return;
                }
            }
            ctx.done(tr("Heroku Connect is running."));
        });
    };
    s.action = [](StepContext &ctx) {
        connectionStates(ctx, [&ctx](const QHash<QString, QString> &states) {
            int paused = 0;
            for (const QString &state : states)
                paused += state == QLatin1String("PAUSED");
            for (const Connection &c : managedConnections(ctx.values())) {
                if (states.value(c.id) != QLatin1String("PAUSED"))
                    continue;
                ctx.watch(ctx.connectApi()->resume(QUrl(c.regionUrl), c.id, ctx.owner()),
                          [&ctx, c, paused](const ApiResult &result) {
                              if (result.ok() && paused <= 1)
                                  ctx.done(tr("Resumed Heroku Connect %1.").arg(c.name));
                              else if (result.ok())
                                  ctx.later(10, tr("Resumed Heroku Connect %1.").arg(c.name));
                              else if (result.error.httpStatus == 400)
                                  ctx.later(1000, result.error.message); // resumed meanwhile
                              else
                                  ctx.fail(result.error);
                          });
                return;
            }
            ctx.done(tr("Heroku Connect is running."));
        });
    };
    return s;
}

Step SwitchSteps::unfollow(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("unfollow");
    s.title = tr("Unfollow: make the follower a writable database");
    s.destructive = true;
    s.settleMs = 5000; // the unfollow promotes a replica: it shows a moment after the request
    s.confirmApp = [o](const QJsonObject &) {
        return o.newDatabaseApp();
    };
    s.cli = [o](const QJsonObject &values) {
        return QStringLiteral("heroku pg:unfollow %1 -a %2").arg(followerRef(values), o.newDatabaseApp());
    };
    s.probe = [](StepContext &ctx) {
        ctx.watch(ctx.data().database(ctx.string(QStringLiteral("follower_id")), ctx.owner()),
                  [&ctx](const ApiResult &result) {
                      if (!result.ok()) {
                          ctx.fail(result.error);
                          return;
                      }
                      if (DatabaseInfo::fromJson(result.object()).following.isEmpty())
                          ctx.done(tr("The new database follows no leader."));
                      else
                          ctx.notDone();
                  });
    };
    s.action = [](StepContext &ctx) {
        ctx.watch(ctx.data().unfollow(ctx.string(QStringLiteral("follower_id")), ctx.owner()),
                  [&ctx](const ApiResult &result) {
                      if (!result.ok()) {
                          ctx.fail(result.error);
                          return;
                      }
                      ctx.done(tr("%1 stopped following %2.")
                                   .arg(followerRef(ctx.values()), findings(ctx.values()).sourceAddonName));
                  });
    };
    s.leavesInPlace = [](const QJsonObject &values) {
        return tr("%1 no longer follows the old primary; it is writable but not yet promoted.")
            .arg(str(values, "follower_name"));
    };
    return s;
}

Step SwitchSteps::verifyWritable(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("verify-writable");
    s.kind = Step::Kind::Wait;
    s.title = tr("Check that the new database is out of recovery");
    s.pollIntervalMs = 1000;
    s.timeoutMs = 10 * 60 * 1000;
    s.cli = [o](const QJsonObject &values) {
        return QStringLiteral("heroku pg:psql %1 -a %2 -c \"SELECT pg_is_in_recovery()\"")
            .arg(followerRef(values), o.newDatabaseApp());
    };
    s.probe = [](StepContext &ctx) {
        ctx.watch(ctx.data().database(ctx.string(QStringLiteral("follower_id")), ctx.owner()),
                  [&ctx](const ApiResult &result) {
                      if (!result.ok()) {
                          ctx.fail(result.error);
                          return;
                      }
                      const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
                      const bool available
                          = info.value(QStringLiteral("Status")).startsWith(QLatin1String("Available"));
                      if (available && !info.inRecovery && info.following.isEmpty())
                          ctx.done(tr("pg_is_in_recovery() is false: the database accepts writes."));
                      else
                          ctx.notDone(tr("The database is still in recovery."));
                  });
    };
    return s;
}

Step SwitchSteps::promote(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("promote");
    s.title = tr("Promote the new database to DATABASE_URL");
    s.destructive = true;
    s.undoes = { QStringLiteral("provision-follower"), QStringLiteral("unfollow") };
    s.confirmApp = [o](const QJsonObject &) {
        return o.newDatabaseApp();
    };
    s.cli = [o](const QJsonObject &values) {
        return QStringLiteral("heroku pg:promote %1 -a %2").arg(followerRef(values), o.newDatabaseApp());
    };
    const QString app = o.newDatabaseApp();
    s.probe = [app](StepContext &ctx) {
        ctx.watch(ctx.platform().attachments(app, ctx.owner()), [&ctx, app](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            for (const Attachment &a : Attachment::listFromJson(result.array())) {
                if (a.name == QLatin1String("DATABASE") && a.nameSpace.isEmpty()
                    && a.addonId == ctx.string(QStringLiteral("follower_id"))) {
                    if (!ctx.values().contains(QStringLiteral("promoted_at")))
                        ctx.capture(QStringLiteral("promoted_at"), now());
                    ctx.done(tr("%1 is DATABASE_URL on %2.").arg(followerRef(ctx.values()), app));
                    return;
                }
            }
            ctx.notDone();
        });
    };
    s.action = [app](StepContext &ctx) {
        ctx.watch(ctx.platform().attachments(app, ctx.owner()), [&ctx, app](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            const QList<Attachment> attachments = Attachment::listFromJson(result.array());
            const Attachment *current = nullptr;
            for (const Attachment &a : attachments) {
                if (a.name == QLatin1String("DATABASE") && a.nameSpace.isEmpty())
                    current = &a;
            }
            const QString follower = ctx.string(QStringLiteral("follower_name"));
            auto attachDatabase = [&ctx, app, follower] {
                ctx.watch(ctx.platform().attach(follower, app, QStringLiteral("DATABASE"), {}, app, ctx.owner()),
                          [&ctx, app](const ApiResult &attached) {
                              if (!attached.ok()) {
                                  ctx.fail(attached.error);
                                  return;
                              }
                              ctx.capture(QStringLiteral("promoted_at"), now());
                              ctx.done(tr("%1 is now DATABASE_URL on %2.").arg(followerRef(ctx.values()), app));
                          });
            };
            if (!current) {
                attachDatabase();
                return;
            }
            // As pg:promote does: make sure the old primary keeps another name on the app.
            bool hasAlias = false;
            for (const Attachment &a : attachments)
                hasAlias = hasAlias || (a.addonId == current->addonId && a.nameSpace.isEmpty() && &a != current);
            if (hasAlias) {
                attachDatabase();
                return;
            }
            ctx.watch(ctx.platform().attach(current->addonName, app, {}, {}, app, ctx.owner()),
                      [&ctx, attachDatabase](const ApiResult &alias) {
                          if (!alias.ok())
                              ctx.fail(alias.error);
                          else
                              attachDatabase();
                      });
        });
    };
    s.leavesInPlace = [app](const QJsonObject &values) {
        return tr("%1 is DATABASE_URL on %2; the old primary %3 still exists.")
            .arg(followerRef(values), app, findings(values).sourceAddonName);
    };
    return s;
}

Step SwitchSteps::reattach(const SwitchOptions &)
{
    Step s;
    s.id = QStringLiteral("reattach");
    s.title = tr("Attach connection pools and other apps to the new primary");
    s.needed = [](const QJsonObject &values) {
        return !wantedLinks(values).isEmpty();
    };
    s.cli = [](const QJsonObject &values) {
        QStringList lines;
        const QString follower = followerRef(values);
        for (const Link &link : wantedLinks(values)) {
            if (SwitchFindings::isDefaultPool(link))
                continue; // pg:promote re-attaches the default pool itself
            if (link.nameSpace.startsWith(QLatin1String("connection-pooling:")))
                lines.append(QStringLiteral("heroku pg:connection-pooling:attach DATABASE_URL --as %1 -a %2")
                                 .arg(link.name, link.app));
            else
                lines.append(QStringLiteral("heroku addons:attach %1 --as %2 -a %3")
                                 .arg(str(values, "follower_name"), link.name, link.app));
        }
        Q_UNUSED(follower)
        return lines.join(QStringLiteral("; "));
    };
    s.probe = [](StepContext &ctx) {
        ctx.watch(ctx.platform().addonAttachments(ctx.string(QStringLiteral("follower_name")), ctx.owner()),
                  [&ctx](const ApiResult &result) {
                      if (!result.ok()) {
                          ctx.fail(result.error);
                          return;
                      }
                      if (missingLinks(ctx.values(), Attachment::listFromJson(result.array())).isEmpty())
                          ctx.done(tr("Every pool and app is attached to the new primary."));
                      else
                          ctx.notDone();
                  });
    };
    s.action = [](StepContext &ctx) {
        const QString follower = ctx.string(QStringLiteral("follower_name"));
        ctx.watch(ctx.platform().addonAttachments(follower, ctx.owner()), [&ctx, follower](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            const QList<Link> missing = missingLinks(ctx.values(), Attachment::listFromJson(result.array()));
            if (missing.isEmpty()) {
                ctx.done(tr("Every pool and app is attached to the new primary."));
                return;
            }
            const Link link = missing.first();
            const bool last = missing.size() == 1;
            auto finished = [&ctx, link, last](const ApiResult &attached) {
                if (!attached.ok()) {
                    ctx.fail(attached.error);
                    return;
                }
                noteReattached(ctx, link);
                const QString text = tr("Attached %1 on %2 to the new primary.").arg(link.name, link.app);
                if (last)
                    ctx.done(text);
                else
                    ctx.later(10, text);
            };
            const bool namedPool = link.nameSpace.startsWith(QLatin1String("connection-pooling:"))
                && !SwitchFindings::isDefaultPool(link);
            if (!namedPool) {
                ctx.watch(ctx.platform().attach(follower, link.app, link.name, link.nameSpace, link.app, ctx.owner()),
                          finished);
                return;
            }
            // A pool with another name: detach the old one, then pg:connection-pooling:attach --as NAME.
            ctx.watch(
                ctx.platform().attachments(link.app, ctx.owner()),
                [&ctx, link, follower, finished](const ApiResult &list) {
                    if (!list.ok()) {
                        ctx.fail(list.error);
                        return;
                    }
                    for (const Attachment &a : Attachment::listFromJson(list.array())) {
                        if (a.name == link.name && a.nameSpace == link.nameSpace) {
                            ctx.watch(ctx.platform().detach(a.id, ctx.owner()),
                                      [&ctx, link](const ApiResult &detached) {
                                          if (!detached.ok())
                                              ctx.fail(detached.error);
                                          else
                                              ctx.later(10, tr("Detached %1 from the old primary.").arg(link.name));
                                      });
                            return;
                        }
                    }
                    const QString credential = link.nameSpace.section(QLatin1Char(':'), 1);
                    ctx.watch(ctx.data().attachConnectionPool(follower, link.app, link.name, credential, ctx.owner()),
                              finished);
                });
        });
    };
    return s;
}

Step SwitchSteps::restoreFormation(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("restore-formation");
    s.title = tr("Scale the dynos of %1 back up").arg(o.app);
    s.undoes = { QStringLiteral("scale-down") };
    s.needed = [](const QJsonObject &values) {
        return !formationText(values.value(QStringLiteral("formation_before")).toArray()).isEmpty();
    };
    s.cli = [o](const QJsonObject &values) {
        // Before the scale-down has remembered the formation, the command's usage form.
        const QString scale = formationText(values.value(QStringLiteral("formation_before")).toArray());
        return QStringLiteral("heroku ps:scale %1 -a %2")
            .arg(scale.isEmpty() ? QStringLiteral("<type>=<quantity>…") : scale, o.app);
    };
    s.probe = [o](StepContext &ctx) {
        ctx.watch(ctx.platform().formation(o.app, ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            QHash<QString, int> now;
            for (const QJsonValue &value : result.array())
                now.insert(value[QStringLiteral("type")].toString(), value[QStringLiteral("quantity")].toInt());
            for (const QJsonValue &value : ctx.value(QStringLiteral("formation_before")).toArray()) {
                const int wanted = value[QStringLiteral("quantity")].toInt();
                if (wanted > 0 && now.value(value[QStringLiteral("type")].toString()) != wanted) {
                    ctx.notDone();
                    return;
                }
            }
            ctx.done(tr("The formation is as before."));
        });
    };
    s.action = [o](StepContext &ctx) {
        const QJsonArray before = ctx.value(QStringLiteral("formation_before")).toArray();
        QList<PlatformClient::FormationUpdate> updates;
        for (const QJsonValue &value : before) {
            const QString type = value[QStringLiteral("type")].toString();
            const int quantity = value[QStringLiteral("quantity")].toInt();
            if (type != QLatin1String("release") && quantity > 0)
                updates.append({ type, quantity });
        }
        ctx.watch(ctx.platform().updateFormation(o.app, updates, ctx.owner()), [&ctx, before](const ApiResult &result) {
            if (result.ok())
                ctx.done(tr("Restored the formation: %1.").arg(formationText(before)));
            else
                ctx.fail(result.error);
        });
    };
    return s;
}

Step SwitchSteps::maintenanceOff(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("maintenance-off");
    s.title = tr("Turn maintenance mode off for %1").arg(o.app);
    s.undoes = { QStringLiteral("maintenance-on") };
    s.needed = [](const QJsonObject &values) {
        return !findings(values).maintenanceBefore;
    };
    s.cli = [o](const QJsonObject &) {
        return QStringLiteral("heroku maintenance:off -a %1").arg(o.app);
    };
    s.probe = [o](StepContext &ctx) {
        ctx.watch(ctx.platform().app(o.app, ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            if (result.object().value(QStringLiteral("maintenance")).toBool()) {
                ctx.notDone();
                return;
            }
            if (!ctx.values().contains(QStringLiteral("maintenance_off_at")))
                ctx.capture(QStringLiteral("maintenance_off_at"), now());
            ctx.done(tr("Maintenance mode is off."));
        });
    };
    s.action = [o](StepContext &ctx) {
        ctx.watch(ctx.platform().setMaintenance(o.app, false, ctx.owner()), [&ctx, o](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            ctx.capture(QStringLiteral("maintenance_off_at"), now());
            ctx.done(tr("Maintenance mode is off for %1.").arg(o.app));
        });
    };
    return s;
}

} // namespace hpg
