// Down time of a plan change by copying (issue 13): on one sandbox with the demo world, acme-blog's
// database is filled to about 250 MB (not timed), then copied twice into a new database, the app
// in maintenance mode and its dynos stopped meanwhile:
//   1. hpgdesk's Change Plan wizard on the pg:copy route, offscreen, driven through its pages as a
//      user drives it (Essential → standard-0); down time from the journal (maintenance mode on →
//      off), with the part spent waiting for a person; and the wizard's estimate beside it;
//   2. the same as a script of real Heroku CLI commands (into another standard-0 created before, not
//      timed): maintenance:on, ps:scale web=0, pg:copy --confirm, pg:promote, ps:scale web=1,
//      maintenance:off; down time from maintenance:on done to maintenance:off done.
// Ends with `BENCH pgcopy: bytes=… hpgdesk_downtime_s=… hpgdesk_person_s=… estimate_s=…
// cli_downtime_s=… ratio=<cli/ours> target=1.3`. Fails only when a copy does not end as DATABASE_URL.
#include "../conformance/clioutput.h"
#include "../conformance/herokucli.h"
#include "../core/runbooks/switchfixture.h"
#include "benchrunner.h"
#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"
#include "ui/wizards/planchangewizard.h"
#include "widgetdriver.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <memory>

using namespace hpg;
using hpgbench::seconds;

namespace {

const QString kApp = QStringLiteral("acme-blog");
const QString kPlan = QStringLiteral("heroku-postgresql:standard-0");

class Bench : public hpgbench::RunbookBench
{
public:
    bool run(QString *problem)
    {
        if (!startSandboxAndCli(problem))
            return false;

        // About 250 MB of rows (not timed).
        const QString url = m_f.configVars(kApp).value(QStringLiteral("DATABASE_URL"));
        const auto filled = sql(url, QStringLiteral("CREATE TABLE bench_payload AS SELECT g AS id, "
                                                    "repeat(md5(g::text), 6) AS payload FROM generate_series(1, "
                                                    "1100000) AS g; SELECT pg_database_size(current_database())"));
        if (!filled.ok) {
            *problem = filled.error;
            return false;
        }
        const qint64 bytes = filled.value().toLongLong();
        std::printf("acme-blog's database: %s MB\n", qPrintable(QString::number(double(bytes) / 1e6, 'f', 0)));

        qint64 personMs = -1;
        qint64 estimateMs = -1;
        const qint64 ours = wizardDowntime(&personMs, &estimateMs, problem);
        if (ours < 0 || !changed(url, problem))
            return false;
        std::printf("hpgdesk Change Plan wizard (pg:copy): downtime %s s, of which waiting for a person %s s; "
                    "its estimate was %s s\n",
                    qPrintable(seconds(ours)), qPrintable(seconds(personMs)), qPrintable(seconds(estimateMs)));

        const QString before = m_f.configVars(kApp).value(QStringLiteral("DATABASE_URL"));
        const qint64 theirs = cliDowntime(problem);
        if (theirs < 0 || !changed(before, problem))
            return false;
        std::printf("Heroku CLI script: downtime %s s\n", qPrintable(seconds(theirs)));
        m_line = QStringLiteral("BENCH pgcopy: bytes=%1 hpgdesk_downtime_s=%2 hpgdesk_person_s=%3 estimate_s=%4 "
                                "cli_downtime_s=%5 ratio=%6 target=1.3")
                     .arg(bytes)
                     .arg(seconds(ours), seconds(personMs), seconds(estimateMs), seconds(theirs),
                          QString::number(double(theirs) / double(std::max<qint64>(ours, 1)), 'f', 2));
        return true;
    }

private:
    // DATABASE_URL is no longer `before`, and the new one has every row.
    bool changed(const QString &before, QString *problem)
    {
        const QString now = m_f.configVars(kApp).value(QStringLiteral("DATABASE_URL"));
        const QString rows = sql(now, QStringLiteral("SELECT count(*) FROM bench_payload")).value();
        if (now == before || rows != QLatin1String("1100000"))
            *problem = QStringLiteral("DATABASE_URL is not a full copy (%1 rows)").arg(rows);
        return problem->isEmpty();
    }

