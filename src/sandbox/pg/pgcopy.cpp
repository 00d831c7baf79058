#include "sandbox/pg/pgcopy.h"

#include "sandbox/pg/pgerror.h"
#include "sandbox/pg/pgtools.h"

#include <QFile>
#include <QProcess>
#include <QSaveFile>

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

namespace {

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.kill();
    process.waitForFinished(5000);
}

void checkExit(QProcess &process, const char *program)
{
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        throw PgError(QStringLiteral("%1 failed (exit code %2): %3")
                          .arg(QLatin1String(program))
                          .arg(process.exitCode())
                          .arg(stderrTail(process)));
    }
}

} // namespace

qint64 PgCopy::run(const PgTools &tools, const PgDataEnd &from, const PgDataEnd &to,
                   const std::function<void(qint64)> &progress, const std::function<bool()> &cancelled)
{
    tools.ensureUsable();
    QProcess dump;
    QProcess restore;
    QFile in;
    QSaveFile out;
    QIODevice *reader = &dump;
    QIODevice *writer = &restore;
    if (to.database) {
        const QStringList ownership = to.createAsIs
            ? QStringList { QStringLiteral("--create"), QStringLiteral("--exit-on-error") }
            : QStringList { QStringLiteral("--no-owner"), QStringLiteral("--no-acl") };
        startClient(restore, tools, QStringLiteral("pg_restore"),
                    QStringList { QStringLiteral("--format=custom") } + ownership
                        + QStringList { QStringLiteral("--no-password"),
                                        QStringLiteral("--dbname=") + conninfo(*to.database) },
                    to.database->password);
    } else {
        out.setFileName(to.file);
        if (!out.open(QIODevice::WriteOnly))
            throw PgError(QStringLiteral("Could not write %1: %2").arg(to.file, out.errorString()));
        writer = &out;
    }
    try {
        if (from.database) {
            dump.setStandardInputFile(QProcess::nullDevice());
            startClient(dump, tools, QStringLiteral("pg_dump"),
                        { QStringLiteral("--format=custom"), QStringLiteral("--compress=0"),
                          QStringLiteral("--no-password"), QStringLiteral("--dbname=") + conninfo(*from.database) },
                        from.database->password);
        } else {
            in.setFileName(from.file);
            if (!in.open(QIODevice::ReadOnly))
                throw PgError(QStringLiteral("Could not read %1: %2").arg(from.file, in.errorString()));
            reader = &in;
        }
    } catch (...) {
        stop(restore);
        throw;
    }

    constexpr qint64 chunkSize = 1 << 20;
    constexpr qint64 maxBuffered = 4 << 20;
    qint64 total = 0;
    bool restoreDied = false;
    const auto restoreRunning = [&] { return !to.database || restore.state() == QProcess::Running; };
    for (;;) {
        if (cancelled && cancelled()) {
            stop(dump);
            stop(restore);
            throw PgError(QStringLiteral("canceled after %1 bytes").arg(total));
        }
        const bool sourceDone = from.database ? dump.state() == QProcess::NotRunning : in.atEnd();
        const QByteArray chunk = reader->read(chunkSize);
        if (!chunk.isEmpty()) {
            if (writer->write(chunk) != chunk.size() && !to.database) {
                stop(dump);
                throw PgError(QStringLiteral("Could not write %1: %2").arg(to.file, out.errorString()));
            }
            total += chunk.size();
            if (progress)
                progress(total);
            while (to.database && restore.bytesToWrite() > maxBuffered && restore.state() == QProcess::Running)
                restore.waitForBytesWritten(200);
            if (!restoreRunning()) {
                restoreDied = true;
                break;
            }
            continue;
        }
        if (sourceDone)
            break;
        if (!restoreRunning()) {
            restoreDied = true;
            break;
        }
        if (from.database)
            dump.waitForReadyRead(200);
    }
    if (restoreDied)
        stop(dump);
    if (from.database) {
        dump.waitForFinished(-1);
        if (!restoreDied)
            checkExit(dump, "pg_dump");
    }
    if (to.database) {
        restore.closeWriteChannel();
        while (restore.bytesToWrite() > 0 && restore.state() == QProcess::Running)
            restore.waitForBytesWritten(200);
        restore.waitForFinished(-1);
        checkExit(restore, "pg_restore");
    } else if (!out.commit()) {
        throw PgError(QStringLiteral("Could not write %1: %2").arg(to.file, out.errorString()));
    }
    return total;
}

} // namespace hpg::sandbox
