// No D-Bus session, so no keychain: signing in still works, the banner says
// why the token cannot be kept, "Keep for This Run" keeps it in memory only,
// and no secret is written anywhere.
#include "core/settings/appsettings.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/session/accountstore.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "sandboxprocess.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QDialog>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hpg;

class TestSignInWithoutKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testsigninwithoutkeychain"));
        QSettings().clear();
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    }

    void fallsBackToThisRunOnly()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.output()));
        LanguageManager languages;
        languages.apply(LanguageManager::Language::English);
        Session session;
        KeychainSecretStore keychain;
        AccountStore accounts(&keychain);
        MainWindow window(&languages, &session, &accounts);
        window.show();

        window.showSignIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("SignInDialog"))) != nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlLineEdit"))->setText(sandbox.url().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("apiTokenLineEdit"))->setText(sandbox.token());
        QSignalSpy signedIn(&session, &Session::signedIn);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("apiTokenLineEdit")), Qt::Key_Return);
        QVERIFY(signedIn.wait(30000));

        // The keychain is missing: the banner explains, and offers this run only. Nothing hangs.
        MessageBanner *banner = window.banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(clock.elapsed() < 20000);
        QVERIFY2(banner->text().contains(QStringLiteral("keychain")), qPrintable(banner->text()));
        auto *keep = banner->findChild<QPushButton *>(QStringLiteral("keepThisRunPushButton"));
        QVERIFY(keep);
        QVERIFY(accounts.accounts().isEmpty());
        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(accounts.accounts().size(), 1);
        QVERIFY(accounts.current()->thisRunOnly);
        QCOMPARE(accounts.current()->email, session.account().email);
        QVERIFY(session.isSignedIn());

        // No secret anywhere on disk: not in QSettings, caches or data. Closing the window writes the
        // settings a session leaves behind (its layout); nothing writes them at start-up any more.
        window.close();
        hpg::AppSettings::flush();
        QSettings().sync();
        const QStringList roots { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                  QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                                  QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) };
        int scanned = 0;
        for (const auto &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(sandbox.token().toUtf8()), qPrintable(it.filePath()));
                ++scanned;
            }
        }
        QVERIFY(scanned > 0); // at least the settings file was looked at
    }
};

QTEST_MAIN(TestSignInWithoutKeychain)
#include "testsigninwithoutkeychain.moc"
