// releaseFreeMemory (core/memory): what glibc keeps resident after a burst of work was freed under a
// block still in use goes back to the system, and the call says so.

#include "core/memory/releasefreememory.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestReleaseFreeMemory : public QObject
{
    Q_OBJECT
private slots:
    void givesBackWhatABurstFreed()
    {
#if !defined(__GLIBC__)
        QSKIP("releaseFreeMemory does nothing without glibc");
#else
        constexpr int blocks = 8192; // 32 MB of small allocations, as a burst of parsing makes
        constexpr size_t blockSize = 4000;
        const qint64 before = residentKb();
        QVERIFY(before > 0);
        std::vector<char *> burst;
        burst.reserve(blocks);
        for (int i = 0; i < blocks; ++i) {
            char *block = static_cast<char *>(std::malloc(blockSize));
            QVERIFY(block);
            std::memset(block, 1, blockSize);
            burst.push_back(block);
        }
        // All of it freed but the newest block, which keeps the heap from shrinking.
        for (int i = 0; i < blocks - 1; ++i)
            std::free(burst[size_t(i)]);
        const qint64 kept = residentKb();
        QVERIFY2(kept - before > 20 * 1024, qPrintable(QStringLiteral("%1 → %2 kB").arg(before).arg(kept)));

        QVERIFY(hpg::releaseFreeMemory());
        const qint64 after = residentKb();
        QVERIFY2(kept - after > 20 * 1024, qPrintable(QStringLiteral("%1 → %2 kB").arg(kept).arg(after)));
        std::free(burst.back());
#endif
    }
};

QTEST_GUILESS_MAIN(TestReleaseFreeMemory)
#include "testreleasefreememory.moc"