    qint64 wizardDowntime(qint64 *personMs, qint64 *estimateMs, QString *problem)
    {
        PlanChangeWizard wizard(m_f.services(), kApp);
        wizard.setJournalDir(m_f.journalDir());
        wizard.setCopyRoute(true);
        wizard.show();
        auto *plans = hpgtest::find<QComboBox>(&wizard, "targetPlanComboBox");
        if (!QTest::qWaitFor([&] { return plans->findData(kPlan) >= 0; }, 30000)) {
            *problem = QStringLiteral("the wizard does not offer %1").arg(kPlan);
            return -1;
        }
        plans->setCurrentIndex(plans->findData(kPlan));
        if (!QTest::qWaitFor([&] { return hpgtest::click(&wizard, "commitPushButton"); }, 10000)) {
            *problem = QStringLiteral("the wizard did not let the copy start");
            return -1;
        }
        // The DBA types the app name when asked, before the app goes down.
        const bool done = QTest::qWaitFor(
            [&] {
                hpgtest::typeConfirmation(&wizard, kApp);
                const Runbook *runbook = wizard.runbook();
                return runbook
                    && (runbook->state() == Runbook::State::Finished || runbook->state() == Runbook::State::Failed);
            },
            1800000);
        const Runbook *runbook = wizard.runbook();
        if (!done || runbook->state() != Runbook::State::Finished) {
            *problem = QStringLiteral("the wizard's copy did not finish: %1")
                           .arg(runbook ? runbook->journal().stopExplanation() : QStringLiteral("no run"));
            return -1;
        }
        hpgbench::printStepTimes(runbook->journal()); // where the time goes
        *estimateMs
            = CopyToNewDatabase::estimate(qint64(runbook->journal().value(QStringLiteral("source_bytes")).toDouble()))
                  .ms;
        const DownTime downtime = RunbookRegistry::downTime(runbook->journal());
        *personMs = downtime.personMs;
        return downtime.totalMs;
    }

    // The script a DBA would run; returns -1 (and why) when a command fails.
    qint64 cliDowntime(QString *problem)
    {
        const auto step = [&](const QStringList &arguments) {
            return hpgbench::cliStep(*m_cli, arguments, problem);
        };
        // Not timed: the new database, created and available before the app goes down.
        if (!step({ QStringLiteral("addons:create"), kPlan, QStringLiteral("--as"), QStringLiteral("BENCHCOPY"),
                    QStringLiteral("--wait"), QStringLiteral("-a"), kApp }))
            return -1;
        if (!step({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), kApp }))
            return -1;
        QElapsedTimer downtime;
        downtime.start();
        if (!step({ QStringLiteral("ps:scale"), QStringLiteral("web=0"), QStringLiteral("-a"), kApp })
            || !step({ QStringLiteral("pg:copy"), QStringLiteral("DATABASE_URL"), QStringLiteral("BENCHCOPY"),
                       QStringLiteral("--confirm"), QStringLiteral("BENCHCOPY"), QStringLiteral("-a"), kApp })
            || !step({ QStringLiteral("pg:promote"), QStringLiteral("BENCHCOPY"), QStringLiteral("-a"), kApp })
            || !step({ QStringLiteral("ps:scale"), QStringLiteral("web=1"), QStringLiteral("-a"), kApp })
            || !step({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), kApp }))
            return -1;
        return downtime.elapsed();
    }
};

} // namespace

int main(int argc, char **argv)
{
    return hpgbench::benchMain<Bench>(argc, argv, "benchpgcopy", "the pg:copy benchmark");
}
