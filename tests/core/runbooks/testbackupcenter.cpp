// Backups end to end on a real sandbox (BackupCenter and BackupDownload, as the Backups tab uses
// them): a capture shows live progress and completes; the download resumes from a .part file,
// checks the size and the archive header and never sends the API token to the download host; a
// restore into another database brings back the same rows (per-table checksums); schedules and
// deletes go through the data API and the audit log.
#include "core/backups/backupcenter.h"
#include "core/backups/backupdownload.h"
#include "core/heroku/backupclient.h"
#include "switchfixture.h"
#include "tablechecksums.h"

#include <QFile>
#include <QSignalSpy>

using namespace hpg;

class TestBackupCenter : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    const QString m_app = QStringLiteral("acme-storefront");
    QString m_addonId;

    void throttle(qint64 bytesPerSecond)
    {
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"),
                  { { QStringLiteral("transfer_bytes_per_second"), bytesPerSecond } });
    }
    static QString checksums(const QString &url) { return sql(url, tablechecksums::sql()).value(); }
    Transfer completedBackup(BackupCenter &center)
    {
        for (const Transfer &t : center.backups()) {
            if (t.state() == Transfer::State::Completed)
                return t;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
        for (const Attachment &a : m_f.attachmentsOf(QStringLiteral("postgresql-acme-primary")))
            m_addonId = a.addonId;
        QVERIFY(!m_addonId.isEmpty());
    }

    void captureShowsProgressAndCompletes()
    {
        BackupCenter center(m_f.api.get(), m_f.audit.get());
        center.show(m_app, m_addonId, QStringLiteral("DATABASE"));
        QVERIFY(QTest::qWaitFor([&] { return !center.loading(); }, 30000));
        QVERIFY(center.backups().isEmpty());
        QVERIFY(!center.databases().isEmpty());

        throttle(128 * 1024); // a backup that takes several seconds
        QSignalSpy done(&center, &BackupCenter::done);
        center.capture();
        QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, 30000));
        bool sawProgress = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const Transfer &t : center.backups()) {
                    if (t.state() == Transfer::State::Running && t.processedBytes > 0)
                        sawProgress = true;
                }
                return completedBackup(center).num > 0;
            },
            120000));
        throttle(0);
        QVERIFY2(sawProgress, "the list was read again while the backup ran");
        const Transfer backup = completedBackup(center);
        QCOMPARE(backup.name(), QStringLiteral("b%1").arg(backup.num, 3, 10, QLatin1Char('0')));
        QCOMPARE(backup.fromName, QStringLiteral("DATABASE"));
        QVERIFY(backup.processedBytes > 100000);
        QVERIFY(!center.running());
        QVERIFY(backup.backupUrl.contains(QStringLiteral("/backups/")));
        QCOMPARE(BackupCenter::statusText(backup), BackupCenter::tr("Completed"));
        // Having watched it run, the center says how it ended.
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &message : std::as_const(done)) {
                    if (message.first().toString().startsWith(QStringLiteral("Backup %1 is complete").arg(backup.name())))
                        return true;
                }
                return false;
            },
            10000));
    }

    void downloadResumesAndIsChecked()
    {
        BackupCenter center(m_f.api.get(), nullptr);
        center.show(m_app, m_addonId, QStringLiteral("DATABASE"));
        QVERIFY(QTest::qWaitFor([&] { return completedBackup(center).num > 0; }, 30000));
        const Transfer backup = completedBackup(center);

        const QString whole = m_f.dir.filePath(QStringLiteral("whole.dump"));
        {
            BackupDownload download(m_f.api.get(), m_app, backup.num, backup.processedBytes, whole);
            QSignalSpy finished(&download, &BackupDownload::finished);
            download.start();
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
            QCOMPARE(download.resumedFrom(), qint64(0));
        }
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(qint64(bytes.size()), backup.processedBytes);
        QVERIFY(bytes.startsWith("PGDMP"));
        QVERIFY(!QFile::exists(BackupDownload::partPath(whole)));

        // A download that stopped halfway resumes where it stopped (Range) and ends the same.
        const QString resumed = m_f.dir.filePath(QStringLiteral("resumed.dump"));
        QFile part(BackupDownload::partPath(resumed));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(bytes.left(bytes.size() / 2));
        part.close();
        QCOMPARE(BackupDownload::resumableBytes(resumed), qint64(bytes.size() / 2));
        {
            BackupDownload download(m_f.api.get(), m_app, backup.num, backup.processedBytes, resumed);
            QSignalSpy finished(&download, &BackupDownload::finished);
            download.start();
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
            QCOMPARE(download.resumedFrom(), qint64(bytes.size() / 2));
        }
        QFile again(resumed);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll() == bytes);

        // A file that is not this backup (wrong size) is refused and removed, never kept as done.
        const QString wrong = m_f.dir.filePath(QStringLiteral("wrong.dump"));
        BackupDownload download(m_f.api.get(), m_app, backup.num, backup.processedBytes + 10, wrong);
        QSignalSpy finished(&download, &BackupDownload::finished);
        download.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QString::number(backup.processedBytes)),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(!QFile::exists(wrong));
        QVERIFY(!QFile::exists(BackupDownload::partPath(wrong)));

        // The public URL is signed: a changed signature is refused by the download host.
        const ApiResult url = SwitchFixture::wait(BackupClient(m_f.api.get()).publicUrl(m_app, backup.num));
        QVERIFY(url.ok());
        QString tampered = url.object().value(QStringLiteral("url")).toString();
        tampered.replace(QStringLiteral("signature="), QStringLiteral("signature=0"));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(tampered)));
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); }); // the sandbox's own certificate
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        reply->deleteLater();
    }

    void restoreIntoAnotherDatabaseBringsTheSameRows()
    {
        const QString source = m_f.configVars(m_app).value(QStringLiteral("DATABASE_URL"));
        const QString expected = checksums(source);
        QVERIFY2(expected.contains(QStringLiteral("public.customers 500 ")), qPrintable(expected));

        BackupCenter center(m_f.api.get(), m_f.audit.get());
        center.show(m_app, m_addonId, QStringLiteral("DATABASE"));
        QVERIFY(QTest::qWaitFor([&] { return !center.loading(); }, 30000));
        const int before = int(center.backups().size());
        center.capture();
        QVERIFY(QTest::qWaitFor([&] { return center.backups().size() > before && !center.running(); }, 120000));
        const Transfer backup = center.backups().first(); // newest first
        QCOMPARE(backup.state(), Transfer::State::Completed);

        // The target: acme-blog's database, described before it is replaced.
        const QString blog = QStringLiteral("acme-blog");
        Addon target;
        target.id = m_f.attachmentsOf(QStringLiteral("postgresql-acme-blog")).first().addonId;
        target.name = QStringLiteral("postgresql-acme-blog");
        QSignalSpy described(&center, &BackupCenter::targetDescribed);
        center.describeTarget(target);
        QVERIFY(described.wait(30000));
        QVERIFY2(described.first().at(1).toString().contains(BackupCenter::tr("tables")),
                 qPrintable(described.first().at(1).toString()));
        const QString warning = BackupCenter::restoreWarning(backup, target, described.first().at(1).toString());
        QVERIFY(warning.contains(target.name) && warning.contains(backup.name()));

        center.restore(backup, target);
        // The restore is the target's app's transfer (acme-blog), as on Heroku.
        BackupCenter blogCenter(m_f.api.get(), nullptr);
        blogCenter.show(blog, target.id, QStringLiteral("DATABASE"));
        QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired()
               && (blogCenter.restores().isEmpty() || !blogCenter.restores().first().isFinished())) {
            QTest::qWait(1000);
            blogCenter.refresh();
        }
        QVERIFY(!blogCenter.restores().isEmpty());
        QCOMPARE(blogCenter.restores().first().state(), Transfer::State::Completed);
        QCOMPARE(blogCenter.restores().first().fromName, backup.name());
        const QString restored = checksums(m_f.configVars(blog).value(QStringLiteral("DATABASE_URL")));
        QCOMPARE(restored, expected);
        bool audited = false;
        for (const QJsonObject &entry : m_f.audit->entries())
            audited = audited || entry.value(QStringLiteral("action")).toString() == QLatin1String("backups.restore");
        QVERIFY(audited);
    }

    void scheduleUnscheduleAndDelete()
    {
        BackupCenter center(m_f.api.get(), m_f.audit.get());
        center.show(m_app, m_addonId, QStringLiteral("DATABASE"));
        QVERIFY(QTest::qWaitFor([&] { return !center.loading(); }, 30000));
        QVERIFY(center.schedules().isEmpty());
        QSignalSpy failed(&center, &BackupCenter::failed);
        center.schedule(3, QStringLiteral("Mars/Olympus"));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Invalid timezone")),
                 qPrintable(failed.first().first().toString()));
        center.schedule(3, QStringLiteral("Asia/Tokyo"));
        QVERIFY(QTest::qWaitFor([&] { return center.schedules().size() == 1; }, 30000));
        QCOMPARE(center.schedules().first().hour, 3);
        QCOMPARE(center.schedules().first().name, QStringLiteral("DATABASE_URL"));
        QCOMPARE(BackupCenter::scheduleText(center.schedules().first()),
                 BackupCenter::tr("%1: daily at %2:00 %3").arg(QStringLiteral("DATABASE_URL"), QStringLiteral("03"),
                                                                QStringLiteral("Asia/Tokyo")));
        center.unschedule(center.schedules().first());
        QVERIFY(QTest::qWaitFor([&] { return center.schedules().isEmpty() && !center.loading(); }, 30000));

        const qsizetype before = center.backups().size();
        QVERIFY(before > 0);
        const Transfer oldest = center.backups().last();
        center.remove(oldest);
        QVERIFY(QTest::qWaitFor([&] { return center.backups().size() == before - 1 && !center.loading(); }, 30000));
        for (const Transfer &t : center.backups())
            QVERIFY(t.num != oldest.num);
    }

    void cleanupTestCase() { m_f.sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestBackupCenter)
#include "testbackupcenter.moc"
