#include "sandbox/pg/clustercontrol.h"

#include "sandbox/pg/certificate.h"
#include "sandbox/pg/clusterrecord.h"
#include "sandbox/pg/pgconnection.h"
#include "sandbox/pg/pgerror.h"
#include "sandbox/pg/pgtools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hpg::sandbox {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw PgError(QStringLiteral("Could not read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

ClusterControl::ClusterControl(const PgTools &tools)
    : m_tools(tools)
{ }

void ClusterControl::prepareDirectories(const ClusterRecord &record) const
{
    if (!QDir().mkpath(record.dir))
        throw PgError(QStringLiteral("Could not create %1").arg(record.dir));
    ::chmod(QFile::encodeName(record.dir).constData(), 0711);
    m_tools.ensureTraversable(record.dir);
    m_tools.makeServerDir(record.dataDir(), 0700);
    m_tools.makeServerDir(record.logDir(), 0700);
}

void ClusterControl::initdb(const ClusterRecord &record) const
{
    // initdb reads the superuser's password from a file; it lives for the duration of initdb in
    // the server user's private log directory.
    const QString passwordFile = record.logDir() + QStringLiteral("/initdb.pw");
    m_tools.writeServerFile(passwordFile, record.superuserPassword.toUtf8() + '\n', 0600);
    try {
        m_tools.runChecked(QStringLiteral("initdb"), QStringLiteral("initdb"),
                           { QStringLiteral("--pgdata=") + record.dataDir(),
                             QStringLiteral("--username=") + record.superuser,
                             QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth=scram-sha-256"),
                             QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C"),
                             QStringLiteral("--no-sync"), QStringLiteral("--no-instructions") },
                           record.dir);
    } catch (...) {
        QFile::remove(passwordFile);
        throw;
    }
    QFile::remove(passwordFile);

    Certificate::generate(m_tools, record.dataDir());
    m_tools.writeServerFile(record.dataDir() + QStringLiteral("/pg_hba.conf"), ClusterRecord::hbaConf(), 0600);
    const QString conf = record.dataDir() + QStringLiteral("/postgresql.conf");
    m_tools.writeServerFile(conf,
                            readAll(conf)
                                + "\n# hpgdesk-sandbox: port, SSL, replication and speed settings.\n"
                                  "include_if_exists = 'sandbox.conf'\n",
                            0600);
}

void ClusterControl::baseBackup(const ClusterRecord &source, const ClusterRecord &record, bool standby) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), source.replicationPassword);
    env.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("require"));
    env.insert(QStringLiteral("PGAPPNAME"), record.addonId);
    QStringList args = { QStringLiteral("--host=127.0.0.1"),
                         QStringLiteral("--port=%1").arg(source.port),
                         QStringLiteral("--username=") + source.replicationUser,
                         QStringLiteral("--no-password"),
                         QStringLiteral("--pgdata=") + record.dataDir(),
                         QStringLiteral("--wal-method=stream"),
                         QStringLiteral("--checkpoint=fast"),
                         QStringLiteral("--no-sync") };
    if (standby)
        args << QStringLiteral("--write-recovery-conf");
    m_tools.runChecked(QStringLiteral("pg_basebackup"), QStringLiteral("pg_basebackup"), args, record.dir, env,
                       30 * 60 * 1000);

    // -R wrote primary_conninfo into postgresql.auto.conf, which overrides sandbox.conf; keep it
    // in sandbox.conf instead, written from cluster.json with the leader's current port.
    const QString autoConf = record.dataDir() + QStringLiteral("/postgresql.auto.conf");
    if (QFile::exists(autoConf)) {
        QByteArrayList kept;
        const QByteArrayList lines = readAll(autoConf).split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().startsWith("primary_conninfo"))
                kept.append(line);
        }
        m_tools.writeServerFile(autoConf, kept.join('\n'), 0600);
    }
    if (!standby)
        QFile::remove(record.dataDir() + QStringLiteral("/standby.signal"));
}

