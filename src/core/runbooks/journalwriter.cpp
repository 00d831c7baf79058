#include "journalwriter.h"

#include "journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hpg {

namespace {

std::mutex g_instanceMutex;
JournalWriter *g_instance = nullptr;

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

JournalWriter &JournalWriter::instance()
{
    const std::lock_guard lock(g_instanceMutex);
    if (!g_instance) {
        g_instance = new JournalWriter;
        // Everything queued is written when the application ends (its destructor runs this).
        if (QCoreApplication *app = QCoreApplication::instance()) {
            g_instance->moveToThread(app->thread());
            qAddPostRoutine(&JournalWriter::shutdown);
        }
    }
    return *g_instance;
}

void JournalWriter::shutdown()
{
    JournalWriter *writer = nullptr;
    {
        const std::lock_guard lock(g_instanceMutex);
        std::swap(writer, g_instance);
    }
    delete writer; // writes what is queued, then stops the thread
}

JournalWriter::JournalWriter(WriteFile writeFile)
    : m_writeFile(writeFile ? std::move(writeFile) : WriteFile(&Journal::writeFile))
{
    m_thread = std::thread([this] { run(); });
}

JournalWriter::~JournalWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void JournalWriter::write(const QString &path, State state, QObject *context, Done done)
{
    const quint64 key = ++m_nextCallback;
    m_callbacks.insert(key, { context, std::move(done) });
    enqueue(absolute(path), std::move(state), key, nullptr);
}

void JournalWriter::write(const QString &path, const QJsonObject &json, QObject *context, Done done)
{
    write(path, State([json] { return json; }), context, std::move(done));
}

void JournalWriter::writeAhead(const QString &path, State state, QObject *context, Done done)
{
    ++m_writingAhead;
    write(path, std::move(state), this, [this, context = QPointer<QObject>(context), done = std::move(done)](const QString &error) {
        if (context && done)
            done(error);
        if (--m_writingAhead > 0)
            return;
        const auto waiting = std::exchange(m_waitingSends, {});
        for (const auto &[sender, send] : waiting) {
            if (sender)
                send();
        }
    });
}

void JournalWriter::afterWritesAhead(QObject *context, std::function<void()> send)
{
    if (m_writingAhead == 0)
        send();
    else
        m_waitingSends.append({ context, std::move(send) });
}

bool JournalWriter::writeAndWait(const QString &path, const QJsonObject &json, QString *error)
{
    return writeAndWait(path, State([json] { return json; }), error);
}

bool JournalWriter::writeAndWait(const QString &path, State state, QString *error)
{
    auto waiter = std::make_shared<Waiter>();
    enqueue(absolute(path), std::move(state), 0, waiter);
    std::unique_lock lock(m_mutex);
    m_written.wait(lock, [&] { return waiter->done; });
    if (error)
        *error = waiter->error;
    return waiter->error.isEmpty();
}

void JournalWriter::post(Task task, QObject *context, Done done)
{
    QList<quint64> callbacks;
    if (done) {
        const quint64 key = ++m_nextCallback;
        m_callbacks.insert(key, { context, std::move(done) });
        callbacks.append(key);
    }
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(Entry { {}, {}, std::move(task), callbacks, {} });
    }
    m_wake.notify_one();
}

void JournalWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_written.wait(lock, [this] { return m_queue.empty() && !m_inFlight; });
}

void JournalWriter::enqueue(const QString &path, State state, quint64 callback, std::shared_ptr<Waiter> waiter)
{
    {
        const std::lock_guard lock(m_mutex);
        auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](const Entry &e) { return e.path == path; });
        if (it == m_queue.end())
            it = m_queue.insert(m_queue.end(), Entry { path, {}, {}, {}, {} });
        it->state = std::move(state); // the newest state replaces one not yet written
        if (callback)
            it->callbacks.append(callback);
        if (waiter)
            it->waiters.append(std::move(waiter));
    }
    m_wake.notify_one();
}

void JournalWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, and everything is written
        m_inFlight = std::move(m_queue.front());
        m_queue.pop_front();
        const QString path = m_inFlight->path;
        const State state = m_inFlight->state;
        const Task task = std::move(m_inFlight->task);
        lock.unlock();
        QString error;
        if (task)
            error = task();
        else
            m_writeFile(path, state(), &error);
        lock.lock();
        for (const auto &waiter : std::as_const(m_inFlight->waiters)) {
            waiter->done = true;
            waiter->error = error;
        }
        if (!m_inFlight->callbacks.isEmpty() && !m_stopping) {
            QMetaObject::invokeMethod(
                this, [this, callbacks = m_inFlight->callbacks, error] { deliver(callbacks, error); },
                Qt::QueuedConnection);
        }
        m_inFlight.reset();
        m_written.notify_all();
    }
}

void JournalWriter::deliver(const QList<quint64> &callbacks, const QString &error)
{
    for (const quint64 key : callbacks) {
        const Callback callback = m_callbacks.take(key);
        if (callback.context && callback.done)
            callback.done(error);
    }
}

std::optional<QJsonObject> JournalWriter::pendingLocked(const QString &absolutePath) const
{
    for (auto it = m_queue.rbegin(); it != m_queue.rend(); ++it) {
        if (it->path == absolutePath)
            return it->state();
    }
    if (m_inFlight && m_inFlight->path == absolutePath)
        return m_inFlight->state();
    return std::nullopt;
}

std::optional<QJsonObject> JournalWriter::pendingState(const QString &path) const
{
    const std::lock_guard lock(m_mutex);
    return pendingLocked(absolute(path));
}

QHash<QString, QJsonObject> JournalWriter::pendingStates(const QString &dir) const
{
    QHash<QString, QJsonObject> result;
    const QString folder = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const std::lock_guard lock(m_mutex);
    auto add = [&](const Entry &entry) {
        if (!entry.path.isEmpty() && QFileInfo(entry.path).absolutePath() == folder && !result.contains(entry.path))
            result.insert(entry.path, *pendingLocked(entry.path));
    };
    if (m_inFlight)
        add(*m_inFlight);
    for (const Entry &entry : m_queue)
        add(entry);
    return result;
}

std::optional<QJsonObject> JournalWriter::pending(const QString &path)
{
    const std::lock_guard lock(g_instanceMutex);
    return g_instance ? g_instance->pendingState(path) : std::nullopt;
}

QHash<QString, QJsonObject> JournalWriter::pendingIn(const QString &dir)
{
    const std::lock_guard lock(g_instanceMutex);
    return g_instance ? g_instance->pendingStates(dir) : QHash<QString, QJsonObject>();
}

} // namespace hpg
