#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hpg {

// How a TransferJob ended.
struct TransferOutcome
{
    enum class Status {
        Succeeded,
        SucceededWithErrors, // pg_restore finished but reported errors it ignored (see errorLines)
        Failed,
        Cancelled,
    };

    Status status = Status::Failed;
    QString message; // translated summary
    QStringList warnings; // translated (extensions missing on the target, …)
    QStringList errorLines; // the programs' error lines, passwords redacted
    bool targetCreated = false; // this job created the target database (pull): it may offer to drop it
    QString targetDatabase;
    bool versionMismatch = false; // pg_dump refused the server's version
    int restoreErrors = 0;
    qint64 elapsedMs = 0;
    qint64 bytes = 0; // moved through the pipe or written to the dump directory (-1: unknown)

    bool succeeded() const { return status == Status::Succeeded || status == Status::SucceededWithErrors; }
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::TransferOutcome)
