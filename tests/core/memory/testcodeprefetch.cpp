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

// A file of `length` bytes mapped as code, written, synced and dropped from memory: as a library's
// code that has not run for a while.
struct DroppedCode
{
    QTemporaryDir dir { QDir::currentPath() + QStringLiteral("/codeprefetch-XXXXXX") };
    int fd = -1;
    void *code = MAP_FAILED;
    size_t length = 0;
    QString problem; // why it could not be made
    bool noExec = false; // the file system does not allow code to be mapped

    explicit DroppedCode(size_t bytes)
        : length(bytes)
    {
        const QByteArray path = dir.filePath(QStringLiteral("code.bin")).toLocal8Bit();
        fd = ::open(path.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        std::vector<char> block(length);
        for (size_t i = 0; i < block.size(); ++i)
            block[i] = char(i * 31);
        if (fd < 0 || ::write(fd, block.data(), length) != ssize_t(length) || ::fdatasync(fd) != 0) {
            problem = QStringLiteral("cannot write %1").arg(QString::fromLocal8Bit(path));
            return;
        }
        code = ::mmap(nullptr, length, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
        noExec = code == MAP_FAILED;
        if (!noExec && ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) != 0)
            problem = QStringLiteral("posix_fadvise failed");
    }
    ~DroppedCode()
    {
        if (code != MAP_FAILED)
            ::munmap(code, length);
        if (fd >= 0)
            ::close(fd);
    }
    qint64 pages() const { return qint64(length / ::sysconf(_SC_PAGESIZE)); }
    qint64 resident() const { return residentPages(code, length); }
};

} // namespace

#define MAKE_DROPPED_CODE(name, bytes)                                                                                 \
    DroppedCode name(bytes);                                                                                           \
    QVERIFY2(name.problem.isEmpty(), qPrintable(name.problem));                                                        \
    if (name.noExec)                                                                                                   \
        QSKIP("this folder's file system does not allow code to be mapped (noexec)");                                  \
    QVERIFY2(name.resident() >= 0 && name.resident() < name.pages() / 2,                                               \
             qPrintable(QStringLiteral("%1 of %2 pages still in memory").arg(name.resident()).arg(name.pages())));

class TestCodePrefetch : public QObject
{
    Q_OBJECT
private slots:
    void bringsBackCodeTheSystemDropped()
    {
        MAKE_DROPPED_CODE(dropped, 8 * 1024 * 1024)
        const CodePrefetch::Result result = CodePrefetch::populateCode();
        qInfo("populated %d executable mappings, %lld bytes", result.mappings, qlonglong(result.bytes));
        QVERIFY2(result.mappings >= 2, qPrintable(QString::number(result.mappings))); // this program's and ours
        QVERIFY(result.bytes >= qint64(dropped.length));
        QCOMPARE(dropped.resident(), dropped.pages());
    }

    void intoTheFileCacheOnly()
    {
        // How::Cache reads a dropped mapping back without mapping it into this process.
        MAKE_DROPPED_CODE(dropped, 4 * 1024 * 1024)
        QVERIFY(CodePrefetch::populateCode(CodePrefetch::How::Cache).bytes >= qint64(dropped.length));
        // The read-ahead is asynchronous: give it a moment.
        QTRY_COMPARE_WITH_TIMEOUT(dropped.resident(), dropped.pages(), 10000);
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
