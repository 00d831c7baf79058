// The pull and push wizards end to end, driven by objectName against a real sandbox database and
// a real local PostgreSQL server: a pull into a new database (then refused into the same name),
// a cancel that drops the half-made database, the local server's Test button, a push with its
// typed confirmation, and a push into a non-empty database after a reset behind a typed
// confirmation. With HPG_SCREENSHOT_DIR set, the pull wizard is saved as PNGs during the transfer,
// in English and in Japanese.

#include "core/secrets/memorysecretstore.h"
#include "core/settings/languagemanager.h"
#include "core/transfer/transferjob.h"
#include "screenshots.h"
#include "transfertestenv.h"
#include "ui/transfer/transfercheckpage.h"
#include "ui/transfer/transfercontext.h"
#include "ui/transfer/transferprogresspage.h"
#include "ui/transfer/transferwizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace hpg;
using transfertest::TransferTestEnv;

class TestTransferWizard : public QObject
{
    Q_OBJECT

    TransferTestEnv m_env;
    MemorySecretStore m_secrets;
    QMap<QString, QString> m_shopSums;

    template<typename T> static T *child(QWidget *root, const QString &name) { return root->findChild<T *>(name); }
    static QPushButton *button(QWizard &wizard, const QString &name) { return child<QPushButton>(&wizard, name); }

    static QString checks(QWizard &wizard)
    {
        QStringList lines;
        auto *list = child<QListWidget>(&wizard, QStringLiteral("checksListWidget"));
        for (int i = 0; list && i < list->count(); ++i)
            lines.append(list->item(i)->text());
        return lines.join(QLatin1Char('\n'));
    }

