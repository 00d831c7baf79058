#include "psqllauncher.h"

#include "core/transfer/pgtoolfinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace hpg {

Q_LOGGING_CATEGORY(lcPsql, "hpg.pg.psql")

namespace {

// A cmd.exe argument in double quotes (no quotes can occur in paths and key=value conninfo we write).
QString cmdQuote(const QString &text)
{
    QString quoted = text;
    quoted.remove(QLatin1Char('"'));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// An AppleScript string literal.
QString appleScriptString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

PsqlLauncher::PsqlLauncher(QObject *parent)
    : QObject(parent)
{ }

PsqlLauncher::~PsqlLauncher() = default; // the QTemporaryDirs remove what is left

PsqlLauncher::System PsqlLauncher::currentSystem()
{
#if defined(Q_OS_WIN)
    return System::Windows;
#elif defined(Q_OS_MACOS)
    return System::MacOS;
#else
    return System::Unix;
#endif
}

std::optional<PsqlLauncher::Terminal> PsqlLauncher::terminalFor(const QString &command,
                                                                const QProcessEnvironment &environment, System system,
                                                                const ProgramFinder &find)
{
    const ProgramFinder lookup
        = find ? find : ProgramFinder([](const QString &program) { return QStandardPaths::findExecutable(program); });
    if (system == System::MacOS) {
        const QString script
            = QStringLiteral("tell application \"Terminal\" to do script ") + appleScriptString(command);
        return Terminal { QStringLiteral("osascript"),
                          { QStringLiteral("-e"), script, QStringLiteral("-e"),
                            QStringLiteral("tell application \"Terminal\" to activate") },
                          QStringLiteral("Terminal") };
    }
    if (system == System::Windows) {
        if (const QString wt = lookup(QStringLiteral("wt")); !wt.isEmpty())
            return Terminal { wt,
                              { QStringLiteral("cmd"), QStringLiteral("/c"), command },
                              QStringLiteral("Windows Terminal") };
        return Terminal { QStringLiteral("cmd.exe"),
                          { QStringLiteral("/c"), QStringLiteral("start"), QStringLiteral("psql"),
                            QStringLiteral("cmd"), QStringLiteral("/c"), command },
                          QStringLiteral("cmd") };
    }
    const QStringList shell { QStringLiteral("/bin/sh"), QStringLiteral("-c"), command };
    // $TERMINAL: the user's choice, which may carry options ("kitty --single-instance").
    if (const QString chosen = environment.value(QStringLiteral("TERMINAL")).trimmed(); !chosen.isEmpty()) {
        QStringList parts = QProcess::splitCommand(chosen);
        if (!parts.isEmpty()) {
            const QString program = lookup(parts.takeFirst());
            if (!program.isEmpty())
                return Terminal { program, parts << QStringLiteral("-e") << shell, QStringLiteral("$TERMINAL") };
        }
    }
    struct Candidate
    {
        const char *name;
        const char *separator; // what comes before the command
    };
    static const Candidate candidates[] = { { "x-terminal-emulator", "-e" },
                                            { "gnome-terminal", "--" },
                                            { "konsole", "-e" },
                                            { "xfce4-terminal", "-x" },
                                            { "xterm", "-e" } };
    for (const Candidate &c : candidates) {
        const QString program = lookup(QLatin1String(c.name));
        if (!program.isEmpty())
            return Terminal { program, QStringList { QLatin1String(c.separator) } + shell, QLatin1String(c.name) };
    }
    return std::nullopt;
}

QString PsqlLauncher::terminalCommand(const QString &psql, const ConnInfo &connection, const QString &passfile,
                                      System system)
{
    const QString conninfo = connection.toKeyValue(ConnInfo::Password::Omit);
    const QString dir = QFileInfo(passfile).absolutePath();
    if (system == System::Windows) {
        return QStringLiteral("set %1&& %2 %3 & del /q %4 & rmdir %5")
            .arg(cmdQuote(QStringLiteral("PGPASSFILE=") + QDir::toNativeSeparators(passfile)), cmdQuote(psql),
                 cmdQuote(conninfo), cmdQuote(QDir::toNativeSeparators(passfile)),
                 cmdQuote(QDir::toNativeSeparators(dir)));
    }
    //: shown in the terminal when psql ended with an error, before the window closes
    const QString wait = tr("psql ended with an error. Press Enter to close this window.");
    return QStringLiteral("PGPASSFILE=%1; export PGPASSFILE; unset PGPASSWORD; %2 %3; status=$?; rm -f %1; "
                          "rmdir %4 2>/dev/null; if [ $status -ne 0 ]; then echo %5; read -r _; fi; exit $status")
        .arg(ConnInfo::shellQuote(passfile), ConnInfo::shellQuote(psql), ConnInfo::shellQuote(conninfo),
             ConnInfo::shellQuote(dir), ConnInfo::shellQuote(wait));
}

QStringList PsqlLauncher::passfiles() const
{
    QStringList list;
    for (const auto &dir : m_dirs) {
        const QString file = dir->filePath(QStringLiteral("pgpass"));
        if (QFile::exists(file))
            list.append(file);
    }
    return list;
}

void PsqlLauncher::launch(const ConnInfo &connection, const QString &title)
{
    auto *watcher = new QFutureWatcher<QList<PgToolInstall>>(this);
    connect(watcher, &QFutureWatcher<QList<PgToolInstall>>::finished, this, [this, watcher, connection, title] {
        watcher->deleteLater();
        const QList<PgToolInstall> installs = watcher->result();
        const PgToolInstall *newest = nullptr;
        for (const PgToolInstall &install : installs) {
            if (!install.psql.isEmpty() && (!newest || install.version().number > newest->version().number))
                newest = &install;
        }
        if (!newest) {
            emit failed(tr("psql was not found. Install the PostgreSQL client programs, or choose the directory that "
                           "has them in Settings."));
            return;
        }
        start(newest->psql, newest->version().text(), connection, title);
    });
    watcher->setFuture(PgToolFinder::discover(PgToolFinder::defaultSearchDirs(m_extraDirs)));
}

void PsqlLauncher::start(const QString &psql, const QString &version, const ConnInfo &connection, const QString &title)
{
    // A directory of its own (0700) with the passfile (0600), written before any content.
    auto dir = std::make_shared<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("hpgdesk-psql-XXXXXX")));
    if (!dir->isValid()) {
        emit failed(tr("The temporary password file for psql could not be created: %1").arg(dir->errorString()));
        return;
    }
    QFile file(dir->filePath(QStringLiteral("pgpass")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write((connection.toPgpassLine() + QLatin1Char('\n')).toUtf8()) < 0 || !file.flush()) {
        emit failed(tr("The temporary password file for psql could not be written: %1").arg(file.errorString()));
        return;
    }
    file.close();

    const System system = currentSystem();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    const auto terminal = terminalFor(terminalCommand(psql, connection, file.fileName(), system), environment, system);
    if (!terminal) {
        emit failed(tr("No terminal was found to run psql in. Set the TERMINAL environment variable to your terminal "
                       "program (it is started with -e and the command)."));
        return; // `dir` goes, and the passfile with it
    }
    QProcess process;
    process.setProgram(terminal->program);
    process.setArguments(terminal->arguments);
    process.setProcessEnvironment(environment);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        emit failed(tr("%1 could not be started: %2").arg(terminal->program, process.errorString()));
        return;
    }
    qCDebug(lcPsql) << "started" << terminal->program << "pid" << pid;
    m_dirs.push_back(dir);
    // At the latest after its lifetime (psql has read it when it connected), the passfile goes.
    QTimer::singleShot(m_lifetimeMs, this, [this, dir] { std::erase(m_dirs, dir); });
    emit launched(tr("psql %1 opened for %2 in %3.").arg(version, title, terminal->name));
}

} // namespace hpg
