#include "workerpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace hpg {

QThreadPool *workerPool()
{
    // Never destroyed: a task still running at exit must not be waited for by a static destructor.
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool;
        // Some tasks wait (on D-Bus, a disk, a process); at least four, so a few waits do not queue
        // the work that only computes.
        p->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

void keepPaintThreads()
{
    QThreadPool::globalInstance()->setExpiryTimeout(-1);
}

} // namespace hpg
