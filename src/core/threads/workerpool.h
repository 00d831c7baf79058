#pragma once

class QThreadPool;

namespace hpg {

// The threads hpgdesk's own work runs on, off the window's thread: QtConcurrent::run(workerPool(), ...).
//
// Never QThreadPool::globalInstance() (QtConcurrent::run without a pool): Qt 6.4's raster paint engine
// cuts every tall fill (a scroll bar, a pane's background) into pieces that run on the global pool,
// and the window's thread waits for them. A task of ours that held global threads (a D-Bus connect, a
// keychain probe, removing a pull's work directory, waiting on a query) held up every paint meanwhile:
// one repaint of a table took 280 ms behind two 300 ms tasks on this machine's two global threads.
// testworkerpool checks both that a busy worker pool leaves paints alone and that no source uses the
// global pool.
QThreadPool *workerPool();

// Keeps the global pool's threads for good (they are only the paint engine's now: see above). Idle
// for 30 s they would end, and the next tall fill would start them again inside a paint: a repaint
// of a table after a pause took 5.4-6.9 ms instead of 4.1-4.4 ms on this machine. Two idle threads.
void keepPaintThreads();

} // namespace hpg
