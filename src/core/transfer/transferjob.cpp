#include "transferjob.h"

#include "core/stall/operationscope.h"
#include "core/threads/workerpool.h"
#include "linebuffer.h"
#include "pgquery.h"
#include "pgtoolfinder.h"
#include "processtree.h"
#include "transfercommands.h"
#include "transferworkdir.h"
#include "whendone.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

namespace hpg {

namespace {

constexpr int maxLogLines = 50000;

// Bytes the process has written (Linux: /proc/<pid>/io "wchar"); -1 elsewhere.
qint64 bytesWrittenBy(qint64 pid)
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/%1/io").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
#else
    Q_UNUSED(pid)
    return -1;
#endif
}

qint64 directorySize(const QString &path)
{
    qint64 size = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        size += it.fileInfo().size();
    }
    return size;
}

} // namespace

struct TransferJob::Program
{
    QString label; // "pg_dump", "pg_restore", "createdb"
    QProcess process;
    LineBuffer stderrLines; // bounded: a program writing without newlines cannot grow it
    QString lastError;
    bool done = false;
    bool failedToStart = false;
    bool terminated = false; // we asked it to stop
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    qint64 pid = 0;

    bool ok() const { return done && !failedToStart && exitStatus == QProcess::NormalExit && exitCode == 0; }
};

TransferJob::TransferJob(TransferSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
    qRegisterMetaType<TransferProgress>();
    qRegisterMetaType<TransferOutcome>();
    m_pollTimer.setInterval(500);
    connect(&m_pollTimer, &QTimer::timeout, this, &TransferJob::pollBytes);
    m_killTimer.setInterval(5000);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &TransferJob::killAll);
    m_workersTimer.setInterval(50);
    connect(&m_workersTimer, &QTimer::timeout, this, &TransferJob::finishCancel);
}

TransferJob::~TransferJob()
{
    // The workers of pg_dump -j / pg_restore -j outlive a leader killed with SIGKILL: they go
    // too, before the dump folder is removed (a worker still writing would keep it there).
    QList<ProcessTree::Process> workers = m_workers;
    for (auto &program : m_programs) {
        if (program->process.state() != QProcess::NotRunning)
            workers += ProcessTree::descendants(program->process.processId());
    }
    for (auto &program : m_programs) {
        if (program->process.state() != QProcess::NotRunning) {
            program->process.disconnect(this);
            program->process.kill();
            program->process.waitForFinished(2000);
        }
    }
    for (const ProcessTree::Process &worker : std::as_const(workers))
        ProcessTree::kill(worker);
    if (m_workDir)
        m_workDir->remove();
}

TransferProgress TransferJob::progress() const
{
    return m_tracker.progress(m_clock.isValid() ? m_clock.elapsed() : 0);
}

void TransferJob::start()
{
    if (m_running || m_done)
        return;
    m_running = true;
    m_clock.start();
    m_tracker.setPlan(m_spec);
    m_tracker.setPhase(TransferProgress::Phase::Preparing, 0);
    emitProgress();

    if (m_spec.tools.pgDump.isEmpty() || m_spec.tools.pgRestore.isEmpty()) {
        fail(tr("pg_dump and pg_restore were not found."));
        return;
    }
    for (const QString &name : { m_spec.source.database(), m_spec.target.database() }) {
        const QString problem = TransferCommands::checkDatabaseName(name);
        if (!problem.isEmpty()) {
            fail(problem);
            return;
        }
    }
    checkSourceVersion();
}

void TransferJob::afterSourceVersion()
{
    if (m_spec.direction == TransferSpec::Direction::Push) {
        checkPushTarget();
    } else if (m_spec.createTarget && m_spec.mode == TransferSpec::Mode::Parallel && !m_spec.tools.createdb.isEmpty()) {
        // pg_dump does not need the local database, only pg_restore does: createdb runs beside the
        // dump (60 ms of a 4 s pull), and the restore starts when both have finished. The dump starts
        // on the next turn of the event loop: two process starts in one turn held the window for 6 ms.
        createTarget();
        QTimer::singleShot(0, this, [this] {
            if (m_dataStarted || m_cancelling || m_done || !m_pendingFailure.isEmpty())
                return;
            startData();
        });
    } else if (m_spec.createTarget) {
        createTarget();
    } else {
        startData();
    }
}

