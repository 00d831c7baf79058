#pragma once

#include "maintenancenotices.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace hpg {

class ApiClient;

// Reads the account's maintenances now and then (MaintenanceFleet, a few requests at a time) and
// emits each notice MaintenanceNotices finds due, once (many at once: one digest,
// MaintenanceNotices::toShow): the ones shown are remembered in the user's settings. Quiet when
// the user turned the notifications off (UserSettings). The maintenance calendar hands over what it
// read too (consider()), so opening it counts as a look.
class MaintenanceWatch : public QObject
{
    Q_OBJECT
public:
    explicit MaintenanceWatch(ApiClient *api, QObject *parent = nullptr);

    // Reads the fleet after `firstDelayMs`, then every `intervalMs`.
    void start(int firstDelayMs = 10000, int intervalMs = 30 * 60 * 1000);
    void checkNow();
    // What a complete read of the fleet found (`complete`: nothing failed, so notices of
    // maintenances no longer open can be forgotten). The notices are worked out on a worker thread
    // (thousands of databases take longer than a frame) and emitted when it is done.
    void consider(const QList<FleetDatabase> &databases, bool complete);

signals:
    void noticeDue(const hpg::MaintenanceNotice &notice);
    void checked(); // after each read of the fleet, notices or not

private:
    // consider(), then `then` once the notices are out.
    void considerThen(const QList<FleetDatabase> &databases, bool complete, const std::function<void()> &then);

    MaintenanceFleet *m_fleet;
    QTimer m_timer;
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::MaintenanceNotice)
