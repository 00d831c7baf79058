#pragma once

#include "conninfo.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTemporaryDir;

namespace hpg {

// Database ▸ Open in psql: starts psql for one database in the user's terminal, with the newest
// psql found (PgToolFinder, as pg_dump is found). The password reaches psql only through a
// temporary passfile (PGPASSFILE, mode 0600, in a directory of its own, 0700): never argv, never
// the environment. The passfile is removed when psql exits (by the command in the terminal), after
// `passfileLifetimeMs` at the latest (psql reads it when it connects), and when the launcher goes.
class PsqlLauncher : public QObject
{
    Q_OBJECT
public:
    enum class System { Unix, MacOS, Windows };
    struct Terminal
    {
        QString program;
        QStringList arguments;
        QString name; // for the status line: "gnome-terminal", "$TERMINAL (…)", "Terminal"
    };
    using ProgramFinder = std::function<QString(const QString &program)>;

    explicit PsqlLauncher(QObject *parent = nullptr);
    ~PsqlLauncher() override;

    // Directories searched before PATH and the usual places (a directory the user chose).
    void setExtraSearchDirs(const QStringList &dirs) { m_extraDirs = dirs; }
    void setPassfileLifetimeMs(int ms) { m_lifetimeMs = ms; }

    // Finds psql (on a worker thread), writes the passfile and starts the terminal; answers with
    // launched() or failed(). `title` names the database for the window ("acme-storefront DATABASE").
    void launch(const ConnInfo &connection, const QString &title);
    // Passfiles that exist now (for tests and the status line).
    QStringList passfiles() const;

    static System currentSystem();
    // The terminal that runs `command` (a POSIX shell command line; a cmd.exe one on Windows):
    // $TERMINAL (with -e), x-terminal-emulator, gnome-terminal, konsole, xterm on Unix; Terminal
    // (osascript) on macOS; Windows Terminal, else cmd on Windows. nullopt when none is found.
    static std::optional<Terminal> terminalFor(const QString &command, const QProcessEnvironment &environment,
                                               System system, const ProgramFinder &find = {});
    // The command the terminal runs: psql with `connection` (without its password) and PGPASSFILE,
    // then the passfile and its directory removed; on an error it waits for Enter (Unix).
    static QString terminalCommand(const QString &psql, const ConnInfo &connection, const QString &passfile,
                                   System system);

signals:
    void launched(const QString &description);
    void failed(const QString &error);

private:
    void start(const QString &psql, const QString &version, const ConnInfo &connection, const QString &title);

    QStringList m_extraDirs;
    int m_lifetimeMs = 120000;
    std::vector<std::shared_ptr<QTemporaryDir>> m_dirs;
};

} // namespace hpg
