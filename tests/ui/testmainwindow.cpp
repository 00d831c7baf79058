#include "core/settings/appsettings.h"
#include "core/secrets/memorysecretstore.h"
#include "core/session/accountstore.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "core/settings/usersettings.h"
#include "screenshots.h"
#include "ui/credentials/signindialog.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow/firstrunpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/screenshot.h"
#include "ui/widgets/secretclipboard.h"
#include "widgetdriver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cmath>

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
        // Maintenance notifications: on by default, within 7 days; both kept.
        auto *notify = settings->findChild<QCheckBox *>(QStringLiteral("maintenanceNotificationsCheckBox"));
        auto *days = settings->findChild<QSpinBox *>(QStringLiteral("maintenanceNoticeDaysSpinBox"));
        QVERIFY(notify && days);
        QVERIFY(notify->isChecked());
        QCOMPARE(days->value(), 7);
        days->setValue(14);
        QCOMPARE(hpg::UserSettings::maintenanceNoticeDays(), 14);
        notify->setChecked(false);
        QVERIFY(!hpg::UserSettings::maintenanceNotifications());
        QVERIFY(!days->isEnabled());
        notify->setChecked(true);
        QVERIFY(hpg::UserSettings::maintenanceNotifications());
        settings->reject();
    }

    // Nobody signed in: the main area says what the app does and offers Sign In, not an empty page.
    void signedOutShowsHowToBegin()
    {
        qunsetenv("HEROKU_API_KEY");
        MainWindow window(&m_languages, &m_session);
        window.resize(1000, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = hpgtest::find<hpg::FirstRunPanel>(&window, "firstRunPanel");
        QVERIFY(panel && panel->isVisible());
        QVERIFY(!hpgtest::find<QLabel>(&window, "welcomeHintLabel")->isVisible());
        QSignalSpy scanned(panel, &hpg::FirstRunPanel::scanned);
        QVERIFY(scanned.wait(10000));
        // Nothing in the environment or in this test's HOME: no import offered.
        QVERIFY(!panel->foundSources().contains(QStringLiteral("env")));
        QVERIFY(!hpgtest::find<QPushButton>(&window, "firstRunEnvironmentPushButton")->isVisible());
        QVERIFY(hpgtest::click(&window, "firstRunSignInPushButton"));
        auto *dialog = window.findChild<hpg::SignInDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QVERIFY(hpgtest::saveScreenshots(&window, QStringLiteral("first-start")).isEmpty());
    }

    // A token in HEROKU_API_KEY is offered on the first-run panel; the button puts it into the sign-in dialog.
    void firstRunOffersTheTokenFound()
    {
        const QString token = QStringLiteral("HRKU-AAfirstrun0123456789abcdefghijklmnopqrstuv");
        qputenv("HEROKU_API_KEY", token.toUtf8());
        hpg::MemorySecretStore store;
        hpg::AccountStore accounts(&store);
        MainWindow window(&m_languages, &m_session, &accounts);
        window.show();
        auto *panel = window.firstRunPanel();
        QSignalSpy scanned(panel, &hpg::FirstRunPanel::scanned);
        QVERIFY(scanned.wait(10000));
        QCOMPARE(panel->foundSources().value(0), QStringLiteral("env"));
        QVERIFY(hpgtest::click(&window, "firstRunEnvironmentPushButton"));
        auto *dialog = window.findChild<hpg::SignInDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->token(), token);
        qunsetenv("HEROKU_API_KEY");
        dialog->reject();
    }

    // The very first start opens the sign-in dialog by itself; later starts without an account do not.
    void firstStartOpensSignIn()
    {
        QSettings().clear();
        hpg::MemorySecretStore store;
        hpg::AccountStore accounts(&store);
        {
            MainWindow window(&m_languages, &m_session, &accounts);
            window.show();
            window.restoreAccount();
            auto *dialog = window.findChild<hpg::SignInDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            dialog->reject();
        }
        MainWindow again(&m_languages, &m_session, &accounts);
        again.show();
        again.restoreAccount();
        QTest::qWait(50);
        QVERIFY(!again.findChild<hpg::SignInDialog *>());
        QVERIFY(again.firstRunPanel()->isVisible()); // the way in is still on the page
    }

    // Settings ▸ Colours: Dark turns the whole application dark, is kept, and our own colours (error
    // text) stay readable on it; Light and the desktop's colours come back the same way.
    void darkColoursFromSettings()
    {
        const auto contrast = [](const QColor &a, const QColor &b) {
            const auto luminance = [](const QColor &c) {
                const auto channel = [](double v) {
                    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                };
                return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
            };
            const double la = luminance(a) + 0.05;
            const double lb = luminance(b) + 0.05;
            return la > lb ? la / lb : lb / la;
        };
        MainWindow window(&m_languages, &m_session);
        window.resize(1000, 650);
        window.show();
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *settings = window.findChild<hpg::SettingsDialog *>();
        QVERIFY(settings);
        auto *combo = settings->findChild<QComboBox *>(QStringLiteral("colorSchemeComboBox"));
        QCOMPARE(combo->count(), 3);
        const int dark = combo->findData(int(hpg::UserSettings::ColorScheme::Dark));
        combo->setCurrentIndex(dark);
        emit combo->activated(dark);
        QCOMPARE(hpg::UserSettings::colorScheme(), hpg::UserSettings::ColorScheme::Dark);
        QVERIFY(hpg::Appearance::isDark(QApplication::palette()));
        QTRY_VERIFY(hpg::Appearance::isDark(window.palette()));
        for (const auto role : { QPalette::Window, QPalette::Base }) {
            const QColor background = QApplication::palette().color(role);
            QVERIFY(contrast(QApplication::palette().color(QPalette::Text), background) >= 7);
            QVERIFY2(contrast(hpg::Appearance::errorText(QApplication::palette()), background) >= 4.5,
                     qPrintable(hpg::Appearance::errorText(QApplication::palette()).name()));
            QVERIFY(contrast(hpg::Appearance::successText(QApplication::palette()), background) >= 4.5);
        }
        // A notice banner follows: a muted background on the dark palette, not a bright patch.
        window.banner()->showMessage(QStringLiteral("A notice."));
        hpgtest::settleLayouts();
        const auto bannerLightness = [&window] {
            return window.banner()->grab().toImage().pixelColor(3, 3).lightness();
        };
        QVERIFY2(bannerLightness() < 100, qPrintable(QString::number(bannerLightness())));
        QVERIFY(combo->findData(int(hpg::UserSettings::ColorScheme::Light)) >= 0);
        for (const auto tone : { hpg::Appearance::Tone::Error, hpg::Appearance::Tone::Warning })
            QVERIFY(contrast(hpg::Appearance::toneText(tone, QApplication::palette()),
                             hpg::Appearance::toneBackground(tone, QApplication::palette()))
                    >= 4.5);
        settings->reject(); // deleted on close: combo is gone from here on
        QVERIFY(hpgtest::saveScreenshots(&window, QStringLiteral("first-start-dark")).isEmpty());

        hpg::Appearance::apply(hpg::UserSettings::ColorScheme::Light);
        QVERIFY(!hpg::Appearance::isDark(QApplication::palette()));
        hpgtest::settleLayouts();
        QVERIFY2(bannerLightness() > 200, qPrintable(QString::number(bannerLightness())));
        for (const auto role : { QPalette::Window, QPalette::Base }) {
            const QColor background = QApplication::palette().color(role);
            QVERIFY(contrast(hpg::Appearance::errorText(QApplication::palette()), background) >= 4.5);
        }
        for (const auto tone : { hpg::Appearance::Tone::Error, hpg::Appearance::Tone::Warning })
            QVERIFY(contrast(hpg::Appearance::toneText(tone, QApplication::palette()),
                             hpg::Appearance::toneBackground(tone, QApplication::palette()))
                    >= 4.5);
        hpg::UserSettings::setColorScheme(hpg::UserSettings::ColorScheme::System);
        hpg::Appearance::apply(hpg::UserSettings::ColorScheme::System);
    }

    // The overview's automatic refresh: only a choice the user makes is written to the settings
    // (start-up used to write the file), and the next window starts with it.
    void autoRefreshChoiceIsSavedWhenChosen()
    {
        const QString key = QStringLiteral("overview/refreshSeconds");
        hpg::AppSettings::remove(key);
        {
            MainWindow window(&m_languages, &m_session);
            hpg::AppSettings::flush();
            QVERIFY(!QSettings().contains(key));
            auto *combo = window.findChild<QComboBox *>(QStringLiteral("autoRefreshComboBox"));
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toInt(), 60);
            const int fiveMinutes = combo->findData(300);
            QVERIFY(fiveMinutes >= 0);
            combo->setCurrentIndex(fiveMinutes);
            emit combo->activated(fiveMinutes);
            hpg::AppSettings::flush(); // written on the settings' own thread
            QCOMPARE(QSettings().value(key).toInt(), 300);
        }
        MainWindow again(&m_languages, &m_session);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("autoRefreshComboBox"))->currentData().toInt(), 300);
        hpg::AppSettings::remove(key);
    }

    void screenshotWritesPng()
    {
        MainWindow window(&m_languages, &m_session);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        QVERIFY(saveScreenshot(&window, file));
        const QImage image(file);
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        QVERIFY(!saveScreenshot(&window, dir.filePath(QStringLiteral("no/such/dir/shot.png"))));

        // Lossless, in the right colour order: what is read back is what the widget drew.
        QLabel label(QStringLiteral("<b>pg:info</b> <span style='color:#d03030'>red</span> "
                                    "<span style='color:#3050d0'>blue</span>"));
        label.setAutoFillBackground(true);
        label.resize(240, 40);
        const QString labelFile = dir.filePath(QStringLiteral("label.png"));
        QVERIFY(hpg::saveScreenshot(&label, labelFile));
        const QImage drawn = label.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(QImage(labelFile).convertToFormat(QImage::Format_RGB32), drawn);
    }

private:
    LanguageManager m_languages;
    hpg::Session m_session;
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
