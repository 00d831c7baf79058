#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace hpg {

// hpgdesk's command-line options.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine();

    // True when the arguments only ask for text on the console (--version,
    // --help), so no GUI needs to start.
    static bool isConsoleOnly(int argc, char **argv);

    // Parses; on a bad option or value returns false and errorText() says why.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }

    bool versionRequested() const;
    bool helpRequested() const;
    QString helpText() const { return m_parser.helpText(); }

    QString language() const { return m_language; } // "", "en" or "ja"
    QString screenshotFile() const { return m_screenshot; }
    bool sandbox() const { return m_sandbox; }
    QString sandboxDir() const { return m_sandboxDir; }
    bool sandboxReset() const { return m_sandboxReset; }
    QString selectKey() const { return m_select; }
    QString page() const { return m_page; }
    QString apiUrl() const { return m_apiUrl; }
    // "signIn", "settings", "about", "pull", "push", "followerSwitch": the action --open triggers ("" = none).
    QString openAction() const { return m_open; }
    // Hidden --stall-probe FILE ("-" = stderr): the stall probe's report goes there at exit.
    bool stallProbe() const { return m_stallProbeSet; }
    QString stallProbeFile() const { return m_stallProbe; }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_langOption;
    QCommandLineOption m_screenshotOption;
    QCommandLineOption m_sandboxOption;
    QCommandLineOption m_sandboxDirOption;
    QCommandLineOption m_sandboxResetOption;
    QCommandLineOption m_selectOption;
    QCommandLineOption m_pageOption;
    QCommandLineOption m_apiUrlOption;
    QCommandLineOption m_openOption;
    QCommandLineOption m_stallProbeOption;
    QString m_error;
    QString m_language;
    QString m_screenshot;
    QString m_sandboxDir;
    QString m_select;
    QString m_page;
    QString m_apiUrl;
    QString m_open;
    QString m_stallProbe;
    bool m_stallProbeSet = false;
    bool m_sandbox = false;
    bool m_sandboxReset = false;
};

} // namespace hpg