void ClusterControl::fileBackup(const ClusterRecord &source, const ClusterRecord &record, bool standby) const
{
    // Files that change or vanish while tar reads them are expected in a live data directory:
    // the WAL replayed from the backup's start makes the copy consistent.
    const auto copy = [this, &source, &record](const QString &what, const QStringList &tarArguments) {
        // sh -c SCRIPT sh SOURCE TARGET TAR-ARGUMENTS…: the exit status is the extracting tar's.
        const QStringList arguments
            = QStringList { QStringLiteral("-c"),
                            QStringLiteral("src=$1; dst=$2; shift 2; "
                                           "tar -C \"$src\" -cf - \"$@\" | tar -C \"$dst\" -xf -"),
                            QStringLiteral("sh"), source.dataDir(), record.dataDir() }
            + tarArguments;
        m_tools.runChecked(what, QStringLiteral("/bin/sh"), arguments, record.dir, {}, 30 * 60 * 1000);
    };
    PgConnection conn(source.superuserParams(QStringLiteral("postgres")));
    conn.exec(QStringLiteral("SELECT pg_backup_start($1, true)"),
              { QStringLiteral("hpgdesk-sandbox ") + record.addonId });
    QList<QStringList> stop;
    try {
        copy(QStringLiteral("Copying the data directory"),
             { QStringLiteral("--exclude=./postmaster.pid"), QStringLiteral("--exclude=./postmaster.opts"),
               QStringLiteral("--exclude=./pg_wal"), QStringLiteral("--exclude=./pg_replslot"),
               QStringLiteral("--exclude=./standby.signal"), QStringLiteral("--exclude=./recovery.signal"),
               QStringLiteral("--exclude=./backup_label"), QStringLiteral("--exclude=./pg_stat_tmp"),
               QStringLiteral("--warning=no-file-changed"), QStringLiteral("--warning=no-file-removed"),
               QStringLiteral("--ignore-failed-read"), QStringLiteral(".") });
        stop = conn.query(QStringLiteral("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)"));
    } catch (...) {
        try {
            conn.exec(QStringLiteral("SELECT pg_backup_stop(false)"));
        } catch (const PgError &) { }
        throw;
    }
    m_tools.writeServerFile(record.dataDir() + QStringLiteral("/backup_label"), stop.value(0).value(0).toUtf8(), 0600);
    if (!stop.value(0).value(1).isEmpty())
        m_tools.writeServerFile(record.dataDir() + QStringLiteral("/tablespace_map"), stop.value(0).value(1).toUtf8(),
                                0600);
    // The WAL from the backup's start to its end (kept by wal_keep_size), after pg_backup_stop.
    copy(QStringLiteral("Copying the WAL"),
         { QStringLiteral("--exclude=./pg_wal/archive_status/*"), QStringLiteral("--warning=no-file-changed"),
           QStringLiteral("--warning=no-file-removed"), QStringLiteral("--ignore-failed-read"),
           QStringLiteral("./pg_wal") });
    m_tools.makeServerDir(record.dataDir() + QStringLiteral("/pg_replslot"), 0700);
    m_tools.makeServerDir(record.dataDir() + QStringLiteral("/pg_stat_tmp"), 0700);
    m_tools.makeServerDir(record.dataDir() + QStringLiteral("/pg_wal/archive_status"), 0700);
    // primary_conninfo and the like from the source's postgresql.auto.conf are not wanted.
    m_tools.writeServerFile(record.dataDir() + QStringLiteral("/postgresql.auto.conf"),
                            "# Do not edit this file manually!\n", 0600);
    if (standby)
        m_tools.writeServerFile(record.dataDir() + QStringLiteral("/standby.signal"), QByteArray(), 0600);
}

void ClusterControl::writeConfig(const ClusterRecord &record) const
{
    m_tools.writeServerFile(record.dataDir() + QStringLiteral("/sandbox.conf"), record.sandboxConf(), 0600);
}

