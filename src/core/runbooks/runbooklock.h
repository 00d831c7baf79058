#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QLockFile;

namespace hpg {

class Journal;

// The locks a run holds while a window has it open: one on its journal, so that a second
// window or process cannot drive the same run, and one for each database it works on, so
// that two runs cannot change one database at once. Lock files (QLockFile: a process that
// dies leaves no lock behind) live in <journal dir>/locks; beside each, a small JSON file
// says who holds it (the run's title, app and start time), for the message the second one
// gets. Released on release() or destruction.
class RunbookLock
{
    Q_DECLARE_TR_FUNCTIONS(hpg::RunbookLock)
public:
    // `resources`: what the run changes, e.g. "acme-storefront/DATABASE".
    RunbookLock(const Journal &journal, const QString &title, const QStringList &resources);
    ~RunbookLock();

    // Takes every lock, or none: false and `error` (translated: who holds it since when).
    bool acquire(QString *error);
    void release();
    // The same on the journal writer's thread (JournalWriter): removing the files may wait for a
    // busy disk. A lock of this process released so is released before any acquire() goes on.
    void releaseLater();
    bool isHeld() const { return !m_locks.empty(); }

    static QString lockDir(const QString &journalDir);

private:
    bool take(const QString &name, bool journalLock, QString *error);

    QString m_dir;
    QString m_journalId;
    QString m_title;
    QString m_app;
    QString m_createdAt;
    QStringList m_resources;
    std::vector<std::unique_ptr<QLockFile>> m_locks;
    QStringList m_infoFiles;
    static inline std::atomic<int> s_pendingReleases = 0; // releaseLater() not done yet
};

} // namespace hpg
