#pragma once

// What the runbook benchmarks share besides their report: one command of their Heroku CLI script,
// and their main().

#include "../conformance/herokucli.h"
#include "benchreport.h"

#include <QApplication>

#include <cstdio>

namespace hpgbench {

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
