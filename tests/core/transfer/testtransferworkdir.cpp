// TransferWorkDir: the private folder of a parallel dump, and which leftovers removeStale() takes.

#include "core/transfer/transferworkdir.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hpg;

class TestTransferWorkDir : public QObject
{
    Q_OBJECT

    static bool makeOld(const QString &path)
    {
        // Three days ago: older than any transfer that still runs without a note of its owner.
        return QProcess::execute(QStringLiteral("touch"), { QStringLiteral("-d"), QStringLiteral("3 days ago"), path })
            == 0;
    }

private slots:
    void privateWithItsOwnerAndGoneWithTheObject()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        QString path;
        {
            TransferWorkDir dir(base.path());
            QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
            path = dir.path();
            QVERIFY(QFileInfo(path).fileName().startsWith(QLatin1String("hpgdesk-transfer-")));
            QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                     QFile::Permissions());
            QFile note(dir.filePath(QString::fromLatin1(TransferWorkDir::ownerFileName)));
            QVERIFY(note.open(QIODevice::ReadOnly));
            QVERIFY(note.readAll().startsWith(QByteArray::number(QCoreApplication::applicationPid()) + ' '));
            // A live owner (this process) is never stale.
            QCOMPARE(TransferWorkDir::removeStale(base.path()), 0);
            QVERIFY(QFileInfo::exists(path));
        }
        QVERIFY(!QFileInfo::exists(path));
    }

    void withoutANoteOnlyWhenOld()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        QDir dir(base.path());
        QVERIFY(dir.mkdir(QStringLiteral("hpgdesk-transfer-young")));
        QVERIFY(dir.mkdir(QStringLiteral("hpgdesk-transfer-old")));
        QVERIFY(makeOld(dir.filePath(QStringLiteral("hpgdesk-transfer-old"))));
        // Someone else's folder behind a link with our name: not followed, not removed.
        QVERIFY(dir.mkdir(QStringLiteral("elsewhere")));
        QVERIFY(makeOld(dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")),
                            dir.filePath(QStringLiteral("hpgdesk-transfer-link"))));
        // A note that names no process: as if there were none.
        QVERIFY(dir.mkdir(QStringLiteral("hpgdesk-transfer-garbled")));
        QFile note(dir.filePath(QStringLiteral("hpgdesk-transfer-garbled/.hpgdesk-owner")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("not a pid\n");
        note.close();
        QVERIFY(makeOld(dir.filePath(QStringLiteral("hpgdesk-transfer-garbled"))));
        // Not ours at all.
        QVERIFY(dir.mkdir(QStringLiteral("other-program-old")));
        QVERIFY(makeOld(dir.filePath(QStringLiteral("other-program-old"))));

        QCOMPARE(TransferWorkDir::removeStale(base.path()), 2);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("hpgdesk-transfer-young"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("hpgdesk-transfer-old"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("hpgdesk-transfer-garbled"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("hpgdesk-transfer-link"))).isSymLink());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("other-program-old"))));
    }
};

QTEST_GUILESS_MAIN(TestTransferWorkDir)
#include "testtransferworkdir.moc"
