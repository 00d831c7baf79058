#pragma once

#include "pgtoolinstall.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QStringList>

namespace hpg {

// Finds pg_dump / pg_restore / createdb the way a DBA's machine has them: on PATH and in the
// usual places (/usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, Homebrew, Postgres.app, the
// Windows installer's directory), asks each for its version, and chooses the newest whose
// major version is at least the server's (pg_dump refuses to dump a newer server).
class PgToolFinder
{
    Q_DECLARE_TR_FUNCTIONS(hpg::PgToolFinder)
public:
    struct Choice
    {
        PgToolInstall install; // valid when error is empty
        QString error; // translated, names the version needed and where to look
        bool ok() const { return error.isEmpty(); }
    };

    // `extraDirs` first (a directory the user chose), then PATH, then the usual places. Globs
    // are expanded, missing directories dropped, duplicates removed.
    static QStringList defaultSearchDirs(const QStringList &extraDirs = {});

    // Blocking (runs the programs with --version): call on a worker thread.
    static PgToolInstall probe(const QString &dir, int timeoutMs = 10000);
    static QList<PgToolInstall> probeAll(const QStringList &dirs);
    // probeAll() on a worker thread.
    static QFuture<QList<PgToolInstall>> discover(const QStringList &dirs);

    // The newest usable install whose major version is at least the server's
    // (`serverVersionNumber` as in server_version_num, 150020); otherwise an error that says
    // which version is needed, what was found, and the Postgres.app PATH hint.
    static Choice choose(const QList<PgToolInstall> &installs, int serverVersionNumber);
    // The same error from pg_dump's own "server version mismatch" message.
    static QString versionMismatchMessage(const QString &serverVersion, const QString &dumpVersion);
    // One sentence on where this platform gets the client programs of PostgreSQL `major` ("17").
    static QString whereToGet(const QString &major);
    // Where the Dev Center's troubleshooting says Postgres.app users go wrong.
    static QString postgresAppBinDir() { return QStringLiteral("/Applications/Postgres.app/Contents/MacOS/bin"); }
};

} // namespace hpg
