// The first thing a DBA does, end to end against a real sandbox: sign in,
// find the database in the tree, read pg:info, copy a URL, the clipboard clears.
#include "core/pg/conninfo.h"
#include "core/secrets/memorysecretstore.h"
#include "core/session/accountstore.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "sandboxprocess.h"
#include "screenshots.h"
#include "ui/browser/browsermodel.h"
#include "ui/database/connectioninfopage.h"
#include "ui/database/overviewpage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/sessions/sessionspage.h"
#include "ui/widgets/secretclipboard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QWindow>
#include <QTreeWidget>
#include <QWizard>

#include <libpq-fe.h>

using namespace hpg;

class TestSandboxBrowsing : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    LanguageManager m_languages;

    static bool canLogIn(const ConnInfo &conn, QString *error = nullptr)
    {
        PGconn *pg = PQconnectdb(conn.toKeyValue().toUtf8().constData());
        const bool ok = PQstatus(pg) == CONNECTION_OK;
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(pg));
        PQfinish(pg);
        return ok;
    }

    void signIn(MainWindow &window, Session &session)
    {
        session.signIn(m_sandbox.url(), m_sandbox.token());
        QTRY_VERIFY_WITH_TIMEOUT(window.browserModel()->appCount() >= 3, 30000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testsandboxbrowsing"));
        QSettings().clear();
        m_languages.apply(LanguageManager::Language::English);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
    }

    void signInPickReadCopy()
    {
        Session session;
        MainWindow window(&m_languages, &session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Sign in through the dialog, by objectName, as a user would.
        window.showSignIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("SignInDialog"))) != nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlLineEdit"))->setText(m_sandbox.url().toString());
        auto *tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("apiTokenLineEdit"));

        // A wrong token: Heroku's refusal is shown in the dialog, which stays open.
        tokenEdit->setText(QStringLiteral("01234567-89ab-cdef-0123-456789abcdef"));
        QSignalSpy failed(&session, &Session::signInFailed);
        QTest::keyClick(tokenEdit, Qt::Key_Return);
        QVERIFY(session.isSigningIn()); // GET /account is on its way
        QVERIFY(failed.wait(30000));
        QVERIFY(!session.isSigningIn());
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("refused"))
                     && status->text().contains(QStringLiteral("Request-Id")),
                 qPrintable(status->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!session.isSignedIn());

        tokenEdit->setText(m_sandbox.token());
        QSignalSpy signedIn(&session, &Session::signedIn);
        QTest::keyClick(tokenEdit, Qt::Key_Return);
        QVERIFY(signedIn.wait(30000));
        QVERIFY(!session.isSigningIn());
        QCOMPARE(session.account().email, QStringLiteral("dba@example.com"));
        QTRY_VERIFY(window.browserModel()->appCount() >= 3);

        // An app shows its Heroku Connect connections.
        window.selectKey(QStringLiteral("app:acme-storefront"));
        auto *connections = window.findChild<QTableView *>(QStringLiteral("connectionsTableView"));
        QVERIFY(connections);
        QTRY_VERIFY(connections->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(connections->model()->rowCount() >= 1, 30000);

        // Pick the primary database of the storefront app and read pg:info.
        QSignalSpy loaded(window.overviewPage(), &OverviewPage::loaded);
        window.selectKey(QStringLiteral("db:acme-storefront/postgresql-acme-primary"));
        QVERIFY(loaded.wait(60000));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("browserTreeView"));
        QCOMPARE(tree->currentIndex().data(BrowserModel::KeyRole).toString(),
                 QStringLiteral("db:acme-storefront/postgresql-acme-primary"));
        const DatabaseInfo &info = window.overviewPage()->info();
        QCOMPARE(info.value(QStringLiteral("Plan")), QStringLiteral("Standard 0"));
        QVERIFY(!info.value(QStringLiteral("PG Version")).isEmpty());
        auto *rows = window.overviewPage()->findChild<QTreeWidget *>(QStringLiteral("infoTreeWidget"));
        QStringList labels;
        for (int i = 0; i < rows->topLevelItemCount(); ++i)
            labels.append(rows->topLevelItem(i)->text(0));
        QVERIFY2(labels.contains(QStringLiteral("Data size")) && labels.contains(QStringLiteral("Followers")),
                 qPrintable(labels.join(QLatin1Char(','))));
        QCOMPARE(window.overviewPage()->cliCommand(), QStringLiteral("heroku pg:info DATABASE --app acme-storefront"));

        // Connection info: copy the URL; it is the real credential and the clipboard clears.
        SecretClipboard::setClearSeconds(2);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("databaseTabWidget"));
        QSignalSpy credentials(window.connectionInfoPage(), &ConnectionInfoPage::loaded);
        tabs->setCurrentWidget(window.connectionInfoPage());
        QVERIFY(credentials.wait(30000));
        auto *password = window.connectionInfoPage()->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::mouseClick(window.connectionInfoPage()->findChild<QPushButton *>(QStringLiteral("copyUrlPushButton")),
                          Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        const auto parsed = ConnInfo::fromUrl(copied);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->password(), password->text());
        QVERIFY(!parsed->password().isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 10000);

        // The Database menu opens the pull wizard for the selected database.
        auto *pull = window.findChild<QAction *>(QStringLiteral("pullAction"));
        QVERIFY(pull->isEnabled());
        pull->trigger();
        QWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<QWizard *>()) != nullptr);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(wizard->findChild<QLabel *>() != nullptr);
        wizard->reject();
        QTRY_VERIFY(window.findChild<QWizard *>() == nullptr);

        // So does the follower switch, for the selected database's app.
        auto *followerSwitch = window.findChild<QAction *>(QStringLiteral("followerSwitchAction"));
        QVERIFY(followerSwitch->isEnabled());
        followerSwitch->trigger();
        QTRY_VERIFY((wizard = window.findChild<QWizard *>()) != nullptr);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->metaObject()->className(), "hpg::FollowerSwitchWizard");
        wizard->reject();
    }

    // Every main action by keyboard, and the tree's context menu: made of the window's own actions,
    // each enabled only where it applies.
    void keyboardAndContextMenu()
    {
        Session session;
        MainWindow window(&m_languages, &session);
        window.resize(1100, 700);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        signIn(window, session);
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("browserTreeView"));
        const auto action = [&window](const char *name) {
            return window.findChild<QAction *>(QLatin1String(name));
        };
        const auto openMenu = [&]() -> QMenu * {
            emit tree->customContextMenuRequested(tree->visualRect(tree->currentIndex()).center());
            auto *menu = window.findChild<QMenu *>(QStringLiteral("browserContextMenu"));
            return menu && menu->isVisible() ? menu : nullptr;
        };
        const auto names = [](QMenu *menu) {
            QStringList list;
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator())
                    list.append(a->objectName());
            }
            return list;
        };

        window.selectKey(QStringLiteral("app:acme-storefront"));
        QTRY_COMPARE(window.selectedKey(), QStringLiteral("app:acme-storefront"));
        QMenu *menu = openMenu();
        QVERIFY(menu);
        const QStringList appItems = names(menu);
        for (const auto *name : { "openConnectAction", "followerSwitchAction", "changePlanAction", "pullAction",
                                  "pushAction", "copyUrlAction", "refreshAction" })
            QVERIFY2(appItems.contains(QLatin1String(name)), name);
        QVERIFY(action("openConnectAction")->isEnabled());
        QVERIFY(action("followerSwitchAction")->isEnabled());
        QVERIFY(action("changePlanAction")->isEnabled());
        QVERIFY(!action("pullAction")->isEnabled()); // a database's, not an app's
        QVERIFY(!action("copyUrlAction")->isEnabled());
        menu->close();
        QTRY_VERIFY(!window.findChild<QMenu *>(QStringLiteral("browserContextMenu")));

        QSignalSpy loaded(window.overviewPage(), &OverviewPage::loaded);
        window.selectKey(QStringLiteral("db:acme-storefront/postgresql-acme-primary"));
        QVERIFY(loaded.wait(60000));
        menu = openMenu();
        QVERIFY(menu);
        const QStringList dbItems = names(menu);
        for (const auto *name :
             { "sessionsTabAction", "copyUrlAction", "pullAction", "pushAction", "changePlanAction" })
            QVERIFY2(dbItems.contains(QLatin1String(name)), name);
        for (const auto *name :
             { "sessionsTabAction", "copyUrlAction", "pullAction", "pushAction", "changePlanAction" })
            QVERIFY2(action(name)->isEnabled(), name);
        QVERIFY(!action("openConnectAction")->isEnabled()); // an app's
        QVERIFY(hpgtest::saveScreenshots(menu, QStringLiteral("context-menu-database")).isEmpty());
        menu->close();
        QTRY_VERIFY(!window.findChild<QMenu *>(QStringLiteral("browserContextMenu")));
        // Shortcuts go to the active window, which the menu was: ask the platform to activate the
        // window again (QApplication::setActiveWindow alone leaves the closed popup's window focused).
        window.windowHandle()->requestActivate();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+1…3 go to the tabs, Ctrl+F to the filter, Ctrl+Shift+C copies the URL, F5 refreshes.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("databaseTabWidget"));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.sessionsPage()));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.connectionInfoPage()));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.overviewPage()));
        QApplication::clipboard()->clear();
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().startsWith(QStringLiteral("postgres://")), 30000);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.overviewPage())); // copied without leaving
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("browserFilterLineEdit"))->hasFocus());
        QSignalSpy reloaded(window.overviewPage(), &OverviewPage::loaded);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(reloaded.wait(60000));
    }

    void importsTokensAndSignsOut()
    {
        Session session;
        MemorySecretStore store; // stands in for the keychain: this test is about the dialog
        AccountStore accounts(&store);
        MainWindow window(&m_languages, &session, &accounts);
        window.show();
        window.showSignIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("SignInDialog"))) != nullptr);
        auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("apiTokenLineEdit"));
        dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlLineEdit"))->setText(m_sandbox.url().toString());

        // HEROKU_API_KEY, as the Heroku CLI reads it.
        qputenv("HEROKU_API_KEY", m_sandbox.token().toUtf8());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importEnvironmentPushButton")),
                          Qt::LeftButton);
        QCOMPARE(token->text(), m_sandbox.token());
        qunsetenv("HEROKU_API_KEY");
        token->clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importEnvironmentPushButton")),
                          Qt::LeftButton);
        QVERIFY(token->text().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("HEROKU_API_KEY")));

        // ~/.netrc, machine host:port for a non-default port (as the CLI names it).
        QFile netrc(QDir::homePath() + QStringLiteral("/.netrc"));
        QVERIFY(netrc.open(QIODevice::WriteOnly));
        netrc.write(
            QStringLiteral(
                "machine api.heroku.com\n  login other@example.com\n  password 11111111-1111-1111-1111-111111111111\n"
                "machine 127.0.0.1:%1\n  login dba@example.com\n  password %2\n")
                .arg(m_sandbox.url().port())
                .arg(m_sandbox.token())
                .toUtf8());
        netrc.close();
        netrc.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importNetrcPushButton")), Qt::LeftButton);
        QCOMPARE(token->text(), m_sandbox.token());
        netrc.remove();

        QSignalSpy signedIn(&session, &Session::signedIn);
        QTest::keyClick(token, Qt::Key_Return);
        QVERIFY(signedIn.wait(30000));
        QTRY_COMPARE(accounts.accounts().size(), 1);
        QCOMPARE(store.count(), 1);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());

        window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QVERIFY(!session.isSignedIn());
        QTRY_VERIFY(accounts.accounts().isEmpty());
        QCOMPARE(store.count(), 0);
    }

    void rotationChangesThePasswordThatWorks()
    {
        Session session;
        MainWindow window(&m_languages, &session);
        window.show();
        signIn(window, session);
        window.selectKey(QStringLiteral("db:acme-storefront/postgresql-acme-primary"));
        window.showDatabasePage(QStringLiteral("connection"));
        ConnectionInfoPage *page = window.connectionInfoPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->current().password().isEmpty(), 60000);
        const ConnInfo before = page->current();
        QString error;
        QVERIFY2(canLogIn(before, &error), qPrintable(error));

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("rotatePushButton")), Qt::LeftButton);
        QDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = page->findChild<QDialog *>(QStringLiteral("typedConfirmationDialog"))) != nullptr);
        auto *typed = confirm->findChild<QLineEdit *>(QStringLiteral("confirmAppNameLineEdit"));
        auto *ok
            = confirm->findChild<QDialogButtonBox *>(QStringLiteral("confirmButtonBox"))->button(QDialogButtonBox::Ok);
        QTest::keyClicks(typed, QStringLiteral("acme-storefron"));
        QVERIFY(!ok->isEnabled()); // not the full app name yet
        QTest::keyClicks(typed, QStringLiteral("t"));
        QVERIFY(ok->isEnabled());
        QSignalSpy finished(page, &ConnectionInfoPage::rotationFinished);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        const ConnInfo after = page->current();
        QCOMPARE(after.user(), before.user());
        QVERIFY(after.password() != before.password());
        QVERIFY2(canLogIn(after, &error), qPrintable(error));
        QVERIFY(!canLogIn(before)); // the old password stopped working
    }
};

QTEST_MAIN(TestSandboxBrowsing)
#include "testsandboxbrowsing.moc"
