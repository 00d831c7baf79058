// Downtime of a follower switch (issues 6 and 20): on one sandbox with the demo
// world (acme-storefront: a Standard primary, dynos writing, a Heroku Connect
// connection), three switches, each from a follower that is caught up:
//   1. hpgdesk's FollowerSwitch runbook with the demo's follower, driven in
//      code (every confirmation answered at once); downtime from its journal
//      (maintenance mode on → off);
//   2. the same through the wizard's pages, offscreen, as a user would: choose
//      the follower and the plan, Start, type the app name once where the run
//      page asks for it (before the down time), wait for the end; downtime from
//      the journal, with the part spent waiting for a person (must be 0);
//   3. the same sequence as a script of real Heroku CLI commands on a fresh
//      follower of the new primary: maintenance:on, ps:scale to 0, pg:info
//      polling until Behind By is 0, pg:unfollow, pg:promote, ps:scale back,
//      maintenance:off; downtime from maintenance:on done to maintenance:off done.
// Ends with `BENCH followerswitch: hpgdesk_downtime_s=… gui_downtime_s=… gui_person_s=…
// cli_downtime_s=… ratio=<cli/gui> target=4`. Fails only when a switch does not end with
// DATABASE_URL on the follower.
#include "../conformance/clioutput.h"
#include "../conformance/herokucli.h"
#include "../core/runbooks/switchfixture.h"
#include "benchrunner.h"
#include "benchwizard.h"
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"
#include "ui/wizards/followerswitchwizard.h"
#include "widgetdriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>

#include <cstdio>
#include <memory>

using namespace hpg;
using hpgbench::seconds;

namespace {

const QString kApp = QStringLiteral("acme-storefront");
const QString kDemoFollower = QStringLiteral("postgresql-acme-follower");
const QString kGuiFollower = QStringLiteral("postgresql-bench-gui-follower");
const QString kCliFollower = QStringLiteral("postgresql-bench-follower");

class Bench : public hpgbench::RunbookBench
{
public:
    bool run(QString *problem)
    {
        if (!startSandboxAndCli(problem))
            return false;

        // 1. hpgdesk.
        if (!waitCaughtUp(kDemoFollower, problem))
            return false;
        const qint64 ours = runbookDowntime(problem);
        if (ours < 0)
            return false;
        if (!isPrimary(kDemoFollower, problem))
            return false;
        std::printf("hpgdesk FollowerSwitch runbook: downtime %s s\n", qPrintable(seconds(ours)));

        // 2. The wizard, as a user drives it, on a fresh follower of the new primary.
        if (!createFollower(kGuiFollower, problem) || !waitCaughtUp(kGuiFollower, problem))
            return false;
        qint64 personMs = -1;
        const qint64 gui = wizardDowntime(kGuiFollower, &personMs, problem);
        if (gui < 0 || !isPrimary(kGuiFollower, problem))
            return false;
        std::printf("hpgdesk wizard: downtime %s s, of which waiting for a person %s s\n", qPrintable(seconds(gui)),
                    qPrintable(seconds(personMs)));

        // 3. The real Heroku CLI, on a fresh follower of the new primary.
        if (!createFollower(kCliFollower, problem) || !waitCaughtUp(kCliFollower, problem))
            return false;
        const qint64 theirs = cliDowntime(problem);
        if (theirs < 0)
            return false;
        if (!isPrimary(kCliFollower, problem))
            return false;
        std::printf("Heroku CLI script: downtime %s s\n", qPrintable(seconds(theirs)));

        m_line = QStringLiteral("BENCH followerswitch: hpgdesk_downtime_s=%1 gui_downtime_s=%2 gui_person_s=%3 "
                                "cli_downtime_s=%4 ratio=%5 target=4")
                     .arg(seconds(ours), seconds(gui), seconds(personMs), seconds(theirs),
                          QString::number(double(theirs) / double(std::max<qint64>(gui, 1)), 'f', 1));
        return true;
    }

private:
    bool createFollower(const QString &name, QString *problem)
    {
        const CliResult create
            = m_cli->run({ QStringLiteral("addons:create"), QStringLiteral("heroku-postgresql:standard-0"),
                           QStringLiteral("-a"), kApp, QStringLiteral("--name"), name, QStringLiteral("--"),
                           QStringLiteral("--follow"), QStringLiteral("DATABASE_URL") });
        if (!create.ok()) {
            *problem = create.describe();
            return false;
        }
        const CliResult wait = m_cli->run({ QStringLiteral("pg:wait"), name, QStringLiteral("-a"), kApp }, 600000);
        if (!wait.ok())
            *problem = wait.describe();
        return wait.ok();
    }

    // The wizard offscreen, through its pages by objectName; the only input after Start is the app
    // name typed once where the run page asks for it, before the down time.
    qint64 wizardDowntime(const QString &follower, qint64 *personMs, QString *problem)
    {
        FollowerSwitchWizard wizard(m_f.services(), kApp);
        wizard.setJournalDir(m_f.journalDir());
        wizard.show();
        auto *followers = hpgtest::find<QComboBox>(&wizard, "followerComboBox");
        auto *plans = hpgtest::find<QComboBox>(&wizard, "targetPlanComboBox");
        if (!QTest::qWaitFor([&] { return followers->findData(follower) >= 0 && plans->count() > 0; }, 30000)) {
            *problem = QStringLiteral("the wizard does not offer the follower %1").arg(follower);
            return -1;
        }
        followers->setCurrentIndex(followers->findData(follower));
        plans->setCurrentIndex(plans->findData(QStringLiteral("heroku-postgresql:standard-0")));
        if (!QTest::qWaitFor([&] { return hpgtest::click(&wizard, "nextPushButton"); }, 10000)
            || !QTest::qWaitFor([&] { return hpgtest::click(&wizard, "commitPushButton"); }, 60000)) {
            *problem = QStringLiteral("the wizard's pre-flight did not let the switch start");
            return -1;
        }
        int typed = 0;
        const Runbook *runbook = hpgbench::confirmUntilDone(
            &wizard, kApp, [](const std::function<bool()> &done, int ms) { return QTest::qWaitFor(done, ms); },
            QStringLiteral("switch"), problem, &typed);
        if (!runbook)
            return -1;
        std::printf("hpgdesk wizard: the app name was typed %d time(s)\n", typed);
        *personMs = RunbookRegistry::downTime(runbook->journal()).personMs;
        return FollowerSwitch::downtimeMs(runbook->journal());
    }

