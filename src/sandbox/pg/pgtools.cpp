#include "sandbox/pg/pgtools.h"

#include "sandbox/pg/pgerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hpg::sandbox {

namespace {

bool hasInitdb(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(dir + QStringLiteral("/initdb")).isExecutable();
}

// The newest <prefix><version><suffix> directory that holds initdb.
QString newestVersionDir(const QString &parent, const QString &prefix, const QString &suffix)
{
    const QDir dir(parent);
    QStringList names = dir.entryList({ prefix + QStringLiteral("*") }, QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return a.mid(prefix.size()).toDouble() > b.mid(prefix.size()).toDouble();
    });
    for (const QString &name : names) {
        const QString candidate = dir.filePath(name) + suffix;
        if (hasInitdb(candidate))
            return candidate;
    }
    return {};
}

QString locateBinDir()
{
    const QString fromEnv = qEnvironmentVariable("HPG_PG_BINDIR");
    if (hasInitdb(fromEnv))
        return fromEnv;
    const QString debian15 = QStringLiteral("/usr/lib/postgresql/15/bin");
    if (hasInitdb(debian15))
        return debian15;
    QString dir = newestVersionDir(QStringLiteral("/usr/lib/postgresql"), QString(), QStringLiteral("/bin"));
    if (dir.isEmpty())
        dir = newestVersionDir(QStringLiteral("/usr"), QStringLiteral("pgsql-"), QStringLiteral("/bin"));
    if (dir.isEmpty()) {
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        if (!onPath.isEmpty())
            dir = QFileInfo(onPath).absolutePath();
    }
    return dir;
}

