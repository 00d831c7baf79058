// BENCH diagnose (issue 16): every check of the Diagnose tab on a sandbox database with 1,000+
// tables (the demo world's problem database, grown with 1,000 small tables, each with an index,
// rows and statistics), in one pass through DiagnoseRun, against running the same statements as
// separate `heroku pg:psql -c` commands with the real Heroku CLI in the same run. ratio = CLI /
// ours. While ours runs, the stall probe (core/stall/stallprobe.h) measures how late the GUI thread's
// event loop runs, and again as long with nothing to do (what the machine's load alone causes):
// the diagnosis must not stall the UI.
#include "../core/diagnose/diagnosedriver.h"
#include "benchrunner.h"
#include "core/stall/stallprobe.h"

#include <QElapsedTimer>

namespace {

const QString kApp = QStringLiteral("acme-analytics");
const QString kAddon = QStringLiteral("postgresql-acme-analytics");

class DiagnoseBench : public hpgbench::RunbookBench
{
public:
    bool run(QString *problem)
    {
        if (!startSandboxAndCli(problem))
            return false;
        const hpg::ConnInfo conn = diagnosetest::credential(m_f, kAddon);
        if (conn.isEmpty()) {
            *problem = QStringLiteral("no credential for %1").arg(kAddon);
            return false;
        }
        const SqlResult grown = sql(
            conn.toUrl(),
            QStringLiteral(
                "DO $$ BEGIN FOR i IN 1..1000 LOOP "
                "EXECUTE format('CREATE TABLE bench_t%s (id serial PRIMARY KEY, v text)', i); "
                "EXECUTE format('INSERT INTO bench_t%s (v) SELECT md5(g::text) FROM generate_series(1, 20) g', i); "
                "END LOOP; END $$; ANALYZE"));
        if (!grown.ok) {
            *problem = grown.error;
            return false;
        }
        const int tables
            = sql(conn.toUrl(), QStringLiteral("SELECT count(*) FROM pg_stat_user_tables")).value().toInt();

        // Ours: one pass, on a fresh connection, with the stall probe ticking on this thread.
        hpg::DiagnoseContext known;
        known.app = kApp;
        known.addon = kAddon;
        hpg::DiagnoseRun diagnosis;
        diagnosis.setConnection(conn);
        hpg::StallProbe probe;
        probe.start();
        QElapsedTimer clock;
        clock.start();
        QString error;
        const hpg::DiagnoseReport report = diagnosetest::diagnose(diagnosis, known, &error);
        const qint64 oursMs = clock.elapsed();
        const hpg::StallProbe::Summary during = probe.summary();
        std::printf("%s", qPrintable(probe.report(QStringLiteral("diagnosis"))));
        // The same probe with nothing to do for as long: what the machine's load alone causes.
        probe.reset();
        hpgtest::idle(int(qMax<qint64>(oursMs, 200)));
        const hpg::StallProbe::Summary idle = probe.summary();
        probe.stop();
        const qint64 longestGap = qint64(during.maxMs + 0.5);
        const qint64 idleGap = qint64(idle.maxMs + 0.5);
        if (report.isEmpty()) {
            *problem = error;
            return false;
        }
        int statements = 1; // the probe
        QStringList failedChecks;
        for (const hpg::DiagnoseFinding &f : report.findings) {
            if (!f.sql.isEmpty())
                ++statements;
            if (!f.error.isEmpty())
                failedChecks.append(f.checkId);
        }
        if (!failedChecks.isEmpty()) {
            *problem = QStringLiteral("checks failed: %1").arg(failedChecks.join(QLatin1Char(' ')));
            return false;
        }
        std::printf("  ours: %d statements over %d tables in %lld ms; UI late by at most %lld ms (idle: %lld ms)\n",
                    statements, tables, qint64(oursMs), qint64(longestGap), qint64(idleGap));

        // The CLI: the same statements, one `heroku pg:psql -c` each.
        QElapsedTimer cliClock;
        cliClock.start();
        for (const hpg::DiagnoseFinding &f : report.findings) {
            if (f.sql.isEmpty())
                continue;
            if (!hpgbench::cliStep(
                    *m_cli,
                    { QStringLiteral("pg:psql"), kAddon, QStringLiteral("-a"), kApp, QStringLiteral("-c"), f.sql },
                    problem, 180000))
                return false;
        }
        const qint64 cliMs = cliClock.elapsed();
        const double ratio = double(cliMs) / double(qMax<qint64>(1, oursMs));
        m_line
            = QStringLiteral("BENCH diagnose: tables=%1 checks=%2 ours_ms=%3 cli_ms=%4 ui_stall_ms=%5 idle_gap_ms=%6 "
                             "ratio=%7 target=20")
                  .arg(tables)
                  .arg(report.findings.size())
                  .arg(oursMs)
                  .arg(cliMs)
                  .arg(longestGap)
                  .arg(idleGap)
                  .arg(ratio, 0, 'f', 1);
        return true;
    }
};

} // namespace

int main(int argc, char **argv)
{
    return hpgbench::benchMain<DiagnoseBench>(argc, argv, "benchdiagnose", "the Diagnose benchmark");
}
