// Benchmark (label bench): pulling one database of more than 300 MB from the sandbox into a local
// PostgreSQL server, in one run: the bare `pg_dump | pg_restore` with the CLI's flags (the floor),
// the real `heroku pg:pull`, and hpgdesk's pull in both modes (checks included). Rounds alternate
// the order; each figure is the median. Ends with
//   BENCH pull: … ratio=<cli/hpgdesk> target=1.4
//   BENCH pull-floor: … ratio=<floor/hpgdesk> target=1.0   (at least as fast as the floor; issue 18)
// HPG_BENCH_ROUNDS sets the number of rounds (default 5).

#include "../../conformance/herokucli.h"
#include "core/transfer/pgquery.h"
#include "core/transfer/transferjob.h"
#include "core/transfer/transferpreflight.h"
#include "transfertestenv.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hpg;
using transfertest::TransferTestEnv;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString seconds(double value)
{
    return QString::number(value, 'f', 1) + QLatin1Char('s');
}

} // namespace

class BenchPushPull : public QObject
{
    Q_OBJECT

    TransferTestEnv m_env;
    ConnInfo m_remote;
    PgToolInstall m_tools;
    QMap<QString, QString> m_counts; // table → rows on the source
    QTemporaryDir m_cliHome;
    qint64 m_databaseBytes = 0;
    TransferModeAdvisor::Advice m_advice;
    int m_tables = 0;
    int m_indexes = 0;
    qint64 m_dataBytes = 0;
    QList<double> m_preflight;

