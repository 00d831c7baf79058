// Down time of a plan change's changeover (issue 12): on one sandbox with the demo world
// (acme-storefront: a Standard primary, dynos writing, a Heroku Connect connection), two
// changeovers, each from a maintenance that Heroku has already prepared (not timed):
//   1. hpgdesk's Change Plan wizard, offscreen, through its pages as a user drives it
//      (standard-0 → standard-2, maintenance mode around the changeover); down time from the
//      journal (maintenance mode on → off), with the part spent waiting for a person;
//   2. the same as a script of real Heroku CLI commands (standard-2 → premium-2, prepared with
//      addons:upgrade): maintenance:on, data:maintenances:run --wait, maintenance:off; down time
//      from maintenance:on done to maintenance:off done. (The script neither scales the dynos
//      down nor pauses Heroku Connect, which the wizard does.)
// Ends with `BENCH planchange: hpgdesk_downtime_s=… hpgdesk_person_s=… cli_downtime_s=…
// ratio=<cli/ours> target=3`. Fails only when a plan change does not end on its plan.
#include "../conformance/clioutput.h"
#include "../conformance/herokucli.h"
#include "../core/runbooks/switchfixture.h"
#include "benchrunner.h"
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

const QString kApp = QStringLiteral("acme-storefront");
const QString kAddon = QStringLiteral("postgresql-acme-primary");

class Bench : public hpgbench::RunbookBench
{
public:
    bool run(QString *problem)
    {
        if (!startSandboxAndCli(problem))
            return false;
        m_f.quickMaintenances(3);

        qint64 personMs = -1;
        const qint64 ours = wizardDowntime(&personMs, problem);
        if (ours < 0 || !isOn(QStringLiteral("heroku-postgresql:standard-2"), problem))
            return false;
        std::printf("hpgdesk Change Plan wizard: downtime %s s, of which waiting for a person %s s\n",
                    qPrintable(seconds(ours)), qPrintable(seconds(personMs)));

        const qint64 theirs = cliDowntime(problem);
        if (theirs < 0 || !isOn(QStringLiteral("heroku-postgresql:premium-2"), problem))
            return false;
        std::printf("Heroku CLI script: downtime %s s\n", qPrintable(seconds(theirs)));
        m_line = QStringLiteral("BENCH planchange: hpgdesk_downtime_s=%1 hpgdesk_person_s=%2 cli_downtime_s=%3 "
                                "ratio=%4 target=3")
                     .arg(seconds(ours), seconds(personMs), seconds(theirs),
                          QString::number(double(theirs) / double(std::max<qint64>(ours, 1)), 'f', 1));
        return true;
    }

private:
    bool isOn(const QString &plan, QString *problem)
    {
        const QString now = m_f.planOf(kAddon);
        if (now != plan)
            *problem = QStringLiteral("%1 is on %2, not %3").arg(kAddon, now, plan);
        return now == plan;
    }

    qint64 wizardDowntime(qint64 *personMs, QString *problem)
    {
        PlanChangeWizard wizard(m_f.services(), kApp);
        wizard.setJournalDir(m_f.journalDir());
        wizard.show();
        auto *plans = hpgtest::find<QComboBox>(&wizard, "targetPlanComboBox");
        const QString plan = QStringLiteral("heroku-postgresql:standard-2");
        if (!QTest::qWaitFor([&] { return plans->findData(plan) >= 0; }, 30000)) {
            *problem = QStringLiteral("the wizard does not offer %1").arg(plan);
            return -1;
        }
        plans->setCurrentIndex(plans->findData(plan));
        if (!QTest::qWaitFor([&] { return hpgtest::click(&wizard, "commitPushButton"); }, 10000)) {
            *problem = QStringLiteral("the wizard did not let the plan change start");
            return -1;
        }
        const bool done = QTest::qWaitFor(
            [&] {
                const Runbook *runbook = wizard.runbook();
                return runbook
                    && (runbook->state() == Runbook::State::Finished || runbook->state() == Runbook::State::Failed);
            },
            900000);
        const Runbook *runbook = wizard.runbook();
        if (!done || runbook->state() != Runbook::State::Finished) {
            *problem = QStringLiteral("the wizard's plan change did not finish: %1")
                           .arg(runbook ? runbook->journal().stopExplanation() : QStringLiteral("no run"));
            return -1;
        }
        hpgbench::printStepTimes(runbook->journal()); // where the time goes
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
        // Not timed: the upgrade, and Heroku preparing the new database.
        if (!step(
                { QStringLiteral("addons:upgrade"), kAddon, QStringLiteral("premium-2"), QStringLiteral("-a"), kApp }))
            return -1;
        CliResult info;
        const bool ready = cli::waitUntil(
            [&] {
                info = m_cli->run({ QStringLiteral("data:maintenances:info"), kAddon, QStringLiteral("-a"), kApp });
                return info.out.contains(QLatin1String("ready"));
            },
            300000, 1000);
        if (!ready) {
            *problem = QStringLiteral("the changeover was not prepared:\n") + info.describe();
            return -1;
        }
        if (!step({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), kApp }))
            return -1;
        QElapsedTimer downtime;
        downtime.start();
        // run --wait polls until the maintenance is over (the sandbox's changeover takes about a second,
        // over before a separate data:maintenances:wait would start).
        if (!step({ QStringLiteral("data:maintenances:run"), kAddon, QStringLiteral("-a"), kApp,
                    QStringLiteral("--wait") })
            || !step({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), kApp }))
            return -1;
        return downtime.elapsed();
    }
};

} // namespace

int main(int argc, char **argv)
{
    return hpgbench::benchMain<Bench>(argc, argv, "benchplanchange", "the plan change benchmark");
}
