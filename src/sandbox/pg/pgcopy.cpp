#include "sandbox/pg/pgcopy.h"

#include "sandbox/pg/pgerror.h"
#include "sandbox/pg/pgtools.h"

#include <QProcess>

namespace hpg::sandbox {

namespace {

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString stderrTail(QProcess &process)
{
    QString text = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (text.size() > 2000)
        text = QStringLiteral("…") + text.right(2000);
    return text;
}

void startClient(QProcess &process, const PgTools &tools, const QString &program, const QStringList &args,
                 const QString &password)
{
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("PGPASSWORD"), password);
    // Client programs: they may run as the sandbox's own user (even root); no user switch.
    process.setProcessEnvironment(PgTools::environment(extra));
    process.start(tools.binary(program), args);
    if (!process.waitForStarted(30000))
        throw PgError(QStringLiteral("Could not start %1: %2").arg(program, process.errorString()));
}

} // namespace

QString PgCopy::conninfo(const PgConnectParams &params)
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=%5 application_name=%6")
        .arg(quoted(params.host))
        .arg(params.port)
        .arg(quoted(params.database), quoted(params.user), quoted(params.sslmode),
             quoted(QStringLiteral("hpgdesk-sandbox pg:copy")));
}

qint64 PgCopy::run(const PgTools &tools, const PgConnectParams &source, const PgConnectParams &target,
                   const std::function<void(qint64)> &progress, const std::function<bool()> &cancelled)
{
    tools.ensureUsable();
    QProcess dump;
    QProcess restore;
    startClient(restore, tools, QStringLiteral("pg_restore"),
                { QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--no-acl"),
                  QStringLiteral("--no-password"), QStringLiteral("--dbname=") + conninfo(target) },
                target.password);
    try {
        dump.setStandardInputFile(QProcess::nullDevice());
        startClient(dump, tools, QStringLiteral("pg_dump"),
                    { QStringLiteral("--format=custom"), QStringLiteral("--compress=0"),
                      QStringLiteral("--no-password"), QStringLiteral("--dbname=") + conninfo(source) },
                    source.password);
    } catch (...) {
        restore.kill();
        restore.waitForFinished(5000);
        throw;
    }

    constexpr qint64 chunkSize = 1 << 20;
    constexpr qint64 maxBuffered = 4 << 20;
    qint64 total = 0;
    bool restoreDied = false;
    for (;;) {
        if (cancelled && cancelled()) {
            dump.kill();
            restore.kill();
            dump.waitForFinished(5000);
            restore.waitForFinished(5000);
            throw PgError(QStringLiteral("canceled after %1 bytes").arg(total));
        }
        const bool dumpFinished = dump.state() == QProcess::NotRunning;
        const QByteArray chunk = dump.read(chunkSize);
        if (!chunk.isEmpty()) {
            restore.write(chunk);
            total += chunk.size();
            if (progress)
                progress(total);
            while (restore.bytesToWrite() > maxBuffered && restore.state() == QProcess::Running)
                restore.waitForBytesWritten(200);
            if (restore.state() != QProcess::Running) {
                restoreDied = true;
                break;
            }
            continue;
        }
        if (dumpFinished)
            break;
        if (restore.state() != QProcess::Running) {
            restoreDied = true;
            break;
        }
        dump.waitForReadyRead(200);
    }
    if (restoreDied) {
        dump.kill();
        dump.waitForFinished(5000);
    }
    restore.closeWriteChannel();
    while (restore.bytesToWrite() > 0 && restore.state() == QProcess::Running)
        restore.waitForBytesWritten(200);
    dump.waitForFinished(-1);
    restore.waitForFinished(-1);

    if (!restoreDied && (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)) {
        throw PgError(QStringLiteral("pg_dump failed (exit code %1): %2").arg(dump.exitCode()).arg(stderrTail(dump)));
    }
    if (restore.exitStatus() != QProcess::NormalExit || restore.exitCode() != 0) {
        throw PgError(
            QStringLiteral("pg_restore failed (exit code %1): %2").arg(restore.exitCode()).arg(stderrTail(restore)));
    }
    return total;
}

} // namespace hpg::sandbox
