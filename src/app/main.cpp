#include "commandline.h"
#include "core/settings/languagemanager.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
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

// --version and --help need no display: answer them without starting the GUI.
int runConsole(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    hpg::LanguageManager languages;
    languages.apply(hpg::LanguageManager::savedLanguage());
    hpg::CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        printLine(stderr, commandLine.errorText());
        return 2;
    }
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

    hpg::LanguageManager languages;
    languages.apply(hpg::LanguageManager::savedLanguage());

    hpg::CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        printLine(stderr, commandLine.errorText());
        return 2;
    }
    if (!commandLine.language().isEmpty())
        languages.apply(hpg::LanguageManager::fromCode(commandLine.language()));

    hpg::MainWindow window(&languages);
    window.show();

    const QString screenshot = commandLine.screenshotFile();
    if (!screenshot.isEmpty()) {
        // Let the first layout and paint happen, then render and leave.
        QTimer::singleShot(200, &window, [&window, screenshot] {
            const bool saved = window.saveScreenshot(screenshot);
            if (!saved)
                printLine(stderr,
                          QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
