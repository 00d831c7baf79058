#include "transferworkdir.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace hpg {

namespace {

constexpr qint64 unknownOwnerMaxAgeSecs = 2 * 24 * 3600;

bool ownerIsGone(const QString &dir)
{
    QFile file(QDir(dir).filePath(QString::fromLatin1(TransferWorkDir::ownerFileName)));
    ProcessTree::Process owner;
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = file.read(64).trimmed().split(' ');
        bool pidOk = false;
        bool startOk = false;
        if (fields.size() == 2) {
            owner.pid = fields.at(0).toLongLong(&pidOk);
            owner.startTime = fields.at(1).toLongLong(&startOk);
        }
        if (!pidOk || !startOk)
            owner = {};
    }
#if defined(Q_OS_LINUX)
    if (owner.pid > 0 && owner.startTime >= 0)
        return !ProcessTree::isAlive(owner);
#endif
    // No note (an older hpgdesk, or a crash before it was written), or no way to tell whether
    // its process runs: only when nothing touched it for a long time.
    const QDateTime modified = QFileInfo(dir).lastModified();
    return modified.isValid() && modified.secsTo(QDateTime::currentDateTime()) > unknownOwnerMaxAgeSecs;
}

} // namespace

TransferWorkDir::TransferWorkDir(const QString &base, const ProcessTree::Process &owner)
    : m_dir(std::make_unique<QTemporaryDir>(base + QLatin1Char('/') + QString::fromLatin1(prefix)
                                            + QStringLiteral("XXXXXX")))
{
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return;
    }
    // Private to the user (0700): the dump holds the database's data.
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const ProcessTree::Process who = owner.pid > 0 ? owner : ProcessTree::find(QCoreApplication::applicationPid());
    QFile note(filePath(QString::fromLatin1(ownerFileName)));
    if (!note.open(QIODevice::WriteOnly)
        || note.write(QByteArray::number(who.pid) + ' ' + QByteArray::number(who.startTime) + '\n') < 0) {
        m_error = note.errorString();
        m_dir->remove();
    }
}

TransferWorkDir::~TransferWorkDir() = default;

bool TransferWorkDir::isValid() const
{
    return m_dir->isValid() && m_error.isEmpty();
}

QString TransferWorkDir::errorString() const
{
    return m_error.isEmpty() ? m_dir->errorString() : m_error;
}

QString TransferWorkDir::path() const
{
    return m_dir->path();
}

QString TransferWorkDir::filePath(const QString &name) const
{
    return m_dir->filePath(name);
}

bool TransferWorkDir::remove()
{
    return m_dir->remove() || !QFileInfo::exists(m_dir->path());
}

void TransferWorkDir::keepForTest()
{
    m_dir->setAutoRemove(false);
}

int TransferWorkDir::removeStale(const QString &base)
{
    int removed = 0;
    const QFileInfoList dirs = QDir(base).entryInfoList({ QString::fromLatin1(prefix) + QLatin1Char('*') },
                                                        QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : dirs) {
        // Our own folders only: never a link, never another user's.
        if (info.isSymLink() || !info.isWritable())
            continue;
#if defined(Q_OS_UNIX)
        if (info.ownerId() != uint(::geteuid()))
            continue;
#endif
        if (ownerIsGone(info.absoluteFilePath()) && QDir(info.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace hpg
