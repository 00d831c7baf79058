#pragma once

#include "activitysnapshot.h"
#include "backendsignalresult.h"
#include "pgsessionresult.h"

#include <QString>
#include <QStringList>

namespace hpg {

// The SQL behind the sessions view and the parsing of its rows into plain
// values. Like the Heroku CLI's pg:ps, pg:locks and pg:kill (reference §6),
// with more columns, every state (the view filters), and pg_blocking_pids()
// for who blocks whom.
namespace ActivityQueries {

// One round trip: a header row (server time, own pid, max_connections, client
// connection count), the sessions, and, with `withLocks`, the locks.
QString snapshotSql(bool withLocks);
// Builds the snapshot from the result of snapshotSql(); false (and `error`
// set) when the result does not have the expected shape.
bool parseSnapshot(const PgSessionResult &result, bool withLocks, ActivitySnapshot *snapshot, QString *error);

QString sessionsSql();
QList<SessionInfo> parseSessions(const PgResultSet &set);
QString locksSql();
QList<LockInfo> parseLocks(const PgResultSet &set);

// pg_cancel_backend($1) / pg_terminate_backend($1[, 5 s]) together with whether the pid
// existed; `serverVersion` as PQserverVersion() gives it.
QString signalSql(BackendSignalResult::Action action, int serverVersion);
BackendSignalResult parseSignal(BackendSignalResult::Action action, int pid, int serverVersion,
                                const PgSessionResult &result);

// "{123,456}" → {123, 456}
QList<int> parseIntArray(const QString &text);

} // namespace ActivityQueries

} // namespace hpg