    // Fills the pull wizard's first page and goes to the checks.
    void startPull(TransferWizard &wizard, const QString &localName)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&wizard, QStringLiteral("localServerLabel"))
                                     ->text()
                                     .contains(QStringLiteral("hpglocal@127.0.0.1")),
                                 10000);
        auto *name = child<QLineEdit>(&wizard, QStringLiteral("localDatabaseLineEdit"));
        QCOMPARE(name->text(), QStringLiteral("shop")); // the app's name by default
        name->setText(localName);
        QVERIFY(child<QLineEdit>(&wizard, QStringLiteral("cliCommandLineEdit"))
                    ->text()
                    .contains(QStringLiteral("heroku pg:pull pg-shop %1 --app shop").arg(localName)));
        QTRY_VERIFY_WITH_TIMEOUT(button(wizard, QStringLiteral("nextPushButton"))->isEnabled(), 30000);
        QTest::mouseClick(button(wizard, QStringLiteral("nextPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkPage()->isChecking() && checks(wizard).size() > 0, 60000);
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString error = hpgtest::saveScreenshots(widget, name);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QString error;
        ConnInfo shop;
        QVERIFY2(m_env.startShop(&shop, nullptr, &error), qPrintable(error));
        m_shopSums = TransferTestEnv::checksums(shop, &error);
        QVERIFY2(!m_shopSums.isEmpty(), qPrintable(error));
        // The local server as the user set it up: settings saved, password in the keychain.
        QSettings settings;
        m_env.localSettings().save(settings);
        bool written = false;
        m_secrets.write(SecretStore::appService(), m_env.localSettings().secretKey(), m_env.localPassword(), nullptr,
                        [&written](const SecretResult &result) { written = result.ok(); });
        QTRY_VERIFY(written);
    }

    void pullsIntoANewDatabase()
    {
        TransferWizard wizard(TransferSpec::Direction::Pull, m_env.api(), &m_secrets, QStringLiteral("shop"),
                              QStringLiteral("pg-shop"));
        QCOMPARE(wizard.objectName(), QStringLiteral("pullWizard"));
        startPull(wizard, QStringLiteral("gui_pull"));
        const QString lines = checks(wizard);
        QVERIFY2(lines.contains(QStringLiteral("6 tables and 10 indexes")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("pg_dump 15.")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("does not exist yet")), qPrintable(lines));
        auto *commit = button(wizard, QStringLiteral("commitPushButton"));
        QTRY_VERIFY(commit->isEnabled());
        QCOMPARE(commit->text(), QStringLiteral("Start Pull"));

        bool shot = false;
        QTest::mouseClick(commit, Qt::LeftButton);
        TransferJob *job = wizard.progressPage()->job();
        QVERIFY(job);
        connect(job, &TransferJob::progressChanged, this, [&](const TransferProgress &p) {
            if (!shot && p.fraction > 0.2 && p.fraction < 0.9) {
                shot = true;
                saveScreenshot(&wizard, QStringLiteral("pull-wizard-transfer"));
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(wizard.progressPage()->isComplete(), 300000);
        const QString result = child<QLabel>(&wizard, QStringLiteral("resultLabel"))->text();
        QVERIFY2(result.contains(QStringLiteral("complete")), qPrintable(result));
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("countsLabel"))->text(),
                 QStringLiteral("Tables 6/6, indexes 10/10"));
        QVERIFY(child<QPlainTextEdit>(&wizard, QStringLiteral("logPlainTextEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("processing data for table \"public.big\"")));
        QVERIFY(button(wizard, QStringLiteral("finishPushButton"))->isVisible());
        QString error;
        QCOMPARE(TransferTestEnv::checksums(m_env.local(QStringLiteral("gui_pull")), &error), m_shopSums);
        saveScreenshot(&wizard, QStringLiteral("pull-wizard-done"));
    }

    void refusesAnExistingLocalDatabase()
    {
        TransferWizard wizard(TransferSpec::Direction::Pull, m_env.api(), &m_secrets, QStringLiteral("shop"),
                              QStringLiteral("pg-shop"));
        startPull(wizard, QStringLiteral("gui_pull"));
        const QString lines = checks(wizard);
        QVERIFY2(lines.contains(QStringLiteral("The local database gui_pull already exists")), qPrintable(lines));
        QVERIFY(!button(wizard, QStringLiteral("commitPushButton"))->isEnabled());
    }

    // QWizard's own buttons follow a language change (from qtbase's Japanese catalogue).
    void buttonsFollowALanguageChange()
    {
        TransferWizard wizard(TransferSpec::Direction::Pull, m_env.api(), &m_secrets, QStringLiteral("shop"),
                              QStringLiteral("pg-shop"));
        wizard.show();
        const QString english = wizard.button(QWizard::CancelButton)->text();
        hpg::LanguageManager languages;
        QVERIFY(languages.apply(hpg::LanguageManager::Language::Japanese));
        QCoreApplication::processEvents();
        const QString japanese = wizard.button(QWizard::CancelButton)->text();
        languages.apply(hpg::LanguageManager::Language::English);
        QCoreApplication::processEvents();
        QVERIFY2(japanese != english, qPrintable(japanese));
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), english);
    }

    void cancelDropsTheHalfMadeDatabase()
    {
        auto *wizard = new TransferWizard(TransferSpec::Direction::Pull, m_env.api(), &m_secrets,
                                          QStringLiteral("shop"), QStringLiteral("pg-shop"));
        std::unique_ptr<TransferWizard> owner(wizard);
        startPull(*wizard, QStringLiteral("gui_cancel"));
        auto *mode = child<QComboBox>(wizard, QStringLiteral("modeComboBox"));
        QVERIFY(mode);
        QTest::mouseClick(button(*wizard, QStringLiteral("commitPushButton")), Qt::LeftButton);
        auto *log = child<QPlainTextEdit>(wizard, QStringLiteral("logPlainTextEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(
            log->toPlainText().contains(QStringLiteral("processing data for table \"public.big\"")), 120000);
        QTest::mouseClick(button(*wizard, QStringLiteral("cancelPushButton")), Qt::LeftButton);
        QVERIFY(wizard->isVisible()); // stays open to say what happened
        auto *frame = child<QWidget>(wizard, QStringLiteral("halfMadeFrame"));
        QTRY_VERIFY_WITH_TIMEOUT(frame->isVisible(), 60000);
        QVERIFY(child<QLabel>(wizard, QStringLiteral("resultLabel"))->text().contains(QStringLiteral("cancelled")));
        QVERIFY(m_env.localDatabaseExists(QStringLiteral("gui_cancel")));
        QVERIFY(!wizard->progressPage()->isComplete()); // drop or keep first
        QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("dropDatabasePushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->progressPage()->isComplete(), 30000);
        QVERIFY(!frame->isVisible());
        QVERIFY(!m_env.localDatabaseExists(QStringLiteral("gui_cancel")));
        QVERIFY(child<QLabel>(wizard, QStringLiteral("resultLabel"))->text().contains(QStringLiteral("dropped")));
    }

    void localServerTestButton()
    {
        TransferWizard wizard(TransferSpec::Direction::Pull, m_env.api(), &m_secrets, QStringLiteral("shop"),
                              QStringLiteral("pg-shop"));
        wizard.show();
        QTRY_VERIFY(
            child<QLabel>(&wizard, QStringLiteral("localServerLabel"))->text().contains(QStringLiteral("hpglocal")));
        QTRY_COMPARE(wizard.context()->localPassword(), m_env.localPassword()); // read from the keychain
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("localServerPushButton")), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QDialog *>(QStringLiteral("localServerDialog"))));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("userLineEdit"))->text(), QStringLiteral("hpglocal"));
        auto *result = child<QLabel>(dialog, QStringLiteral("testResultLabel"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("testPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected to PostgreSQL 15.")), 20000);
        QVERIFY(result->text().contains(QStringLiteral("may create databases")));
        child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("testPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Could not connect")), 20000);
        QVERIFY(!result->text().contains(QStringLiteral("wrong")));
        dialog->reject();
        QCOMPARE(wizard.context()->localPassword(), m_env.localPassword()); // cancelled: unchanged
    }

    void pushesAfterTypedConfirmation()
    {
        TransferWizard wizard(TransferSpec::Direction::Push, m_env.api(), &m_secrets, QStringLiteral("blank"),
                              QStringLiteral("pg-blank"));
        QCOMPARE(wizard.objectName(), QStringLiteral("pushWizard"));
        wizard.show();
        auto *database = child<QComboBox>(&wizard, QStringLiteral("localDatabaseComboBox"));
        QTRY_VERIFY_WITH_TIMEOUT(database->findText(QStringLiteral("gui_pull")) >= 0, 20000);
        database->setCurrentText(QStringLiteral("gui_pull"));
        QTRY_VERIFY_WITH_TIMEOUT(button(wizard, QStringLiteral("nextPushButton"))->isEnabled(), 30000);
        QTest::mouseClick(button(wizard, QStringLiteral("nextPushButton")), Qt::LeftButton);
        auto *commit = button(wizard, QStringLiteral("commitPushButton"));
        QTRY_VERIFY_WITH_TIMEOUT(commit->isEnabled(), 60000);
        QVERIFY2(checks(wizard).contains(QStringLiteral("blank::pg-blank is empty")), qPrintable(checks(wizard)));
        QTest::mouseClick(commit, Qt::LeftButton);
        // The push asks for the app's name first.
        QDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = wizard.findChild<QDialog *>(QStringLiteral("typedConfirmationDialog"))));
        QVERIFY(!wizard.progressPage()->job());
        child<QLineEdit>(confirm, QStringLiteral("confirmAppNameLineEdit"))->setText(QStringLiteral("blank"));
        child<QDialogButtonBox>(confirm, QStringLiteral("confirmButtonBox"))->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.progressPage()->isComplete(), 300000);
        const QString result = child<QLabel>(&wizard, QStringLiteral("resultLabel"))->text();
        QVERIFY2(result.contains(QStringLiteral("complete")), qPrintable(result));
        QString error;
        const auto blank = m_env.remote(QStringLiteral("pg-blank"), &error);
        QVERIFY2(blank, qPrintable(error));
        QCOMPARE(TransferTestEnv::checksums(*blank, &error), m_shopSums);
    }

    void resetsANonEmptyTargetBehindTypedConfirmation()
    {
        TransferWizard wizard(TransferSpec::Direction::Push, m_env.api(), &m_secrets, QStringLiteral("blank"),
                              QStringLiteral("pg-blank"));
        wizard.show();
        auto *database = child<QComboBox>(&wizard, QStringLiteral("localDatabaseComboBox"));
        QTRY_VERIFY_WITH_TIMEOUT(database->findText(QStringLiteral("gui_pull")) >= 0, 20000);
        database->setCurrentText(QStringLiteral("gui_pull"));
        QTRY_VERIFY_WITH_TIMEOUT(button(wizard, QStringLiteral("nextPushButton"))->isEnabled(), 30000);
        QTest::mouseClick(button(wizard, QStringLiteral("nextPushButton")), Qt::LeftButton);
        auto *reset = child<QPushButton>(&wizard, QStringLiteral("resetPushButton"));
        QTRY_VERIFY_WITH_TIMEOUT(reset->isVisible(), 60000); // pg-blank has the pushed tables now
        QVERIFY(!button(wizard, QStringLiteral("commitPushButton"))->isEnabled());
        QVERIFY(checks(wizard).contains(QStringLiteral("is not empty")));
        QTest::mouseClick(reset, Qt::LeftButton);
        QDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = wizard.findChild<QDialog *>(QStringLiteral("typedConfirmationDialog"))));
        QVERIFY(child<QPlainTextEdit>(confirm, QStringLiteral("cliCommandPlainTextEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("heroku pg:reset pg-blank --app blank")));
        auto *ok = child<QDialogButtonBox>(confirm, QStringLiteral("confirmButtonBox"))->button(QDialogButtonBox::Ok);
        child<QLineEdit>(confirm, QStringLiteral("confirmAppNameLineEdit"))->setText(QStringLiteral("blan"));
        QVERIFY(!ok->isEnabled());
        child<QLineEdit>(confirm, QStringLiteral("confirmAppNameLineEdit"))->setText(QStringLiteral("blank"));
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(button(wizard, QStringLiteral("commitPushButton"))->isEnabled(), 60000);
        QVERIFY2(checks(wizard).contains(QStringLiteral("blank::pg-blank is empty")), qPrintable(checks(wizard)));
        QString error;
        const auto blank = m_env.remote(QStringLiteral("pg-blank"), &error);
        QVERIFY2(blank, qPrintable(error));
        QVERIFY(TransferTestEnv::checksums(*blank, &error).isEmpty());
    }
};

QTEST_MAIN(TestTransferWizard)
#include "testtransferwizard.moc"
