#include "appsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QtDebug>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace hpg {

namespace {

class Writer
{
public:
    static Writer &instance()
    {
        static Writer writer;
        return writer;
    }

    ~Writer() { stop(); }

    std::optional<std::optional<QVariant>> pending(const QString &key)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_pending.constFind(key);
        if (it == m_pending.cend())
            return std::nullopt;
        return it->value;
    }

    void change(const QString &key, std::optional<QVariant> value)
    {
        {
            const std::lock_guard lock(m_mutex);
            Change &change = m_pending[key];
            change.value = std::move(value);
            change.generation = ++m_generation;
            if (!m_thread.joinable()) {
                m_thread = std::thread([this] { run(); });
                // Everything queued is written while the application's names and paths still hold.
                if (QCoreApplication::instance())
                    qAddPostRoutine([] { Writer::instance().stop(); });
            }
        }
        m_wake.notify_one();
    }

    void flush()
    {
        std::unique_lock lock(m_mutex);
        m_written.wait(lock, [this] { return m_pending.isEmpty() || !m_thread.joinable(); });
    }

    void setBeforeWrite(std::function<void()> hook)
    {
        const std::lock_guard lock(m_mutex);
        m_beforeWrite = std::move(hook);
    }

    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_thread.joinable())
                return;
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
        const std::lock_guard lock(m_mutex);
        m_thread = std::thread();
        m_stopping = false;
        m_written.notify_all();
    }

private:
    struct Change
    {
        std::optional<QVariant> value; // none: removed
        quint64 generation = 0;
    };

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stopping || m_writtenGeneration < m_generation; });
            if (m_writtenGeneration == m_generation)
                return; // stopping, and everything is written
            const QHash<QString, Change> batch = m_pending;
            const quint64 generation = m_generation;
            const std::function<void()> beforeWrite = m_beforeWrite;
            lock.unlock();
            if (beforeWrite)
                beforeWrite();
            QSettings settings;
            for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
                if (it->value)
                    settings.setValue(it.key(), *it->value);
                else
                    settings.remove(it.key());
            }
            settings.sync();
            if (settings.status() != QSettings::NoError)
                qWarning("hpgdesk: the settings could not be written to %s", qPrintable(settings.fileName()));
            lock.lock();
            // What changed again meanwhile stays pending for the next batch.
            for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
                const auto now = m_pending.constFind(it.key());
                if (now != m_pending.cend() && now->generation == it->generation)
                    m_pending.erase(now);
            }
            m_writtenGeneration = generation;
            m_written.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_written;
    QHash<QString, Change> m_pending;
    quint64 m_generation = 0;
    quint64 m_writtenGeneration = 0;
    bool m_stopping = false;
    std::function<void()> m_beforeWrite;
    std::thread m_thread;
};

} // namespace

QVariant AppSettings::value(const QString &key, const QVariant &defaultValue)
{
    if (const auto queued = Writer::instance().pending(key))
        return queued->value_or(defaultValue);
    return QSettings().value(key, defaultValue);
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    Writer::instance().change(key, value);
}

void AppSettings::remove(const QString &key)
{
    Writer::instance().change(key, std::nullopt);
}

void AppSettings::flush()
{
    Writer::instance().flush();
}

void AppSettings::setBeforeWriteForTests(std::function<void()> hook)
{
    Writer::instance().setBeforeWrite(std::move(hook));
}

} // namespace hpg
