#include "maintenancewatch.h"
#include "core/stall/operationscope.h"

#include "core/settings/usersettings.h"

namespace hpg {

MaintenanceWatch::MaintenanceWatch(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_fleet(new MaintenanceFleet(api, this))
{
    m_fleet->setParallel(2); // in the background: gentle on the rate limit
    connect(&m_timer, &QTimer::timeout, this, &MaintenanceWatch::checkNow);
    connect(m_fleet, &MaintenanceFleet::finished, this, [this] {
        consider(m_fleet->databases(), m_fleet->error().isEmpty());
        emit checked();
    });
}

void MaintenanceWatch::start(int firstDelayMs, int intervalMs)
{
    m_timer.setInterval(intervalMs);
    m_timer.start();
    QTimer::singleShot(firstDelayMs, this, &MaintenanceWatch::checkNow);
}

void MaintenanceWatch::checkNow()
{
    if (!UserSettings::maintenanceNotifications() || m_fleet->isRunning())
        return;
    m_fleet->start();
}

void MaintenanceWatch::consider(const QList<FleetDatabase> &databases, bool complete)
{
    const OperationScope scope("maintenance notices: consider");
    if (!UserSettings::maintenanceNotifications())
        return;
    QStringList shown = UserSettings::shownMaintenanceNotices();
    if (complete)
        shown = MaintenanceNotices::stillOpen(shown, databases);
    const QList<MaintenanceNotice> notices = MaintenanceNotices::due(databases, QDateTime::currentDateTimeUtc(),
                                                                     UserSettings::maintenanceNoticeDays(), shown);
    for (const MaintenanceNotice &notice : notices)
        shown.append(notice.id);
    UserSettings::setShownMaintenanceNotices(shown);
    for (const MaintenanceNotice &notice : notices)
        emit noticeDue(notice);
}

} // namespace hpg