QString tail(const QByteArray &text, int maxChars = 2000)
{
    QString s = QString::fromLocal8Bit(text).trimmed();
    if (s.size() > maxChars)
        s = QStringLiteral("…") + s.right(maxChars);
    return s;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The major version of the server programs in `binDir` (postgres --version), 0 when unknown.
int majorOf(const QString &binDir)
{
    QProcess process;
    process.start(binDir + QStringLiteral("/postgres"), { QStringLiteral("--version") });
    if (!process.waitForFinished(10000))
        return 0;
    static const QRegularExpression version(QStringLiteral("\\) (\\d+)"));
    const QRegularExpressionMatch match = version.match(QString::fromLatin1(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString majorList(const QList<int> &majors)
{
    QStringList names;
    for (int major : majors)
        names << QString::number(major);
    return names.join(QStringLiteral(", ")); // not prose: numbers in an untranslated sandbox message
}

// Runs the embedded installpostgres.sh for `major` unless `dir` already holds it. One install at a
// time in this process (the script also locks against other processes).
void installVersion(const QString &dir, int major)
{
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    if (QFileInfo(dir + QStringLiteral("/bin/postgres")).isExecutable() && QFileInfo::exists(dir + QStringLiteral("/VERSION")))
        return;
    QFile script(QStringLiteral(":/sandbox/installpostgres.sh"));
    if (!script.open(QIODevice::ReadOnly))
        throw PgError(QStringLiteral("The sandbox's PostgreSQL installer is missing from its resources"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"),
                  { QStringLiteral("-c"), QString::fromUtf8(script.readAll()), QStringLiteral("installpostgres.sh"),
                    QFileInfo(dir).absolutePath(), QString::number(major) });
    if (!process.waitForStarted(30000) || !process.waitForFinished(15 * 60 * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        throw PgError(QStringLiteral("Installing PostgreSQL %1 into %2 did not finish: %3")
                          .arg(major)
                          .arg(dir, process.errorString()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw PgError(QStringLiteral("PostgreSQL %1 is not installed in %2 and could not be installed: %3")
                          .arg(major)
                          .arg(dir, tail(process.readAllStandardError())));
    qInfo("hpgdesk-sandbox: %s", qPrintable(QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed()));
}

} // namespace

PgTools::PgTools()
{
    m_binDir = locateBinDir();
    m_clientBinDir = m_binDir;
    if (!m_binDir.isEmpty())
        m_defaultMajor = majorOf(m_binDir);
    if (m_binDir.isEmpty()) {
        m_problem = QStringLiteral("PostgreSQL server programs (initdb, pg_ctl) were not found; install PostgreSQL "
                                   "15 or set HPG_PG_BINDIR.");
        return;
    }
    if (::geteuid() != 0)
        return;
    m_switchUser = true;
    m_userName = qEnvironmentVariable("HPG_SANDBOX_PG_USER", QStringLiteral("postgres"));
    const QByteArray name = m_userName.toLocal8Bit();
    const struct passwd *pw = ::getpwnam(name.constData());
    if (!pw) {
        m_problem = QStringLiteral("PostgreSQL refuses to run as root and there is no user \"%1\" to run it as; "
                                   "create it or set HPG_SANDBOX_PG_USER.")
                        .arg(m_userName);
        return;
    }
    if (pw->pw_uid == 0) {
        m_problem = QStringLiteral("The PostgreSQL user \"%1\" must not be root.").arg(m_userName);
        return;
    }
    m_uid = pw->pw_uid;
    m_gid = pw->pw_gid;
}

void PgTools::ensureUsable() const
{
    if (!m_problem.isEmpty())
        throw PgError(m_problem);
}

QString PgTools::binary(const QString &name) const
{
    const QString own = m_binDir + QLatin1Char('/') + name;
    if (m_clientBinDir == m_binDir || QFileInfo::exists(own))
        return own;
    return m_clientBinDir + QLatin1Char('/') + name;
}

QList<int> PgTools::supportedMajors() const
{
    QList<int> majors;
    if (m_defaultMajor > 0)
        majors << m_defaultMajor;
    for (int major : { 16, 17 }) {
        if (!majors.contains(major))
            majors << major;
    }
    return majors;
}

QString PgTools::versionsDir()
{
    const QString fromEnv = qEnvironmentVariable("HPG_PG_VERSIONS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (::geteuid() == 0)
        return QStringLiteral("/var/cache/hpgdesk/postgresql");
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/hpgdesk/postgresql");
}

PgTools PgTools::forMajor(int major) const
{
    ensureUsable();
    if (major <= 0 || major == m_defaultMajor)
        return *this;
    if (!supportedMajors().contains(major))
        throw PgError(QStringLiteral("PostgreSQL %1 is not available in the sandbox; it has PostgreSQL %2.")
                          .arg(major)
                          .arg(majorList(supportedMajors())));
    const QString dir = versionsDir() + QLatin1Char('/') + QString::number(major);
    installVersion(dir, major);
    PgTools tools = *this;
    tools.m_binDir = dir + QStringLiteral("/bin");
    return tools;
}

QProcessEnvironment PgTools::environment(const QProcessEnvironment &extraEnv)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(extraEnv);
    return env;
}

void PgTools::prepare(QProcess &process, const QProcessEnvironment &extraEnv) const
{
    process.setProcessEnvironment(environment(extraEnv));
    process.setStandardInputFile(QProcess::nullDevice());
    const bool switchUser = m_switchUser;
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([switchUser, uid, gid]() {
        ::umask(077);
        if (!switchUser)
            return;
        if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
            static const char message[] = "hpgdesk-sandbox: cannot switch to the PostgreSQL user\n";
            [[maybe_unused]] const auto written = ::write(2, message, sizeof message - 1);
            ::_exit(126);
        }
    });
}

PgTools::Result PgTools::run(const QString &program, const QStringList &arguments, const QString &workingDir,
                             const QProcessEnvironment &extraEnv, int timeoutMs) const
{
    ensureUsable();
    const QString path = program.startsWith(QLatin1Char('/')) ? program : binary(program);
    const QString name = QFileInfo(path).fileName();
    QProcess process;
    prepare(process, extraEnv);
    process.setWorkingDirectory(workingDir);
    process.start(path, arguments);
    if (!process.waitForStarted(30000))
        throw PgError(QStringLiteral("Could not start %1: %2").arg(path, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        throw PgError(QStringLiteral("%1 did not finish within %2 s: %3")
                          .arg(name)
                          .arg(timeoutMs / 1000)
                          .arg(tail(process.readAllStandardError())));
    }
    Result result;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        throw PgError(QStringLiteral("%1 crashed: %2").arg(name, tail(result.err)));
    result.exitCode = process.exitCode();
    return result;
}

PgTools::Result PgTools::runChecked(const QString &what, const QString &program, const QStringList &arguments,
                                    const QString &workingDir, const QProcessEnvironment &extraEnv, int timeoutMs) const
{
    Result result = run(program, arguments, workingDir, extraEnv, timeoutMs);
    if (result.exitCode != 0) {
        QString detail = tail(result.err);
        if (detail.isEmpty())
            detail = tail(result.out);
        throw PgError(QStringLiteral("%1 failed (exit code %2): %3").arg(what).arg(result.exitCode).arg(detail));
    }
    return result;
}

void PgTools::makeServerDir(const QString &dir, int mode) const
{
    if (!QDir().mkpath(dir))
        throw PgError(QStringLiteral("Could not create %1").arg(dir));
    const QByteArray path = QFile::encodeName(dir);
    if (::chmod(path.constData(), mode_t(mode)) != 0)
        throw PgError(QStringLiteral("Could not set permissions on %1: %2").arg(dir, errnoText()));
    if (m_switchUser && ::chown(path.constData(), m_uid, m_gid) != 0)
        throw PgError(QStringLiteral("Could not give %1 to %2: %3").arg(dir, m_userName, errnoText()));
}

void PgTools::writeServerFile(const QString &path, const QByteArray &contents, int mode) const
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(mode));
    if (fd < 0)
        throw PgError(QStringLiteral("Could not write %1: %2").arg(path, errnoText()));
    bool ok = ::fchmod(fd, mode_t(mode)) == 0;
    if (ok && m_switchUser)
        ok = ::fchown(fd, m_uid, m_gid) == 0;
    qsizetype done = 0;
    while (ok && done < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + done, size_t(contents.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            done += n;
    }
    const QString error = ok ? QString() : errnoText();
    ::close(fd);
    if (!ok)
        throw PgError(QStringLiteral("Could not write %1: %2").arg(path, error));
}

void PgTools::ensureTraversable(const QString &dir) const
{
    if (!m_switchUser)
        return;
    QString current = QDir(dir).absolutePath();
    QStringList chain;
    while (!current.isEmpty()) {
        chain.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &path : std::as_const(chain)) {
        const QByteArray native = QFile::encodeName(path);
        struct stat st = {};
        if (::stat(native.constData(), &st) != 0)
            throw PgError(QStringLiteral("Could not inspect %1: %2").arg(path, errnoText()));
        mode_t needed = S_IXOTH;
        if (st.st_uid == m_uid)
            needed = S_IXUSR;
        else if (st.st_gid == m_gid)
            needed = S_IXGRP;
        if (st.st_mode & needed)
            continue;
        if (::chmod(native.constData(), (st.st_mode & 07777) | needed) != 0)
            throw PgError(QStringLiteral("The PostgreSQL user %1 cannot reach %2 and its permissions could not be "
                                         "changed: %3")
                              .arg(m_userName, path, errnoText()));
        qInfo("hpgdesk-sandbox: let the PostgreSQL user traverse %s (added the search permission)", native.constData());
    }
}

bool PgTools::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A zombie (nobody reaped it, e.g. when PID 1 does not) is not alive.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || close + 2 >= line.size())
        return true;
    const char state = line.at(close + 2);
    return state != 'Z' && state != 'X';
}

} // namespace hpg::sandbox
