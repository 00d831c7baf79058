#include "switchsteps.h"

#include "core/heroku/addon.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "stepcontext.h"
#include "switchpreflight.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace hpg {

namespace {

QString str(const QJsonObject &values, const char *key)
{
    return values.value(QLatin1String(key)).toString();
}

} // namespace

QList<Step> SwitchSteps::build(const SwitchOptions &o)
{
    QList<Step> steps { preflight(o),    provisionFollower(o), waitAvailable(o), waitCaughtUp(o),
                        pauseConnect(o), maintenanceOn(o),     scaleDown(o),     waitNoLag(o),
                        unfollow(o),     verifyWritable(o),    promote(o) };
    // A migration leaves the source app in maintenance mode, scaled down and with Connect
    // paused (its DATABASE_URL is still the old database): the steps that bring an app back
    // are not part of it, so that the step list does not promise them.
    if (!o.isMigration())
        steps << reattach(o) << restoreFormation(o) << maintenanceOff(o) << resumeConnect(o);
    return steps;
}

int SwitchSteps::behindBy(const DatabaseInfo &info)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d+)"));
    const auto match = number.match(info.value(QStringLiteral("Behind By")));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString SwitchSteps::newFollowerName(const QString &app)
{
    QString base;
    for (const QChar c : app.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            base.append(c);
        else if (!base.endsWith(QLatin1Char('-')))
            base.append(QLatin1Char('-'));
    }
    base = base.left(30);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    const int suffix = 10000 + int(QRandomGenerator::global()->bounded(90000));
    return QStringLiteral("postgresql-%1-%2").arg(base).arg(suffix);
}

SwitchFindings SwitchSteps::findings(const QJsonObject &values)
{
    return SwitchFindings::fromJson(values.value(QStringLiteral("findings")).toObject());
}

QString SwitchSteps::formationText(const QJsonArray &formation, bool zero)
{
    QStringList parts;
    for (const QJsonValue &value : formation) {
        const QJsonObject f = value.toObject();
        const int quantity = f.value(QStringLiteral("quantity")).toInt();
        if (f.value(QStringLiteral("type")).toString() == QLatin1String("release") || quantity <= 0)
            continue;
        parts.append(QStringLiteral("%1=%2").arg(f.value(QStringLiteral("type")).toString()).arg(zero ? 0 : quantity));
    }
    return parts.join(QLatin1Char(' '));
}

QString SwitchSteps::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString SwitchSteps::followerRef(const QJsonObject &values)
{
    const QString attachment = str(values, "follower_attachment");
    if (!attachment.isEmpty())
        return attachment;
    const QString name = str(values, "follower_name");
    return name.isEmpty() ? QStringLiteral("FOLLOWER") : name;
}

Step SwitchSteps::preflight(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("preflight");
    s.kind = Step::Kind::Check;
    s.title = tr("Check the database, its attachments and Heroku Connect");
    s.cli = [o](const QJsonObject &) {
        return QStringLiteral("heroku pg:info %1 -a %2").arg(o.database, o.app);
    };
    s.action = [o](StepContext &ctx) {
        auto *preflight = new SwitchPreflight(ctx.services(), o, ctx.owner());
        QObject::connect(preflight, &SwitchPreflight::finished, ctx.owner(),
                         [&ctx, preflight, o](const SwitchFindings &f) {
                             ctx.noteRequestIds(preflight->requestIds());
                             if (preflight->error().isError()) {
                                 ctx.fail(preflight->error());
                                 return;
                             }
                             if (!f.ok()) {
                                 ctx.fail(f.refusal);
                                 return;
                             }
                             ctx.capture(QStringLiteral("findings"), f.toJson());
                             if (!f.existingFollowerId.isEmpty()) {
                                 ctx.capture(QStringLiteral("follower_name"), f.existingFollowerName);
                                 ctx.capture(QStringLiteral("follower_id"), f.existingFollowerId);
                             }
                             QString summary = tr("The database is %1 (%2).").arg(f.sourceAddonName, f.sourcePlan);
                             const QStringList warnings = SwitchPreflight::warnings(f, o);
                             if (!warnings.isEmpty())
                                 summary += QLatin1Char(' ') + warnings.join(QLatin1Char(' '));
                             ctx.done(summary);
                         });
        preflight->start();
    };
    return s;
}

