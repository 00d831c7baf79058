#pragma once

#include <QString>

namespace hpg {

// One row of pg_locks joined with pg_stat_activity (what pg:locks shows, for
// every lock mode). `key` identifies the lock across refreshes.
struct LockInfo
{
    QString key;
    int pid = 0; // 0 for a prepared transaction
    QString lockType; // relation, transactionid, virtualxid, tuple, advisory, …
    QString mode; // AccessShareLock … AccessExclusiveLock
    bool granted = false;
    QString relation; // the relation's name (schema-qualified when not on the search path)
    QString transactionId;
    QString virtualXid;
    QString user;
    QString application;
    QString state;
    qint64 queryMs = -1; // now() - query_start
    QString query;

    bool operator==(const LockInfo &other) const = default;
};

} // namespace hpg
