#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace hpg {

// Calls `handler(result)` on `context`'s thread once `future` finishes, unless `context` is
// destroyed first (the watcher is its child).
template<typename T, typename F> void whenDone(QObject *context, const QFuture<T> &future, F handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, handler] {
        watcher->deleteLater();
        handler(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace hpg