Step SwitchSteps::provisionFollower(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("provision-follower");
    s.title = tr("Provision a follower on %1").arg(o.fullTargetPlan());
    s.needed = [](const QJsonObject &values) {
        return findings(values).existingFollowerId.isEmpty();
    };
    s.cli = [o](const QJsonObject &values) {
        return QStringLiteral("heroku addons:create %1 -a %2 --name %3 -- --follow %4")
            .arg(o.fullTargetPlan(), o.newDatabaseApp(), str(values, "follower_name"),
                 findings(values).sourceAddonName);
    };
    s.probe = [o](StepContext &ctx) {
        if (ctx.string(QStringLiteral("follower_name")).isEmpty())
            ctx.capture(QStringLiteral("follower_name"), newFollowerName(o.newDatabaseApp()));
        const QString name = ctx.string(QStringLiteral("follower_name"));
        ctx.watch(ctx.platform().addon(name, ctx.owner()), [&ctx, name, o](const ApiResult &result) {
            if (result.ok()) {
                const Addon addon = Addon::fromJson(result.object());
                if (addon.appName != o.newDatabaseApp() || !addon.isPostgres()) {
                    // Add-on names are global: this one belongs to someone else. Pick another.
                    ctx.capture(QStringLiteral("follower_name"), newFollowerName(o.newDatabaseApp()));
                    ctx.notDone();
                    return;
                }
                ctx.capture(QStringLiteral("follower_id"), addon.id);
                ctx.done(tr("%1 already exists.").arg(name));
            } else if (result.error.isNotFound()) {
                ctx.notDone();
            } else {
                ctx.fail(result.error);
            }
        });
    };
    s.action = [o](StepContext &ctx) {
        const QString name = ctx.string(QStringLiteral("follower_name"));
        const QString source = findings(ctx.values()).sourceAddonName;
        const QJsonObject config { { QStringLiteral("follow"), source } };
        ApiCall *call = ctx.platform().createAddon(o.newDatabaseApp(), o.fullTargetPlan(), config, name, {},
                                                   o.isMigration() ? o.newDatabaseApp() : QString(), ctx.owner());
        ctx.watch(call, [&ctx, name, source](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            ctx.capture(QStringLiteral("follower_id"), Addon::fromJson(result.object()).id);
            ctx.done(tr("Created %1, following %2.").arg(name, source));
        });
    };
    s.leavesInPlace = [o](const QJsonObject &values) {
        return tr("The new database %1 exists on %2; if you give up the switch, remove it with heroku addons:destroy "
                  "%1 -a %2.")
            .arg(str(values, "follower_name"), o.newDatabaseApp());
    };
    return s;
}

Step SwitchSteps::waitAvailable(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("wait-available");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the follower is available");
    s.pollIntervalMs = 2000;
    s.cli = [o](const QJsonObject &values) {
        return QStringLiteral("heroku pg:wait %1 -a %2").arg(followerRef(values), o.newDatabaseApp());
    };
    s.probe = [](StepContext &ctx) {
        const QString name = ctx.string(QStringLiteral("follower_name"));
        ctx.watch(ctx.platform().addon(name, ctx.owner()), [&ctx, name](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            const Addon addon = Addon::fromJson(result.object());
            if (addon.state == QLatin1String("deprovisioned")) {
                // pg:wait's message says why.
                ctx.watch(ctx.data().waitStatus(addon.id, ctx.owner()), [&ctx, name](const ApiResult &wait) {
                    const QString why = wait.object().value(QStringLiteral("message")).toString();
                    ctx.fail(why.isEmpty() ? tr("%1 could not be created.").arg(name)
                                           : tr("%1 could not be created: %2").arg(name, why));
                });
                return;
            }
            if (addon.state != QLatin1String("provisioned")) {
                ctx.notDone(tr("%1 is being created…").arg(name));
                return;
            }
            if (ctx.string(QStringLiteral("follower_id")).isEmpty())
                ctx.capture(QStringLiteral("follower_id"), addon.id);
            for (QString var : addon.configVars) {
                if (var.endsWith(QLatin1String("_URL"))
                    && ctx.string(QStringLiteral("follower_attachment")).isEmpty()) {
                    var.chop(4);
                    ctx.capture(QStringLiteral("follower_attachment"), var);
                }
            }
            ctx.watch(ctx.data().waitStatus(addon.id, ctx.owner()), [&ctx, name](const ApiResult &wait) {
                if (!wait.ok() && !wait.error.isNotFound()) {
                    ctx.fail(wait.error);
                    return;
                }
                const QJsonObject status = wait.object();
                if (!wait.ok() || status.value(QStringLiteral("waiting?")).toBool())
                    ctx.notDone(tr("%1: %2").arg(name, status.value(QStringLiteral("message")).toString()));
                else
                    ctx.done(tr("%1 is available.").arg(name));
            });
        });
    };
    return s;
}

