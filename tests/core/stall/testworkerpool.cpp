// hpgdesk's work off the window's thread runs on workerPool(), never on Qt's global pool: Qt 6.4's
// raster paint engine splits tall fills over the global pool and the window's thread waits for them,
// so a task that held global threads held up every paint.
#include "core/threads/workerpool.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSemaphore>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace hpg;

class TestWorkerPool : public QObject
{
    Q_OBJECT

private:
    // Fills `pool` with tasks that wait for `release` (at most 10 s); true when each was released
    // before giving up.
    static QList<QFuture<bool>> occupy(QThreadPool *pool, QSemaphore &release, std::atomic<int> &running)
    {
        QList<QFuture<bool>> tasks;
        for (int i = 0; i < pool->maxThreadCount(); ++i) {
            tasks << QtConcurrent::run(pool, [&release, &running] {
                ++running;
                return release.tryAcquire(1, 10000);
            });
        }
        return tasks;
    }

    static void paintATallTable(QTableView &view, QStandardItemModel &model)
    {
        model.setRowCount(500);
        model.setColumnCount(4);
        for (int row = 0; row < 500; ++row)
            model.setItem(row, 0, new QStandardItem(QStringLiteral("row %1").arg(row)));
        view.setModel(&model);
        view.resize(800, 700); // a scroll bar and a viewport tall enough for the engine's split fills
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

private slots:
    // Every worker thread is busy; a full repaint of a tall table still returns (the engine's
    // fills do not wait for them), and only then are the workers let go.
    void aBusyWorkerPoolLeavesPaintsAlone()
    {
        QStandardItemModel model;
        QTableView view;
        paintATallTable(view, model);
        QSemaphore release;
        std::atomic<int> running = 0;
        const auto tasks = occupy(workerPool(), release, running);
        QVERIFY(QTest::qWaitFor([&] { return running == workerPool()->maxThreadCount(); }, 10000));
        view.viewport()->repaint();
        view.verticalScrollBar()->repaint();
        release.release(int(tasks.size()));
        for (QFuture<bool> task : tasks)
            QVERIFY2(task.result(), "a worker waited 10 s: the paint waited for it");
    }

    // The global pool is the paint engine's alone now; its threads are kept, not ended after 30 s
    // idle and started again inside the next paint.
    void thePaintThreadsAreKept()
    {
        QCOMPARE(QThreadPool::globalInstance()->expiryTimeout(), 30000); // Qt's default
        keepPaintThreads();
        QCOMPARE(QThreadPool::globalInstance()->expiryTimeout(), -1);
    }

    // The hazard itself, so the test above means something on this Qt: with the global pool's
    // threads held, the same repaint cannot finish until they are let go (here: they give up).
    void aBusyGlobalPoolHoldsPaintsUp()
    {
        QStandardItemModel model;
        QTableView view;
        paintATallTable(view, model);
        QThreadPool *global = QThreadPool::globalInstance();
        QSemaphore release;
        std::atomic<int> running = 0;
        QList<QFuture<bool>> tasks;
        for (int i = 0; i < global->maxThreadCount(); ++i) {
            tasks << QtConcurrent::run(global, [&release, &running] {
                ++running;
                return release.tryAcquire(1, 1500);
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return running == global->maxThreadCount(); }, 10000));
        view.viewport()->repaint();
        view.verticalScrollBar()->repaint();
        release.release(int(tasks.size()));
        int gaveUp = 0;
        for (QFuture<bool> task : tasks)
            gaveUp += task.result() ? 0 : 1;
        if (gaveUp == 0)
            QSKIP("This Qt paints without the global pool (Qt 6.6 and later have a pool of their own for it)");
        QCOMPARE(gaveUp, int(tasks.size()));
    }

    // No source of the app runs work on the global pool: each QtConcurrent::run names a pool
    // (keepPaintThreads() alone touches the global pool, to keep its threads).
    void noSourceUsesTheGlobalPool()
    {
        const QString root = qEnvironmentVariable("HPG_SOURCE_DIR") + QStringLiteral("/src");
        const QRegularExpression globalRun(
            QStringLiteral(R"(QtConcurrent::run\(\s*(\[|&?[A-Za-z_:]+::[A-Za-z_]+\s*,))"));
        QStringList offenders;
        int files = 0;
        for (const QString &dir : { QStringLiteral("/core"), QStringLiteral("/ui"), QStringLiteral("/app") }) {
            QDirIterator it(root + dir, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                QString code; // without // comments
                for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
                    code += line.section(QStringLiteral("//"), 0, 0) + QLatin1Char('\n');
                const bool keepsPaintThreads = file.fileName().endsWith(QStringLiteral("threads/workerpool.cpp"));
                if (code.contains(globalRun)
                    || (!keepsPaintThreads && code.contains(QStringLiteral("QThreadPool::globalInstance()"))))
                    offenders << file.fileName();
            }
        }
        QVERIFY2(files > 100, qPrintable(root));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestWorkerPool)
#include "testworkerpool.moc"
