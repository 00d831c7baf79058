#include "virtualdatabases.h"

namespace hpg::sandbox {

namespace {

const QStringList kDays = { QStringLiteral("Mondays"),   QStringLiteral("Tuesdays"), QStringLiteral("Wednesdays"),
                            QStringLiteral("Thursdays"), QStringLiteral("Fridays"),  QStringLiteral("Saturdays"),
                            QStringLiteral("Sundays") };
const QStringList kOpenStates = { QStringLiteral("pending"), QStringLiteral("ready"), QStringLiteral("preparing") };

} // namespace

QStringList VirtualDatabases::create(World &world, const QJsonObject &options, QString *error)
{
    const int count = options.value(QLatin1String("count")).toInt(-1);
    if (count < 1 || count > kMaxCount) {
        *error = QStringLiteral("count must be a number from 1 to %1.").arg(kMaxCount);
        return {};
    }
    const QString prefix = options.value(QLatin1String("prefix")).toString(QStringLiteral("virtual-"));
    QString teamId;
    if (const QString team = options.value(QLatin1String("team")).toString(); !team.isEmpty()) {
        const TeamRecord *record = world.team(team);
        if (!record) {
            *error = QStringLiteral("Unknown team %1.").arg(team);
            return {};
        }
        teamId = record->id;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Numbered after the ones made before with the same prefix, so that calls add up.
    int first = 1;
    while (world.app(QStringLiteral("%1%2").arg(prefix).arg(first, 4, 10, QLatin1Char('0'))))
        ++first;
    QStringList created;
    for (int i = first; i < first + count; ++i) {
        auto app = std::make_shared<AppRecord>();
        app->id = World::newId();
        app->name = QStringLiteral("%1%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
        app->teamId = teamId;
        app->createdAt = app->updatedAt = now.addDays(-120);
        world.apps.append(app);

        auto addon = std::make_shared<AddonRecord>();
        addon->id = World::newId();
        addon->name = QStringLiteral("postgresql-%1").arg(app->name);
        addon->appId = app->id;
        addon->plan = QStringLiteral("heroku-postgresql:standard-%1").arg(i % 3);
        addon->state = QStringLiteral("provisioned");
        addon->virtualDatabase = true;
        addon->windowDay = kDays.at(i % 7);
        addon->windowTime
            = QStringLiteral("%1:%2").arg(i % 24, 2, 10, QLatin1Char('0')).arg(i % 2 ? 30 : 0, 2, 10, QLatin1Char('0'));
        addon->createdAt = addon->updatedAt = app->createdAt;
        world.addons.append(addon);

        auto attachment = std::make_shared<AttachmentRecord>();
        attachment->id = World::newId();
        attachment->name = QStringLiteral("DATABASE");
        attachment->appId = app->id;
        attachment->addonId = addon->id;
        attachment->createdAt = attachment->updatedAt = addon->createdAt;
        world.attachments.append(attachment);

        auto done = std::make_shared<MaintenanceRecord>();
        done->id = World::newId();
        done->addonId = addon->id;
        done->status = QStringLiteral("completed");
        done->completedAt = now.addDays(-(20 + i % 60));
        done->durationSeconds = 20 + i % 40;
        done->startedAt = done->scheduledFor = done->completedAt.addSecs(-done->durationSeconds);
        done->createdAt = done->startedAt.addDays(-7);
        done->requiredBy = done->startedAt.addDays(7);
        world.maintenances.append(done);
        if (i % 3 != 0) {
            auto next = std::make_shared<MaintenanceRecord>();
            next->id = World::newId();
            next->addonId = addon->id;
            next->status = kOpenStates.at((i / 3) % kOpenStates.size());
            next->createdAt = now;
            next->requiredBy = now.addDays(1 + i % 30);
            // The window's next start before required-by (a preparing one has no time yet).
            if (next->status != QLatin1String("preparing"))
                next->scheduledFor = now.addSecs(qint64(3600) * (6 + i % 20));
            world.maintenances.append(next);
        }
        created.append(app->name);
    }
    world.markDirty();
    return created;
}

} // namespace hpg::sandbox