Step SwitchSteps::waitCaughtUp(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("wait-caught-up");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the follower is within %1 commits").arg(kCaughtUpCommits);
    s.pollIntervalMs = 2000;
    s.cli = [o](const QJsonObject &values) {
        return QStringLiteral("heroku pg:info %1 -a %2").arg(followerRef(values), o.newDatabaseApp());
    };
    s.probe = [](StepContext &ctx) {
        ctx.watch(ctx.data().database(ctx.string(QStringLiteral("follower_id")), ctx.owner()),
                  [&ctx](const ApiResult &result) {
                      if (!result.ok()) {
                          if (result.error.isNotFound())
                              ctx.notDone(tr("The follower is not provisioned yet."));
                          else
                              ctx.fail(result.error);
                          return;
                      }
                      const int behind = behindBy(DatabaseInfo::fromJson(result.object()));
                      if (behind >= 0)
                          ctx.metric(QStringLiteral("behind_by"), behind);
                      if (behind >= 0 && behind <= kCaughtUpCommits)
                          ctx.done(tr("%1 commits behind.").arg(behind));
                      else if (behind < 0)
                          ctx.notDone(tr("Behind By is not known yet."));
                      else
                          ctx.notDone(tr("%1 commits behind.").arg(behind));
                  });
    };
    return s;
}

Step SwitchSteps::maintenanceOn(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("maintenance-on");
    s.title = tr("Turn maintenance mode on for %1").arg(o.app);
    s.cli = [o](const QJsonObject &) {
        return QStringLiteral("heroku maintenance:on -a %1").arg(o.app);
    };
    s.probe = [o](StepContext &ctx) {
        ctx.watch(ctx.platform().app(o.app, ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            if (!result.object().value(QStringLiteral("maintenance")).toBool()) {
                ctx.notDone();
                return;
            }
            if (!ctx.values().contains(QStringLiteral("maintenance_on_at")))
                ctx.capture(QStringLiteral("maintenance_on_at"), now());
            ctx.done(tr("Maintenance mode is on."));
        });
    };
    s.action = [o](StepContext &ctx) {
        if (!ctx.values().contains(QStringLiteral("maintenance_on_at")))
            ctx.capture(QStringLiteral("maintenance_on_at"), now());
        ctx.watch(ctx.platform().setMaintenance(o.app, true, ctx.owner()), [&ctx, o](const ApiResult &result) {
            if (result.ok())
                ctx.done(tr("Maintenance mode is on for %1.").arg(o.app));
            else
                ctx.fail(result.error);
        });
    };
    s.leavesInPlace = [o](const QJsonObject &) {
        return tr("Maintenance mode is on for %1; turn it off with heroku maintenance:off -a %1.").arg(o.app);
    };
    return s;
}

