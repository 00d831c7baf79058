#pragma once

#include "sandbox/state/world.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hpg::sandbox {

// Turns records into the Platform API's JSON shapes (schema.json of heroku/platform-api).
class Presenter
{
public:
    explicit Presenter(const World &world)
        : m_world(world)
    { }

    QJsonObject account() const;
    QJsonObject app(const AppRecord &app) const;
    QJsonObject appRef(const AppRecord *app) const; // {id, name}
    QJsonObject team(const TeamRecord &team) const;
    QJsonObject space(const SpaceRecord &space, bool expandRegion) const;
    QJsonObject region(const QString &name, bool expanded = false) const;
    QJsonObject addon(const AddonRecord &addon, bool expandService, bool expandPlan) const;
    QJsonObject attachment(const AttachmentRecord &attachment, bool includePlan, bool includeConfigVars) const;
    QJsonObject formation(const AppRecord &app, const FormationRecord &formation) const;
    QJsonObject release(const AppRecord &app, const ReleaseRecord &release) const;
    QJsonArray dynos(const AppRecord &app) const;

    static QJsonValue stringOrNull(const QString &value);
    static QJsonValue timeOrNull(const QDateTime &time);

private:
    const World &m_world;
};

} // namespace hpg::sandbox
