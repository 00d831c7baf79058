#include "pgtoolfinder.h"

#include "core/secrets/childenvironment.h"
#include "core/settings/languagemanager.h"
#include "core/threads/workerpool.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QtConcurrent>

#include <algorithm>

namespace hpg {

namespace {

// Expands one trailing-or-inner "*" path component ("/usr/lib/postgresql/*/bin").
QStringList expand(const QString &pattern)
{
    const qsizetype star = pattern.indexOf(QLatin1Char('*'));
    if (star < 0)
        return { pattern };
    const qsizetype slashBefore = pattern.lastIndexOf(QLatin1Char('/'), star);
    const qsizetype slashAfter = pattern.indexOf(QLatin1Char('/'), star);
    const QString parent = pattern.left(slashBefore);
    const QString nameFilter
        = pattern.mid(slashBefore + 1, (slashAfter < 0 ? pattern.size() : slashAfter) - slashBefore - 1);
    const QString rest = slashAfter < 0 ? QString() : pattern.mid(slashAfter);
    QStringList result;
    const QDir dir(parent);
    // Newest first by name order within a family (15 before 14 after the numeric sort below).
    QStringList names = dir.entryList({ nameFilter }, QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return PgToolVersion::parse(QString(a).remove(QRegularExpression(QStringLiteral("^\\D+")))).number
            > PgToolVersion::parse(QString(b).remove(QRegularExpression(QStringLiteral("^\\D+")))).number;
    });
    for (const QString &name : std::as_const(names))
        result += expand(parent + QLatin1Char('/') + name + rest);
    return result;
}

QString findProgram(const QString &dir, const QString &name)
{
    return QStandardPaths::findExecutable(name, { dir });
}

PgToolVersion versionOf(const QString &program, int timeoutMs)
{
    if (program.isEmpty())
        return {};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(ChildEnvironment::clean());
    process.start(program, { QStringLiteral("--version") });
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return PgToolVersion::parse(QString::fromLocal8Bit(process.readAll()).trimmed());
}

// Debian's /usr/bin/pg_dump is a link to pg_wrapper; the real directory is preferred on a tie.
bool isWrapper(const PgToolInstall &install)
{
    return !QFileInfo(install.pgDump).canonicalFilePath().contains(QLatin1String("pg_dump"));
}

QString describe(const PgToolInstall &install)
{
    return QStringLiteral("%1 (%2)").arg(install.version().text(), QDir::toNativeSeparators(install.binDir));
}

} // namespace

QStringList PgToolFinder::defaultSearchDirs(const QStringList &extraDirs)
{
    QStringList patterns = extraDirs;
    const QChar separator = QDir::listSeparator();
    patterns += qEnvironmentVariable("PATH").split(separator, Qt::SkipEmptyParts);
#if defined(Q_OS_WIN)
    for (const char *variable : { "ProgramFiles", "ProgramW6432", "ProgramFiles(x86)" }) {
        const QString base = qEnvironmentVariable(variable);
        if (!base.isEmpty())
            patterns += QDir::fromNativeSeparators(base) + QStringLiteral("/PostgreSQL/*/bin");
    }
    patterns += QStringLiteral("C:/Program Files/PostgreSQL/*/bin");
#else
    patterns += {
        QStringLiteral("/usr/lib/postgresql/*/bin"), // Debian, Ubuntu
        QStringLiteral("/usr/pgsql-*/bin"), // PGDG RPMs
        QStringLiteral("/usr/local/pgsql/bin"), // built from source
        QStringLiteral("/Applications/Postgres.app/Contents/Versions/*/bin"),
        postgresAppBinDir(),
        QStringLiteral("/opt/homebrew/opt/postgresql@*/bin"),
        QStringLiteral("/usr/local/opt/postgresql@*/bin"),
        QStringLiteral("/opt/homebrew/bin"),
        QStringLiteral("/usr/local/bin"),
    };
#endif
    QStringList dirs;
    QSet<QString> seen;
    for (const QString &pattern : std::as_const(patterns)) {
        for (const QString &dir : expand(QDir::fromNativeSeparators(pattern))) {
            const QFileInfo info(dir);
            if (!info.isDir())
                continue;
            const QString canonical = info.canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);
            dirs.append(dir);
        }
    }
    return dirs;
}

