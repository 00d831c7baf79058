#pragma once

// Where a process's resident memory is (Linux): /proc/self/smaps summed by kind of mapping, glibc's
// malloc figures and the threads, for benchmarks that print how memory grows.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QLatin1String>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

namespace hpgbench {

struct ResidentBreakdown
{
    // kB resident by kind: the brk heap, glibc's other arenas (64 MB aligned), thread stacks, other
    // anonymous mappings (big malloc chunks, images, …), files (libraries, fonts) and the rest.
    QMap<QString, qint64> kb;
    QMap<QString, qint64> fileKb; // by file
    qint64 mallocInUseKb = 0; // mallinfo2: uordblks + hblkhd
    qint64 mallocFreeKb = 0; // fordblks: free but kept by malloc
    QList<QPair<qint64, qint64>> arenaKb; // malloc_info: each arena's memory from the system, and free in it
    int threads = 0;
    QMap<QString, int> threadNames;

    static ResidentBreakdown measure()
    {
        ResidentBreakdown b;
        // Line by line into a fixed buffer: reading the whole file (~1 MB of text, thousands of
        // lines) would itself grow the heap being measured.
        if (FILE *smaps = std::fopen("/proc/self/smaps", "r")) {
            char line[4096];
            const char *kind = "other";
            QString file;
            constexpr quint64 arenaAlign = 64ull << 20;
            bool previousGuard = false; // an inaccessible page just before: a thread stack's guard
            quint64 previousEnd = 0;
            while (std::fgets(line, sizeof line, smaps)) {
                unsigned long long start = 0;
                unsigned long long end = 0;
                char perms[8] = {};
                int pathAt = 0;
                long long kb = 0;
                if (std::sscanf(line, "%llx-%llx %7s %*s %*s %*s %n", &start, &end, perms, &pathAt) == 3
                    && pathAt > 0) {
                    const char *path = line + pathAt;
                    const bool anonymous = *path == '\n' || *path == '\0';
                    file.clear();
                    if (std::strncmp(path, "[heap]", 6) == 0)
                        kind = "heap";
                    else if (*path == '[')
                        kind = "other";
                    else if (!anonymous) {
                        kind = "files";
                        const char *name = std::strrchr(path, '/');
                        file = QString::fromUtf8(name ? name + 1 : path).trimmed();
                    } else if (perms[0] == '-' && perms[1] == '-')
                        kind = "other";
                    else if (start % arenaAlign == 0)
                        kind = "arenas";
                    else if (previousGuard && previousEnd == start)
                        kind = "stacks";
                    else
                        kind = "anon";
                    previousGuard = anonymous && perms[0] == '-' && perms[1] == '-';
                    previousEnd = end;
                } else if (std::sscanf(line, "Rss: %lld kB", &kb) == 1) {
                    b.kb[QLatin1String(kind)] += kb;
                    if (!file.isEmpty())
                        b.fileKb[file] += kb;
                }
            }
            std::fclose(smaps);
        }
        const struct mallinfo2 info = mallinfo2();
        b.mallocInUseKb = qint64((info.uordblks + info.hblkhd) / 1024);
        b.mallocFreeKb = qint64(info.fordblks / 1024);
        b.arenaKb = arenas();
        const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        b.threads = int(tasks.size());
        for (const QString &task : tasks) {
            QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
            if (comm.open(QIODevice::ReadOnly))
                ++b.threadNames[QString::fromUtf8(comm.readAll().trimmed())];
        }
        return b;
    }

    // malloc_info's XML: per <heap nr=…>, its current system size and its free chunks (fast and rest).
    static QList<QPair<qint64, qint64>> arenas()
    {
        char *buffer = nullptr;
        size_t size = 0;
        FILE *stream = open_memstream(&buffer, &size);
        if (!stream)
            return {};
        malloc_info(0, stream);
        std::fclose(stream);
        QList<QPair<qint64, qint64>> result;
        bool inHeap = false;
        const auto attribute = [](const char *line, const char *name) {
            char key[32];
            std::snprintf(key, sizeof key, "%s=\"", name);
            const char *at = std::strstr(line, key);
            return at ? std::strtoll(at + std::strlen(key), nullptr, 10) : 0LL;
        };
        for (char *line = buffer; line && line < buffer + size;) {
            char *next = std::strchr(line, '\n');
            if (next)
                *next++ = '\0';
            while (*line == ' ')
                ++line;
            if (std::strncmp(line, "<heap nr=", 9) == 0) {
                inHeap = true;
                result.append({ 0, 0 });
            } else if (std::strncmp(line, "</heap>", 7) == 0) {
                inHeap = false;
            } else if (inHeap && std::strncmp(line, "<system type=\"current\"", 22) == 0) {
                result.last().first = attribute(line, "size") / 1024;
            } else if (inHeap && std::strncmp(line, "<total type=", 12) == 0) {
                result.last().second += attribute(line, "size") / 1024;
            }
            line = next;
        }
        std::free(buffer);
        return result;
    }

    void print(const char *label) const
    {
        QString kinds;
        for (auto it = kb.cbegin(); it != kb.cend(); ++it)
            kinds += QStringLiteral(" %1 %2").arg(it.key()).arg(double(it.value()) / 1024.0, 0, 'f', 1);
        QString names;
        for (auto it = threadNames.cbegin(); it != threadNames.cend(); ++it)
            names += QStringLiteral(" %1×%2").arg(it.key()).arg(it.value());
        QString arenasText;
        for (const auto &arena : arenaKb)
            arenasText += QStringLiteral(" %1/%2")
                              .arg(double(arena.first) / 1024.0, 0, 'f', 1)
                              .arg(double(arena.second) / 1024.0, 0, 'f', 1);
        std::printf("    %s: MB by mapping:%s; malloc in use %.1f, in its free lists %.1f (resident or given back); "
                    "arenas (size/free):%s; %d threads:%s\n",
                    label, qPrintable(kinds), double(mallocInUseKb) / 1024.0, double(mallocFreeKb) / 1024.0,
                    qPrintable(arenasText), threads, qPrintable(names));
    }

    // What grew from `before` by more than 256 kB: kinds and files, and the threads that came or went.
    void printGrowth(const ResidentBreakdown &before) const
    {
        const auto grown = [](const QMap<QString, qint64> &now, const QMap<QString, qint64> &then) {
            QString text;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                const qint64 delta = it.value() - then.value(it.key());
                if (delta > 256 || delta < -256)
                    text += QStringLiteral(" %1 %2%3")
                                .arg(it.key(), delta > 0 ? QStringLiteral("+") : QString())
                                .arg(double(delta) / 1024.0, 0, 'f', 1);
            }
            return text;
        };
        QString threadsText;
        QMap<QString, int> all = threadNames;
        for (auto it = before.threadNames.cbegin(); it != before.threadNames.cend(); ++it)
            all[it.key()] += 0;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const int delta = threadNames.value(it.key()) - before.threadNames.value(it.key());
            if (delta != 0)
                threadsText
                    += QStringLiteral(" %1 %2%3").arg(it.key(), delta > 0 ? QStringLiteral("+") : QString()).arg(delta);
        }
        std::printf("    grew (MB):%s; files:%s; malloc in use %+.1f, free lists %+.1f; threads:%s\n",
                    qPrintable(grown(kb, before.kb)), qPrintable(grown(fileKb, before.fileKb)),
                    double(mallocInUseKb - before.mallocInUseKb) / 1024.0,
                    double(mallocFreeKb - before.mallocFreeKb) / 1024.0,
                    threadsText.isEmpty() ? " none came or went" : qPrintable(threadsText));
    }
};

} // namespace hpgbench
