// Down time of a major version upgrade with Heroku Connect (issue 21), 15 → 17, on two sandboxes
// with the same demo world (acme-storefront: a Standard primary on PostgreSQL 15, dynos writing, a
// Heroku Connect connection, a follower), one upgrade each:
//   1. hpgdesk's version upgrade wizard, offscreen, as a user drives it: the database and version,
//      Start, the app name typed once where the run page asks for it (before the down time), wait
//      for the end; down time from its journal (maintenance mode on → off), with the part spent
//      waiting for a person (must be 0);
//   2. the seed's steps as a script of real Heroku CLI commands on the demo follower, caught up
//      first: Heroku Connect paused (the Dashboard's Pause button: the Connect API),
//      maintenance:on, ps:scale to 0, pg:info polling until Behind By is 0, pg:upgrade:run
//      --version 17, pg:upgrade:wait, pg:promote, ps:scale back, maintenance:off, Connect resumed;
//      down time from maintenance:on done to maintenance:off done.
// Ends with `BENCH versionupgrade: gui_downtime_s=… gui_person_s=… cli_downtime_s=… ratio=<cli/gui>
// target=3`. Fails only when an upgrade does not end with DATABASE_URL on a PostgreSQL 17 database.
#include "../conformance/clioutput.h"
#include "benchrunner.h"
#include "benchwizard.h"
#include "core/heroku/connectconnection.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"
#include "ui/wizards/versionupgradewizard.h"
#include "widgetdriver.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

#include <cstdio>

using namespace hpg;
using hpgbench::seconds;

namespace {

const QString kApp = QStringLiteral("acme-storefront");
const QString kDemoFollower = QStringLiteral("postgresql-acme-follower");

class Bench : public hpgbench::RunbookBench
{
public:
    bool run(QString *problem)
    {
        // 1. The wizard, on a sandbox of its own.
        if (!m_ours.start(problem))
            return false;
        qint64 personMs = -1;
        const qint64 gui = wizardDowntime(&personMs, problem);
        if (gui < 0 || !runs17(m_ours, problem))
            return false;
        std::printf("hpgdesk wizard: downtime %s s, of which waiting for a person %s s\n", qPrintable(seconds(gui)),
                    qPrintable(seconds(personMs)));
        m_ours.sandbox.stop();

        // 2. The real Heroku CLI on the other sandbox.
        if (!startSandboxAndCli(problem))
            return false;
        const qint64 theirs = cliDowntime(problem);
        if (theirs < 0 || !runs17(m_f, problem))
            return false;
        std::printf("Heroku CLI script: downtime %s s\n", qPrintable(seconds(theirs)));

        m_line = QStringLiteral("BENCH versionupgrade: gui_downtime_s=%1 gui_person_s=%2 cli_downtime_s=%3 ratio=%4 "
                                "target=3")
                     .arg(seconds(gui), seconds(personMs), seconds(theirs),
                          QString::number(double(theirs) / double(std::max<qint64>(gui, 1)), 'f', 1));
        return true;
    }

private:
    SwitchFixture m_ours;

    static bool runs17(SwitchFixture &f, QString *problem)
    {
        const QString url = f.configVars(kApp).value(QStringLiteral("DATABASE_URL"));
        const QString version = sql(url, QStringLiteral("SHOW server_version")).value();
        if (version.startsWith(QLatin1String("17")))
            return true;
        *problem = QStringLiteral("DATABASE_URL runs PostgreSQL %1 after the upgrade").arg(version);
        return false;
    }

    // The wizard offscreen, through its pages by objectName, with the product's poll intervals.
    qint64 wizardDowntime(qint64 *personMs, QString *problem)
    {
        VersionUpgradeWizard wizard(m_ours.services(), kApp);
        wizard.setJournalDir(m_ours.journalDir());
        wizard.show();
        if (!QTest::qWaitFor([&] { return hpgtest::click(&wizard, "commitPushButton"); }, 60000)) {
            *problem = QStringLiteral("the wizard did not let the upgrade start: %1")
                           .arg(hpgtest::find<QLabel>(&wizard, "routeLabel")->text());
            return -1;
        }
        int typed = 0;
        const Runbook *runbook = hpgbench::confirmUntilDone(
            &wizard, kApp, [](const std::function<bool()> &done, int ms) { return QTest::qWaitFor(done, ms); },
            QStringLiteral("upgrade"), problem, &typed);
        if (!runbook)
            return -1;
        std::printf("hpgdesk wizard: the app name was typed %d time(s)\n", typed);
        hpgbench::printStepTimes(runbook->journal());
        const DownTime down = RunbookRegistry::downTime(runbook->journal());
        *personMs = down.personMs;
        return down.totalMs;
    }

