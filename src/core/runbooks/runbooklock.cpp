#include "runbooklock.h"

#include "core/stall/operationscope.h"
#include "journal.h"
#include "journalwriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>

#include <filesystem>

namespace hpg {

namespace {

// A file name for any resource key (app names and attachment names are safe, but keep it so).
QString fileNameFor(const QString &prefix, const QString &key)
{
    QString safe;
    for (const QChar c : key)
        safe.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_'));
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return prefix + safe.left(60) + QLatin1Char('-') + hash + QStringLiteral(".lock");
}

QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

RunbookLock::RunbookLock(const Journal &journal, const QString &title, const QStringList &resources)
    : m_dir(lockDir(QFileInfo(journal.path()).absolutePath()))
    , m_journalId(journal.id())
    , m_title(title)
    , m_app(journal.app())
    , m_createdAt(journal.createdAt().toString(Qt::ISODateWithMs))
    , m_resources(resources)
{ }

RunbookLock::~RunbookLock()
{
    release();
}

QString RunbookLock::lockDir(const QString &journalDir)
{
    return journalDir + QStringLiteral("/locks");
}

bool RunbookLock::acquire(QString *error)
{
    const OperationScope scope("runbook lock: acquire");
    if (isHeld())
        return true;
    // A lock this process gave up must not look held. On the writer's thread (Runbook::prepareLater)
    // the releases queued before this are done already.
    if (s_pendingReleases > 0 && !JournalWriter::instance().onWriterThread())
        JournalWriter::instance().flush();

    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("Could not create the folder %1 for the runbook locks.").arg(m_dir);
        return false;
    }
    bool ok = take(fileNameFor(QStringLiteral("run-"), m_journalId), true, error);
    for (const QString &resource : std::as_const(m_resources)) {
        if (!ok)
            break;
        ok = take(fileNameFor(QStringLiteral("db-"), resource), false, error);
    }
    if (!ok)
        release();
    return ok;
}

bool RunbookLock::take(const QString &name, bool journalLock, QString *error)
{
    const QString path = m_dir + QLatin1Char('/') + name;
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // held for as long as the holder lives, however long that is
    if (!lock->tryLock(0)) {
        if (!error)
            return false;
        if (lock->error() != QLockFile::LockFailedError) {
            *error = tr("Could not take the runbook lock %1.").arg(path);
            return false;
        }
        QFile file(path + QStringLiteral(".json"));
        const QJsonObject holder
            = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
        const QString title = holder.value(QStringLiteral("title")).toString();
        const QString app = holder.value(QStringLiteral("app")).toString();
        const QString started = localTime(holder.value(QStringLiteral("created_at")).toString());
        if (journalLock)
            *error = tr("This run (%1 on %2, started %3) is open in another window. Use that window, or close it "
                        "first.")
                         .arg(m_title, m_app, localTime(m_createdAt));
        else if (title.isEmpty())
            *error = tr("Another runbook is running on this database. Let it finish, or close its window first.");
        else
            *error = tr("Another runbook is running on this database: %1 on %2, started %3. Let it finish, or close "
                        "its window first.")
                         .arg(title, app, started);
        return false;
    }
    // Who holds it, for the message another window gets. Renamed into place, not synced: it only names
    // the holder, and a lock left by a crash is known to be stale from the lock file itself.
    const QString infoPath = path + QStringLiteral(".json");
    QFile info(infoPath + QStringLiteral(".new"));
    if (info.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        info.write(QJsonDocument(QJsonObject { { QStringLiteral("journal"), m_journalId },
                                               { QStringLiteral("title"), m_title },
                                               { QStringLiteral("app"), m_app },
                                               { QStringLiteral("created_at"), m_createdAt } })
                       .toJson(QJsonDocument::Compact));
        info.close();
        std::error_code renameError;
        std::filesystem::rename(QFile::encodeName(info.fileName()).toStdString(),
                                QFile::encodeName(infoPath).toStdString(), renameError);
        if (!renameError)
            m_infoFiles.append(infoPath);
        else
            QFile::remove(info.fileName());
    }
    m_locks.push_back(std::move(lock));
    return true;
}

void RunbookLock::releaseLater()
{
    if (!isHeld())
        return;
    auto locks = std::make_shared<std::vector<std::unique_ptr<QLockFile>>>(std::move(m_locks));
    m_locks.clear();
    ++s_pendingReleases;
    JournalWriter::instance().post([locks, infoFiles = std::exchange(m_infoFiles, {})] {
        for (const QString &info : infoFiles)
            QFile::remove(info);
        locks->clear(); // each QLockFile unlocks when destroyed
        --s_pendingReleases;
        return QString();
    });
}

void RunbookLock::release()
{
    const OperationScope scope("runbook lock: release");
    for (const QString &info : std::as_const(m_infoFiles))
        QFile::remove(info);
    m_infoFiles.clear();
    m_locks.clear(); // each QLockFile unlocks when destroyed
}

} // namespace hpg
