#pragma once

// What the runbook benchmarks share besides their report: one command of their Heroku CLI script,
// and their main().

#include "../conformance/herokucli.h"
#include "../core/runbooks/switchfixture.h"
#include "benchreport.h"

#include <QApplication>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace hpgbench {

// What every runbook benchmark has: a sandbox with the demo world, the real Heroku CLI beside it
// (HPG_HEROKU_CLI) and the BENCH line it prints.
class RunbookBench
{
public:
    QString line() const { return m_line; }
    void stop() { m_f.sandbox.stop(); }

protected:
    // Starts the sandbox and the CLI, its caches filled as on a DBA's machine; false and why when
    // the CLI is not installed or the sandbox does not start.
    bool startSandboxAndCli(QString *problem)
    {
        if (!m_f.start(problem))
            return false;
        m_program = qEnvironmentVariable("HPG_HEROKU_CLI");
        if (m_program.isEmpty() || !QFileInfo(m_program).isExecutable()) {
            *problem = QStringLiteral("the Heroku CLI is not installed at HPG_HEROKU_CLI (%1)").arg(m_program);
            return false;
        }
        m_cli = std::make_unique<HerokuCli>(m_program, m_f.sandbox.url(), m_f.sandbox.token(), m_home.path());
        m_cli->run({ QStringLiteral("apps") });
        return true;
    }

    SwitchFixture m_f;
    QTemporaryDir m_home;
    QString m_program;
    std::unique_ptr<HerokuCli> m_cli;
    QString m_line;
};

// Runs one `heroku …` command of a benchmark's CLI script and prints its time; the first failure's
// output goes to `problem`.
inline bool cliStep(const HerokuCli &cli, const QStringList &arguments, QString *problem, int timeoutMs = 1800000)
{
    const CliResult r = cli.run(arguments, timeoutMs);
    if (!r.ok() && problem->isEmpty())
        *problem = r.describe();
    std::printf("  heroku %s: %s s\n", qPrintable(arguments.first()), qPrintable(seconds(r.elapsedMs)));
    return r.ok();
}

// `heroku ps:scale` arguments that set every process type of `formation` (type → quantity) to 0
// (`down`), or back to its quantity.
inline QStringList scaleArguments(const QHash<QString, int> &formation, const QString &app, bool down)
{
    QStringList arguments = { QStringLiteral("ps:scale") };
    for (auto it = formation.begin(); it != formation.end(); ++it)
        arguments << QStringLiteral("%1=%2").arg(it.key()).arg(down ? 0 : it.value());
    arguments << QStringLiteral("-a") << app;
    return arguments;
}

// A benchmark's main(): Bench::run(&problem), Bench::stop(), then its BENCH line (Bench::line()) or
// why it could not run (`what`: "the plan change benchmark").
template<class Bench> int benchMain(int argc, char **argv, const char *name, const char *what)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // our lines in order with the CLI log on stderr
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(name));
    Bench bench;
    QString problem;
    const bool ok = bench.run(&problem);
    bench.stop();
    if (!ok) {
        std::printf("%s could not run: %s\n", what, qPrintable(problem));
        return 1;
    }
    std::printf("%s\n", qPrintable(bench.line()));
    return 0;
}

} // namespace hpgbench
