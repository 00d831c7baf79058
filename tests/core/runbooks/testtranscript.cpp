// Transcript: Markdown with the header, one row per journal event, CLI
// equivalents, Request-Ids, escaped cells; written to a file.
#include "core/runbooks/transcript.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hpg;

class TestTranscript : public QObject
{
    Q_OBJECT
private slots:
    void markdownHasOneRowPerEvent()
    {
        QTemporaryDir dir;
        Step on;
        on.id = QStringLiteral("maintenance-on");
        on.title = QStringLiteral("Turn maintenance mode on");
        Journal journal
            = Journal::create(QStringLiteral("follower-switch"), QStringLiteral("acme"), {}, { on.id }, dir.path());
        Journal::Event started;
        started.time = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        started.kind = QStringLiteral("started");
        journal.addEvent(started);
        Journal::Event acted;
        acted.time = started.time.addSecs(1);
        acted.stepId = on.id;
        acted.kind = QStringLiteral("acted");
        acted.cli = QStringLiteral("heroku maintenance:on -a acme");
        acted.requestIds = { QStringLiteral("11111111-aaaa"), QStringLiteral("22222222-bbbb") };
        acted.result = QStringLiteral("on | really\nyes");
        journal.addEvent(acted);
        journal.setStatus(Journal::Status::Finished);

        const QString md = Transcript::markdown(QStringLiteral("Follower switch"), journal, { on },
                                                { QStringLiteral("Downtime: 12.3 s") });
        QVERIFY(md.startsWith(QStringLiteral("# Follower switch on acme\n")));
        QVERIFY(md.contains(QStringLiteral("- Downtime: 12.3 s\n")));
        QVERIFY(md.contains(QStringLiteral("- Status: finished\n")));
        QVERIFY(md.contains(QStringLiteral("| Time (UTC) | Step | CLI equivalent | API Request-Ids | Result |")));
        QVERIFY2(md.contains(QStringLiteral("| 2025-01-02 03:04:06.006 | Turn maintenance mode on | "
                                            "`heroku maintenance:on -a acme` | `11111111-aaaa`<br>`22222222-bbbb` | "
                                            "acted: on \\| really<br>yes |")),
                 qPrintable(md));
        QCOMPARE(md.count(QStringLiteral("\n| 2025-")), 2);

        const QString path = dir.filePath(QStringLiteral("t.md"));
        QString error;
        QVERIFY2(Transcript::write(path, md, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), md);
        QVERIFY(!Transcript::write(dir.filePath(QStringLiteral("no/such/dir/t.md")), md, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranscript)
#include "testtranscript.moc"
