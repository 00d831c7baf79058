#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/secretclipboard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using hpg::LanguageManager;
using hpg::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testmainwindow"));
        QSettings().clear();
    }

    void init() { m_languages.apply(LanguageManager::Language::English); }

    void hasTheShell()
    {
        MainWindow window(&m_languages, &m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList menus { QStringLiteral("fileMenu"), QStringLiteral("viewMenu"),
                                  QStringLiteral("databaseMenu"), QStringLiteral("toolsMenu"),
                                  QStringLiteral("helpMenu") };
        const auto actions = window.menuBar()->actions();
        QCOMPARE(actions.size(), menus.size());
        for (int i = 0; i < menus.size(); ++i)
            QCOMPARE(actions.at(i)->menu()->objectName(), menus.at(i));
        QVERIFY(window.findChild<QTreeView *>(QStringLiteral("browserTreeView")));
        QVERIFY(window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget")));
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("accountLabel"))->text(), QStringLiteral("Not signed in."));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());
    }

    void viewMenuTogglesPanes()
    {
        MainWindow window(&m_languages, &m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pane = window.findChild<QWidget *>(QStringLiteral("browserPaneWidget"));
        auto *toggle = window.findChild<QAction *>(QStringLiteral("showBrowserAction"));
        QVERIFY(pane && toggle && pane->isVisible());
        toggle->trigger();
        QVERIFY(!pane->isVisible());
        toggle->trigger();
        QVERIFY(pane->isVisible());
        window.findChild<QAction *>(QStringLiteral("showStatusBarAction"))->trigger();
        QVERIFY(!window.statusBar()->isVisible());
    }

    void retranslatesWhenLanguageChanges()
    {
        MainWindow window(&m_languages, &m_session);
        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        m_languages.apply(LanguageManager::Language::Japanese);
        // Qt posts QEvent::LanguageChange to the windows; they retranslate when it arrives.
        QTRY_VERIFY2(fileMenu->title().contains(QStringLiteral("ファイル")), qPrintable(fileMenu->title()));
        m_languages.apply(LanguageManager::Language::English);
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    }

    void aboutOpensWithoutBlocking()
    {
        MainWindow window(&m_languages, &m_session);
        window.show();
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        // open(), not exec(): we are back here while the dialog is showing.
        auto *about = window.findChild<hpg::AboutDialog *>();
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("versionLabel"))->text().contains(QStringLiteral("libpq")));
        about->reject();
    }

    void settingsSwitchesLanguage()
    {
        MainWindow window(&m_languages, &m_session);
        window.show();
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *settings = window.findChild<hpg::SettingsDialog *>();
        QVERIFY(settings);
        auto *combo = settings->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QCOMPARE(combo->count(), 3);
        const int japanese = combo->findText(QStringLiteral("日本語"));
        QVERIFY(japanese > 0);
        combo->setCurrentIndex(japanese);
        emit combo->activated(japanese);
        QCOMPARE(m_languages.language(), LanguageManager::Language::Japanese);
        QCOMPARE(LanguageManager::savedLanguage(), LanguageManager::Language::Japanese);
        auto *helpMenu = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
        QTRY_VERIFY2(helpMenu->title().contains(QStringLiteral("ヘルプ")), qPrintable(helpMenu->title()));
        // The dialog retranslated itself and kept the choice.
        QTRY_COMPARE(settings->windowTitle(), QStringLiteral("設定"));
        QCOMPARE(combo->currentIndex(), japanese);
        auto *clear = settings->findChild<QSpinBox *>(QStringLiteral("clipboardClearSpinBox"));
        QCOMPARE(clear->value(), 30);
        clear->setValue(5);
        QCOMPARE(hpg::SecretClipboard::clearSeconds(), 5);
        settings->reject();
    }

    void screenshotWritesPng()
    {
        MainWindow window(&m_languages, &m_session);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        QVERIFY(window.saveScreenshot(file));
        const QImage image(file);
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        QVERIFY(!window.saveScreenshot(dir.filePath(QStringLiteral("no/such/dir/shot.png"))));
    }

private:
    LanguageManager m_languages;
    hpg::Session m_session;
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