void TransferJob::startData()
{
    m_dataStarted = true;
    // The source's extensions, read while the data moves, for the check at the end.
    m_sourceExtensions = PgQuery::run(m_spec.source, extensionsQuery());
    if (m_spec.mode == TransferSpec::Mode::Parallel)
        startParallelDump();
    else
        startStream();
}

void TransferJob::checkPushTarget()
{
    appendLog(tr("Checking that the target database %1 is empty…").arg(m_spec.target.database()));
    whenDone(this, PgQuery::run(m_spec.target, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_stat_user_tables")),
             [this](const PgQuery::Result &result) {
                 if (m_cancelling) {
                     complete(TransferOutcome::Status::Cancelled, tr("The transfer was cancelled."));
                     return;
                 }
                 if (!result.ok) {
                     fail(tr("Could not check the target database %1: %2").arg(m_spec.target.database(), result.error));
                     return;
                 }
                 const int tables = result.value().toInt();
                 if (tables > 0) {
                     fail(tr("The target database %1 is not empty (it has %2 tables). Push only into an empty "
                             "database: reset it first (heroku pg:reset) or create a new one.")
                              .arg(m_spec.target.database())
                              .arg(tables));
                     return;
                 }
                 startData();
             });
}

void TransferJob::createTarget()
{
    m_tracker.setPhase(TransferProgress::Phase::CreatingDatabase, m_clock.elapsed());
    emitProgress();
    if (!m_spec.tools.createdb.isEmpty()) {
        begin(prepare(QStringLiteral("createdb"), m_spec.tools.createdb,
                      TransferCommands::createdbArguments(m_spec.target),
                      TransferCommands::environment(m_spec.target)));
        return;
    }
    // No createdb next to pg_dump: the same with SQL on the server's maintenance database.
    ConnInfo maintenance = m_spec.target;
    maintenance.setDatabase(QStringLiteral("postgres"));
    appendLog(QStringLiteral("CREATE DATABASE %1").arg(PgQuery::quoteIdentifier(m_spec.target.database())));
    whenDone(this,
             PgQuery::run(maintenance,
                          QStringLiteral("CREATE DATABASE %1").arg(PgQuery::quoteIdentifier(m_spec.target.database()))),
             [this](const PgQuery::Result &result) {
                 if (result.ok)
                     m_targetCreated = true;
                 if (m_cancelling) {
                     complete(TransferOutcome::Status::Cancelled, tr("The transfer was cancelled."));
                     return;
                 }
                 if (result.sqlState == QLatin1String("42P04")) {
                     fail(tr("The local database %1 already exists. hpgdesk never overwrites a database: choose "
                             "another name, or drop that database yourself first.")
                              .arg(m_spec.target.database()));
                     return;
                 }
                 if (!result.ok) {
                     fail(tr("Could not create the local database %1: %2").arg(m_spec.target.database(), result.error));
                     return;
                 }
                 startData();
             });
}

TransferJob::Program *TransferJob::prepare(const QString &label, const QString &program, const QStringList &arguments,
                                           const QProcessEnvironment &environment)
{
    auto owned = std::make_unique<Program>();
    Program *p = owned.get();
    m_programs.push_back(std::move(owned));
    p->label = label;
    p->process.setProgram(program);
    p->process.setArguments(arguments);
    p->process.setProcessEnvironment(environment);
    p->process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&p->process, &QProcess::readyReadStandardError, this, [this, p] { onStderr(p); });
    connect(&p->process, &QProcess::finished, this, [this, p](int exitCode, QProcess::ExitStatus status) {
        p->exitCode = exitCode;
        p->exitStatus = status;
        onProgramFinished(p);
    });
    connect(&p->process, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || p->done)
            return;
        p->failedToStart = true;
        p->lastError = p->process.errorString();
        onProgramFinished(p);
    });
    connect(&p->process, &QProcess::started, this, [p] { p->pid = p->process.processId(); });
    return p;
}

