#include "commandline.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cstring>

namespace hpg {

namespace {

// --page: the database tabs, in the window's order.
QStringList databasePages()
{
    return { QStringLiteral("overview"), QStringLiteral("connection"), QStringLiteral("sessions"),
             QStringLiteral("maintenance"), QStringLiteral("backups"), QStringLiteral("diagnose") };
}

} // namespace

CommandLine::CommandLine()
    : m_langOption(QStringLiteral("lang"), tr("Show the user interface in LANG (en or ja)."), QStringLiteral("LANG"))
    , m_screenshotOption(QStringLiteral("screenshot"),
                         tr("Render the main window to the PNG file FILE after start-up, then exit."),
                         QStringLiteral("FILE"))
    , m_sandboxOption(QStringLiteral("sandbox"),
                      tr("Start a local sandbox (hpgdesk-sandbox with demo data) and sign in to it."))
    , m_sandboxDirOption(QStringLiteral("sandbox-dir"), tr("Keep the sandbox's state in DIR."), QStringLiteral("DIR"))
    , m_sandboxResetOption(QStringLiteral("sandbox-reset"), tr("Start the sandbox from fresh demo data."))
    , m_selectOption(QStringLiteral("select"),
                     tr("Select KEY in the tree once loaded, for example app:NAME or db:APP/ADDON."),
                     QStringLiteral("KEY"))
    , m_pageOption(QStringLiteral("page"), tr("Show PAGE of the selected database, one of: %1.").arg(databasePages().join(QStringLiteral(", "))), // not prose
                   QStringLiteral("PAGE"))
    , m_apiUrlOption(QStringLiteral("api-url"),
                     tr("Sign in to the API at URL with the token in HEROKU_API_KEY, for this run only."),
                     QStringLiteral("URL"))
    , m_openOption(QStringLiteral("open"),
                   tr("With --screenshot, open WHAT first and show it: signin, settings, about, pull, push or switch."),
                   QStringLiteral("WHAT"))
    , m_stallProbeOption(QStringLiteral("stall-probe"),
                         QStringLiteral("Measure GUI stalls; report to FILE (- = stderr)."), // hidden
                         QStringLiteral("FILE"))
{
    m_stallProbeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.setApplicationDescription(tr("Heroku Postgres Desk: a desktop tool for Heroku Postgres."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_langOption);
    m_parser.addOption(m_screenshotOption);
    m_parser.addOption(m_sandboxOption);
    m_parser.addOption(m_sandboxDirOption);
    m_parser.addOption(m_sandboxResetOption);
    m_parser.addOption(m_selectOption);
    m_parser.addOption(m_pageOption);
    m_parser.addOption(m_apiUrlOption);
    m_parser.addOption(m_openOption);
    m_parser.addOption(m_stallProbeOption);
}

bool CommandLine::isConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : { "--version", "-v", "--help", "-h", "--help-all", "-?" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

bool CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (m_parser.isSet(m_langOption)) {
        m_language = m_parser.value(m_langOption).trimmed().toLower();
        if (m_language != QLatin1String("en") && m_language != QLatin1String("ja")) {
            m_error = tr("Unknown language “%1”. Use en or ja.").arg(m_parser.value(m_langOption));
            return false;
        }
    }
    m_screenshot = m_parser.value(m_screenshotOption);
    m_sandboxDir = m_parser.value(m_sandboxDirOption);
    m_sandboxReset = m_parser.isSet(m_sandboxResetOption);
    m_sandbox = m_parser.isSet(m_sandboxOption) || !m_sandboxDir.isEmpty() || m_sandboxReset;
    m_select = m_parser.value(m_selectOption).trimmed();
    static const QRegularExpression keyShape(QStringLiteral(R"(^(app:[^/]+|db:[^/]+/[^/]+|(team|space|group):.+)$)"));
    if (m_parser.isSet(m_selectOption) && !keyShape.match(m_select).hasMatch()) {
        m_error = tr("“%1” is not a key. Keys look like app:NAME or db:APP/ADDON, for example app:acme-storefront "
                     "or db:acme-storefront/postgresql-curly-12345.")
                      .arg(m_parser.value(m_selectOption));
        return false;
    }
    m_page = m_parser.value(m_pageOption);
    m_apiUrl = m_parser.value(m_apiUrlOption);
    m_stallProbeSet = m_parser.isSet(m_stallProbeOption);
    m_stallProbe = m_parser.value(m_stallProbeOption);
    if (m_stallProbe == QLatin1String("-"))
        m_stallProbe.clear();
    static const QHash<QString, QString> actions { { QStringLiteral("signin"), QStringLiteral("signIn") },
                                                   { QStringLiteral("settings"), QStringLiteral("settings") },
                                                   { QStringLiteral("about"), QStringLiteral("about") },
                                                   { QStringLiteral("pull"), QStringLiteral("pull") },
                                                   { QStringLiteral("push"), QStringLiteral("push") },
                                                   { QStringLiteral("switch"), QStringLiteral("followerSwitch") } };
    if (m_parser.isSet(m_openOption)) {
        m_open = actions.value(m_parser.value(m_openOption));
        if (m_open.isEmpty()) {
            m_error = tr("Unknown dialog “%1”. Use signin, settings, about, pull, push or switch.")
                          .arg(m_parser.value(m_openOption));
            return false;
        }
    }
    if (!m_apiUrl.isEmpty() && qEnvironmentVariable("HEROKU_API_KEY").trimmed().isEmpty()) {
        m_error = tr("--api-url needs the API token in the environment variable HEROKU_API_KEY.");
        return false;
    }
    if (!m_page.isEmpty() && !databasePages().contains(m_page)) {
        m_error = tr("Unknown page “%1”. Use one of: %2.").arg(m_page, databasePages().join(QStringLiteral(", "))); // not prose
        return false;
    }
    return true;
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(QStringLiteral("version"));
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"));
}

} // namespace hpg