    // Pauses or resumes the app's Heroku Connect connection as the Dashboard's button does.
    bool connectAction(bool pause, QString *problem)
    {
        const auto list = SwitchFixture::wait(m_f.connect->connections(kApp)).object();
        for (const ConnectConnection &c : ConnectConnection::listFromJson(list)) {
            ApiResult result;
            // Pause only from IDLE, as on Heroku: wait for it.
            const bool ok = cli::waitUntil(
                [&] {
                    result = SwitchFixture::wait(pause ? m_f.connect->pause(c.regionUrl, c.id)
                                                       : m_f.connect->resume(c.regionUrl, c.id));
                    return result.ok();
                },
                120000, 500);
            if (!ok) {
                *problem = result.error.userText();
                return false;
            }
        }
        return true;
    }

    bool waitNoLag(const QString &follower, int maxBehind, QString *problem)
    {
        CliResult last;
        const bool ok = cli::waitUntil(
            [&] {
                last = m_cli->run({ QStringLiteral("pg:info"), follower, QStringLiteral("-a"), kApp });
                return cli::field(last.out, QStringLiteral("Behind By")).section(QLatin1Char(' '), 0, 0).toInt()
                    <= maxBehind
                    && !cli::field(last.out, QStringLiteral("Behind By")).isEmpty();
            },
            300000, 1000);
        if (!ok)
            *problem = QStringLiteral("%1 did not catch up:\n%2").arg(follower, last.describe());
        return ok;
    }

    // The seed's steps as a DBA would script them; -1 (and why) when a command fails.
    qint64 cliDowntime(QString *problem)
    {
        const QHash<QString, int> formation = m_f.formation(kApp);
        const QStringList scaleDown = hpgbench::scaleArguments(formation, kApp, true);
        const QStringList scaleBack = hpgbench::scaleArguments(formation, kApp, false);
        const auto step = [&](const QStringList &arguments) {
            return hpgbench::cliStep(*m_cli, arguments, problem);
        };
        // 1. The follower (the demo's), nearly caught up: not timed.
        if (!waitNoLag(kDemoFollower, 200, problem))
            return -1;
        // 2. Connect paused, maintenance mode on, dynos scaled down.
        if (!connectAction(true, problem) || !step({ QStringLiteral("maintenance:on"), QStringLiteral("-a"), kApp }))
            return -1;
        QElapsedTimer downtime;
        downtime.start();
        if (!step(scaleDown))
            return -1;
        // 3. The follower fully caught up.
        if (!waitNoLag(kDemoFollower, 0, problem))
            return -1;
        // 4. pg:upgrade on the follower (it unfollows and upgrades).
        if (!step({ QStringLiteral("pg:upgrade:run"), kDemoFollower, QStringLiteral("--version"), QStringLiteral("17"),
                    QStringLiteral("--confirm"), kApp, QStringLiteral("-a"), kApp })
            || !step({ QStringLiteral("pg:upgrade:wait"), kDemoFollower, QStringLiteral("-a"), kApp }))
            return -1;
        // 5. Promote it; 6. the app back, Connect resumed.
        if (!step({ QStringLiteral("pg:promote"), kDemoFollower, QStringLiteral("-a"), kApp }) || !step(scaleBack)
            || !step({ QStringLiteral("maintenance:off"), QStringLiteral("-a"), kApp }))
            return -1;
        const qint64 ms = downtime.elapsed();
        if (!connectAction(false, problem))
            return -1;
        return ms;
    }
};

} // namespace

int main(int argc, char **argv)
{
    return hpgbench::benchMain<Bench>(argc, argv, "benchversionupgrade", "the version upgrade benchmark");
}
