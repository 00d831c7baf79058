#pragma once

#include "core/pg/conninfo.h"
#include "core/pg/pgsessionerror.h"
#include "diagnosereport.h"

#include <QElapsedTimer>
#include <QObject>

namespace hpg {

class PgSession;

// Runs every check of the registry over one database in one pass on a PgSession of its own
// (libpq on the session's thread, never the caller's): a probe first, then all the checks'
// statements queued at once, each judged as its rows arrive. The connection stays open for the
// next run (and for trend samples, see session()); a new connection closes it.
class DiagnoseRun : public QObject
{
    Q_OBJECT
public:
    explicit DiagnoseRun(QObject *parent = nullptr);
    ~DiagnoseRun() override;

    // Of each statement, so that a check stuck on a lock cannot hold the diagnosis up.
    static constexpr int statementTimeoutMs = 30000;

    // The database to diagnose from now on (closing the previous connection). Nothing connects
    // before start().
    void setConnection(const ConnInfo &conn);
    bool hasConnection() const { return !m_conn.isEmpty(); }
    // Starts a diagnosis; `known` carries what the caller knows from the API (plan, the plan's
    // connection limit, app and add-on names). False (nothing started) without a connection or
    // while a run is under way.
    bool start(const DiagnoseContext &known = {});
    // Stops the run: the statement running is cancelled, the rest dropped; nothing follows.
    void cancel();
    bool isRunning() const { return m_running; }
    int checkCount() const;

    const DiagnoseReport &report() const { return m_report; }
    // The open session, for other statements on the same connection (trend samples).
    PgSession *session() const { return m_session; }
    // Opens the session if it is closed (statements queued meanwhile wait for it).
    void ensureOpen();

signals:
    // `done` of `total` checks have finished; `checkId` the last one.
    void progress(int done, int total, const QString &checkId);
    void finished(const hpg::DiagnoseReport &report);
    void failed(const hpg::PgSessionError &error);

private:
    void onProbe(const PgSessionResult &result);
    void onCheck(int index, const QString &sql, const PgSessionResult &result);
    void fail(const PgSessionError &error);

    PgSession *m_session;
    ConnInfo m_conn;
    bool m_running = false;
    quint64 m_run = 0; // results of an earlier run are ignored
    int m_pending = 0;
    DiagnoseReport m_report;
    QElapsedTimer m_clock;
};

} // namespace hpg