    // Not timed: every switch starts from a follower that has caught up.
    bool waitCaughtUp(const QString &follower, QString *problem)
    {
        CliResult last;
        const bool ok = cli::waitUntil(
            [&] {
                last = m_cli->run({ QStringLiteral("pg:info"), follower, QStringLiteral("-a"), kApp });
                return cli::field(last.out, QStringLiteral("Behind By")) == QLatin1String("0 commits");
            },
            300000, 1000);
        if (!ok)
            *problem = QStringLiteral("%1 did not catch up:\n%2").arg(follower, last.describe());
        return ok;
    }

    bool isPrimary(const QString &follower, QString *problem)
    {
        const CliResult info
            = m_cli->run({ QStringLiteral("pg:info"), QStringLiteral("DATABASE_URL"), QStringLiteral("-a"), kApp });
        if (cli::field(info.out, QStringLiteral("Add-on")) == follower)
            return true;
        *problem = QStringLiteral("DATABASE_URL is not on %1 after the switch:\n%2").arg(follower, info.describe());
        return false;
    }

    qint64 runbookDowntime(QString *problem)
    {
        SwitchOptions options;
        options.app = kApp;
        options.targetPlan = QStringLiteral("standard-0");
        options.existingFollower = kDemoFollower;
        Journal journal = FollowerSwitch::newJournal(options, m_f.journalDir());
        if (!journal.save()) {
            *problem = QStringLiteral("cannot write the journal");
            return -1;
        }
        // Product settings: the poll intervals and retry policy the wizard uses.
        std::unique_ptr<Runbook> runbook(FollowerSwitch::create(journal, m_f.services()));
        Runbook *rb = runbook.get();
        bool finished = false;
        QString failure;
        QObject::connect(rb, &Runbook::confirmationRequired, rb, [rb](int, const QString &app) { rb->confirm(app); });
        QObject::connect(rb, &Runbook::armingRequired, rb,
                         [rb](const QList<int> &, const QString &app) { rb->confirm(app); });
        QObject::connect(rb, &Runbook::finished, rb, [&finished] { finished = true; });
        QObject::connect(rb, &Runbook::failed, rb, [&failure](int, const QString &message) {
            failure = message.isEmpty() ? QStringLiteral("failed") : message;
        });
        QElapsedTimer clock;
        clock.start();
        if (!runbook->start()) {
            *problem = QStringLiteral("the runbook did not start");
            return -1;
        }
        const bool settled = QTest::qWaitFor([&] { return finished || !failure.isEmpty(); }, 900000);
        Q_UNUSED(settled)
        if (!finished) {
            *problem = QStringLiteral("the runbook did not finish: %1\n%2")
                           .arg(failure.isEmpty() ? QStringLiteral("timed out") : failure,
                                runbook->journal().stopExplanation());
            return -1;
        }
        std::printf("hpgdesk FollowerSwitch runbook: %s s from start to finish\n",
                    qPrintable(seconds(clock.elapsed())));
        hpgbench::printStepTimes(runbook->journal()); // where the time goes
        const qint64 downtime = FollowerSwitch::downtimeMs(runbook->journal());
        if (downtime < 0)
            *problem = QStringLiteral("the journal has no downtime");
        return downtime;
    }

    // The script a DBA would run; returns -1 (and why) when a command fails.
    qint64 cliDowntime(QString *problem)
    {
        const QHash<QString, int> formation = m_f.formation(kApp);
        const QStringList scaleDown = hpgbench::scaleArguments(formation, kApp, true);
        const QStringList scaleBack = hpgbench::scaleArguments(formation, kApp, false);

        const auto step = [&](const QStringList &arguments) {
            return hpgbench::cliStep(*m_cli, arguments, problem);
        };
        if (!step({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), kApp }))
            return -1;
        QElapsedTimer downtime;
        downtime.start();
        if (!step(scaleDown))
            return -1;
        CliResult info;
        const bool caughtUp = cli::waitUntil(
            [&] {
                info = m_cli->run({ QStringLiteral("pg:info"), kCliFollower, QStringLiteral("-a"), kApp });
                return cli::field(info.out, QStringLiteral("Behind By")) == QLatin1String("0 commits");
            },
            300000, 1000);
        if (!caughtUp) {
            *problem = QStringLiteral("the follower did not reach 0 commits behind:\n") + info.describe();
            return -1;
        }
        if (!step({ QStringLiteral("pg:unfollow"), kCliFollower, QStringLiteral("-a"), kApp,
                    QStringLiteral("--confirm"), kApp }))
            return -1;
        if (!step({ QStringLiteral("pg:promote"), kCliFollower, QStringLiteral("-a"), kApp }))
            return -1;
        if (!step(scaleBack))
            return -1;
        if (!step({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), kApp }))
            return -1;
        return downtime.elapsed();
    }
};

} // namespace

int main(int argc, char **argv)
{
    return hpgbench::benchMain<Bench>(argc, argv, "benchfollowerswitch", "the follower switch benchmark");
}
