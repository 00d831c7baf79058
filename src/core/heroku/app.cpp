#include "app.h"

#include "core/threads/workerpool.h"
#include "jsonlist.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hpg {

App App::fromJson(const QJsonObject &json)
{
    App app;
    app.id = json.value(QStringLiteral("id")).toString();
    app.name = json.value(QStringLiteral("name")).toString();
    app.ownerEmail = json.value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString();
    auto team = json.value(QStringLiteral("team")).toObject();
    if (team.isEmpty())
        team = json.value(QStringLiteral("organization")).toObject();
    app.teamName = team.value(QStringLiteral("name")).toString();
    const auto space = json.value(QStringLiteral("space")).toObject();
    app.spaceId = space.value(QStringLiteral("id")).toString();
    app.spaceName = space.value(QStringLiteral("name")).toString();
    app.spaceShield = space.value(QStringLiteral("shield")).toBool();
    app.region = json.value(QStringLiteral("region")).toObject().value(QStringLiteral("name")).toString();
    app.maintenance = json.value(QStringLiteral("maintenance")).toBool();
    app.createdAt = QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    return app;
}

QList<App> App::listFromJson(const QJsonArray &json)
{
    return jsonList<App>(json);
}

QFuture<QList<App>> App::listFromJsonOnWorker(const QJsonArray &json)
{
    return QtConcurrent::run(workerPool(), [json] { return listFromJson(json); });
}

} // namespace hpg
