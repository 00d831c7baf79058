#include "diagnoserun.h"

#include "core/pg/pgsession.h"
#include "diagnosechecks.h"
#include "diagnoseprobe.h"

namespace hpg {

DiagnoseRun::DiagnoseRun(QObject *parent)
    : QObject(parent)
    , m_session(new PgSession(this))
{
    qRegisterMetaType<hpg::DiagnoseReport>();
}

DiagnoseRun::~DiagnoseRun() = default;

int DiagnoseRun::checkCount() const
{
    return int(DiagnoseRegistry::all().size());
}

void DiagnoseRun::setConnection(const ConnInfo &conn)
{
    cancel();
    m_session->close();
    m_report = DiagnoseReport();
    m_conn = conn;
    // Read-only and bounded: a diagnosis never writes and never waits long on a lock.
    if (!m_conn.isEmpty() && m_conn.option(QStringLiteral("options")).isEmpty())
        m_conn.setOption(
            QStringLiteral("options"),
            QStringLiteral("-c statement_timeout=%1 -c default_transaction_read_only=on").arg(statementTimeoutMs));
}

void DiagnoseRun::ensureOpen()
{
    if (m_session->state() == PgSession::State::Closed && hasConnection())
        m_session->open(m_conn);
}

bool DiagnoseRun::start(const DiagnoseContext &known)
{
    if (!hasConnection() || m_running)
        return false;
    m_running = true;
    ++m_run;
    m_report = DiagnoseReport();
    m_report.context = known;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    ensureOpen();
    const quint64 run = m_run;
    m_session->exec(DiagnoseProbe::sql(), {}, [this, run](const PgSessionResult &result) {
        if (run == m_run && m_running)
            onProbe(result);
    });
    return true;
}

void DiagnoseRun::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_run;
    // Closing cancels the statement that runs and drops the queued ones; the next start() connects again.
    if (m_session->isBusy())
        m_session->close();
}

void DiagnoseRun::fail(const PgSessionError &error)
{
    m_running = false;
    ++m_run;
    if (error.isConnectionProblem())
        m_session->close();
    emit failed(error);
}

void DiagnoseRun::onProbe(const PgSessionResult &result)
{
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    if (!DiagnoseProbe::parse(result.first(), &m_report.context)) {
        PgSessionError error;
        error.kind = PgSessionError::Kind::Query;
        error.message = DiagnoseReport::tr("The server's answer to the diagnosis did not have the expected shape.");
        fail(error);
        return;
    }
    const QList<DiagnoseCheck> &checks = DiagnoseRegistry::all();
    m_report.findings.clear();
    m_pending = 0;
    const quint64 run = m_run;
    for (int i = 0; i < checks.size(); ++i) {
        const DiagnoseCheck &check = checks.at(i);
        DiagnoseFinding finding;
        finding.checkId = check.id;
        m_report.findings.append(finding);
        if (check.cannotRun && !check.cannotRun(m_report.context).isEmpty())
            continue;
        const QString sql = check.sql(m_report.context);
        m_report.findings[i].sql = sql;
        ++m_pending;
        m_session->exec(sql, {}, [this, run, i, sql](const PgSessionResult &r) {
            if (run == m_run && m_running)
                onCheck(i, sql, r);
        });
    }
    const int total = int(checks.size());
    emit progress(total - m_pending, total, QString());
    if (m_pending == 0) {
        m_running = false;
        m_report.elapsedMs = m_clock.elapsed();
        emit finished(m_report);
    }
}

void DiagnoseRun::onCheck(int index, const QString &sql, const PgSessionResult &result)
{
    if (!result.ok() && result.error.isConnectionProblem()) {
        fail(result.error);
        return;
    }
    const DiagnoseCheck &check = DiagnoseRegistry::all().at(index);
    DiagnoseFinding &finding = m_report.findings[index];
    finding.sql = sql;
    finding.elapsedMs = result.elapsedMs;
    if (result.ok()) {
        finding.rows = result.first();
        check.judge(m_report.context, finding);
    } else {
        finding.status = DiagnoseStatus::NotRun;
        finding.permissionDenied = result.error.kind == PgSessionError::Kind::PermissionDenied;
        finding.error = result.error.detail.isEmpty() ? result.error.message : result.error.detail;
    }
    --m_pending;
    const int total = int(m_report.findings.size());
    emit progress(total - m_pending, total, check.id);
    if (m_pending == 0) {
        m_running = false;
        m_report.elapsedMs = m_clock.elapsed();
        emit finished(m_report);
    }
}

} // namespace hpg