Step SwitchSteps::scaleDown(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("scale-down");
    s.title = tr("Scale the dynos of %1 down, remembering each quantity").arg(o.app);
    s.cli = [o](const QJsonObject &values) {
        const QString scale = formationText(values.value(QStringLiteral("formation_before")).toArray(), true);
        return QStringLiteral("heroku ps:scale %1 -a %2")
            .arg(scale.isEmpty() ? QStringLiteral("<type>=0…") : scale, o.app);
    };
    s.probe = [o](StepContext &ctx) {
        ctx.watch(ctx.platform().formation(o.app, ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            if (!ctx.values().contains(QStringLiteral("formation_before"))) {
                QJsonArray before;
                for (const QJsonValue &value : result.array()) {
                    const QJsonObject f = value.toObject();
                    before.append(QJsonObject { { QStringLiteral("type"), f.value(QStringLiteral("type")) },
                                                { QStringLiteral("quantity"), f.value(QStringLiteral("quantity")) },
                                                { QStringLiteral("size"), f.value(QStringLiteral("size")) } });
                }
                ctx.capture(QStringLiteral("formation_before"), before);
            }
            for (const QJsonValue &value : result.array()) {
                const QJsonObject f = value.toObject();
                if (f.value(QStringLiteral("type")).toString() != QLatin1String("release")
                    && f.value(QStringLiteral("quantity")).toInt() > 0) {
                    ctx.notDone();
                    return;
                }
            }
            if (!ctx.values().contains(QStringLiteral("scaled_down_at")))
                ctx.capture(QStringLiteral("scaled_down_at"), now());
            ctx.done(tr("No dynos are running."));
        });
    };
    s.action = [o](StepContext &ctx) {
        const QJsonArray before = ctx.value(QStringLiteral("formation_before")).toArray();
        QList<PlatformClient::FormationUpdate> updates;
        for (const QJsonValue &value : before) {
            const QJsonObject f = value.toObject();
            if (f.value(QStringLiteral("type")).toString() != QLatin1String("release")
                && f.value(QStringLiteral("quantity")).toInt() > 0)
                updates.append({ f.value(QStringLiteral("type")).toString(), 0 });
        }
        ctx.watch(ctx.platform().updateFormation(o.app, updates, ctx.owner()), [&ctx, before](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            ctx.capture(QStringLiteral("scaled_down_at"), now());
            ctx.done(tr("Scaled down; the formation was %1.").arg(formationText(before)));
        });
    };
    s.leavesInPlace = [o](const QJsonObject &values) {
        const QString before = formationText(values.value(QStringLiteral("formation_before")).toArray());
        if (before.isEmpty())
            return QString();
        return tr("The dynos of %1 are scaled down; restore them with heroku ps:scale %2 -a %1.").arg(o.app, before);
    };
    return s;
}

Step SwitchSteps::waitNoLag(const SwitchOptions &o)
{
    Step s;
    s.id = QStringLiteral("wait-no-lag");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the dynos have stopped and the follower is 0 commits behind");
    s.pollIntervalMs = 250;
    s.cli = [o](const QJsonObject &values) {
        return QStringLiteral("heroku ps -a %1 && heroku pg:info %2 -a %3")
            .arg(o.app, followerRef(values), o.newDatabaseApp());
    };
    // A dyno keeps running (and writing) for a while after a scale-down: only once the dynos
    // the scale-down stopped are gone can "0 commits behind" mean that no write will follow.
    s.probe = [o](StepContext &ctx) {
        ctx.watch(ctx.platform().dynos(o.app, ctx.owner()), [&ctx](const ApiResult &dynos) {
            if (!dynos.ok()) {
                ctx.fail(dynos.error);
                return;
            }
            QSet<QString> scaledDown;
            for (const QJsonValue &value : ctx.value(QStringLiteral("formation_before")).toArray())
                scaledDown.insert(value.toObject().value(QStringLiteral("type")).toString());
            scaledDown.remove(QStringLiteral("release"));
            QStringList running;
            for (const QJsonValue &value : dynos.array()) {
                const QJsonObject dyno = value.toObject();
                if (scaledDown.contains(dyno.value(QStringLiteral("type")).toString()))
                    running.append(dyno.value(QStringLiteral("name")).toString());
            }
            if (!running.isEmpty()) {
                ctx.notDone(tr("Waiting for %n dyno(s) to stop: %1", nullptr, int(running.size()))
                                .arg(running.join(QStringLiteral(", "))));
                return;
            }
            ctx.watch(ctx.data().database(ctx.string(QStringLiteral("follower_id")), ctx.owner()),
                      [&ctx](const ApiResult &result) {
                          if (!result.ok()) {
                              ctx.fail(result.error);
                              return;
                          }
                          const int behind = behindBy(DatabaseInfo::fromJson(result.object()));
                          if (behind >= 0)
                              ctx.metric(QStringLiteral("behind_by"), behind);
                          if (behind == 0)
                              ctx.done(tr("The dynos have stopped and the follower is 0 commits behind."));
                          else
                              ctx.notDone(behind < 0 ? tr("Behind By is not known yet.")
                                                     : tr("%1 commits behind.").arg(behind));
                      });
        });
    };
    return s;
}

} // namespace hpg