qint64 ClusterControl::start(ClusterRecord &record, const std::function<int()> &pickPort) const
{
    // A postmaster that was killed leaves its postmaster.pid behind. PostgreSQL checks the pid
    // with kill(0), which also succeeds for a zombie that nobody reaped yet (PID 1 in some
    // containers is slow to): remove the file when that process is really gone.
    const qint64 stalePid = postmasterPid(record.dataDir());
    if (stalePid > 0 && !PgTools::processAlive(stalePid))
        QFile::remove(record.dataDir() + QStringLiteral("/postmaster.pid"));

    QString lastLog;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (record.port <= 0 || !portFree(record.port))
            record.port = pickPort();
        writeConfig(record);
        const qint64 logStart = QFileInfo(record.logFile()).size();
        const PgTools::Result result
            = m_tools.run(QStringLiteral("pg_ctl"),
                          { QStringLiteral("start"), QStringLiteral("--pgdata=") + record.dataDir(),
                            QStringLiteral("--log=") + record.logFile(), QStringLiteral("--wait"),
                            QStringLiteral("--timeout=60"), QStringLiteral("--silent") },
                          record.dir, {}, 90000);
        if (result.exitCode == 0) {
            const qint64 pid = postmasterPid(record.dataDir());
            if (pid > 0)
                return pid;
        }
        QFile log(record.logFile());
        if (log.open(QIODevice::ReadOnly)) {
            log.seek(logStart);
            lastLog = QString::fromUtf8(log.readAll()).trimmed();
        }
        if (lastLog.isEmpty())
            lastLog = QString::fromLocal8Bit(result.err).trimmed();
        // Someone took the port between the check and the start: try another one.
        if (!lastLog.contains(QStringLiteral("could not bind")) && !lastLog.contains(QStringLiteral("in use")))
            break;
        record.port = pickPort();
    }
    if (lastLog.size() > 1500)
        lastLog = QStringLiteral("…") + lastLog.right(1500);
    throw PgError(QStringLiteral("PostgreSQL did not start for %1: %2").arg(record.addonId, lastLog));
}

qint64 ClusterControl::postmasterPid(const QString &dataDir, int *port)
{
    QFile file(dataDir + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArrayList lines = file.readAll().split('\n');
    if (port)
        *port = lines.size() > 3 ? lines.at(3).trimmed().toInt() : 0;
    return lines.value(0).trimmed().toLongLong();
}

void ClusterControl::stop(const QList<qint64> &pids, int timeoutMs)
{
    QList<qint64> alive;
    for (qint64 pid : pids) {
        if (PgTools::processAlive(pid)) {
            ::kill(pid_t(pid), SIGINT); // fast shutdown
            alive.append(pid);
        }
    }
    const auto waitFor = [&alive](int ms) {
        QElapsedTimer timer;
        timer.start();
        while (!alive.isEmpty() && timer.elapsed() < ms) {
            alive.removeIf([](qint64 pid) { return !PgTools::processAlive(pid); });
            if (!alive.isEmpty())
                QThread::msleep(20);
        }
    };
    waitFor(timeoutMs);
    for (qint64 pid : std::as_const(alive))
        ::kill(pid_t(pid), SIGQUIT); // immediate shutdown
    waitFor(5000);
    for (qint64 pid : std::as_const(alive))
        ::kill(pid_t(pid), SIGKILL);
    waitFor(5000);
}

bool ClusterControl::portFree(int port)
{
    if (port <= 0 || port > 65535)
        return false;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    // PostgreSQL sets SO_REUSEADDR, so a port with connections in TIME_WAIT is still usable.
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool free = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return free;
}

QString ClusterControl::fileTail(const QString &path, int maxChars)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > maxChars * 4)
        file.seek(file.size() - maxChars * 4);
    QString text = QString::fromUtf8(file.readAll()).trimmed();
    if (text.size() > maxChars)
        text = text.right(maxChars);
    return text;
}

} // namespace hpg::sandbox
