#include "appsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QtDebug>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace hpg {

namespace {

// What tells one version of the settings file from another without reading it.
struct FileStamp
{
    bool exists = false;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    quint64 inode = 0; // a synced write replaces the file (QSaveFile): a new inode

    bool operator==(const FileStamp &) const = default;

    static FileStamp of(const QString &path)
    {
        FileStamp stamp;
        if (path.isEmpty())
            return stamp;
#ifdef Q_OS_LINUX
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return stamp;
        stamp.exists = true;
        stamp.size = st.st_size;
        stamp.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        stamp.inode = quint64(st.st_ino);
#else
        const QFileInfo info(path);
        if (!info.exists())
            return stamp;
        stamp.exists = true;
        stamp.size = info.size();
        stamp.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
#endif
        return stamp;
    }
};

// Which settings file QSettings() means now: the application's names and the configuration folder.
QString currentScope()
{
    return QCoreApplication::organizationName() + QLatin1Char('\n') + QCoreApplication::applicationName()
        + QLatin1Char('\n') + qEnvironmentVariable("XDG_CONFIG_HOME") + QLatin1Char('\n') + qEnvironmentVariable("HOME");
}

class Writer
{
public:
    static Writer &instance()
    {
        static Writer writer;
        return writer;
    }

    ~Writer() { stop(); }

    // A change not yet on disk, else the settings as this process knows them: read from the file
    // once, then kept up to date by the writer as it writes, and read again only when the file
    // changed under it (another process; a test's own QSettings). No QSettings is made here
    // otherwise: one made on the window's thread waited for the writer's (they share the file's
    // lock, held through the synced write): 98 and 206 ms in BENCH uistall, behind a busy disk.
    QVariant value(const QString &key, const QVariant &defaultValue)
    {
        std::unique_lock lock(m_mutex);
        if (const auto it = m_pending.constFind(key); it != m_pending.cend())
            return it->value.value_or(defaultValue);
        const QString scope = currentScope();
        if (scope != m_scope || FileStamp::of(m_path) != m_stamp) {
            lock.unlock();
            QSettings settings;
            const QString path = settings.fileName();
            const FileStamp stamp = FileStamp::of(path); // before reading: a write meanwhile reads again
            QHash<QString, QVariant> values;
            const QStringList keys = settings.allKeys();
            for (const QString &k : keys)
                values.insert(k, settings.value(k));
            lock.lock();
            m_scope = scope;
            m_path = path;
            m_stamp = stamp;
            m_known = std::move(values);
            if (const auto it = m_pending.constFind(key); it != m_pending.cend())
                return it->value.value_or(defaultValue);
        }
        return m_known.value(key, defaultValue);
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
            const FileStamp before = FileStamp::of(settings.fileName());
            for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
                if (it->value)
                    settings.setValue(it.key(), *it->value);
                else
                    settings.remove(it.key());
            }
            settings.sync();
            if (settings.status() != QSettings::NoError)
                qWarning("hpgdesk: the settings could not be written to %s", qPrintable(settings.fileName()));
            const QString path = settings.fileName();
            const FileStamp stamp = FileStamp::of(path);
            lock.lock();
            // Known before, so known after (a change from elsewhere meanwhile: read again by value()).
            if (path == m_path && before == m_stamp) {
                for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
                    if (it->value)
                        m_known.insert(it.key(), *it->value);
                    else
                        m_known.remove(it.key());
                }
                m_stamp = stamp;
            }
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
    // The settings file as last read or written (value()).
    QString m_scope;
    QString m_path;
    FileStamp m_stamp;
    QHash<QString, QVariant> m_known;
};

} // namespace

QVariant AppSettings::value(const QString &key, const QVariant &defaultValue)
{
    return Writer::instance().value(key, defaultValue);
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
