// Resident memory (issue 18): the main window, offscreen, in this process (VmRSS and VmHWM from
// /proc/self/status):
//   1. signed in to a sandbox whose account has 2,000 more apps (POST /_sandbox/virtual-databases),
//      the whole tree loaded;
//   2. with the Sessions tab of a standard-3 database that has ~500 client connections (held by a
//      child process, this program with --hold-connections, so they are not counted as ours);
//   3. after a soak of 3,600 refresh cycles of that tab, back to back (HPG_BENCH_CYCLES to change);
// against the resident memory of the real Heroku CLI for one `heroku pg:info` (its peak, from
// wait4()), in the same run. Ends with
//   BENCH memory: peak_mb=… signed_in_mb=… sessions_mb=… soak_start_mb=… soak_end_mb=… settled_mb=…
//                 growth_pct=… last_two_thirds_growth_pct=… cli_pginfo_mb=… ratio=<cli/peak> target=1
//                 growth_target_pct=5
// growth_pct is from the 60th refresh (the soak's start) to the last; the last two thirds show
// whether it levels off.
// At the soak's start and every 600 refreshes it also prints where resident memory is (benchsmaps.h:
// heap, glibc's other arenas, stacks, anonymous and file mappings, malloc's arenas, the threads) and
// what grew since the start. A background read of the account's maintenances (MaintenanceWatch, 10 s
// after sign-in: thousands of requests for 2,000 apps) and its first desktop notification (D-Bus) fall
// inside the soak.
// Not a pass/fail test of memory: it fails only when it cannot measure.

#include "../conformance/herokucli.h"
#include "benchdatabase.h"
#include "benchreport.h"
#include "benchsmaps.h"
#include "core/memory/releasefreememory.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "sandboxprocess.h"
#include "ui/browser/browsermodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/sessions/sessionsmodel.h"
#include "ui/sessions/sessionspage.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <iostream>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

using namespace hpg;

namespace {

const QString kApp = QStringLiteral("acme-storefront");
const QString kAddon = QStringLiteral("bench-memory-db");
constexpr int kApps = 2000;

struct Memory
{
    qint64 rssKb = 0;
    qint64 peakKb = 0;
};

Memory ownMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    Memory m;
    if (!status.open(QIODevice::ReadOnly))
        return m;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const auto value = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong();
        };
        if (line.startsWith("VmRSS:"))
            m.rssKb = value();
        else if (line.startsWith("VmHWM:"))
            m.peakKb = value();
    }
    return m;
}

QString mb(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1);
}

void print(const char *what, const Memory &m)
{
    std::printf("  %-52s rss %7s MB  peak %7s MB\n", what, qPrintable(mb(m.rssKb)), qPrintable(mb(m.peakKb)));
}

// --hold-connections: the client connections, in a process of their own. Reads the libpq conninfo
// on stdin, says "open N" and holds them until stdin closes.
int holdConnections()
{
    std::string line;
    std::getline(std::cin, line);
    const std::optional<ConnInfo> conn = ConnInfo::fromKeyValue(QString::fromStdString(line));
    if (!conn) {
        std::printf("bad conninfo\n");
        return 1;
    }
    hpgbench::Connections connections;
    QString problem;
    if (!connections.open(*conn, hpgbench::Connections::kCount, &problem)) {
        std::printf("%s\n", qPrintable(problem));
        return 1;
    }
    std::printf("open %d\n", int(connections.conns.size()));
    std::fflush(stdout);
    while (std::getline(std::cin, line)) { }
    return 0;
}

