#include "processtree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#if defined(Q_OS_UNIX)
#include <signal.h>
#include <sys/types.h>
#endif

namespace hpg {

namespace {

struct Stat
{
    char state = 0;
    qint64 parent = 0;
    qint64 startTime = -1;
};

// From /proc/<pid>/stat: "pid (comm) state ppid … starttime(22) …"; comm may hold spaces and
// parentheses.
bool readStat(qint64 pid, Stat *stat)
{
    if (pid <= 0)
        return false;
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 20 || fields.at(0).isEmpty())
        return false;
    stat->state = fields.at(0).at(0);
    stat->parent = fields.at(1).toLongLong();
    bool ok = false;
    stat->startTime = fields.at(19).toLongLong(&ok);
    return ok;
}

bool running(const Stat &stat)
{
    return stat.state != 'Z' && stat.state != 'X' && stat.state != 'x';
}

} // namespace

bool ProcessTree::isChildOfThisProcess(qint64 pid)
{
#if defined(Q_OS_LINUX)
    Stat stat;
    return pid > 0 && pid != QCoreApplication::applicationPid() && readStat(pid, &stat) && running(stat)
        && stat.parent == QCoreApplication::applicationPid();
#else
    Q_UNUSED(pid)
    return false;
#endif
}

QList<ProcessTree::Process> ProcessTree::descendants(qint64 child)
{
    QList<Process> result;
#if defined(Q_OS_LINUX)
    if (!isChildOfThisProcess(child))
        return result;
    QHash<qint64, QList<Process>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const qint64 pid = entry.toLongLong(&isNumber);
        Stat stat;
        if (isNumber && pid > 0 && readStat(pid, &stat) && running(stat))
            children[stat.parent].append(Process { pid, stat.startTime });
    }
    QList<qint64> queue { child };
    while (!queue.isEmpty()) {
        const qint64 next = queue.takeFirst();
        for (const Process &process : children.value(next)) {
            if (process.pid == QCoreApplication::applicationPid() || result.contains(process))
                continue;
            result.append(process);
            queue.append(process.pid);
        }
    }
#else
    Q_UNUSED(child)
#endif
    return result;
}

ProcessTree::Process ProcessTree::find(qint64 pid)
{
#if defined(Q_OS_LINUX)
    Stat stat;
    if (readStat(pid, &stat) && running(stat))
        return Process { pid, stat.startTime };
#else
    Q_UNUSED(pid)
#endif
    return {};
}

bool ProcessTree::isAlive(const Process &process)
{
#if defined(Q_OS_LINUX)
    Stat stat;
    return readStat(process.pid, &stat) && running(stat) && stat.startTime == process.startTime;
#else
    Q_UNUSED(process)
    return false;
#endif
}

bool ProcessTree::maySignal(const Process &process)
{
    return process.pid > 0 && process.startTime >= 0 && process.pid != QCoreApplication::applicationPid()
        && isAlive(process);
}

void ProcessTree::kill(const Process &process)
{
#if defined(Q_OS_UNIX)
    // pid_t(pid) == pid: a value that would wrap to 0 or -1 (every process) is never passed on.
    if (maySignal(process) && qint64(pid_t(process.pid)) == process.pid)
        ::kill(pid_t(process.pid), SIGKILL);
#else
    Q_UNUSED(process)
#endif
}

} // namespace hpg
