// The journal writer: journals are written on a thread of their own, in order, the newest
// queued state of a file replacing one not written yet; what is queued is visible at once
// (Journal::load and Journal::scan read it); a failed write is reported; an answer for an
// object that is gone is dropped. Its writes are held back here (a gate in front of the real
// Journal::writeFile) to see the queue while it is full. A state is queued as a copy of the
// journal and made into JSON on the writer's thread.
#include "core/runbooks/journal.h"
#include "core/runbooks/journalwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace hpg;

namespace {

// Holds every write until open() is called; records what was written, in order.
class Gate
{
public:
    JournalWriter::WriteFile writeFile()
    {
        return [this](const QString &path, const QJsonObject &json, QString *error) {
            {
                std::unique_lock lock(m_mutex);
                m_reached = true;
                m_changed.notify_all();
                m_changed.wait(lock, [this] { return m_open; });
                m_written.append(QFileInfo(path).fileName() + QLatin1Char('=')
                                 + QString::number(json.value(QStringLiteral("n")).toInt()));
            }
            return Journal::writeFile(path, json, error);
        };
    }
    void waitUntilReached()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_reached; });
    }
    void open()
    {
        const std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }
    QStringList written()
    {
        const std::lock_guard lock(m_mutex);
        return m_written;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_reached = false;
    bool m_open = false;
    QStringList m_written;
};

QJsonObject state(int n)
{
    return { { QStringLiteral("n"), n } };
}

int onDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("n")).toInt();
}

} // namespace

class TestJournalWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesInOrderAndTheNewestQueuedStateWins()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const QString b = dir.filePath(QStringLiteral("b.json"));
        Gate gate;
        JournalWriter writer(gate.writeFile());
        const auto openAtTheEnd = qScopeGuard([&gate] { gate.open(); }); // a failed check must not hang
        QStringList answers;
        auto answer = [&answers](const QString &name) {
            return [&answers, name](const QString &error) {
                answers.append(name + QLatin1Char(':') + error);
            };
        };
        writer.write(a, state(1), this, answer(QStringLiteral("a1")));
        gate.waitUntilReached(); // a1 is being written
        writer.write(a, state(2), this, answer(QStringLiteral("a2")));
        writer.write(b, state(1), this, answer(QStringLiteral("b1")));
        writer.write(a, state(3), this, answer(QStringLiteral("a3")));

        // What the files will hold, before any of it is on disk.
        QCOMPARE(writer.pendingState(a)->value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(writer.pendingState(b)->value(QStringLiteral("n")).toInt(), 1);
        const QHash<QString, QJsonObject> inDir = writer.pendingStates(dir.path());
        QCOMPARE(inDir.size(), 2);
        QCOMPARE(inDir.value(a).value(QStringLiteral("n")).toInt(), 3);
        QVERIFY(!writer.pendingState(dir.filePath(QStringLiteral("c.json"))));
        QCOMPARE(onDisk(a), -1);
        QVERIFY(answers.isEmpty());

        gate.open();
        writer.flush();
        // a2 was replaced by a3 before it was written; b1 waited behind them.
        QCOMPARE(gate.written(),
                 QStringList({ QStringLiteral("a.json=1"), QStringLiteral("a.json=3"), QStringLiteral("b.json=1") }));
        QCOMPARE(onDisk(a), 3);
        QCOMPARE(onDisk(b), 1);
        QVERIFY(!writer.pendingState(a));
        QVERIFY(writer.pendingStates(dir.path()).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return answers.size() == 4; }));
        QCOMPARE(answers,
                 QStringList(
                     { QStringLiteral("a1:"), QStringLiteral("a2:"), QStringLiteral("a3:"), QStringLiteral("b1:") }));
    }

    void aFailedWriteIsReportedAndItsStateIsNotKept()
    {
        QTemporaryDir dir;
        // Root ignores permissions: a folder that is a plain file cannot be written into.
        QFile blocker(dir.filePath(QStringLiteral("runbooks")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("runbooks/x.json"));
        JournalWriter writer;
        QString error;
        writer.write(path, state(1), this, [&error](const QString &e) { error = e; });
        QVERIFY(QTest::qWaitFor([&] { return !error.isEmpty(); }));
        QVERIFY2(error.contains(QStringLiteral("runbook journal")), qPrintable(error));
        QVERIFY(!writer.pendingState(path));
        QString waited;
        QVERIFY(!writer.writeAndWait(path, state(2), &waited));
        QCOMPARE(waited, error);
    }

    void anAnswerForAnObjectThatIsGoneIsDropped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        Gate gate;
        JournalWriter writer(gate.writeFile());
        const auto openAtTheEnd = qScopeGuard([&gate] { gate.open(); }); // a failed check must not hang
        int calls = 0;
        auto *context = new QObject;
        writer.write(path, state(1), context, [&calls](const QString &) { ++calls; });
        writer.write(path, state(2), this, [&calls](const QString &) { calls += 10; });
        delete context;
        gate.open();
        QVERIFY(QTest::qWaitFor([&] { return calls != 0; }));
        QTest::qWait(20);
        QCOMPARE(calls, 10);
        QCOMPARE(onDisk(path), 2);
    }

    // Requests that change something wait for the writes ahead of them (values an action captured),
    // not for other writes; they go in the order they came.
    void sendsWaitForTheWritesAhead()
    {
        QTemporaryDir dir;
        Gate gate;
        JournalWriter writer(gate.writeFile());
        const auto openAtTheEnd = qScopeGuard([&gate] { gate.open(); });
        QStringList sent;
        writer.write(dir.filePath(QStringLiteral("plain.json")), state(1), this, [](const QString &) {});
        gate.waitUntilReached();
        writer.afterWritesAhead(this, [&sent] { sent.append(QStringLiteral("first")); });
        QCOMPARE(sent, QStringList({ QStringLiteral("first") })); // a plain write holds nothing back

        writer.writeAhead(dir.filePath(QStringLiteral("ahead.json")), [] { return state(2); }, this,
                          [](const QString &) {});
        QCOMPARE(writer.writesAhead(), 1);
        writer.afterWritesAhead(this, [&sent] { sent.append(QStringLiteral("second")); });
        auto *gone = new QObject;
        writer.afterWritesAhead(gone, [&sent] { sent.append(QStringLiteral("from a gone object")); });
        delete gone;
        writer.afterWritesAhead(this, [&sent] { sent.append(QStringLiteral("third")); });
        QTest::qWait(20);
        QCOMPARE(sent.size(), 1);
        gate.open();
        QVERIFY(QTest::qWaitFor([&] { return sent.size() == 3; }));
        QCOMPARE(sent, QStringList({ QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third") }));
        QCOMPARE(writer.writesAhead(), 0);
        QCOMPARE(onDisk(dir.filePath(QStringLiteral("ahead.json"))), 2);
    }

    // A state is made into JSON on the writer's thread, not on the one that queued it; pending()
    // makes it on the asking thread meanwhile.
    void theStateIsMadeOnTheWritersThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        Gate gate;
        JournalWriter writer(gate.writeFile());
        const auto openAtTheEnd = qScopeGuard([&gate] { gate.open(); });
        std::mutex mutex;
        QList<std::thread::id> madeOn;
        writer.write(
            path,
            [&] {
                const std::lock_guard lock(mutex);
                madeOn.append(std::this_thread::get_id());
                return state(5);
            },
            this, [](const QString &) {});
        gate.waitUntilReached();
        QCOMPARE(writer.pendingState(path)->value(QStringLiteral("n")).toInt(), 5);
        gate.open();
        writer.flush();
        QCOMPARE(onDisk(path), 5);
        const std::lock_guard lock(mutex);
        QCOMPARE(madeOn.size(), 2);
        QVERIFY(madeOn.at(0) != std::this_thread::get_id()); // the write, on the writer's thread
        QCOMPARE(madeOn.at(1), std::this_thread::get_id()); // pendingState(), here
    }

    void writeAndWaitReturnsWithTheFileWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/a.json"));
        JournalWriter writer;
        QString error;
        QVERIFY2(writer.writeAndWait(path, state(7), &error), qPrintable(error));
        QCOMPARE(onDisk(path), 7);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    // The application's writer behind Journal: a state queued with saveLater() is what load()
    // and scan() give at once, whether or not it is on disk yet.
    void journalsReadWhatWasQueued()
    {
        QTemporaryDir dir;
        Journal journal = Journal::create(QStringLiteral("test"), QStringLiteral("acme"), {}, { QStringLiteral("one") },
                                          dir.path());
        QVERIFY(journal.save());
        journal.setStatus(Journal::Status::Paused);
        bool written = false;
        journal.saveLater(this, [&written](const QString &error) { written = error.isEmpty(); });
        journal.setStatus(Journal::Status::Failed); // not saved: the queued state is the journal as it was
        QCOMPARE(Journal::load(journal.path())->status(), Journal::Status::Paused);
        Journal fresh = Journal::create(QStringLiteral("test"), QStringLiteral("acme"), {}, {}, dir.path());
        fresh.saveLater(this, [](const QString &) {});
        QStringList ids;
        for (const Journal &j : Journal::unfinished(dir.path()))
            ids.append(j.id());
        QVERIFY2(ids.contains(fresh.id()) && ids.contains(journal.id()), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY(QTest::qWaitFor([&] { return written; }));
        JournalWriter::instance().flush();
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(Journal::fromBytes(file.readAll(), journal.path())->status(), Journal::Status::Paused);
    }
};

QTEST_GUILESS_MAIN(TestJournalWriter)
#include "testjournalwriter.moc"
