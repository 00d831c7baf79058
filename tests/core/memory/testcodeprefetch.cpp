// CodePrefetch: an executable file mapping whose pages the system dropped is in memory again after
// populateCode(), as the code of a run's steps is before its down time.

#include "core/memory/codeprefetch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <vector>

using hpg::CodePrefetch;

namespace {

// How many of the mapping's pages are in memory.
qint64 residentPages(void *address, size_t length)
{
    const long page = ::sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> pages((length + page - 1) / page);
    if (::mincore(address, length, pages.data()) != 0)
        return -1;
    qint64 resident = 0;
    for (const unsigned char state : pages)
        resident += state & 1;
    return resident;
}

} // namespace

class TestCodePrefetch : public QObject
{
    Q_OBJECT
private slots:
    void bringsBackCodeTheSystemDropped()
    {
        // A file mapped as code (8 MB), written, synced and dropped from memory: as a library's code
        // that has not run for a while.
        QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/codeprefetch-XXXXXX"));
        QVERIFY(dir.isValid());
        const QByteArray path = dir.filePath(QStringLiteral("code.bin")).toLocal8Bit();
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        QVERIFY(fd >= 0);
        const size_t length = 8 * 1024 * 1024;
        std::vector<char> block(1024 * 1024);
        for (size_t i = 0; i < block.size(); ++i)
            block[i] = char(i * 31);
        for (size_t written = 0; written < length; written += block.size())
            QCOMPARE(::write(fd, block.data(), block.size()), ssize_t(block.size()));
        QCOMPARE(::fdatasync(fd), 0);
        void *code = ::mmap(nullptr, length, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
        if (code == MAP_FAILED) {
            ::close(fd);
            QSKIP("this folder's file system does not allow code to be mapped (noexec)");
        }
        QCOMPARE(::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED), 0);
        const qint64 total = qint64(length / ::sysconf(_SC_PAGESIZE));
        const qint64 before = residentPages(code, length);
        QVERIFY2(before >= 0 && before < total / 2,
                 qPrintable(QStringLiteral("%1 of %2 pages still in memory").arg(before).arg(total)));

        const CodePrefetch::Result result = CodePrefetch::populateCode();
        qInfo("populated %d executable mappings, %lld bytes", result.mappings, qlonglong(result.bytes));
        QVERIFY2(result.mappings >= 2, qPrintable(QString::number(result.mappings))); // this program's and ours
        QVERIFY(result.bytes >= qint64(length));
        QCOMPARE(residentPages(code, length), total);

        ::munmap(code, length);
        ::close(fd);
    }

    void intoTheFileCacheOnly()
    {
        // How::Cache reads a dropped mapping back without mapping it into this process.
        QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/codeprefetch-XXXXXX"));
        QVERIFY(dir.isValid());
        const QByteArray path = dir.filePath(QStringLiteral("code.bin")).toLocal8Bit();
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        QVERIFY(fd >= 0);
        const size_t length = 4 * 1024 * 1024;
        const std::vector<char> block(length, 'x');
        QCOMPARE(::write(fd, block.data(), length), ssize_t(length));
        QCOMPARE(::fdatasync(fd), 0);
        void *code = ::mmap(nullptr, length, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
        if (code == MAP_FAILED) {
            ::close(fd);
            QSKIP("this folder's file system does not allow code to be mapped (noexec)");
        }
        QCOMPARE(::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED), 0);
        const qint64 total = qint64(length / ::sysconf(_SC_PAGESIZE));
        QVERIFY(residentPages(code, length) < total / 2);
        QVERIFY(CodePrefetch::populateCode(CodePrefetch::How::Cache).bytes >= qint64(length));
        // The read-ahead is asynchronous: give it a moment.
        QTRY_COMPARE_WITH_TIMEOUT(residentPages(code, length), total, 10000);
        ::munmap(code, length);
        ::close(fd);
    }

    void inBackgroundReturnsAtOnce()
    {
        QElapsedTimer clock;
        clock.start();
        CodePrefetch::inBackground();
        CodePrefetch::inBackground(); // one at a time: the second does nothing
        QVERIFY(clock.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestCodePrefetch)
#include "testcodeprefetch.moc"
