#include "cliconformancetest.h"
#include "clioutput.h"
#include "core/backups/backupcenter.h"
#include "core/heroku/apiclient.h"
#include "tablechecksums.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QProcess>
#include <QTest>

// Conformance, part three: the real Heroku CLI's pg:backups commands against hpgdesk-sandbox
// (capture, list, info, url, download, restore, schedule(s), unschedule, cancel, delete). The
// sandbox's backups are real pg_dump files; a restore must bring back the same rows.
class TestHerokuCliBackups : public CliConformanceTest
{
    Q_OBJECT
private:
    const QString m_app = QStringLiteral("acme-storefront");
    QString m_backup; // "b001": the first backup captured
    QString m_scratch; // SCRATCH on acme-blog, restored into

    QString checksums(const QString &url) { return m_cli->psql(url, tablechecksums::sql()); }
    QJsonArray transfers(const QString &app)
    {
        return m_sandbox.request("GET", QStringLiteral("/client/v11/apps/%1/transfers").arg(app)).array();
    }

private slots:
    void initTestCase()
    {
        startSandboxAndCli(QStringLiteral("testherokuclibackups"));
        // The CLI downloads backups over https only; it trusts the sandbox's certificate as a DBA's would.
        const QJsonObject tls = m_sandbox.request("GET", QStringLiteral("/_sandbox/tls")).object();
        QVERIFY2(tls[QStringLiteral("problem")].toString().isEmpty(), qPrintable(tls[QStringLiteral("problem")].toString()));
        m_cli->setEnvironment(QStringLiteral("NODE_EXTRA_CA_CERTS"), tls[QStringLiteral("backups_certificate")].toString());
    }

    void captureListInfoUrlDownload()
    {
        CLI_EXPECT(heroku({ QStringLiteral("pg:backups"), QStringLiteral("-a"), m_app }),
                   QStringLiteral("No backups. Capture one with"));
        const CliResult capture
            = heroku({ QStringLiteral("pg:backups:capture"), QStringLiteral("-a"), m_app }, 300000);
        CLI_EXPECT(capture, QStringLiteral("Starting backup of postgresql-acme-primary... done"));
        m_backup = cli::capture(capture.all(), QStringLiteral(R"(Backing up DATABASE to (b\d{3})\.\.\. done)"));
        QVERIFY2(!m_backup.isEmpty(), qPrintable(capture.describe()));

        const CliResult list = heroku({ QStringLiteral("pg:backups"), QStringLiteral("-a"), m_app });
        CLI_EXPECT(list, QStringLiteral("=== Backups"));
        const QString line = cli::capture(list.out, QStringLiteral("^(.*%1.*)$").arg(m_backup));
        QVERIFY2(line.contains(QStringLiteral("Completed")) && line.contains(QStringLiteral("DATABASE")),
                 qPrintable(list.describe()));

        const CliResult info = heroku({ QStringLiteral("pg:backups:info"), m_backup, QStringLiteral("-a"), m_app });
        CLI_COMPARE(cli::field(info.out, QStringLiteral("Status")), QStringLiteral("Completed"), info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("Type")), QStringLiteral("Manual"), info);
        CLI_COMPARE(cli::field(info.out, QStringLiteral("Database")), QStringLiteral("DATABASE"), info);
        CLI_EXPECT(info, QStringLiteral("Backup completed"));

        // The public URL is signed: without its signature, or with another one, it is refused.
        const CliResult url = heroku({ QStringLiteral("pg:backups:url"), m_backup, QStringLiteral("-a"), m_app });
        const QString publicUrl = url.out.trimmed();
        QVERIFY2(publicUrl.startsWith(QStringLiteral("https://127.0.0.1:")) && publicUrl.contains(QStringLiteral("signature=")),
                 qPrintable(url.describe()));

