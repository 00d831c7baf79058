// Filling the maintenance calendar (issue 14): Tools ▸ Maintenance Calendar, offscreen, reading
// every database of the account with its maintenance and window, against a shell loop of the real
// Heroku CLI's `data:maintenances:info` over the same databases, on one sandbox in one run. The
// sandbox has the demo world plus 50 "virtual" databases (POST /_sandbox/virtual-databases: API
// records and maintenances, no clusters); then 2,000 more for our time alone (no CLI loop: it
// would take an hour). For those the sandbox's rate limit is raised above Heroku's 4,500 an hour,
// which 2,000 databases (about 2.3 requests each) would otherwise run into; the line says so.
// Ends with `BENCH maintcalendar: databases=… ours_s=… cli_s=… ours_2000_s=… ratio=<cli/ours> target=20`.
#include "benchrunner.h"
#include "core/fleet/maintenancefleet.h"
#include "ui/dialogs/maintenancecalendardialog.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardItemModel>

#include <algorithm>

using namespace hpg;
using hpgbench::seconds;

namespace {

class Bench : public hpgbench::RunbookBench
{
public:
    bool run(QString *problem)
    {
        if (!startSandboxAndCli(problem))
            return false;
        if (!addVirtual(50, QStringLiteral("bench-"), problem))
            return false;
        MaintenanceCalendarDialog dialog(m_f.api.get());
        dialog.resize(1100, 700);
        QList<FleetDatabase> databases;
        // The median of three fills (the dialog is shown once; Reload reads everything again).
        QList<qint64> times;
        for (int i = 0; i < 3; ++i) {
            const qint64 ms = fill(dialog, problem);
            if (ms < 0)
                return false;
            times << ms;
        }
        std::sort(times.begin(), times.end());
        const qint64 ours = times.at(1);
        databases = dialog.fleet()->databases();
        std::printf("  calendar: %lld databases in %s s (fills: %s, %s, %s s)\n", qlonglong(databases.size()),
                    qPrintable(seconds(ours)), qPrintable(seconds(times.at(0))), qPrintable(seconds(times.at(1))),
                    qPrintable(seconds(times.at(2))));
        if (databases.size() < 50) {
            *problem = QStringLiteral("the calendar found only %1 databases").arg(databases.size());
            return false;
        }
        const qint64 cli = cliLoop(databases, problem);
        if (cli < 0)
            return false;
        std::printf("  heroku data:maintenances:info loop: %lld databases in %s s\n", qlonglong(databases.size()),
                    qPrintable(seconds(cli)));

        // 2,000 (and the ones above), ours only.
        m_f.admin("POST", QStringLiteral("/_sandbox/timing"), { { QStringLiteral("rate_limit_capacity"), 100000 } });
        if (!addVirtual(2000 - int(databases.size()), QStringLiteral("large-"), problem))
            return false;
        const qint64 large = fill(dialog, problem);
        if (large < 0)
            return false;
        const qsizetype largeCount = dialog.fleet()->databases().size();
        std::printf("  calendar: %lld databases in %s s (sandbox rate limit raised to 100000)\n", qlonglong(largeCount),
                    qPrintable(seconds(large)));
        if (largeCount < 2000) {
            *problem = QStringLiteral("the calendar found only %1 of 2,000 databases").arg(largeCount);
            return false;
        }
        m_line = QStringLiteral("BENCH maintcalendar: databases=%1 ours_s=%2 cli_s=%3 databases_large=%4 "
                                "ours_large_s=%5 ratio=%6 target=20")
                     .arg(databases.size())
                     .arg(seconds(ours), seconds(cli))
                     .arg(largeCount)
                     .arg(seconds(large))
                     .arg(double(cli) / double(qMax<qint64>(1, ours)), 0, 'f', 1);
        return true;
    }

private:
    bool addVirtual(int count, const QString &prefix, QString *problem)
    {
        const QJsonObject answer
            = m_f.admin("POST", QStringLiteral("/_sandbox/virtual-databases"),
                        { { QStringLiteral("count"), count }, { QStringLiteral("prefix"), prefix } });
        if (answer.value(QStringLiteral("created")).toInt() != count) {
            *problem = QStringLiteral("the sandbox did not create %1 virtual databases").arg(count);
            return false;
        }
        return true;
    }

    // Shows the dialog the first time (which reads the fleet), Reload after; ms until it has finished.
    static qint64 fill(MaintenanceCalendarDialog &dialog, QString *problem)
    {
        QSignalSpy finished(dialog.fleet(), &MaintenanceFleet::finished);
        QElapsedTimer timer;
        timer.start();
        if (dialog.isVisible())
            dialog.reload();
        else
            dialog.show();
        if (!finished.wait(900000)) {
            *problem = QStringLiteral("the calendar did not finish reading");
            return -1;
        }
        const qint64 ms = timer.elapsed();
        if (!dialog.fleet()->error().isEmpty()) {
            *problem = dialog.fleet()->error();
            return -1;
        }
        return ms;
    }

    // for each database: heroku data:maintenances:info ADDON -a APP, as a DBA's shell loop would.
    qint64 cliLoop(const QList<FleetDatabase> &databases, QString *problem)
    {
        QString script = QStringLiteral("set -e\n");
        for (const FleetDatabase &d : databases)
            script += QStringLiteral("\"$HEROKU\" data:maintenances:info %1 -a %2 >/dev/null\n").arg(d.addon, d.app);
        QProcess shell;
        QProcessEnvironment environment = m_cli->environment();
        environment.insert(QStringLiteral("HEROKU"), m_cli->program());
        shell.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        shell.start(QStringLiteral("bash"), { QStringLiteral("-c"), script });
        if (!shell.waitForFinished(3600000) || shell.exitCode() != 0) {
            *problem = QStringLiteral("the CLI loop failed: ") + QString::fromUtf8(shell.readAllStandardError());
            return -1;
        }
        return timer.elapsed();
    }
};

} // namespace

int main(int argc, char **argv)
{
    return hpgbench::benchMain<Bench>(argc, argv, "benchmaintcalendar", "the maintenance calendar benchmark");
}