PgToolInstall PgToolFinder::probe(const QString &dir, int timeoutMs)
{
    PgToolInstall install;
    install.binDir = dir;
    install.pgDump = findProgram(dir, QStringLiteral("pg_dump"));
    install.pgRestore = findProgram(dir, QStringLiteral("pg_restore"));
    install.createdb = findProgram(dir, QStringLiteral("createdb"));
    install.psql = findProgram(dir, QStringLiteral("psql"));
    if (!install.pgDump.isEmpty() && !install.pgRestore.isEmpty()) {
        install.dumpVersion = versionOf(install.pgDump, timeoutMs);
        install.restoreVersion = versionOf(install.pgRestore, timeoutMs);
    }
    return install;
}

QList<PgToolInstall> PgToolFinder::probeAll(const QStringList &dirs)
{
    QList<PgToolInstall> installs;
    QSet<QString> programs;
    for (const QString &dir : dirs) {
        const QString dump = findProgram(dir, QStringLiteral("pg_dump"));
        if (dump.isEmpty())
            continue;
        // /usr/bin/pg_dump on Debian is a wrapper script; its canonical path differs from the real
        // binaries, so both are probed and the real directories win ties below.
        const QString canonical = QFileInfo(dump).canonicalFilePath();
        if (programs.contains(canonical))
            continue;
        programs.insert(canonical);
        installs.append(probe(dir));
    }
    return installs;
}

QFuture<QList<PgToolInstall>> PgToolFinder::discover(const QStringList &dirs)
{
    return QtConcurrent::run(workerPool(), [dirs] { return probeAll(dirs); });
}

PgToolFinder::Choice PgToolFinder::choose(const QList<PgToolInstall> &installs, int serverVersionNumber)
{
    const PgToolVersion server = PgToolVersion::fromNumber(serverVersionNumber);
    const PgToolInstall *best = nullptr;
    const PgToolInstall *newest = nullptr;
    for (const PgToolInstall &install : installs) {
        if (!install.isUsable())
            continue;
        if (!newest || install.version().number > newest->version().number)
            newest = &install;
        if (install.version().majorKey() < server.majorKey())
            continue;
        if (!best || install.version().number > best->version().number
            || (install.version().number == best->version().number && isWrapper(*best) && !isWrapper(install)))
            best = &install;
    }
    Choice choice;
    if (best) {
        choice.install = *best;
        return choice;
    }
    const QString needed = server.majorText();
    if (!newest) {
        choice.error = LanguageManager::joinSentences(
            { tr("No pg_dump and pg_restore were found on PATH or in the usual places. Install the "
                 "PostgreSQL %1 client programs (or newer) and try again. If you use Postgres.app, add %2 "
                 "to your PATH.")
                  .arg(needed, postgresAppBinDir()),
              whereToGet(needed) });
        return choice;
    }
    choice.error = LanguageManager::joinSentences(
        { tr("The database runs PostgreSQL %1, but the newest pg_dump found is version %2. pg_dump must be "
             "version %3 or newer: install the PostgreSQL %3 client programs, or put their directory first "
             "in your PATH. If you use Postgres.app, add %4 to your PATH.")
              .arg(server.text(), describe(*newest), needed, postgresAppBinDir()),
          whereToGet(needed) });
    return choice;
}

QString PgToolFinder::versionMismatchMessage(const QString &serverVersion, const QString &dumpVersion)
{
    const PgToolVersion server = PgToolVersion::parse(serverVersion);
    const QString needed = server.isValid() ? server.majorText() : serverVersion;
    return LanguageManager::joinSentences(
        { tr("pg_dump %1 cannot dump a server running PostgreSQL %2. Install the PostgreSQL %3 client programs "
             "(or newer), or put their directory first in your PATH. If you use Postgres.app, add %4 to your PATH.")
              .arg(dumpVersion, serverVersion, needed, postgresAppBinDir()),
          whereToGet(needed) });
}

QString PgToolFinder::whereToGet(const QString &major)
{
#if defined(Q_OS_MACOS)
    return tr("With Homebrew they come with the package postgresql@%1.").arg(major);
#elif defined(Q_OS_WIN)
    return tr("The PostgreSQL %1 installer from https://www.postgresql.org/download/windows/ includes them.")
        .arg(major);
#else
    return tr("On Debian and Ubuntu they are the package postgresql-client-%1 from the PostgreSQL apt repository "
              "(https://apt.postgresql.org); on Red Hat and Fedora, the package postgresql%1 from "
              "https://yum.postgresql.org.")
        .arg(major);
#endif
}

} // namespace hpg
