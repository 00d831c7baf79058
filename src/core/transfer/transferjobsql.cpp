// TransferJob's SQL around the programs: the source server's version checked before anything is
// made, the extensions compared after a transfer, and the drop of a half-made local database.

#include "core/settings/languagemanager.h"
#include "core/threads/workerpool.h"
#include "pgquery.h"
#include "transferjob.h"
#include "whendone.h"

#include <QtConcurrent>

namespace hpg {

// The pre-flight chose pg_dump for the server's version, but the server may have changed since
// (a version upgrade in between): pg_dump refuses a newer server, and finding that out only
// after the local database was created would leave it half-made. A source that cannot be
// reached is left to pg_dump, which says why.
void TransferJob::checkSourceVersion()
{
    if (!m_spec.tools.dumpVersion.isValid()) {
        afterSourceVersion();
        return;
    }
    // The checks before the transfer read the source's version a moment ago: no second connection.
    if (m_spec.inventory.isValid()) {
        checkServerVersion(m_spec.inventory.serverVersion, m_spec.inventory.serverVersionText);
        return;
    }
    whenDone(this, PgQuery::run(m_spec.source, QStringLiteral("SELECT current_setting('server_version')")),
             [this](const PgQuery::Result &result) {
                 if (m_cancelling) {
                     complete(TransferOutcome::Status::Cancelled, tr("The transfer was cancelled."));
                     return;
                 }
                 checkServerVersion(result.connected ? result.serverVersion : 0, result.value());
             });
}

void TransferJob::checkServerVersion(int serverVersion, const QString &serverText)
{
    const PgToolVersion server = PgToolVersion::fromNumber(serverVersion);
    if (server.isValid() && server.majorKey() > m_spec.tools.dumpVersion.majorKey()) {
        m_mismatchServer = serverText.isEmpty() ? server.text() : serverText;
        m_mismatchTool = m_spec.tools.dumpVersion.text();
        appendLog(tr("The source database runs PostgreSQL %1; pg_dump is version %2.")
                      .arg(m_mismatchServer, m_mismatchTool));
        fail(failureMessage());
        return;
    }
    afterSourceVersion();
}

QString TransferJob::extensionsQuery()
{
    return QStringLiteral("SELECT extname FROM pg_catalog.pg_extension ORDER BY extname");
}

void TransferJob::checkExtensions()
{
    m_tracker.setPhase(TransferProgress::Phase::Checking, m_clock.elapsed());
    emitProgress();
    // The source's list was read while the data moved; only the target's is read now.
    auto sourceFuture = m_sourceExtensions.isValid() ? m_sourceExtensions : PgQuery::run(m_spec.source, extensionsQuery());
    auto targetFuture = PgQuery::run(m_spec.target, extensionsQuery());
    auto both = QtConcurrent::run(workerPool(), [sourceFuture, targetFuture]() mutable {
        return QList<PgQuery::Result> { sourceFuture.result(), targetFuture.result() };
    });
    whenDone(this, both, [this](const QList<PgQuery::Result> &results) {
        if (!m_running)
            return;
        QStringList missing;
        if (results.value(0).ok && results.value(1).ok) {
            QStringList onSource;
            QStringList onTarget;
            for (const QStringList &row : results.at(0).rows.value(0))
                onSource.append(row.value(0));
            for (const QStringList &row : results.at(1).rows.value(0))
                onTarget.append(row.value(0));
            missing = TransferInventory::missingExtensions(onSource, onTarget);
        }
        if (!missing.isEmpty())
            m_warnings.append(tr("These extensions are installed on the source but not on the target: %1. Objects "
                                 "that use them may be missing; install them on the target if the data needs them.")
                                  .arg(LanguageManager::joinList(missing)));
        if (m_restoreIgnoredErrors)
            complete(TransferOutcome::Status::SucceededWithErrors,
                     tr("The data was transferred, but pg_restore reported %n error(s). See the log.", nullptr,
                        m_restoreErrors));
        else
            complete(TransferOutcome::Status::Succeeded, tr("The transfer is complete."));
    });
}

void TransferJob::dropTarget()
{
    const QString name = m_spec.target.database();
    if (!m_targetCreated || m_running) {
        QMetaObject::invokeMethod(
            this,
            [this, name] {
                emit dropFinished(false,
                                  tr("hpgdesk did not create the database %1 in this transfer, so it does "
                                     "not drop it.")
                                      .arg(name));
            },
            Qt::QueuedConnection);
        return;
    }
    ConnInfo target = m_spec.target;
    appendLog(tr("Dropping the local database %1…").arg(name));
    auto future = QtConcurrent::run(workerPool(), [target, name] {
        PgQuery::Result result;
        for (const QString &maintenance : { QStringLiteral("postgres"), QStringLiteral("template1") }) {
            ConnInfo conn = target;
            conn.setDatabase(maintenance);
            result = PgQuery::runBlocking(conn, {});
            if (!result.connected)
                continue;
            const QString quoted = PgQuery::quoteIdentifier(name);
            QList<PgQuery::Statement> statements;
            if (result.serverVersion >= 130000) {
                statements.append({ QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted), {} });
            } else {
                statements.append({ QStringLiteral("SELECT pg_catalog.pg_terminate_backend(pid) FROM "
                                                   "pg_catalog.pg_stat_activity WHERE datname = $1"),
                                    { name } });
                statements.append({ QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted), {} });
            }
            return PgQuery::runBlocking(conn, statements);
        }
        return result;
    });
    whenDone(this, future, [this, name](const PgQuery::Result &result) {
        if (result.ok) {
            m_targetCreated = false;
            appendLog(tr("Dropped the local database %1.").arg(name));
            emit dropFinished(true, tr("The local database %1 was dropped.").arg(name));
            return;
        }
        const QString message = tr("Could not drop the local database %1: %2").arg(name, result.error);
        appendLog(message);
        emit dropFinished(false, message);
    });
}

} // namespace hpg
