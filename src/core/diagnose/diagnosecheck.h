#pragma once

#include "core/pg/pgsessionresult.h"

#include <QString>
#include <QVariantMap>

#include <functional>

namespace hpg {

// How a check came out: green / yellow / red as pg:diagnose shows them, or not run (the
// database or the credential does not allow it; the reason says which).
enum class DiagnoseStatus { Green, Yellow, Red, NotRun };

// What a diagnosis knows before its checks run: the server, the credential's rights and the
// plan. Read in one probe statement (DiagnoseProbe), plus what the caller knows from the API.
struct DiagnoseContext
{
    QString user;
    QString database;
    QString serverVersion; // "15.4"
    int serverVersionNum = 0; // 150004
    bool superuser = false;
    bool readAllStats = false; // superuser, pg_monitor or pg_read_all_stats: sees every session and statement
    bool inRecovery = false; // a follower (read-only)
    int maxConnections = 0;
    int connectionLimit = 0; // the plan's, when known (pg:info "Connections: n/limit"); else max_connections
    int hiddenSessions = 0; // sessions of other roles this credential cannot see
    int unreadableTables = 0; // tables this credential may not SELECT (no statistics of their columns)
    int followers = 0; // rows of pg_stat_replication
    QString statementsSchema; // where pg_stat_statements is installed; empty when it is not
    qint64 databaseBytes = 0;
    QString plan; // "standard-0", from the caller
    QString app;
    QString addon;

    int effectiveConnectionLimit() const { return connectionLimit > 0 ? connectionLimit : maxConnections; }
};

// One check's outcome: its status, the numbers its sentences use, the rows behind it and the
// SQL it ran. The sentences themselves come from the check at display time (DiagnoseCheck),
// so that they follow the UI language.
struct DiagnoseFinding
{
    QString checkId;
    DiagnoseStatus status = DiagnoseStatus::NotRun;
    QVariantMap facts; // e.g. {"count": 3, "worst": 912}
    PgResultSet rows;
    QString sql;
    QString error; // the server's message when the statement failed
    bool permissionDenied = false;
    qint64 elapsedMs = 0;
};

// One check: its SQL over the statistics views and how to judge and explain its rows. Every
// text is produced when asked for, in the language of the moment.
struct DiagnoseCheck
{
    QString id; // "idle_in_transaction"
    std::function<QString()> title;
    // "Yellow from 30 s idle, red from 1 min."
    std::function<QString()> threshold;
    // Why the check cannot run on this database or credential; empty when it can.
    std::function<QString(const DiagnoseContext &)> cannotRun;
    std::function<QString(const DiagnoseContext &)> sql;
    // Status and facts from the rows (finding.rows and .sql are already filled in).
    std::function<void(const DiagnoseContext &, DiagnoseFinding &)> judge;
    // What the finding means and what to do, for its status.
    std::function<QString(const DiagnoseContext &, const DiagnoseFinding &)> explain;
    // What this credential cannot see for this check (hidden sessions, unreadable tables…); empty when nothing.
    std::function<QString(const DiagnoseContext &)> limitation;
};

} // namespace hpg
