#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace hpg {

// Writes runbook journals (Journal::writeFile: atomic, synced) on a thread of its own, so that
// the window's thread never waits for the disk: a sync that waits behind other dirty data (a
// large pull being written back) took 90 ms and more there, and removing a lock file 120 ms.
//
// Writes are done one at a time, in the order they were queued. A state queued for a file
// replaces one queued for the same file that the thread has not started: each write is the
// whole journal, so only the newest matters. Until a write is done, pending() gives what the
// file will hold, and Journal::load() and Journal::scan() read it from there: this process
// always sees its own newest state. Everything queued is written before the application ends.
class JournalWriter : public QObject
{
    Q_OBJECT
public:
    // Empty: the file holds this state (or a newer one); otherwise why not (translated).
    using Done = std::function<void(const QString &error)>;

    // How a write is done: Journal::writeFile, unless a test holds writes back.
    using WriteFile = std::function<bool(const QString &path, const QJsonObject &json, QString *error)>;
    // A state to write, made into JSON when it is needed: on the writer's thread when it is written
    // (Journal::saveLater() queues a copy of the journal, which costs little; its JSON took up to 6 ms
    // of the window's thread), on the caller's when pending() asks. Called on either thread, and on
    // both at once: it must only read what it captured.
    using State = std::function<QJsonObject()>;

    // The application's writer, which Journal uses.
    static JournalWriter &instance();
    explicit JournalWriter(WriteFile writeFile = {});
    ~JournalWriter() override;

    // Queues `json` for the file `path` and returns at once. `done` runs on the application's
    // thread once the write is over, unless `context` is gone by then. Call on that thread.
    void write(const QString &path, State state, QObject *context, Done done);
    void write(const QString &path, const QJsonObject &json, QObject *context, Done done);
    // The same for a state that the next request changing something must wait for (a value captured
    // inside an action, before its request: the time pg:copy was asked for, the formation before a
    // scale-down). `done` runs while `context` lives; the count of such writes goes down regardless.
    void writeAhead(const QString &path, State state, QObject *context, Done done);
    // Runs `send` at once when no writeAhead() is under way, otherwise once none is, unless `context`
    // is gone by then. Call on the application's thread (ApiClient::setChangeGate).
    void afterWritesAhead(QObject *context, std::function<void()> send);
    int writesAhead() const { return m_writingAhead; }
    // The same, waiting for the write (and for those queued before it for the same file).
    bool writeAndWait(const QString &path, State state, QString *error);
    bool writeAndWait(const QString &path, const QJsonObject &json, QString *error);
    // Runs `task` on the writer's thread after everything queued before it (other small file work of
    // runbooks that must not wait for the disk on the application's thread: taking and releasing
    // their locks). `done`, if given, gets what the task returned (empty: it went well) as for a write.
    using Task = std::function<QString()>;
    void post(Task task, QObject *context = nullptr, Done done = {});
    // Waits until everything queued is written (or done). Not from a task: see onWriterThread().
    void flush();
    bool onWriterThread() const { return std::this_thread::get_id() == m_thread.get_id(); }

    // The newest state queued or being written for `path`, if any.
    std::optional<QJsonObject> pendingState(const QString &path) const;
    // The same for every such file in the folder `dir`, by absolute path.
    QHash<QString, QJsonObject> pendingStates(const QString &dir) const;
    // The same of the application's writer (nothing when it was never used).
    static std::optional<QJsonObject> pending(const QString &path);
    static QHash<QString, QJsonObject> pendingIn(const QString &dir);

private:
    struct Waiter
    {
        bool done = false;
        QString error;
    };
    struct Entry
    {
        QString path; // absolute; empty for a task
        State state;
        Task task;
        QList<quint64> callbacks; // keys of m_callbacks
        QList<std::shared_ptr<Waiter>> waiters;
    };
    struct Callback
    {
        QPointer<QObject> context;
        Done done;
    };

    static void shutdown();
    void run();
    void enqueue(const QString &path, State state, quint64 callback, std::shared_ptr<Waiter> waiter);
    void deliver(const QList<quint64> &callbacks, const QString &error);
    std::optional<QJsonObject> pendingLocked(const QString &absolutePath) const;

    WriteFile m_writeFile;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // the thread: something is queued, or stop
    std::condition_variable m_written; // waiters: a write is over
    std::deque<Entry> m_queue;
    std::optional<Entry> m_inFlight;
    bool m_stopping = false;
    std::thread m_thread;

    // On the application's thread only.
    quint64 m_nextCallback = 0;
    QHash<quint64, Callback> m_callbacks;
    int m_writingAhead = 0;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_waitingSends;
};

} // namespace hpg