void TransferJob::begin(Program *program)
{
    const OperationScope scope("transfer: start a process");
    appendLog(QStringLiteral("$ ")
              + TransferCommands::displayCommand(program->process.program(), program->process.arguments()));
    program->process.start();
    // The pid exists from here on (the program may still be starting): a cancel needs it now.
    program->pid = program->process.processId();
}

void TransferJob::startStream()
{
    m_tracker.setPhase(TransferProgress::Phase::Transferring, m_clock.elapsed());
    m_dump = prepare(QStringLiteral("pg_dump"), m_spec.tools.pgDump, TransferCommands::dumpArguments(m_spec),
                     TransferCommands::environment(m_spec.source));
    m_restore
        = prepare(QStringLiteral("pg_restore"), m_spec.tools.pgRestore, TransferCommands::restoreArguments(m_spec),
                  TransferCommands::restoreEnvironment(m_spec, QThread::idealThreadCount()));
    // pg_dump's output goes straight into pg_restore through a pipe, never through hpgdesk.
    m_dump->process.setStandardOutputProcess(&m_restore->process);
    m_restore->process.setStandardOutputFile(QProcess::nullDevice());
    begin(m_restore);
    begin(m_dump);
    m_pollTimer.start();
    emitProgress();
}

void TransferJob::startParallelDump()
{
    const QString base = m_spec.workDir.isEmpty() ? QDir::tempPath() : m_spec.workDir;
    // Removing what an earlier transfer left (it holds a copy of a database) and making the folder
    // touch the disk while createdb and the servers keep it busy: 5 ms and more on the window's
    // thread (BENCH uistall), so a worker thread does it.
    struct Prepared
    {
        std::shared_ptr<TransferWorkDir> dir;
        int stale = 0;
    };
    whenDone(this, QtConcurrent::run(workerPool(), [base] {
                 Prepared prepared;
                 prepared.stale = TransferWorkDir::removeStale(base);
                 prepared.dir = std::make_shared<TransferWorkDir>(base);
                 return prepared;
             }),
             [this, base](const Prepared &prepared) {
                 if (m_done)
                     return; // a cancel that ended the job meanwhile; the folder goes with `prepared`
                 if (m_cancelling) {
                     if (!anyRunning())
                         complete(TransferOutcome::Status::Cancelled, tr("The transfer was cancelled."));
                     return;
                 }
                 if (!m_pendingFailure.isEmpty())
                     return; // createdb failed meanwhile: the job ends when it has
                 if (prepared.stale)
                     appendLog(tr("Removed %n temporary folder(s) that an earlier transfer left behind in %1.",
                                  nullptr, prepared.stale)
                                   .arg(QDir::toNativeSeparators(base)));
                 m_workDir = prepared.dir;
                 if (!m_workDir->isValid()) {
                     failWhenStopped(
                         tr("Could not create a temporary directory in %1: %2").arg(base, m_workDir->errorString()));
                     return;
                 }
                 startPreparedDump();
             });
}

void TransferJob::startPreparedDump()
{
    m_dumpDir = m_workDir->filePath(QStringLiteral("dump"));
    const QString dumpDir = m_dumpDir;
    m_tracker.setDataFileSize(
        [dumpDir](int dumpId) { return QFileInfo(QStringLiteral("%1/%2.dat").arg(dumpDir).arg(dumpId)).size(); });
    m_tracker.setPhase(TransferProgress::Phase::Dumping, m_clock.elapsed());
    m_dump = prepare(QStringLiteral("pg_dump"), m_spec.tools.pgDump, TransferCommands::dumpArguments(m_spec, m_dumpDir),
                     TransferCommands::environment(m_spec.source));
    m_dump->process.setStandardOutputFile(QProcess::nullDevice());
    begin(m_dump);
    m_pollTimer.start();
    emitProgress();
}

