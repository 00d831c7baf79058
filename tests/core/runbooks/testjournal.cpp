// Journal: atomic JSON round trip, finding unfinished runs, refusing bad files.
#include "core/runbooks/journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace hpg;

class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        Journal journal = Journal::create(QStringLiteral("follower-switch"), QStringLiteral("acme"),
                                          { { QStringLiteral("target_plan"), QStringLiteral("standard-2") } },
                                          { QStringLiteral("a"), QStringLiteral("b") }, dir.path());
        QVERIFY(journal.isValid());
        QVERIFY(journal.path().startsWith(dir.path()));
        journal.setValue(QStringLiteral("formation"), QJsonArray { QJsonObject { { QStringLiteral("type"), "web" } } });
        journal.step(QStringLiteral("a"))->state = StepState::Done;
        journal.step(QStringLiteral("a"))->actionsStarted = 2;
        journal.step(QStringLiteral("a"))->actionsSucceeded = 1;
        journal.step(QStringLiteral("a"))->foundDone = true;
        journal.step(QStringLiteral("a"))->requestIds = { QStringLiteral("r1"), QStringLiteral("r2") };
        journal.step(QStringLiteral("b"))->state = StepState::AwaitingConfirmation;
        journal.setStatus(Journal::Status::AwaitingConfirmation);
        Journal::Event event;
        event.time = QDateTime::currentDateTimeUtc();
        event.stepId = QStringLiteral("a");
        event.kind = QStringLiteral("acted");
        event.cli = QStringLiteral("heroku maintenance:on -a acme");
        event.requestIds = { QStringLiteral("r2") };
        event.result = QStringLiteral("ok");
        journal.addEvent(event);
        QString error;
        QVERIFY2(journal.save(&error), qPrintable(error));
        QCOMPARE(QFile(journal.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        const auto loaded = Journal::load(journal.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->id(), journal.id());
        QCOMPARE(loaded->kind(), QStringLiteral("follower-switch"));
        QCOMPARE(loaded->app(), QStringLiteral("acme"));
        QCOMPARE(loaded->status(), Journal::Status::AwaitingConfirmation);
        QCOMPARE(loaded->parameters().value(QStringLiteral("target_plan")).toString(), QStringLiteral("standard-2"));
        QCOMPARE(loaded->value(QStringLiteral("formation")).toArray().size(), 1);
        const auto *a = loaded->step(QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->state, StepState::Done);
        QCOMPARE(a->actionsStarted, 2);
        QCOMPARE(a->actionsSucceeded, 1);
        QVERIFY(a->foundDone);
        QCOMPARE(a->requestIds, QStringList({ QStringLiteral("r1"), QStringLiteral("r2") }));
        QCOMPARE(loaded->step(QStringLiteral("b"))->state, StepState::AwaitingConfirmation);
        QCOMPARE(loaded->events().size(), 1);
        QCOMPARE(loaded->events().first().cli, event.cli);
        QCOMPARE(loaded->events().first().time.toMSecsSinceEpoch(), event.time.toMSecsSinceEpoch());
        // Saving again replaces the file as a whole (no temporary files left behind).
        QVERIFY(loaded->save());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void unfinishedRunsAreListedNewestFirst()
    {
        QTemporaryDir dir;
        Journal older = Journal::create(QStringLiteral("k"), QStringLiteral("one"), {}, {}, dir.path());
        QVERIFY(older.save());
        QTest::qWait(20);
        Journal finished = Journal::create(QStringLiteral("k"), QStringLiteral("two"), {}, {}, dir.path());
        finished.setStatus(Journal::Status::Finished);
        QVERIFY(finished.save());
        Journal aborted = Journal::create(QStringLiteral("k"), QStringLiteral("three"), {}, {}, dir.path());
        aborted.setStatus(Journal::Status::Aborted);
        QVERIFY(aborted.save());
        QTest::qWait(20);
        Journal newer = Journal::create(QStringLiteral("k"), QStringLiteral("four"), {}, {}, dir.path());
        newer.setStatus(Journal::Status::Failed);
        QVERIFY(newer.save());
        QFile junk(dir.filePath(QStringLiteral("junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{ not json");
        junk.close();

        const QList<Journal> open = Journal::unfinished(dir.path());
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).app(), QStringLiteral("four"));
        QCOMPARE(open.at(1).app(), QStringLiteral("one"));
    }

    void badFilesAreRefusedWithAReason()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Journal::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
        QFile other(dir.filePath(QStringLiteral("other.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"format": 99, "id": "x"})");
        other.close();
        QVERIFY(!Journal::load(other.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("another version")));
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(QStringLiteral("99")), qPrintable(error));
    }

    void unreadableJournalsAreListedWithTheirReason()
    {
        QTemporaryDir dir;
        Journal fine = Journal::create(QStringLiteral("k"), QStringLiteral("one"), {}, {}, dir.path());
        QVERIFY(fine.save());
        const auto write = [&](const char *name, const QByteArray &content) {
            QFile file(dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        write("corrupt.json", "{ \"format\": 1, \"id\": ");
        write("newer.json", R"({"format": 7, "id": "y", "kind": "plan-change"})");
        write("nokind.json", R"({"format": 1, "id": "z"})");
        QList<Journal::Problem> problems = Journal::unreadable(dir.path());
        QCOMPARE(problems.size(), 3);
        QHash<QString, QString> why;
        for (const Journal::Problem &p : problems) {
            QVERIFY(p.modified.isValid());
            why.insert(QFileInfo(p.path).fileName(), p.error);
        }
        QVERIFY2(why.value(QStringLiteral("corrupt.json")).contains(QStringLiteral("not valid JSON")),
                 qPrintable(why.value(QStringLiteral("corrupt.json"))));
        QVERIFY(why.value(QStringLiteral("newer.json")).contains(QStringLiteral("newer")));
        QVERIFY(why.value(QStringLiteral("nokind.json")).contains(QStringLiteral("not a journal")));
        QCOMPARE(Journal::unfinished(dir.path()).size(), 1);
    }

    void theOwnerIsKeptAndSandboxRunsLiveApart()
    {
        QTemporaryDir dir;
        Journal journal = Journal::create(QStringLiteral("k"), QStringLiteral("acme"), {}, {}, dir.path());
        QVERIFY(!journal.hasOwner());
        QVERIFY(journal.ownerMismatch(QStringLiteral("https://api.heroku.com"), QStringLiteral("a@b.c")).isEmpty());
        journal.setOwner(QStringLiteral("https://api.heroku.com"), QStringLiteral("dba@example.com"));
        QVERIFY(journal.save());
        const auto loaded = Journal::load(journal.path());
        QVERIFY(loaded);
        QCOMPARE(loaded->apiUrl(), QStringLiteral("https://api.heroku.com"));
        QCOMPARE(loaded->account(), QStringLiteral("dba@example.com"));
        QVERIFY(loaded->ownerMismatch(QStringLiteral("https://api.heroku.com"), QStringLiteral("dba@example.com"))
                    .isEmpty());
        const QString refusal
            = loaded->ownerMismatch(QStringLiteral("http://127.0.0.1:41234"), QStringLiteral("dba@example.com"));
        QVERIFY2(refusal.contains(QStringLiteral("https://api.heroku.com"))
                     && refusal.contains(QStringLiteral("http://127.0.0.1:41234")),
                 qPrintable(refusal));
        // A local sandbox gets a new port each time it starts: a run rehearsed on it still resumes there.
        Journal rehearsal = Journal::create(QStringLiteral("k"), QStringLiteral("acme"), {}, {}, dir.path());
        rehearsal.setOwner(QStringLiteral("http://127.0.0.1:41234"), QStringLiteral("dba@example.com"));
        QVERIFY(rehearsal.ownerMismatch(QStringLiteral("http://127.0.0.1:50000"), QStringLiteral("dba@example.com"))
                    .isEmpty());
        QVERIFY(!rehearsal.ownerMismatch(QStringLiteral("https://api.heroku.com"), QStringLiteral("dba@example.com"))
                     .isEmpty());
        QVERIFY(!rehearsal.ownerMismatch(QStringLiteral("http://127.0.0.1:50000"), QStringLiteral("other@example.com"))
                     .isEmpty());
        // No token in the file.
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("token"));

        const QString real = Journal::defaultDir(QStringLiteral("https://api.heroku.com"));
        const QString sandbox = Journal::defaultDir(QStringLiteral("http://127.0.0.1:41234"));
        QCOMPARE(real, Journal::defaultDir());
        QVERIFY(sandbox != real);
        QCOMPARE(Journal::defaultDir(QStringLiteral("http://localhost:5000")), sandbox);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "testjournal.moc"
