#include "maintenancewatch.h"

#include "core/memory/releasefreememory.h"
#include "core/settings/usersettings.h"
#include "core/stall/operationscope.h"
#include "core/threads/workerpool.h"
#include "core/transfer/whendone.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace hpg {

MaintenanceWatch::MaintenanceWatch(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_fleet(new MaintenanceFleet(api, this))
{
    m_fleet->setParallel(2); // in the background: gentle on the rate limit
    connect(&m_timer, &QTimer::timeout, this, &MaintenanceWatch::checkNow);
    // A read of a large account is thousands of requests whose answers are freed once the notices are
    // worked out; the allocator would keep that memory (resident) until the next read, half an hour on.
    connect(m_fleet, &MaintenanceFleet::finished, this, [this] {
        considerThen(m_fleet->takeDatabases(), m_fleet->error().isEmpty(), [this] {
            {
                const OperationScope scope("maintenance notices: release free memory");
                releaseFreeMemory();
            }
            emit checked();
        });
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
    considerThen(databases, complete, {});
}

void MaintenanceWatch::considerThen(const QList<FleetDatabase> &databases, bool complete,
                                    const std::function<void()> &then)
{
    if (!UserSettings::maintenanceNotifications()) {
        if (then)
            then();
        return;
    }
    struct Found
    {
        QStringList open; // of the notices shown, those whose maintenance is still open
        QList<MaintenanceNotice> notices;
    };
    const QStringList shownBefore = UserSettings::shownMaintenanceNotices();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int days = UserSettings::maintenanceNoticeDays();
    whenDone(this, QtConcurrent::run(workerPool(), [databases, complete, shownBefore, now, days] {
                 Found found;
                 found.open = complete ? MaintenanceNotices::stillOpen(shownBefore, databases) : shownBefore;
                 found.notices = MaintenanceNotices::due(databases, now, days, found.open);
                 return found;
             }),
             [this, then, shownBefore](const Found &found) {
                 const OperationScope scope("maintenance notices: remember and notify");
                 // What another look remembered meanwhile stays; what this one found closed goes.
                 const QSet<QString> before(shownBefore.cbegin(), shownBefore.cend());
                 const QSet<QString> open(found.open.cbegin(), found.open.cend());
                 QStringList shown;
                 for (const QString &id : UserSettings::shownMaintenanceNotices()) {
                     if (open.contains(id) || !before.contains(id))
                         shown.append(id);
                 }
                 QSet<QString> seen(shown.cbegin(), shown.cend());
                 QList<MaintenanceNotice> fresh;
                 for (const MaintenanceNotice &notice : found.notices) {
                     if (!seen.contains(notice.id)) {
                         seen.insert(notice.id);
                         shown.append(notice.id);
                         fresh.append(notice);
                     }
                 }
                 UserSettings::setShownMaintenanceNotices(shown);
                 for (const MaintenanceNotice &notice : MaintenanceNotices::toShow(fresh))
                     emit noticeDue(notice);
                 if (then)
                     then();
             });
}

} // namespace hpg