    QMap<QString, QString> counts(const ConnInfo &conn)
    {
        QMap<QString, QString> result;
        for (const char *table : { "customers", "orders", "events", "notes" }) {
            const auto rows
                = TransferTestEnv::query(conn, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            result.insert(QString::fromLatin1(table), rows ? rows->value(0).value(0) : QStringLiteral("error"));
        }
        return result;
    }

    bool dropLocal(const QString &name)
    {
        QString error;
        const bool ok = m_env
                            .localQuery(QStringLiteral("postgres"),
                                        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &error)
                            .has_value();
        if (!ok)
            qWarning("drop %s: %s", qPrintable(name), qPrintable(error));
        return ok;
    }

    // The floor: createdb, then pg_dump | pg_restore with the CLI's flags, passwords in the environment.
    double floorRun(const QString &name)
    {
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const ConnInfo local = m_env.local(name);
        env.insert(QStringLiteral("PATH"), m_tools.binDir + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("SRC_HOST"), m_remote.host());
        env.insert(QStringLiteral("SRC_PORT"), QString::number(m_remote.port()));
        env.insert(QStringLiteral("SRC_USER"), m_remote.user());
        env.insert(QStringLiteral("SRC_PW"), m_remote.password());
        env.insert(QStringLiteral("SRC_DB"), m_remote.database());
        env.insert(QStringLiteral("DST_HOST"), local.host());
        env.insert(QStringLiteral("DST_PORT"), QString::number(local.port()));
        env.insert(QStringLiteral("DST_USER"), local.user());
        env.insert(QStringLiteral("DST_PW"), local.password());
        env.insert(QStringLiteral("DST_DB"), name);
        shell.setProcessEnvironment(env);
        const QString script = QStringLiteral(
            "set -e -o pipefail\n"
            "PGPASSWORD=\"$DST_PW\" createdb -h \"$DST_HOST\" -p \"$DST_PORT\" -U \"$DST_USER\" \"$DST_DB\"\n"
            "PGPASSWORD=\"$SRC_PW\" PGSSLMODE=require pg_dump --verbose -F c -Z 0 -N _heroku -h \"$SRC_HOST\" "
            "-p \"$SRC_PORT\" -U \"$SRC_USER\" \"$SRC_DB\" 2>/dev/null | PGPASSWORD=\"$DST_PW\" pg_restore --verbose "
            "-F c --no-acl --no-owner -h \"$DST_HOST\" -p \"$DST_PORT\" -U \"$DST_USER\" -d \"$DST_DB\" 2>/dev/null\n");
        QElapsedTimer timer;
        timer.start();
        shell.start(QStringLiteral("/bin/bash"), { QStringLiteral("-c"), script });
        const bool finished = shell.waitForFinished(1800000);
        const double elapsed = double(timer.elapsed()) / 1000.0;
        if (!finished || shell.exitCode() != 0) {
            qWarning("floor failed: %s", shell.readAllStandardError().constData());
            return -1;
        }
        return elapsed;
    }

    // The real Heroku CLI: heroku pg:pull DATABASE_URL <name> --app benchapp, the local server in PG*.
    double cliRun(const QString &name)
    {
        const QString program = qEnvironmentVariable("HPG_HEROKU_CLI");
        HerokuCli cli(program, m_env.sandbox().url(), m_env.sandbox().token(), m_cliHome.path());
        QProcessEnvironment env = cli.environment();
        env.insert(QStringLiteral("PATH"), m_tools.binDir + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("PGHOST"), m_env.localSettings().host);
        env.insert(QStringLiteral("PGPORT"), QString::number(m_env.localSettings().port));
        env.insert(QStringLiteral("PGUSER"), m_env.localSettings().user);
        env.insert(QStringLiteral("PGPASSWORD"), m_env.localPassword());
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_cliHome.path());
        process.setStandardInputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program,
                      { QStringLiteral("pg:pull"), QStringLiteral("DATABASE_URL"), name, QStringLiteral("--app"),
                        QStringLiteral("benchapp") });
        const bool finished = process.waitForFinished(1800000);
        const double elapsed = double(timer.elapsed()) / 1000.0;
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        if (!finished || process.exitCode() != 0 || !output.contains(QStringLiteral("Pulling complete"))) {
            qWarning("heroku pg:pull failed: %s", qPrintable(output.right(2000)));
            return -1;
        }
        return elapsed;
    }

    // hpgdesk: the checks (as the wizard runs them), then the job.
    double ourRun(const QString &name, std::optional<TransferSpec::Mode> mode)
    {
        QElapsedTimer timer;
        timer.start();
        TransferPreflight::Request request;
        request.direction = TransferSpec::Direction::Pull;
        request.source = m_remote;
        request.target = m_env.local(name);
        request.sourceLabel = QStringLiteral("benchapp::DATABASE");
        auto future = TransferPreflight::run(request);
        QString error;
        if (!transfertest::finish(future, &error)) {
            qWarning("preflight: %s", qPrintable(error));
            return -1;
        }
        const PreflightReport report = future.result();
        if (!report.ok()) {
            qWarning("preflight: %s", qPrintable(report.errors.join(QLatin1Char('\n'))));
            return -1;
        }
        m_preflight.append(double(timer.elapsed()) / 1000.0);
        m_advice = report.advice;
        m_tables = int(report.inventory.tables.size());
        m_indexes = int(report.inventory.indexes.size());
        m_dataBytes = report.inventory.dataBytes({});
        TransferSpec spec;
        spec.direction = TransferSpec::Direction::Pull;
        spec.source = m_remote;
        spec.target = m_env.local(name);
        spec.tools = report.tools;
        spec.inventory = report.inventory;
        spec.createTarget = true;
        spec.mode = mode.value_or(report.advice.mode);
        spec.jobs = report.advice.jobs;
        TransferJob job(spec);
        std::optional<TransferOutcome> outcome;
        connect(&job, &TransferJob::finished, this, [&outcome](const TransferOutcome &o) { outcome = o; });
        job.start();
        while (!outcome && timer.elapsed() < 1800000)
            QTest::qWait(5);
        const double elapsed = double(timer.elapsed()) / 1000.0;
        if (!outcome || !outcome->succeeded()) {
            qWarning("hpgdesk pull failed: %s", outcome ? qPrintable(outcome->message) : "timed out");
            return -1;
        }
        return elapsed;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_env.startSandbox(QStringLiteral("tests/bench/pushpull/bench_pushpull_seed.json"), &error),
                 qPrintable(error));
        const double seedSeconds = double(timer.elapsed()) / 1000.0;
        QVERIFY2(m_env.startLocalServer(&error), qPrintable(error));
        const auto remote = m_env.remote(QStringLiteral("pg-bench"), &error);
        QVERIFY2(remote, qPrintable(error));
        m_remote = *remote;
        m_tools = TransferTestEnv::tools(&error);
        QVERIFY2(m_tools.isUsable(), qPrintable(error));
        const auto size
            = TransferTestEnv::query(m_remote, QStringLiteral("SELECT pg_database_size(current_database())"));
        QVERIFY(size);
        m_databaseBytes = size->value(0).value(0).toLongLong();
        QVERIFY2(m_databaseBytes >= 300LL * 1000 * 1000, "the benchmark database must hold at least 300 MB");
        m_counts = counts(m_remote);
        QCOMPARE(m_counts.value(QStringLiteral("orders")), QStringLiteral("1200000"));
        qInfo("sandbox with a %s database ready in %.1f s", qPrintable(QLocale::c().formattedDataSize(m_databaseBytes)),
              seedSeconds);
        if (!QFileInfo(qEnvironmentVariable("HPG_HEROKU_CLI")).isExecutable())
            QSKIP("the Heroku CLI is not installed (run the installherokucli test first)");
    }

    void pull()
    {
        const int rounds = qMax(
            1, qEnvironmentVariableIntValue("HPG_BENCH_ROUNDS") ? qEnvironmentVariableIntValue("HPG_BENCH_ROUNDS") : 5);
        const QStringList variants { QStringLiteral("floor"), QStringLiteral("cli"), QStringLiteral("stream"),
                                     QStringLiteral("parallel") };
        QMap<QString, QList<double>> times;
        // Warm-up: the source's cache as it will be for every measured run.
        QVERIFY(floorRun(QStringLiteral("bench_warmup")) > 0);
        QVERIFY(dropLocal(QStringLiteral("bench_warmup")));
        for (int round = 0; round < rounds; ++round) {
            for (int i = 0; i < variants.size(); ++i) {
                const QString variant = variants.at((i + round) % variants.size()); // rotate the order
                const QString name = QStringLiteral("bench_%1_%2").arg(variant).arg(round);
                double elapsed = -1;
                if (variant == QLatin1String("floor"))
                    elapsed = floorRun(name);
                else if (variant == QLatin1String("cli"))
                    elapsed = cliRun(name);
                else
                    elapsed = ourRun(name,
                                     variant == QLatin1String("stream") ? TransferSpec::Mode::Stream
                                                                        : TransferSpec::Mode::Parallel);
                QVERIFY2(elapsed > 0, qPrintable(variant));
                QCOMPARE(counts(m_env.local(name)), m_counts);
                QVERIFY(dropLocal(name));
                times[variant].append(elapsed);
                qInfo("round %d %-8s %6.2f s", round + 1, qPrintable(variant), elapsed);
            }
        }
        const double floor = median(times.value(QStringLiteral("floor")));
        const double cli = median(times.value(QStringLiteral("cli")));
        const double stream = median(times.value(QStringLiteral("stream")));
        const double parallel = median(times.value(QStringLiteral("parallel")));
        const bool defaultParallel = m_advice.mode == TransferSpec::Mode::Parallel;
        const double ours = defaultParallel ? parallel : stream;
        const QString mode
            = defaultParallel ? QStringLiteral("parallel-%1-jobs").arg(m_advice.jobs) : QStringLiteral("stream");
        const QLocale c = QLocale::c();
        qInfo("pull of a %s database (%s of table data in %d tables, %d indexes), median of %d rounds:",
              qPrintable(c.formattedDataSize(m_databaseBytes)), qPrintable(c.formattedDataSize(m_dataBytes)), m_tables,
              m_indexes, rounds);
        qInfo("  bare pg_dump | pg_restore (floor)   %6.2f s", floor);
        qInfo("  heroku pg:pull                      %6.2f s", cli);
        qInfo("  hpgdesk, one stream                 %6.2f s  (checks included: %.2f s)", stream, median(m_preflight));
        qInfo("  hpgdesk, parallel (%d jobs)          %6.2f s", m_advice.jobs, parallel);
        qInfo("  hpgdesk default: %s (%s)", qPrintable(mode), qPrintable(m_advice.reason));
        std::printf("BENCH pull: hpgdesk=%s mode=%s stream=%s parallel=%s cli=%s floor=%s ratio=%.2f target=1.4\n",
                    qPrintable(seconds(ours)), qPrintable(mode), qPrintable(seconds(stream)),
                    qPrintable(seconds(parallel)), qPrintable(seconds(cli)), qPrintable(seconds(floor)), cli / ours);
        std::printf("BENCH pull-floor: hpgdesk=%s floor=%s ratio=%.2f target=1.0\n", qPrintable(seconds(ours)),
                    qPrintable(seconds(floor)), floor / ours);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchPushPull)
#include "bench_pushpull.moc"
