#pragma once

// Waiting in a benchmark that measures how late the GUI thread's event loop runs (header-only).
// QTest::qWaitFor sleeps 10 ms between its looks, which the stall probe would count as a stall of
// the app; these run a plain event loop instead, which wakes for events and timers only.

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace hpgtest {

// Runs the event loop until `done` (called once per poll: it may act, like a click) or `timeoutMs`;
// polls every 20 ms. True when `done` said so.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    bool met = false;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!met && done()) {
            met = true;
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return met;
}

// Runs the event loop for `ms`.
inline void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace hpgtest
