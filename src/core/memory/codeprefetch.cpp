#include "codeprefetch.h"

#include <QFile>

#include <atomic>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace hpg {

namespace {

#if defined(Q_OS_LINUX)
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22 // Linux 5.14
#endif
#endif

std::atomic_bool g_running { false };

} // namespace

CodePrefetch::Result CodePrefetch::populateCode(How how)
{
    Result result;
#if defined(Q_OS_LINUX)
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return result;
    // "start-end perms offset dev inode path", e.g. "7f..-7f.. r-xp 00027000 08:01 1234 /usr/lib/libc.so.6"
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || !fields.at(1).startsWith("r-x") || !fields.at(5).startsWith('/'))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        bool okStart = false;
        bool okEnd = false;
        const quintptr start = range.value(0).toULongLong(&okStart, 16);
        const quintptr end = range.value(1).toULongLong(&okEnd, 16);
        if (!okStart || !okEnd || end <= start)
            continue;
        void *address = reinterpret_cast<void *>(start);
        const size_t length = end - start;
        if ((how == How::Cache || ::madvise(address, length, MADV_POPULATE_READ) != 0)
            && ::madvise(address, length, MADV_WILLNEED) != 0)
            continue;
        ++result.mappings;
        result.bytes += qint64(length);
    }
#endif
    return result;
}

void CodePrefetch::inBackground(How how)
{
#if defined(Q_OS_LINUX)
    if (g_running.exchange(true))
        return;
    std::thread([how] {
        populateCode(how);
        g_running = false;
    }).detach();
#endif
}

} // namespace hpg