void TransferJob::startParallelRestore()
{
    m_bytes = directorySize(m_dumpDir);
    m_tracker.setDumpBytes(m_bytes);
    m_tracker.setPhase(TransferProgress::Phase::Restoring, m_clock.elapsed());
    m_restore = prepare(QStringLiteral("pg_restore"), m_spec.tools.pgRestore,
                        TransferCommands::restoreArguments(m_spec, m_dumpDir),
                        TransferCommands::restoreEnvironment(m_spec, QThread::idealThreadCount()));
    m_restore->process.setStandardOutputFile(QProcess::nullDevice());
    begin(m_restore);
    emitProgress();
}

void TransferJob::onStderr(Program *program)
{
    handleStderrLines(program, program->stderrLines.append(program->process.readAllStandardError()));
}

void TransferJob::handleStderrLines(Program *program, const QList<QByteArray> &lines)
{
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        appendLog(line);
        const auto event = TransferLogParser::parse(line);
        using Kind = TransferLogParser::Event::Kind;
        switch (event.kind) {
        case Kind::VersionMismatch:
            m_mismatchServer = event.serverVersion;
            m_mismatchTool = event.toolVersion;
            break;
        case Kind::Error:
            program->lastError = ConnInfo::redact(line);
            if (m_errorLines.size() < 200)
                m_errorLines.append(ConnInfo::redact(line));
            break;
        case Kind::ErrorsIgnored:
            m_restoreErrors = event.count;
            break;
        default: {
            const TransferProgress before = progress();
            m_tracker.handle(event);
            const TransferProgress after = progress();
            // A table or index finished: show it at once, not only at the next poll of the byte count.
            if (after.tablesDone != before.tablesDone || after.indexesDone != before.indexesDone)
                emitProgress();
            break;
        }
        }
        if (program->label == QLatin1String("createdb") && !line.isEmpty())
            program->lastError = ConnInfo::redact(line);
    }
}

void TransferJob::onProgramFinished(Program *program)
{
    if (program->done)
        return;
    program->done = true;
    onStderr(program);
    handleStderrLines(program, program->stderrLines.flush());
    // createdb may have finished just as the user cancelled: the database is ours to drop then.
    if (program->label == QLatin1String("createdb") && program->ok())
        m_targetCreated = true;
    if (m_cancelling) {
        if (!anyRunning()) {
            m_killTimer.stop();
            finishCancel();
        }
        return;
    }
    if (!m_pendingFailure.isEmpty()) {
        if (!anyRunning())
            fail(m_pendingFailure);
        return;
    }
    if (program->label == QLatin1String("createdb")) {
        if (!program->ok()) {
            // A dump started beside it is stopped first: the job ends when nothing runs any more.
            if (program->lastError.contains(QLatin1String("already exists")))
                failWhenStopped(tr("The local database %1 already exists. hpgdesk never overwrites a database: choose "
                                   "another name, or drop that database yourself first.")
                                    .arg(m_spec.target.database()));
            else
                failWhenStopped(tr("createdb could not create the local database %1: %2")
                                    .arg(m_spec.target.database(), program->lastError));
            return;
        }
        m_targetCreated = true;
        appendLog(tr("Created the local database %1.").arg(m_spec.target.database()));
        if (!m_dataStarted)
            startData();
        else if (m_dump && m_dump->done)
            startParallelRestore(); // the dump finished first (and well: a failure would be pending)
        return;
    }
    if (m_spec.mode == TransferSpec::Mode::Parallel) {
        if (program == m_dump) {
            m_pollTimer.stop();
            if (!program->ok()) {
                // A createdb still running is left to finish, so that its database is known and dropped
                // (killed, like after a cancel, only if it hangs past the kill timeout).
                failWhenStopped(failureMessage());
                return;
            }
            if (m_spec.createTarget && !m_targetCreated) {
                appendLog(tr("The dump is complete; waiting for createdb."));
                return;
            }
            startParallelRestore();
            return;
        }
        afterTransfer();
        return;
    }
    // Stream: when one side fails, the other cannot succeed; stop it rather than wait.
    if (!program->ok()) {
        for (Program *other : { m_dump, m_restore }) {
            if (other && other != program && !other->done && other->process.state() != QProcess::NotRunning) {
                other->terminated = true;
                other->process.terminate();
                m_killTimer.start();
            }
        }
    }
    if (program == m_dump) {
        m_tracker.dumpFinished();
        m_pollTimer.stop();
        emitProgress();
    }
    if (m_dump->done && m_restore->done)
        afterTransfer();
}

