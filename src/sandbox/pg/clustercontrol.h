#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace hpg::sandbox {

class PgTools;
struct ClusterRecord;

// The process side of a cluster: directories, initdb, pg_basebackup, configuration files,
// pg_ctl start, stopping by signal. Blocking; for worker threads. Throws PgError.
class ClusterControl
{
public:
    explicit ClusterControl(const PgTools &tools);

    // <dir> (0711, the sandbox's user: the server user may pass but not list it), <dir>/data and
    // <dir>/log (0700, the server user). Also makes sure the server user can reach <dir>.
    void prepareDirectories(const ClusterRecord &record) const;
    // initdb (SCRAM, the superuser and its password from `record`, UTF8, C locale), then the SSL
    // certificate, pg_hba.conf and the include of sandbox.conf.
    void initdb(const ClusterRecord &record) const;
    // A physical copy of `source` into record's data directory with pg_basebackup, as the
    // replication role. With `standby` (-R) the copy becomes a streaming replica of the source;
    // the primary_conninfo that -R writes moves into sandbox.conf (so a new leader port can be
    // applied later). Without it the copy becomes an independent cluster when started (a fork).
    void baseBackup(const ClusterRecord &source, const ClusterRecord &record, bool standby) const;
    // The same copy without pg_basebackup, for versions the sandbox has no pg_basebackup of (its
    // client programs are the default version's): pg_backup_start on the source, its data
    // directory copied with tar as the server user, pg_backup_stop and its backup_label, then the
    // WAL written meanwhile. `standby` writes standby.signal (primary_conninfo is in sandbox.conf).
    void fileBackup(const ClusterRecord &source, const ClusterRecord &record, bool standby) const;
    // Writes sandbox.conf from `record`.
    void writeConfig(const ClusterRecord &record) const;
    // Starts the cluster with pg_ctl and returns the postmaster's pid. When record.port is
    // taken, asks `pickPort` for another one (and changes record.port). Throws PgError with the
    // end of the server log when it does not start.
    qint64 start(ClusterRecord &record, const std::function<int()> &pickPort) const;

    // The postmaster pid in <dataDir>/postmaster.pid (0 when none), and its port (line 4).
    static qint64 postmasterPid(const QString &dataDir, int *port = nullptr);
    // Fast shutdown of every pid (SIGINT), in parallel; SIGQUIT then SIGKILL for those still
    // alive after `timeoutMs`. Returns when all are gone.
    static void stop(const QList<qint64> &pids, int timeoutMs = 30000);
    // True when nothing listens on 127.0.0.1:port (checked the way PostgreSQL binds).
    static bool portFree(int port);
    // The last `maxChars` characters of a file (the server log in error messages).
    static QString fileTail(const QString &path, int maxChars = 1500);

private:
    const PgTools &m_tools;
};

} // namespace hpg::sandbox
