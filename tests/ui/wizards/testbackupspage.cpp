// The Backups tab offscreen against a real sandbox (driven by objectName, as a user would):
// Capture shows the backup running and then completed; Download saves it through the file dialog
// with the size checked; Restore asks which database, names its current data in the typed
// confirmation, refuses a wrong name and then rolls the database back to the backup (a table made
// after the backup is gone); Schedule and Unschedule; Delete asks for the typed name. With
// HPG_SCREENSHOT_DIR set, the tab, the restore confirmation and the schedule dialog are saved in
// English and Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/backups/backupcenter.h"
#include "screenshots.h"
#include "ui/database/backupspage.h"
#include "ui/dialogs/backupscheduledialog.h"
#include "ui/dialogs/typedconfirmationdialog.h"
#include "widgetdriver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace hpg;
using hpgtest::click;
using hpgtest::find;

class TestBackupsPage : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    const QString m_app = QStringLiteral("acme-storefront");

    QString primaryId()
    {
        return SwitchFixture::wait(m_f.platform->addon(QStringLiteral("postgresql-acme-primary")))
            .object()
            .value(QStringLiteral("id"))
            .toString();
    }
    static QString cell(QTableWidget *table, int row, int column)
    {
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }
    // Types `text` into the open typed confirmation and presses its OK (false if it was refused).
    static bool confirm(QWidget *page, const QString &text)
    {
        auto *dialog = find<TypedConfirmationDialog>(page, "typedConfirmationDialog");
        if (!dialog || !dialog->isVisible())
            return false;
        find<QLineEdit>(dialog, "confirmAppNameLineEdit")->setText(text);
        QPushButton *ok = find<QDialogButtonBox>(dialog, "confirmButtonBox")->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled())
            return false;
        ok->click();
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void captureDownloadRestoreScheduleDelete()
    {
        BackupsPage page(m_f.api.get(), m_f.audit.get());
        page.resize(1000, 640);
        page.show();
        QSignalSpy loaded(&page, &BackupsPage::loaded);
        page.showDatabase(m_app, primaryId(), QStringLiteral("DATABASE"));
        QVERIFY(loaded.wait(20000));
        auto *table = find<QTableWidget>(&page, "backupsTable");
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!find<QPushButton>(&page, "downloadBackupPushButton")->isEnabled());
        QVERIFY(find<QLabel>(&page, "backupScheduleLabel")->text().contains(QStringLiteral("No daily backups")));

        // Capture: the row shows it running, then completed.
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("transfer_bytes_per_second"), 1 << 20 } });
        QVERIFY(click(&page, "captureBackupPushButton"));
        QVERIFY(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return cell(table, 0, 2) == BackupCenter::tr("Completed"); }, 120000));
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("transfer_bytes_per_second"), 0 } });
        const QString name = cell(table, 0, 0);
        QVERIFY(name.startsWith(QLatin1Char('b')));
        QCOMPARE(cell(table, 0, 5), QStringLiteral("DATABASE"));
        QVERIFY(find<QLabel>(&page, "backupsCliLabel")->text().contains(QStringLiteral("heroku pg:backups:capture DATABASE")));
        QString error = hpgtest::saveScreenshots(&page, QStringLiteral("backups-1-tab"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Download through the file dialog.
        QVERIFY(click(&page, "downloadBackupPushButton"));
        auto *files = find<QFileDialog>(&page, "downloadBackupFileDialog");
        QVERIFY(files);
        const QString path = m_f.dir.filePath(QStringLiteral("gui.dump"));
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept");
        auto *status = find<QLabel>(&page, "backupsStatusLabel");
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(path); }, 60000));
        QVERIFY2(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("size was checked")); }, 10000),
                 qPrintable(status->text()));
        // Done: the button offers a download again (while one runs it stops it).
        QCOMPARE(find<QPushButton>(&page, "downloadBackupPushButton")->text(), BackupsPage::tr("&Download…"));

        // A table made after the backup: the restore must take it away.
        const QString url = m_f.configVars(m_app).value(QStringLiteral("DATABASE_URL"));
        QVERIFY(sql(url, QStringLiteral("CREATE TABLE made_after_backup (id int)")).ok);

        QVERIFY(click(&page, "restoreBackupPushButton"));
        auto *chooser = find<QInputDialog>(&page, "restoreTargetDialog");
        QVERIFY(chooser && chooser->isVisible());
        chooser->setTextValue(QStringLiteral("postgresql-acme-primary"));
        chooser->accept();
        QVERIFY(QTest::qWaitFor([&] {
            auto *dialog = find<TypedConfirmationDialog>(&page, "typedConfirmationDialog");
            return dialog && dialog->isVisible();
        }, 30000));
        auto *dialog = find<TypedConfirmationDialog>(&page, "typedConfirmationDialog");
        const QString warning = find<QLabel>(dialog, "warningLabel")->text();
        QVERIFY2(warning.contains(QStringLiteral("postgresql-acme-primary")) && warning.contains(name)
                     && warning.contains(BackupCenter::tr("tables")),
                 qPrintable(warning));
        QVERIFY(find<QPlainTextEdit>(dialog, "cliCommandPlainTextEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("heroku pg:backups:restore %1 postgresql-acme-primary").arg(name)));
        error = hpgtest::saveScreenshots(dialog, QStringLiteral("backups-2-restore-confirmation"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!confirm(&page, QStringLiteral("acme-storefron"))); // a wrong name is not accepted
        QVERIFY(confirm(&page, m_app));
        auto *restores = find<QTableWidget>(&page, "restoresTable");
        QVERIFY(QTest::qWaitFor([&] { return restores->rowCount() == 1 && cell(restores, 0, 2) == BackupCenter::tr("Completed"); },
                                120000));
        QCOMPARE(sql(url, QStringLiteral("SELECT to_regclass('made_after_backup') IS NULL")).value(), QStringLiteral("t"));

        // Schedule and unschedule.
        QVERIFY(click(&page, "scheduleBackupsPushButton"));
        auto *schedule = find<BackupScheduleDialog>(&page, "backupScheduleDialog");
        QVERIFY(schedule && schedule->isVisible());
        find<QSpinBox>(schedule, "scheduleHourSpinBox")->setValue(4);
        find<QComboBox>(schedule, "scheduleTimezoneComboBox")->setCurrentText(QStringLiteral("Asia/Tokyo"));
        QVERIFY(find<QLabel>(schedule, "scheduleCliLabel")->text().contains(QStringLiteral("--at '04:00 Asia/Tokyo'")));
        error = hpgtest::saveScreenshots(schedule, QStringLiteral("backups-3-schedule"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        schedule->accept();
        auto *scheduleLabel = find<QLabel>(&page, "backupScheduleLabel");
        QVERIFY(QTest::qWaitFor([&] { return scheduleLabel->text().contains(QStringLiteral("04:00 Asia/Tokyo")); }, 30000));
        QVERIFY(click(&page, "unscheduleBackupsPushButton"));
        QVERIFY(QTest::qWaitFor([&] { return scheduleLabel->text().contains(QStringLiteral("No daily backups")); }, 30000));

        // Delete asks for the typed name.
        table->selectRow(0);
        QVERIFY(click(&page, "deleteBackupPushButton"));
        QVERIFY(confirm(&page, m_app));
        QVERIFY(QTest::qWaitFor([&] { return table->rowCount() == 0; }, 30000));
    }

    void cleanupTestCase() { m_f.sandbox.stop(); }
};

QTEST_MAIN(TestBackupsPage)
#include "testbackupspage.moc"