void TransferJob::afterTransfer()
{
    m_killTimer.stop();
    m_pollTimer.stop();
    const bool dumpOk = m_dump && m_dump->ok();
    const bool restoreOk = m_restore && m_restore->ok();
    const bool restoreWithIgnoredErrors = m_restore && m_restore->done && !m_restore->failedToStart
        && m_restore->exitStatus == QProcess::NormalExit && m_restore->exitCode == 1 && m_restoreErrors > 0;
    if (!dumpOk || !(restoreOk || restoreWithIgnoredErrors)) {
        fail(failureMessage());
        return;
    }
    m_tracker.finishAll();
    if (restoreWithIgnoredErrors)
        m_restoreIgnoredErrors = true;
    checkExtensions();
}

QString TransferJob::failureMessage() const
{
    if (!m_mismatchServer.isEmpty())
        return PgToolFinder::versionMismatchMessage(m_mismatchServer, m_mismatchTool);
    // The program that failed on its own (not the one stopped because of it).
    for (Program *program : { m_dump, m_restore }) {
        if (!program || program->ok() || program->terminated)
            continue;
        if (program->failedToStart)
            return tr("%1 could not be started: %2").arg(program->label, program->lastError);
        if (program->exitStatus == QProcess::CrashExit)
            return tr("%1 stopped unexpectedly. %2").arg(program->label, program->lastError);
        return tr("%1 failed with exit code %2. %3").arg(program->label).arg(program->exitCode).arg(program->lastError);
    }
    return tr("The transfer failed. See the log for details.");
}

void TransferJob::failWhenStopped(const QString &message)
{
    if (m_pendingFailure.isEmpty())
        m_pendingFailure = message;
    if (!anyRunning()) {
        fail(m_pendingFailure);
        return;
    }
    for (const auto &program : m_programs) {
        if (stoppable(*program)) {
            program->terminated = true;
            program->process.terminate();
        }
    }
    m_killTimer.start();
}

bool TransferJob::stoppable(const Program &program)
{
    // createdb is left to finish (milliseconds): stopped, it would leave the database made or not,
    // and a database the job does not know it made would never be offered for dropping.
    return !program.done && program.process.state() != QProcess::NotRunning
        && program.label != QLatin1String("createdb");
}

void TransferJob::fail(const QString &message)
{
    complete(TransferOutcome::Status::Failed, message);
}

