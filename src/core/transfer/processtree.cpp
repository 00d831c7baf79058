#include "processtree.h"

#include <QDir>
#include <QFile>
#include <QHash>

#if defined(Q_OS_UNIX)
#include <signal.h>
#include <sys/types.h>
#endif

namespace hpg {

namespace {

// From /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
bool readStat(qint64 pid, char *state, qint64 *parent)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return false;
    *state = fields.at(0).at(0);
    *parent = fields.at(1).toLongLong();
    return true;
}

} // namespace

QList<qint64> ProcessTree::descendants(qint64 pid)
{
    QList<qint64> result;
#if defined(Q_OS_LINUX)
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const qint64 child = entry.toLongLong(&isNumber);
        char state = 0;
        qint64 parent = 0;
        if (isNumber && readStat(child, &state, &parent) && state != 'Z')
            children[parent].append(child);
    }
    QList<qint64> queue { pid };
    while (!queue.isEmpty()) {
        const qint64 next = queue.takeFirst();
        for (qint64 child : children.value(next)) {
            result.append(child);
            queue.append(child);
        }
    }
#else
    Q_UNUSED(pid)
#endif
    return result;
}

bool ProcessTree::isAlive(qint64 pid)
{
#if defined(Q_OS_LINUX)
    char state = 0;
    qint64 parent = 0;
    return readStat(pid, &state, &parent) && state != 'Z' && state != 'X';
#else
    Q_UNUSED(pid)
    return false;
#endif
}

void ProcessTree::kill(qint64 pid)
{
#if defined(Q_OS_UNIX)
    if (pid > 0)
        ::kill(pid_t(pid), SIGKILL);
#else
    Q_UNUSED(pid)
#endif
}

} // namespace hpg
