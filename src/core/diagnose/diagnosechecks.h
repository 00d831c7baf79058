#pragma once

#include "diagnosecheck.h"

#include <QCoreApplication>
#include <QList>

namespace hpg {

// The checks of a diagnosis by topic, one source file each; DiagnoseRegistry lists them in the
// order the tab shows them.
class SessionChecks // sessionchecks.cpp: connections, long-running queries, idle in transaction, blocking
{
    Q_DECLARE_TR_FUNCTIONS(hpg::SessionChecks)
public:
    static QList<DiagnoseCheck> all();
    // "N sessions of other roles are hidden…" when the credential cannot see them; else empty.
    static QString hiddenSessions(const DiagnoseContext &context);
};

class IndexChecks // indexchecks.cpp: cache hit ratios, unused and duplicate indexes
{
    Q_DECLARE_TR_FUNCTIONS(hpg::IndexChecks)
public:
    static QList<DiagnoseCheck> all();
};

class TableChecks // tablechecks.cpp: bloat, sequential scans, dead tuples, vacuum, wraparound, sizes
{
    Q_DECLARE_TR_FUNCTIONS(hpg::TableChecks)
public:
    static QList<DiagnoseCheck> all();
};

class StatementChecks // statementchecks.cpp: pg_stat_statements outliers and most-called, follower lag
{
    Q_DECLARE_TR_FUNCTIONS(hpg::StatementChecks)
public:
    static QList<DiagnoseCheck> all();
};

namespace DiagnoseRegistry {

// Every check, in the order shown.
const QList<DiagnoseCheck> &all();
// nullptr for an unknown id.
const DiagnoseCheck *find(const QString &id);

} // namespace DiagnoseRegistry

} // namespace hpg
