// AuditLog: JSON lines appended to a file the user alone can read; passwords redacted.

#include "core/runbooks/auditlog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpg;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void defaultPathIsInAppData()
    {
        QCoreApplication::setApplicationName(QStringLiteral("hpgdesk"));
        const QString path = AuditLog::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("/audit.log")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void appendsOneJsonObjectPerLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/audit.log"));
        const AuditLog log(path);
        QString error;
        QVERIFY2(log.append(QStringLiteral("sessions.terminate"),
                            { { QStringLiteral("pid"), 4242 },
                              { QStringLiteral("app"), QStringLiteral("shop-prod") },
                              { QStringLiteral("cli"), QStringLiteral("heroku pg:kill 4242 --force -a shop-prod") },
                              { QStringLiteral("ok"), true } },
                            &error),
                 qPrintable(error));
        QVERIFY(log.append(
            QStringLiteral("sessions.cancel"),
            { { QStringLiteral("pid"), 7 },
              { QStringLiteral("action"), QStringLiteral("spoofed") },
              { QStringLiteral("detail"), QStringLiteral("could not connect to postgres://u:hunter2@host:5432/db") },
              { QStringLiteral("nested"), QJsonArray { QStringLiteral("password=hunter2") } } }));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the final newline
        QVERIFY(lines[2].isEmpty());
        QVERIFY(!lines[0].contains('\n'));
        QVERIFY(!file.fileName().isEmpty());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());

        const QList<QJsonObject> entries = log.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].value(QStringLiteral("action")).toString(), QStringLiteral("sessions.terminate"));
        QCOMPARE(entries[0].value(QStringLiteral("pid")).toInt(), 4242);
        QCOMPARE(entries[0].value(QStringLiteral("cli")).toString(),
                 QStringLiteral("heroku pg:kill 4242 --force -a shop-prod"));
        const QDateTime time
            = QDateTime::fromString(entries[0].value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QVERIFY(qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // "action" and "time" cannot be overridden by the fields; secrets are redacted.
        QCOMPARE(entries[1].value(QStringLiteral("action")).toString(), QStringLiteral("sessions.cancel"));
        QVERIFY(!lines[1].contains("hunter2"));
        QVERIFY(entries[1].value(QStringLiteral("detail")).toString().contains(QStringLiteral("u:***@host")));
    }

    void neverRewritesExistingLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.log"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not json, written by hand\n");
        }
        const AuditLog log(path);
        QVERIFY(log.append(QStringLiteral("sessions.killall"), {}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("not json, written by hand"));
        QCOMPARE(log.entries().size(), 1); // the hand-written line is skipped when reading
    }

    void reportsAFileThatCannotBeWritten()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const AuditLog log(blocker + QStringLiteral("/audit.log")); // its folder is a file
        QString error;
        QVERIFY(!log.append(QStringLiteral("sessions.cancel"), {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "testauditlog.moc"
