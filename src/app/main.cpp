#include "commandline.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/session/accountstore.h"
#include "core/session/sandboxlauncher.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "core/settings/usersettings.h"
#include "core/stall/stallprobe.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/screenshot.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hpgdesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("hpgdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HPG_VERSION));
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
}

// Parses the arguments; on a bad one says why on stderr and returns false.
bool parseArguments(hpg::CommandLine &commandLine)
{
    if (commandLine.parse(QCoreApplication::arguments()))
        return true;
    printLine(stderr, commandLine.errorText());
    return false;
}

// --version and --help need no display: answer them without starting the GUI.
int runConsole(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    hpg::LanguageManager languages;
    languages.apply(hpg::LanguageManager::savedLanguage());
    hpg::CommandLine commandLine;
    if (!parseArguments(commandLine))
        return 2;
    if (commandLine.versionRequested()) {
        printLine(stdout, QStringLiteral("hpgdesk %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    printLine(stdout, commandLine.helpText());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (hpg::CommandLine::isConsoleOnly(argc, argv))
        return runConsole(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hpgdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hpgdesk.hpgdesk"));
    hpg::Appearance::apply(hpg::UserSettings::colorScheme());

    hpg::LanguageManager languages;
    languages.apply(hpg::LanguageManager::savedLanguage());

    hpg::CommandLine commandLine;
    if (!parseArguments(commandLine))
        return 2;
    if (!commandLine.language().isEmpty())
        languages.apply(hpg::LanguageManager::fromCode(commandLine.language()));

    // The stall probe (off unless HPG_STALL_PROBE or --stall-probe): how late this thread's event loop runs.
    if (commandLine.stallProbe()) {
        const QString file = commandLine.stallProbeFile();
        hpg::StallProbe::startFromEnvironment(&file);
    } else {
        hpg::StallProbe::startFromEnvironment();
    }

    hpg::Session session;
    // Tokens live in the OS keychain; --sandbox signs in with the sandbox's own token, kept in memory only.
    hpg::KeychainSecretStore keychain;
    hpg::AccountStore accounts(&keychain);
    const bool transient = commandLine.sandbox() || !commandLine.apiUrl().isEmpty();
    // --api-url: the sign-in's round trip starts before the window is built, and runs while it is
    // (about 20 ms of start-up). A failure found at once waits for the window to show it.
    // As with the Heroku CLI, HEROKU_API_KEY wins; it is used for this run and never stored.
    QString earlySignInFailure;
    QMetaObject::Connection earlyFailure
        = QObject::connect(&session, &hpg::Session::signInFailed,
                           [&earlySignInFailure](const QString &message) { earlySignInFailure = message; });
    if (!commandLine.apiUrl().isEmpty())
        session.signIn(QUrl(commandLine.apiUrl()), qEnvironmentVariable("HEROKU_API_KEY"));
    QObject::disconnect(earlyFailure);
    hpg::MainWindow window(&languages, &session, transient ? nullptr : &accounts);
    window.show();
    if (!commandLine.apiUrl().isEmpty()) {
        const auto showFailure = [&window](const QString &message) {
            printLine(stderr, message);
            window.statusBar()->showMessage(message);
            emit window.settled();
        };
        QObject::connect(&session, &hpg::Session::signInFailed, &window, showFailure);
        if (!earlySignInFailure.isEmpty())
            QTimer::singleShot(0, &window, [showFailure, earlySignInFailure] { showFailure(earlySignInFailure); });
    } else if (!transient) {
        window.restoreAccount();
    }

    // --sandbox: a local Heroku in a child process; sign in to it with its token (kept in memory only).
    hpg::SandboxLauncher sandbox;
    if (commandLine.sandbox()) {
        QObject::connect(&sandbox, &hpg::SandboxLauncher::ready, &session,
                         [&session](const QUrl &url, const QString &token) { session.signIn(url, token); });
        QObject::connect(&sandbox, &hpg::SandboxLauncher::failed, &window, [&window](const QString &message) {
            window.statusBar()->showMessage(message);
            emit window.settled();
        });
        QObject::connect(&session, &hpg::Session::signInFailed, &window,
                         [&window](const QString &message) { window.statusBar()->showMessage(message); });
        window.statusBar()->showMessage(QCoreApplication::translate("main", "Starting the local sandbox…"));
        sandbox.start(commandLine.sandboxDir().isEmpty() ? hpg::SandboxLauncher::defaultStateDir()
                                                         : commandLine.sandboxDir(),
                      commandLine.sandboxReset());
    }
    if (!commandLine.selectKey().isEmpty()) {
        // A key that is not there is a mistake on the command line: say so, show what keys exist, and leave.
        QObject::connect(&window, &hpg::MainWindow::keyNotFound, &window, [&window](const QString &key) {
            printLine(stderr, QCoreApplication::translate("main", "Nothing in the tree has the key “%1”.").arg(key));
            const QStringList examples = window.exampleKeys(key);
            if (examples.isEmpty()) {
                printLine(stderr,
                          QCoreApplication::translate("main",
                                                      "Keys look like app:NAME or db:APP/ADDON; "
                                                      "this account has no apps."));
            } else {
                printLine(stderr,
                          QCoreApplication::translate("main",
                                                      "Keys look like app:NAME or db:APP/ADDON. "
                                                      "Some that exist:"));
                for (const QString &example : examples)
                    printLine(stderr, QStringLiteral("  ") + example);
            }
            QCoreApplication::exit(3);
        });
        window.selectKey(commandLine.selectKey());
    }
    if (!commandLine.page().isEmpty())
        window.showDatabasePage(commandLine.page());

    const QString screenshot = commandLine.screenshotFile();
    if (!screenshot.isEmpty()) {
        const QString open = commandLine.openAction();
        auto take = [&window, screenshot, open] {
            // With --open, the dialog or wizard that opened is what is shown.
            QWidget *target = &window;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (!open.isEmpty() && widget != &window && widget->isVisible() && qobject_cast<QDialog *>(widget))
                    target = widget;
            }
            const bool saved = hpg::saveScreenshot(target, screenshot);
            if (!saved)
                printLine(stderr,
                          QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        if (transient) {
            // Wait until the tree and the selected page show their data (or an error), at most two minutes.
            QObject::connect(
                &window, &hpg::MainWindow::settled, &window,
                [take, open, &window] {
                    if (open.isEmpty()) {
                        QTimer::singleShot(0, take);
                        return;
                    }
                    if (auto *action = window.findChild<QAction *>(open + QStringLiteral("Action")))
                        action->trigger();
                    QTimer::singleShot(4000, take); // let the dialog load what it shows
                },
                Qt::SingleShotConnection);
            QTimer::singleShot(120000, &window, take);
        } else {
            // Let the first layout and paint happen, then render and leave.
            QTimer::singleShot(200, &window, take);
        }
    }
    return app.exec();
}
