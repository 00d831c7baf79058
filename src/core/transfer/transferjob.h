#pragma once

#include "pgquery.h"
#include "processtree.h"
#include "transferoutcome.h"
#include "transferprogress.h"
#include "transferprogresstracker.h"
#include "transferspec.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace hpg {

class TransferWorkDir;

// Runs one pg:pull or pg:push: (createdb,) pg_dump and pg_restore as QProcesses with argument
// lists, passwords only in their environments; progress from their verbose output and the
// bytes they move; a cancel that stops both programs (SIGTERM, then SIGKILL after a few
// seconds) and, for a pull, the means to drop the half-made database. Never blocks: everything
// reports through signals on the thread the job lives in.
class TransferJob : public QObject
{
    Q_OBJECT
public:
    explicit TransferJob(TransferSpec spec, QObject *parent = nullptr);
    ~TransferJob() override; // kills programs that still run

    const TransferSpec &spec() const { return m_spec; }
    void start();
    // Stops the transfer; finished() follows with Cancelled (or with the real outcome when it
    // had already ended).
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }
    TransferProgress progress() const;
    QStringList log() const { return m_log; }
    // Time the programs get after SIGTERM before they are killed.
    void setKillTimeout(int milliseconds) { m_killTimer.setInterval(milliseconds); }

    // After a pull that created its target and did not succeed: drops that database
    // (DROP DATABASE … WITH (FORCE)); dropFinished() follows.
    void dropTarget();

signals:
    void progressChanged(const hpg::TransferProgress &progress);
    void logLine(const QString &line);
    void finished(const hpg::TransferOutcome &outcome);
    void dropFinished(bool ok, const QString &message);

private:
    struct Program;

    void checkSourceVersion(); // then afterSourceVersion()
    void checkServerVersion(int serverVersion, const QString &serverText); // then afterSourceVersion()
    void afterSourceVersion();
    void checkPushTarget();
    void createTarget();
    void startStream();
    void startParallelDump(); // prepares the folder on a worker thread, then startPreparedDump()
    void startPreparedDump();
    void startParallelRestore();
    Program *prepare(const QString &label, const QString &program, const QStringList &arguments,
                     const QProcessEnvironment &environment);
    void begin(Program *program);
    void onStderr(Program *program);
    void handleStderrLines(Program *program, const QList<QByteArray> &lines);
    void onProgramFinished(Program *program);
    void afterTransfer();
    void startData();
    void checkExtensions();
    void complete(TransferOutcome::Status status, const QString &message);
    void fail(const QString &message);
    // Fails once no program runs any more, stopping those that still do.
    void failWhenStopped(const QString &message);
    static QString extensionsQuery();
    static bool stoppable(const Program &program);
    void pollBytes();
    void emitProgress();
    void appendLog(const QString &line);
    QString failureMessage() const;
    bool anyRunning() const;
    void killAll();
    void finishCancel();

    TransferSpec m_spec;
    TransferProgressTracker m_tracker;
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    QTimer m_killTimer;
    QTimer m_workersTimer; // after a cancel: waits for the programs' own workers
    QList<ProcessTree::Process> m_workers;
    QElapsedTimer m_workersClock;
    std::vector<std::unique_ptr<Program>> m_programs;
    Program *m_dump = nullptr;
    Program *m_restore = nullptr;
    std::shared_ptr<TransferWorkDir> m_workDir;
    QString m_dumpDir;
    QStringList m_log;
    QStringList m_errorLines;
    QStringList m_warnings;
    QString m_pendingFailure; // the job fails with it when its last program has stopped
    QFuture<PgQuery::Result> m_sourceExtensions; // started with the data
    QString m_mismatchServer;
    QString m_mismatchTool;
    int m_restoreErrors = 0;
    qint64 m_bytes = 0;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_targetCreated = false;
    bool m_dataStarted = false;
    bool m_done = false;
    bool m_restoreIgnoredErrors = false;
};

} // namespace hpg