// The peak resident memory of one run of `program` (wait4's ru_maxrss, in kB); -1 when it failed.
qint64 peakOfRun(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    std::vector<std::string> args = { program.toStdString() };
    for (const QString &a : arguments)
        args.push_back(a.toStdString());
    std::vector<std::string> env;
    for (const QString &e : environment.toStringList())
        env.push_back(e.toStdString());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (std::string &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
}

class Bench
{
public:
    QString line() const { return m_line; }

    bool run(QString *problem)
    {
        if (!m_sandbox.start()) {
            *problem = QStringLiteral("the sandbox did not start: ") + m_sandbox.output();
            return false;
        }
        if (!prepareSandbox(problem) || !holdConnections(problem))
            return false;
        const qint64 cliKb = cliPeak(problem);
        if (cliKb < 0)
            return false;
        print("before the window", ownMemory());

        // 1. Signed in, the tree of 2,000+ apps loaded.
        LanguageManager languages;
        languages.apply(LanguageManager::Language::English);
        Session session;
        MainWindow window(&languages, &session);
        window.resize(1400, 900);
        window.show();
        session.signIn(m_sandbox.url(), m_sandbox.token());
        if (!QTest::qWaitFor([&] { return window.browserModel()->appCount() >= kApps; }, 300000)) {
            *problem = QStringLiteral("the tree did not show %1 apps (%2)")
                           .arg(kApps)
                           .arg(window.browserModel()->appCount());
            return false;
        }
        QTest::qWait(2000); // what the tree and the status bar do after the apps came
        const Memory signedIn = ownMemory();
        print(qPrintable(QStringLiteral("signed in, %1 apps in the tree").arg(window.browserModel()->appCount())),
              signedIn);

        // 2. The Sessions tab on ~500 connections.
        SessionsPage *page = window.sessionsPage();
        QSignalSpy refreshed(page, &SessionsPage::refreshed);
        window.selectKey(QStringLiteral("db:%1/%2").arg(kApp, kAddon));
        window.showDatabasePage(QStringLiteral("sessions"));
        if (!QTest::qWaitFor([&] { return page->sessionsModel()->rowCount() >= hpgbench::Connections::kCount; },
                             120000)) {
            *problem = QStringLiteral("the Sessions tab did not show the %1 connections (%2 rows)")
                           .arg(hpgbench::Connections::kCount)
                           .arg(page->sessionsModel()->rowCount());
            return false;
        }
        page->setRefreshInterval(0); // the soak refreshes back to back instead
        QTest::qWait(2000);
        const Memory sessions = ownMemory();
        print(qPrintable(QStringLiteral("Sessions tab, %1 sessions").arg(page->sessionsModel()->rowCount())), sessions);

        // 3. The soak.
        const int cycles = qEnvironmentVariableIntValue("HPG_BENCH_CYCLES") > 0
            ? qEnvironmentVariableIntValue("HPG_BENCH_CYCLES")
            : 3600;
        const int warmUp = std::min(60, cycles / 10);
        Memory soakStart;
        Memory soakThird; // growth over the last two thirds: does it level off?
        hpgbench::ResidentBreakdown soakStartBreakdown;
        QElapsedTimer soakTimer;
        soakTimer.start();
        for (int i = 1; i <= cycles; ++i) {
            refreshed.clear();
            page->refresh();
            if (!refreshed.wait(30000)) {
                *problem = QStringLiteral("refresh %1 of the soak did not finish").arg(i);
                return false;
            }
            if (i == warmUp) {
                soakStart = ownMemory();
                soakStartBreakdown = hpgbench::ResidentBreakdown::measure();
                print(qPrintable(QStringLiteral("after %1 refreshes (the soak's start)").arg(i)), soakStart);
                soakStartBreakdown.print("where");
            }
            if (i == cycles / 3)
                soakThird = ownMemory();
            if (i % 600 == 0) {
                print(qPrintable(QStringLiteral("after %1 refreshes").arg(i)), ownMemory());
                const hpgbench::ResidentBreakdown now = hpgbench::ResidentBreakdown::measure();
                now.print("where");
                now.printGrowth(soakStartBreakdown);
            }
        }
        const qint64 soakMs = soakTimer.elapsed();
        const Memory soakEnd = ownMemory();
        QTest::qWait(3000);
        const Memory settled = ownMemory();
        print("3 s after the soak", settled);
        // Not a figure of the app: how much of that is free memory the allocator keeps (malloc_trim
        // gives it back), as against memory in use.
        QElapsedTimer trimTimer;
        trimTimer.start();
        releaseFreeMemory();
        const qint64 trimUs = trimTimer.nsecsElapsed() / 1000;
        print("(diagnosis) the same after malloc_trim(0)", ownMemory());
        std::printf("  malloc_trim(0) took %.1f ms\n", double(trimUs) / 1000.0);
        std::printf("  soak: %d refreshes in %s s (%.1f ms each); start of the soak after %d refreshes\n", cycles,
                    qPrintable(hpgbench::seconds(soakMs)), double(soakMs) / cycles, warmUp);
        std::printf("  heroku pg:info: peak %s MB\n", qPrintable(mb(cliKb)));

        const qint64 peak = settled.peakKb;
        const auto growth = [&soakEnd](const Memory &from) {
            return 100.0 * double(soakEnd.rssKb - from.rssKb) / double(std::max<qint64>(1, from.rssKb));
        };
        m_line = QStringLiteral("BENCH memory: peak_mb=%1 signed_in_mb=%2 sessions_mb=%3 soak_start_mb=%4 "
                                "soak_end_mb=%5 settled_mb=%6 cycles=%7 growth_pct=%8 last_two_thirds_growth_pct=%9 "
                                "cli_pginfo_mb=%10 ratio=%11 target=1 growth_target_pct=5")
                     .arg(mb(peak), mb(signedIn.rssKb), mb(sessions.rssKb), mb(soakStart.rssKb), mb(soakEnd.rssKb),
                          mb(settled.rssKb))
                     .arg(cycles)
                     .arg(growth(soakStart), 0, 'f', 1)
                     .arg(growth(soakThird), 0, 'f', 1)
                     .arg(mb(cliKb))
                     .arg(double(cliKb) / double(std::max<qint64>(1, peak)), 0, 'f', 2);
        return true;
    }

    void stop()
    {
        if (m_holder.state() != QProcess::NotRunning) {
            m_holder.closeWriteChannel();
            m_holder.waitForFinished(30000);
        }
        m_sandbox.stop();
    }

private:
    // The 2,000 apps, the database with room for 500 connections, a rate limit the tree cannot hit.
    bool prepareSandbox(QString *problem)
    {
        m_sandbox.request("POST", QStringLiteral("/_sandbox/timing"),
                          { { QStringLiteral("rate_limit_capacity"), 100000 } });
        const QJsonObject created
            = m_sandbox
                  .request("POST", QStringLiteral("/_sandbox/virtual-databases"),
                           { { QStringLiteral("count"), kApps }, { QStringLiteral("prefix"), QStringLiteral("mem-") } })
                  .object();
        if (created.value(QStringLiteral("created")).toInt() != kApps) {
            *problem = QStringLiteral("the sandbox did not create %1 apps").arg(kApps);
            return false;
        }
        QNetworkAccessManager nam;
        ApiClient api(&nam);
        api.setBaseUrl(m_sandbox.url());
        api.setToken(m_sandbox.token());
        const std::optional<ConnInfo> conn = hpgbench::createStandard3(&api, kApp, kAddon, problem);
        if (!conn)
            return false;
        m_conn = *conn;
        return true;
    }

    bool holdConnections(QString *problem)
    {
        m_holder.setProcessChannelMode(QProcess::MergedChannels);
        m_holder.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--hold-connections") });
        m_holder.write((m_conn.toKeyValue() + QLatin1Char('\n')).toUtf8()); // on stdin, never in argv
        QElapsedTimer timer;
        timer.start();
        if (!QTest::qWaitFor([&] { return m_holder.canReadLine() || m_holder.state() == QProcess::NotRunning; }, 300000)
            || !m_holder.readLine().startsWith("open ")) {
            *problem = QStringLiteral("the connections did not open: ") + QString::fromUtf8(m_holder.readAll());
            return false;
        }
        std::printf("  %d connections open in another process in %s s\n", hpgbench::Connections::kCount,
                    qPrintable(hpgbench::seconds(timer.elapsed())));
        return true;
    }

    // The CLI's peak for `heroku pg:info -a APP`: the best of three after a warm-up run.
    qint64 cliPeak(QString *problem)
    {
        const QString program = qEnvironmentVariable("HPG_HEROKU_CLI");
        if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
            *problem = QStringLiteral("the Heroku CLI is not installed at HPG_HEROKU_CLI (%1)").arg(program);
            return -1;
        }
        HerokuCli cli(program, m_sandbox.url(), m_sandbox.token(), m_cliHome.path());
        const QStringList arguments = { QStringLiteral("pg:info"), QStringLiteral("-a"), kApp };
        std::vector<qint64> peaks;
        for (int i = 0; i < 4; ++i) {
            const qint64 kb = peakOfRun(QFileInfo(program).absoluteFilePath(), arguments, cli.environment());
            if (kb < 0) {
                *problem = QStringLiteral("heroku pg:info failed: ") + cli.run(arguments).describe();
                return -1;
            }
            if (i > 0) // the first run fills node's and oclif's caches
                peaks.push_back(kb);
        }
        std::sort(peaks.begin(), peaks.end());
        std::printf("  heroku pg:info -a %s: peaks %s, %s, %s MB\n", qPrintable(kApp), qPrintable(mb(peaks[0])),
                    qPrintable(mb(peaks[1])), qPrintable(mb(peaks[2])));
        return peaks.front();
    }

    SandboxProcess m_sandbox;
    QProcess m_holder;
    QTemporaryDir m_cliHome;
    ConnInfo m_conn;
    QString m_line;
};

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (argc > 1 && std::string(argv[1]) == "--hold-connections")
        return holdConnections();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("benchmemory"));
    Bench bench;
    QString problem;
    const bool ok = bench.run(&problem);
    bench.stop();
    if (!ok) {
        std::printf("the memory benchmark could not run: %s\n", qPrintable(problem));
        return 1;
    }
    std::printf("%s\n", qPrintable(bench.line()));
    return 0;
}
