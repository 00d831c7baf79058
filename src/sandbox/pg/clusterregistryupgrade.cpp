// ClusterRegistry::upgrade: pg:upgrade of a sandbox database to a newer PostgreSQL major version.
//
// The sandbox has no pg_upgrade (the newer versions are server binaries only), so the upgrade is a
// logical one: a new cluster of the target version, with the same superuser, is filled from the
// running one with pg_dumpall --roles-only (role passwords are SCRAM secrets, so every credential
// keeps its password) and pg_dump | pg_restore --create (owners, privileges and database settings
// come through), then its data directory takes the old one's place and starts on the same port:
// the add-on, its URLs and attachments stay as they were. Client sessions are kept out while the
// data is copied (the database's connection limit is 0; the superuser is exempt), the way the
// database is unavailable during an upgrade on Heroku.

#include "sandbox/pg/clusteradmin.h"
#include "sandbox/pg/clusterregistry.h"
#include "sandbox/pg/pgconnection.h"
#include "sandbox/pg/pgcopy.h"
#include "sandbox/pg/pgerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hpg::sandbox {

namespace {

const QString maintenanceDatabase = QStringLiteral("postgres");

// The connection limit of the record's database (-1: none).
int connectionLimit(const ClusterRecord &record)
{
    PgConnection conn(record.superuserParams(maintenanceDatabase));
    const auto rows = conn.query(QStringLiteral("SELECT datconnlimit FROM pg_database WHERE datname = $1"),
                                 { record.database });
    return rows.isEmpty() ? -1 : rows.first().value(0).toInt();
}

void setConnectionLimit(const ClusterRecord &record, int limit)
{
    PgConnection conn(record.superuserParams(maintenanceDatabase));
    conn.exec(QStringLiteral("ALTER DATABASE %1 CONNECTION LIMIT %2").arg(conn.quoteIdentifier(record.database)).arg(limit));
}

// pg_dumpall --roles-only of `source`, replayed on `target` (a fresh cluster with the same
// superuser, which is left out).
void copyRoles(const PgTools &tools, const ClusterRecord &source, const ClusterRecord &target)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), source.superuserPassword);
    env.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("require"));
    const PgTools::Result dump = tools.runChecked(
        QStringLiteral("pg_dumpall --roles-only"), QStringLiteral("pg_dumpall"),
        { QStringLiteral("--roles-only"), QStringLiteral("--host=127.0.0.1"), QStringLiteral("--port=%1").arg(source.port),
          QStringLiteral("--username=") + source.superuser, QStringLiteral("--no-password"),
          QStringLiteral("--database=") + maintenanceDatabase },
        source.dir, env, 5 * 60 * 1000);
    QStringList statements;
    const QString createSuperuser = QStringLiteral("CREATE ROLE %1;").arg(source.superuser);
    const QStringList lines = QString::fromUtf8(dump.out).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        // psql meta-commands (\restrict …) and the superuser, which the new cluster already has.
        if (line.startsWith(QLatin1Char('\\')) || line.trimmed() == createSuperuser)
            continue;
        statements << line;
    }
    PgConnection conn(target.superuserParams(maintenanceDatabase));
    conn.exec(statements.join(QLatin1Char('\n')));
}

} // namespace