        // pg:backups:download fetches it; the file is the custom-format dump the API says it is.
        const QString file = m_home.filePath(QStringLiteral("latest.dump"));
        const CliResult download = heroku({ QStringLiteral("pg:backups:download"), m_backup, QStringLiteral("--output"),
                                            file, QStringLiteral("-a"), m_app },
                                          300000);
        QVERIFY2(download.ok(), qPrintable(download.describe()));
        QFile dump(file);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QCOMPARE(dump.read(5), QByteArray("PGDMP"));
        qint64 processed = -1;
        for (const QJsonValue &t : transfers(m_app)) {
            if (t[QStringLiteral("num")].toInt() == m_backup.mid(1).toInt())
                processed = t[QStringLiteral("processed_bytes")].toInteger();
        }
        QCOMPARE(dump.size(), processed);
        QProcess list2;
        list2.start(QStringLiteral("pg_restore"), { QStringLiteral("--list"), file });
        QVERIFY(list2.waitForFinished(60000));
        QVERIFY2(QString::fromUtf8(list2.readAllStandardOutput()).contains(QStringLiteral("TABLE DATA public customers")),
                 qPrintable(QString::fromUtf8(list2.readAllStandardError())));
    }

    void restoreFromAnotherApp()
    {
        QVERIFY2(!m_backup.isEmpty(), "captureListInfoUrlDownload captured a backup");
        const QString blog = QStringLiteral("acme-blog");
        const CliResult create = heroku(
            { QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:essential-0"), QStringLiteral("--as"),
              QStringLiteral("SCRATCH"), QStringLiteral("--wait"), QStringLiteral("-a"), blog },
            300000);
        m_scratch = cli::capture(create.all(), QStringLiteral(R"(Created (\S+) as SCRATCH_URL)"));
        QVERIFY2(!m_scratch.isEmpty(), qPrintable(create.describe()));
        CLI_VERIFY(heroku({ QStringLiteral("addons:wait"), m_scratch }));
        const QString scratchUrl = configVar(blog, QStringLiteral("SCRATCH_URL"));
        QCOMPARE(m_cli->psql(scratchUrl, QStringLiteral("SELECT count(*) FROM pg_stat_user_tables")),
                 QStringLiteral("0"));

        const CliResult restore
            = heroku({ QStringLiteral("pg:backups:restore"), m_app + QStringLiteral("::") + m_backup,
                       QStringLiteral("SCRATCH"), QStringLiteral("--confirm"), blog, QStringLiteral("-a"), blog },
                     300000);
        CLI_EXPECT(restore, QStringLiteral("Starting restore of %1 to %2... done").arg(m_backup, m_scratch));
        CLI_EXPECT(restore, QStringLiteral("Restoring... done"));
        const QString restored = checksums(scratchUrl);
        QVERIFY2(restored.contains(QStringLiteral("public.customers 500 ")), qPrintable(restored));

        // The same file restored by pg_restore by hand gives the same checksums.
        const QString file = m_home.filePath(QStringLiteral("latest.dump"));
        CLI_VERIFY(heroku({ QStringLiteral("pg:reset"), QStringLiteral("SCRATCH"), QStringLiteral("--confirm"), blog,
                            QStringLiteral("-a"), blog }));
        QProcess manual;
        manual.start(QStringLiteral("pg_restore"),
                     { QStringLiteral("--no-owner"), QStringLiteral("--no-acl"), QStringLiteral("--dbname"), scratchUrl, file });
        QVERIFY(manual.waitForFinished(120000));
        QVERIFY2(manual.exitCode() == 0, qPrintable(QString::fromUtf8(manual.readAllStandardError())));
        QCOMPARE(checksums(scratchUrl), restored);

        const CliResult list = heroku({ QStringLiteral("pg:backups"), QStringLiteral("-a"), blog });
        CLI_EXPECT(list, QStringLiteral("=== Restores"));
        CLI_EXPECT(list, QStringLiteral("SCRATCH"));
    }

    // hpgdesk's Backups tab (BackupCenter) restores the CLI's backup, and the CLI restores the app's.
    void appAndCliShareBackups()
    {
        QVERIFY2(!m_scratch.isEmpty(), "restoreFromAnotherApp made SCRATCH");
        const QString blog = QStringLiteral("acme-blog");
        const QString scratchUrl = configVar(blog, QStringLiteral("SCRATCH_URL"));
        QNetworkAccessManager nam;
        hpg::ApiClient api(&nam);
        api.setBaseUrl(m_sandbox.url());
        api.setToken(m_sandbox.token());
        hpg::BackupCenter app(&api, nullptr);
        app.show(blog, QString(), QStringLiteral("SCRATCH"));
        QVERIFY(QTest::qWaitFor([&] { return !app.loading() && !app.databases().isEmpty(); }, 30000));
        hpg::Addon scratch;
        for (const hpg::Addon &addon : app.databases()) {
            if (addon.name == m_scratch)
                scratch = addon;
        }
        QVERIFY(!scratch.id.isEmpty());

        // The CLI's backup (of acme-storefront), restored by the app.
        hpg::BackupCenter storefront(&api, nullptr);
        storefront.show(m_app, QString(), QStringLiteral("DATABASE"));
        QVERIFY(QTest::qWaitFor([&] { return !storefront.loading() && !storefront.backups().isEmpty(); }, 30000));
        hpg::Transfer cliBackup;
        for (const hpg::Transfer &t : storefront.backups()) {
            if (t.name() == m_backup)
                cliBackup = t;
        }
        QCOMPARE(cliBackup.name(), m_backup);
        CLI_VERIFY(heroku({ QStringLiteral("pg:reset"), QStringLiteral("SCRATCH"), QStringLiteral("--confirm"), blog,
                            QStringLiteral("-a"), blog }));
        storefront.restore(cliBackup, scratch);
        // The restore is the target's app's transfer (acme-blog), as on Heroku.
        QVERIFY(cli::waitUntil(
            [&] {
                app.refresh();
                QTest::qWait(500);
                return !app.restores().isEmpty() && app.restores().first().isFinished();
            },
            120000));
        QCOMPARE(app.restores().first().state(), hpg::Transfer::State::Completed);
        const QString fromCliBackup = checksums(scratchUrl);
        QVERIFY2(fromCliBackup.contains(QStringLiteral("public.customers 500 ")), qPrintable(fromCliBackup));

        // The app's backup of SCRATCH, restored by the CLI into acme-blog's DATABASE.
        const QString scratchId = scratch.id;
        app.show(blog, scratchId, QStringLiteral("SCRATCH"));
        QVERIFY(QTest::qWaitFor([&] { return !app.loading(); }, 30000));
        const qsizetype before = app.backups().size();
        app.capture();
        QVERIFY(QTest::qWaitFor([&] { return app.backups().size() > before && !app.running(); }, 120000));
        const QString appBackup = app.backups().first().name();
        // acme-blog's dynos write into its DATABASE while it runs: stopped for the comparison.
        CLI_VERIFY(heroku({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), blog }));
        QTest::qWait(1500);
        const CliResult restore = heroku({ QStringLiteral("pg:backups:restore"), appBackup, QStringLiteral("DATABASE"),
                                           QStringLiteral("--confirm"), blog, QStringLiteral("-a"), blog },
                                         300000);
        CLI_EXPECT(restore, QStringLiteral("Restoring... done"));
        const QString restored = checksums(configVar(blog, QStringLiteral("DATABASE_URL")));
        CLI_VERIFY(heroku({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), blog }));
        QCOMPARE(restored, fromCliBackup);
    }

    void schedules()
    {
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:backups:unschedule"), QStringLiteral("-a"), m_app }),
                           QStringLiteral("No schedules on"));
        const CliResult schedule = heroku({ QStringLiteral("pg:backups:schedule"), QStringLiteral("DATABASE_URL"),
                                            QStringLiteral("--at"), QStringLiteral("02:00 America/New_York"),
                                            QStringLiteral("-a"), m_app });
        CLI_EXPECT(schedule, QStringLiteral("Scheduling automatic daily backups of postgresql-acme-primary at "
                                            "02:00 America/New_York... done"));
        CLI_EXPECT(heroku({ QStringLiteral("pg:backups:schedules"), QStringLiteral("-a"), m_app }),
                   QStringLiteral("DATABASE_URL: daily at 2:00 America/New_York"));
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:backups:schedule"), QStringLiteral("--at"),
                                    QStringLiteral("02:00 Mars/Olympus"), QStringLiteral("-a"), m_app }),
                           QStringLiteral("Invalid timezone"));

        // The sandbox takes the scheduled backup now instead of at 2:00 in New York.
        const QJsonArray started = m_sandbox.request("POST", QStringLiteral("/_sandbox/backup-schedules/run")).array();
        QCOMPARE(started.size(), 1);
        const QString automatic = QStringLiteral("a%1").arg(started[0][QStringLiteral("num")].toInt(), 3, 10, QLatin1Char('0'));
        QVERIFY(cli::waitUntil(
            [&] {
                return cli::field(heroku({ QStringLiteral("pg:backups:info"), automatic, QStringLiteral("-a"), m_app }).out,
                                  QStringLiteral("Status"))
                    == QLatin1String("Completed");
            },
            120000));
        const CliResult info = heroku({ QStringLiteral("pg:backups:info"), automatic, QStringLiteral("-a"), m_app });
        CLI_COMPARE(cli::field(info.out, QStringLiteral("Type")), QStringLiteral("Scheduled"), info);

        CLI_EXPECT(heroku({ QStringLiteral("pg:backups:unschedule"), QStringLiteral("-a"), m_app }),
                   QStringLiteral("Unscheduling DATABASE_URL daily backups... done"));
        const CliResult none = heroku({ QStringLiteral("pg:backups:schedules"), QStringLiteral("-a"), m_app });
        CLI_EXPECT(none, QStringLiteral("No backup schedules found"));
    }

    void cancelAndDelete()
    {
        // A capture slowed down to a crawl is cancelled while it runs.
        m_sandbox.request("POST", QStringLiteral("/_sandbox/timing"),
                          { { QStringLiteral("transfer_bytes_per_second"), 4096 } });
        QProcess slow;
        slow.setProcessEnvironment(m_cli->environment());
        slow.start(m_cli->program(), { QStringLiteral("pg:backups:capture"), QStringLiteral("-a"), m_app });
        QVERIFY(slow.waitForStarted(30000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray list = transfers(m_app);
                return !list.isEmpty() && list.last()[QStringLiteral("finished_at")].isNull()
                    && list.last()[QStringLiteral("processed_bytes")].toInteger() > 0;
            },
            60000));
        CLI_EXPECT(heroku({ QStringLiteral("pg:backups:cancel"), QStringLiteral("-a"), m_app }),
                   QStringLiteral("Cancelling b"));
        QVERIFY(QTest::qWaitFor([&] { return slow.state() == QProcess::NotRunning; }, 60000));
        m_sandbox.request("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("transfer_bytes_per_second"), 0 } });
        const QJsonObject cancelled = transfers(m_app).last().toObject();
        const QString name = QStringLiteral("b%1").arg(cancelled[QStringLiteral("num")].toInt(), 3, 10, QLatin1Char('0'));
        const CliResult info = heroku({ QStringLiteral("pg:backups:info"), name, QStringLiteral("-a"), m_app });
        CLI_COMPARE(cli::field(info.out, QStringLiteral("Status")), QStringLiteral("Canceled"), info);
        // A cancelled backup has no file: no URL.
        CLI_EXPECT_FAILURE(heroku({ QStringLiteral("pg:backups:url"), name, QStringLiteral("-a"), m_app }),
                           QStringLiteral("not a completed backup"));

        // pg:backups:delete needs the confirmation, then the backup is gone.
        CLI_EXPECT(heroku({ QStringLiteral("pg:backups:delete"), m_backup, QStringLiteral("--confirm"), m_app,
                            QStringLiteral("-a"), m_app }),
                   QStringLiteral("Deleting backup %1 on %2... done").arg(m_backup, m_app));
        const CliResult list = heroku({ QStringLiteral("pg:backups"), QStringLiteral("-a"), m_app });
        QVERIFY2(!list.out.contains(m_backup + QLatin1Char(' ')), qPrintable(list.describe()));
    }

    void cleanupTestCase() { stopSandbox(); }
};

QTEST_GUILESS_MAIN(TestHerokuCliBackups)
#include "testherokuclibackups.moc"
