#include "databasesteps.h"

#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/stepcontext.h"

namespace hpg {

FollowerSpec DatabaseSteps::spec(const QString &app, const QString &leaderKey)
{
    FollowerSpec f;
    f.app = app;
    f.leader = [leaderKey](const QJsonObject &values) {
        return values.value(leaderKey).toString();
    };
    return f;
}

void DatabaseSteps::find(StepContext &ctx, const QString &app, const QString &database, const Found &found)
{
    const FollowerSpec f = spec(app);
    ctx.watch(ctx.platform().resolveAttachment(app, database, ctx.owner()),
              [&ctx, f, app, database, found](const ApiResult &result) {
                  if (!result.ok() && !result.error.isNotFound()) {
                      ctx.fail(result.error);
                      return;
                  }
                  const QList<Attachment> list = Attachment::listFromJson(result.array());
                  const Attachment *chosen = nullptr;
                  for (const Attachment &a : list) {
                      if (a.isPostgres() && a.appName == app
                          && (!chosen || (a.nameSpace.isEmpty() && !chosen->nameSpace.isEmpty())))
                          chosen = &a;
                  }
                  if (!chosen) {
                      ctx.fail(tr("There is no Heroku Postgres database called %1 on %2.").arg(database, app));
                      return;
                  }
                  const Attachment attachment = *chosen;
                  ctx.watch(ctx.data().database(attachment.addonId, ctx.owner()),
                            [&ctx, f, attachment, found](const ApiResult &info) {
                                if (!info.ok()) {
                                    ctx.fail(info.error);
                                    return;
                                }
                                const DatabaseInfo db = DatabaseInfo::fromJson(info.object());
                                ctx.capture(f.nameKey, attachment.addonName);
                                ctx.capture(f.idKey, attachment.addonId);
                                ctx.capture(f.attachmentKey, attachment.name);
                                ctx.capture(QStringLiteral("leader_name"),
                                            db.following.isEmpty() ? QString() : db.leader);
                                found(ctx, attachment, db);
                            });
              });
}

Step DatabaseSteps::preflight(const QString &title, const QString &app, const QString &database, const Found &found)
{
    Step s;
    s.id = QStringLiteral("preflight");
    s.kind = Step::Kind::Check;
    s.title = title;
    s.cli = [app, database](const QJsonObject &) {
        return QStringLiteral("heroku pg:info %1 -a %2").arg(database, app);
    };
    s.action = [app, database, found](StepContext &ctx) {
        find(ctx, app, database, found);
    };
    return s;
}

Step DatabaseSteps::reset(const FollowerSpec &f, const Step::Text &warning)
{
    Step s;
    s.id = QStringLiteral("reset");
    s.title = tr("Reset the database: delete all of its data");
    s.destructive = true;
    s.pointOfNoReturn = true;
    s.confirmWarning = warning;
    s.confirmApp = [f](const QJsonObject &) {
        return f.app;
    };
    s.cli = [f](const QJsonObject &values) {
        return QStringLiteral("heroku pg:reset %1 -a %2").arg(f.ref(values), f.app);
    };
    s.probe = [f](StepContext &ctx) {
        ctx.watch(ctx.data().database(f.id(ctx.values()), ctx.owner()), [&ctx, f](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            // "Tables: 3" (Essential: "3/4000").
            const QString tables = DatabaseInfo::fromJson(result.object()).value(QStringLiteral("Tables"));
            if (!tables.isEmpty() && tables.section(QLatin1Char('/'), 0, 0).trimmed().toInt() == 0)
                ctx.done(tr("%1 has no tables.").arg(f.name(ctx.values())));
            else
                ctx.notDone();
        });
    };
    s.action = [f](StepContext &ctx) {
        ctx.watch(ctx.data().reset(f.id(ctx.values()), ctx.owner()), [&ctx, f](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            ctx.done(tr("%1 was reset: every table, view and function is gone.").arg(f.name(ctx.values())));
        });
    };
    return s;
}

} // namespace hpg