void ClusterRegistry::upgrade(const QString &addonId, int targetMajor,
                              const std::function<void(int, const QString &)> &progress,
                              const std::function<bool()> &cancelled)
{
    auto operations = lockOperations(addonId);
    ClusterRecord record = runningRecord(addonId);
    if (!record.following.isEmpty())
        throw PgError(QStringLiteral("%1 is a follower: it must stop following before it is upgraded").arg(addonId));
    const int fromMajor = majorOf(record);
    const QList<int> majors = m_tools.supportedMajors();
    if (targetMajor <= 0)
        targetMajor = *std::max_element(majors.cbegin(), majors.cend());
    if (!majors.contains(targetMajor))
        throw PgError(QStringLiteral("PostgreSQL %1 is not available in the sandbox").arg(targetMajor));
    if (targetMajor == fromMajor)
        throw PgError(QStringLiteral("%1 already runs PostgreSQL %2").arg(addonId).arg(fromMajor));
    if (targetMajor < fromMajor)
        throw PgError(QStringLiteral("%1 runs PostgreSQL %2: it cannot go back to %3")
                          .arg(addonId)
                          .arg(fromMajor)
                          .arg(targetMajor));
    {
        QMutexLocker locker(&m_mutex);
        for (const auto &e : std::as_const(m_entries)) {
            if (e->record.following == addonId)
                throw PgError(QStringLiteral("%1 has followers, and the sandbox cannot rebuild followers of a "
                                             "PostgreSQL %2 database; destroy or unfollow them first")
                                  .arg(addonId)
                                  .arg(targetMajor));
        }
    }

    if (progress)
        progress(1, QStringLiteral("Creating a PostgreSQL %1 database").arg(targetMajor));
    const PgTools &targetTools = toolsFor(targetMajor);
    const ClusterControl targetControl(targetTools);
    ClusterRecord next = record;
    next.pgMajor = targetMajor == m_tools.defaultMajor() ? 0 : targetMajor;
    next.dir = m_clustersDir + QStringLiteral("/.") + addonId + QStringLiteral(".upgrade");
    next.port = 0;
    removeLeftovers(next.dir);
    const int limit = connectionLimit(record);
    qint64 nextPid = 0;
    bool sourceClosed = false;
    try {
        targetControl.prepareDirectories(next);
        targetControl.initdb(next);
        nextPid = targetControl.start(next, [this, addonId] { return pickPort(addonId); });

        if (progress)
            progress(2, QStringLiteral("Copying roles and data into PostgreSQL %1").arg(targetMajor));
        setConnectionLimit(record, 0);
        sourceClosed = true;
        ClusterAdmin::terminateClientBackends(record);
        copyRoles(m_tools, record, next);
        PgCopy::run(m_tools, PgDataEnd::of(record.superuserParams()),
                    PgDataEnd::created(next.superuserParams(maintenanceDatabase)), {}, cancelled);
        setConnectionLimit(next, limit);
        PgConnection conn(next.superuserParams(maintenanceDatabase));
        // Like Heroku (and ClusterAdmin::bootstrap), the tenant sees only its own database.
        conn.exec(QStringLiteral("REVOKE CONNECT ON DATABASE postgres FROM PUBLIC; "
                                 "REVOKE CONNECT ON DATABASE template1 FROM PUBLIC"));
        if (cancelled && cancelled())
            throw PgError(QStringLiteral("canceled"));
    } catch (...) {
        if (nextPid > 0)
            ClusterControl::stop({ nextPid });
        QDir(next.dir).removeRecursively();
        if (sourceClosed) {
            try {
                setConnectionLimit(record, limit);
            } catch (const PgError &error) {
                qWarning("hpgdesk-sandbox: could not reopen %s after a failed upgrade: %s", qPrintable(addonId),
                         error.what());
            }
        }
        throw;
    }

    if (progress)
        progress(3, QStringLiteral("Switching over to PostgreSQL %1").arg(targetMajor));
    qint64 oldPid = 0;
    {
        QMutexLocker locker(&m_mutex);
        oldPid = operations.entry->pid;
        operations.entry->running = false; // not a crash: the watch must not report it
    }
    ClusterControl::stop({ oldPid, nextPid });
    // The new data directory takes the old one's place; the old one is removed once the new one
    // runs. startRecord() reads the version from PG_VERSION, so a sandbox killed between the
    // two renames or before cluster.json is saved still starts the right binaries (see
    // recoverInterruptedUpgrade()).
    const QString oldData = next.dir + QStringLiteral("/data.old");
    if (!QDir().rename(record.dataDir(), oldData) || !QDir().rename(next.dataDir(), record.dataDir())) {
        QDir().rename(oldData, record.dataDir());
        startRecord(operations.entry, record);
        throw PgError(QStringLiteral("Could not move the upgraded data directory of %1 into place").arg(addonId));
    }
    record.pgMajor = next.pgMajor;
    record.save();
    startRecord(operations.entry, record);
    QDir(next.dir).removeRecursively();
}

int ClusterRegistry::dataDirMajor(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/PG_VERSION"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toInt();
}

void ClusterRegistry::recoverInterruptedUpgrade(ClusterRecord &record) const
{
    // Killed between the two renames: the old data directory is still in the staging directory.
    const QString staging = m_clustersDir + QStringLiteral("/.") + record.addonId + QStringLiteral(".upgrade");
    if (!QFileInfo::exists(record.dataDir() + QStringLiteral("/PG_VERSION"))
        && QFileInfo::exists(staging + QStringLiteral("/data.old/PG_VERSION")))
        QDir().rename(staging + QStringLiteral("/data.old"), record.dataDir());
    const int onDisk = dataDirMajor(record.dataDir());
    if (onDisk > 0 && onDisk != majorOf(record)) {
        record.pgMajor = onDisk == m_tools.defaultMajor() ? 0 : onDisk;
        record.save();
    }
}

} // namespace hpg::sandbox
