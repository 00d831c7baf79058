#pragma once

#include "apirouter.h"
#include "sandbox/state/world.h"

#include <QObject>
#include <QTimer>

namespace hpg::sandbox {

class DatabaseFleet;

// /data/maintenances/v1: info, run, window get/update, schedule, history and the per-app
// list. A scheduler moves plan-change maintenances from preparing to ready and runs due
// maintenances in their window; a run is a real changeover (the cluster restarts, a pending
// plan change takes effect).
class MaintenanceApi : public QObject
{
    Q_OBJECT
public:
    MaintenanceApi(World &world, DatabaseFleet &fleet, QObject *parent = nullptr);

    void install(ApiRouter &router);

    // Seconds a plan-change maintenance stays "preparing" (tests shorten it through the admin route).
    int preparingSeconds = 5;
    // Seconds a run takes.
    int runSeconds = 3;

    static QDateTime nextWindow(const AddonRecord &addon, const QDateTime &after);

private:
    ApiResponse info(const ApiRequest &request) const;
    ApiResponse run(const ApiRequest &request);
    ApiResponse window(const ApiRequest &request) const;
    ApiResponse updateWindow(const ApiRequest &request);
    ApiResponse schedule(const ApiRequest &request);
    ApiResponse history(const ApiRequest &request) const;
    ApiResponse appList(const ApiRequest &request) const;

    void tick();
    void start(MaintenanceRecord &maintenance);
    void complete(const QString &maintenanceId);
    QJsonObject maintenanceJson(const AddonRecord &addon, const MaintenanceRecord *maintenance) const;
    QJsonObject windowJson(const AddonRecord &addon) const;

    World &m_world;
    DatabaseFleet &m_fleet;
    QTimer m_timer;
};

} // namespace hpg::sandbox