void TransferJob::complete(TransferOutcome::Status status, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    m_pollTimer.stop();
    m_killTimer.stop();
    m_workersTimer.stop();
    if (status == TransferOutcome::Status::Succeeded || status == TransferOutcome::Status::SucceededWithErrors)
        m_tracker.setPhase(TransferProgress::Phase::Finished, m_clock.elapsed());
    // The work folder holds the parallel dump (hundreds of MB for a large database): removing it
    // kept the window still for a fifth of a second, so a worker thread does it.
    std::shared_ptr<TransferWorkDir> workDir = std::move(m_workDir);
    TransferOutcome outcome;
    outcome.status = status;
    outcome.message = message;
    outcome.warnings = m_warnings;
    outcome.errorLines = m_errorLines;
    outcome.targetCreated = m_targetCreated;
    outcome.targetDatabase = m_spec.target.database();
    outcome.versionMismatch = !m_mismatchServer.isEmpty();
    outcome.restoreErrors = m_restoreErrors;
    outcome.elapsedMs = m_clock.elapsed();
    outcome.bytes = m_bytes;
    appendLog(message);
    emitProgress();
    if (workDir) {
        // `finished` once the folder is gone.
        whenDone(this, QtConcurrent::run(workerPool(), [workDir] { return workDir->remove(); }),
                 [this, outcome](bool) { emit finished(outcome); });
        return;
    }
    // Always later, never from inside start() or cancel().
    QMetaObject::invokeMethod(
        this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
}

void TransferJob::pollBytes()
{
    if (m_spec.mode == TransferSpec::Mode::Parallel) {
        if (m_tracker.phase() == TransferProgress::Phase::Dumping && !m_dumpDir.isEmpty()) {
            m_bytes = directorySize(m_dumpDir);
            m_tracker.setDumpBytes(m_bytes);
        }
    } else if (m_dump && m_dump->pid > 0 && !m_dump->done) {
        const qint64 written = bytesWrittenBy(m_dump->pid);
        if (written >= 0 || m_bytes <= 0) {
            m_bytes = written;
            m_tracker.setDumpBytes(written);
        }
    }
    emitProgress();
}

void TransferJob::emitProgress()
{
    emit progressChanged(progress());
}

void TransferJob::appendLog(const QString &line)
{
    const QString safe = ConnInfo::redact(line);
    if (m_log.size() < maxLogLines)
        m_log.append(safe);
    emit logLine(safe);
}

bool TransferJob::anyRunning() const
{
    for (const auto &program : m_programs) {
        if (!program->done && program->process.state() != QProcess::NotRunning)
            return true;
    }
    return false;
}

void TransferJob::cancel()
{
    if (!m_running || m_cancelling)
        return;
    if (m_tracker.phase() == TransferProgress::Phase::Checking)
        return; // the data is all there; the extension check ends on its own
    m_cancelling = true;
    m_tracker.setPhase(TransferProgress::Phase::Cancelling, m_clock.elapsed());
    appendLog(tr("Cancelling: stopping pg_dump and pg_restore…"));
    emitProgress();
    if (!anyRunning())
        return; // a catalog query is on its way; its handler ends the job
    m_workers.clear();
    for (const auto &program : m_programs) {
        if (stoppable(*program)) {
            // pg_dump -j / pg_restore -j workers: the leader stops them; the cancel waits for them.
            // Only the tree under our own child: never the pid 0 of a program not yet forked.
            m_workers += ProcessTree::descendants(program->process.processId());
            program->terminated = true;
            // SIGTERM: pg_dump and pg_restore cancel their server queries and exit.
            program->process.terminate();
        }
    }
    m_workersClock.start();
    m_killTimer.start();
}

void TransferJob::finishCancel()
{
    m_workers.removeIf([](const ProcessTree::Process &worker) { return !ProcessTree::isAlive(worker); });
    if (!m_workers.isEmpty()) {
        if (m_workersClock.elapsed() > m_killTimer.interval()) {
            appendLog(
                tr("%n worker process(es) did not stop in time and were killed.", nullptr, int(m_workers.size())));
            for (const ProcessTree::Process &worker : std::as_const(m_workers))
                ProcessTree::kill(worker);
        }
        m_workersTimer.start();
        return;
    }
    m_workersTimer.stop();
    complete(TransferOutcome::Status::Cancelled, tr("The transfer was cancelled."));
}

void TransferJob::killAll()
{
    for (const auto &program : m_programs) {
        if (!program->done && program->process.state() != QProcess::NotRunning) {
            appendLog(tr("%1 did not stop in time and was killed.").arg(program->label));
            program->process.kill();
        }
    }
}

} // namespace hpg
