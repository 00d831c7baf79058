#include "formationsteps.h"

#include "core/heroku/platformclient.h"
#include "core/runbooks/stepcontext.h"
#include "core/settings/languagemanager.h"

#include <QHash>
#include <QSet>

namespace hpg {

namespace {

// The process types to scale: release aside, those with dynos.
bool scaled(const QJsonObject &f)
{
    return f.value(QStringLiteral("type")).toString() != QLatin1String("release")
        && f.value(QStringLiteral("quantity")).toInt() > 0;
}

} // namespace

QString FormationSteps::formationText(const QJsonArray &formation, bool zero)
{
    QStringList parts;
    for (const QJsonValue &value : formation) {
        const QJsonObject f = value.toObject();
        if (!scaled(f))
            continue;
        parts.append(QStringLiteral("%1=%2")
                         .arg(f.value(QStringLiteral("type")).toString())
                         .arg(zero ? 0 : f.value(QStringLiteral("quantity")).toInt()));
    }
    return parts.join(QLatin1Char(' ')); // not prose: heroku ps:scale arguments
}

Step FormationSteps::scaleDown(const QString &app, const QString &formationKey, const QString &scaledDownAtKey)
{
    Step s;
    s.id = QStringLiteral("scale-down");
    s.title = tr("Scale the dynos of %1 down, remembering each quantity").arg(app);
    s.cli = [app, formationKey](const QJsonObject &values) {
        const QString scale = formationText(values.value(formationKey).toArray(), true);
        return QStringLiteral("heroku ps:scale %1 -a %2")
            .arg(scale.isEmpty() ? QStringLiteral("<type>=0…") : scale, app);
    };
    s.probe = [app, formationKey, scaledDownAtKey](StepContext &ctx) {
        ctx.watch(
            ctx.platform().formation(app, ctx.owner()), [&ctx, formationKey, scaledDownAtKey](const ApiResult &result) {
                if (!result.ok()) {
                    ctx.fail(result.error);
                    return;
                }
                if (!ctx.values().contains(formationKey)) {
                    QJsonArray before;
                    for (const QJsonValue &value : result.array()) {
                        const QJsonObject f = value.toObject();
                        before.append(QJsonObject { { QStringLiteral("type"), f.value(QStringLiteral("type")) },
                                                    { QStringLiteral("quantity"), f.value(QStringLiteral("quantity")) },
                                                    { QStringLiteral("size"), f.value(QStringLiteral("size")) } });
                    }
                    ctx.capture(formationKey, before);
                }
                for (const QJsonValue &value : result.array()) {
                    if (scaled(value.toObject())) {
                        ctx.notDone();
                        return;
                    }
                }
                if (!ctx.values().contains(scaledDownAtKey))
                    ctx.capture(scaledDownAtKey, journalTimeNow());
                ctx.done(tr("No dynos are running."));
            });
    };
    s.action = [app, formationKey, scaledDownAtKey](StepContext &ctx) {
        const QJsonArray before = ctx.value(formationKey).toArray();
        QList<PlatformClient::FormationUpdate> updates;
        for (const QJsonValue &value : before) {
            const QJsonObject f = value.toObject();
            if (scaled(f))
                updates.append({ f.value(QStringLiteral("type")).toString(), 0 });
        }
        ctx.watch(ctx.platform().updateFormation(app, updates, ctx.owner()),
                  [&ctx, before, scaledDownAtKey](const ApiResult &result) {
                      if (!result.ok()) {
                          ctx.fail(result.error);
                          return;
                      }
                      ctx.capture(scaledDownAtKey, journalTimeNow());
                      ctx.done(tr("Scaled down; the formation was %1.").arg(formationText(before)));
                  });
    };
    s.leavesInPlace = [app, formationKey](const QJsonObject &values) {
        const QString before = formationText(values.value(formationKey).toArray());
        if (before.isEmpty())
            return QString();
        return tr("The dynos of %1 are scaled down; restore them with heroku ps:scale %2 -a %1.").arg(app, before);
    };
    return s;
}

Step FormationSteps::restore(const QString &app, const QString &formationKey)
{
    Step s;
    s.id = QStringLiteral("restore-formation");
    s.title = tr("Scale the dynos of %1 back up").arg(app);
    s.undoes = { QStringLiteral("scale-down") };
    s.needed = [formationKey](const QJsonObject &values) {
        return !formationText(values.value(formationKey).toArray()).isEmpty();
    };
    s.cli = [app, formationKey](const QJsonObject &values) {
        // Before the scale-down has remembered the formation, the command's usage form.
        const QString scale = formationText(values.value(formationKey).toArray());
        return QStringLiteral("heroku ps:scale %1 -a %2")
            .arg(scale.isEmpty() ? QStringLiteral("<type>=<quantity>…") : scale, app);
    };
    s.probe = [app, formationKey](StepContext &ctx) {
        ctx.watch(ctx.platform().formation(app, ctx.owner()), [&ctx, formationKey](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            QHash<QString, int> now;
            for (const QJsonValue &value : result.array())
                now.insert(value[QStringLiteral("type")].toString(), value[QStringLiteral("quantity")].toInt());
            for (const QJsonValue &value : ctx.value(formationKey).toArray()) {
                const int wanted = value[QStringLiteral("quantity")].toInt();
                if (wanted > 0 && now.value(value[QStringLiteral("type")].toString()) != wanted) {
                    ctx.notDone();
                    return;
                }
            }
            ctx.done(tr("The formation is as before."));
        });
    };
    s.action = [app, formationKey](StepContext &ctx) {
        const QJsonArray before = ctx.value(formationKey).toArray();
        QList<PlatformClient::FormationUpdate> updates;
        for (const QJsonValue &value : before) {
            if (scaled(value.toObject()))
                updates.append({ value[QStringLiteral("type")].toString(), value[QStringLiteral("quantity")].toInt() });
        }
        ctx.watch(ctx.platform().updateFormation(app, updates, ctx.owner()), [&ctx, before](const ApiResult &result) {
            if (result.ok())
                ctx.done(tr("Restored the formation: %1.").arg(formationText(before)));
            else
                ctx.fail(result.error);
        });
    };
    return s;
}

void FormationSteps::whenDynosGone(StepContext &ctx, const QString &app, const QString &formationKey,
                                   const std::function<void()> &gone)
{
    ctx.watch(ctx.platform().dynos(app, ctx.owner()), [&ctx, formationKey, gone](const ApiResult &dynos) {
        if (!dynos.ok()) {
            ctx.fail(dynos.error);
            return;
        }
        QSet<QString> scaledDown;
        for (const QJsonValue &value : ctx.value(formationKey).toArray())
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
                            .arg(LanguageManager::joinList(running)));
            return;
        }
        gone();
    });
}

} // namespace hpg
