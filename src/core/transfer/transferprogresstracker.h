#pragma once

#include "transferlogparser.h"
#include "transferprogress.h"
#include "transferspec.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace hpg {

// Turns the programs' verbose lines and the byte counts into a TransferProgress: counts from
// the source's catalog, tables and indexes as pg_restore reports them, the fraction done
// weighted by the catalog's sizes, and an estimate of the time left.
class TransferProgressTracker
{
public:
    void setPlan(const TransferSpec &spec);
    // `elapsedMs` since the job started: the estimate counts from the first data phase.
    void setPhase(TransferProgress::Phase phase, qint64 elapsedMs);
    // Stream: pg_dump has written everything (its byte count is final).
    void dumpFinished();
    TransferProgress::Phase phase() const { return m_progress.phase; }

    void handle(const TransferLogParser::Event &event);
    // Stream: what pg_dump has written into the pipe; Parallel: the dump directory's size.
    // -1 when it cannot be known here.
    void setDumpBytes(qint64 bytes);
    // Parallel: the size of the data files whose tables pg_restore has finished (from dumpId).
    void setDataFileSize(std::function<qint64(int dumpId)> sizeOf) { m_dataFileSize = std::move(sizeOf); }
    // Marks every table and index done (the programs ended successfully).
    void finishAll();

    TransferProgress progress(qint64 elapsedMs) const;

private:
    void closeSerialItem();
    void finishTable(const QString &key, qint64 bytes);
    void finishIndex(const QString &name);
    qint64 indexSize(const QString &name) const;

    TransferProgress m_progress;
    bool m_parallel = false; // pg_restore -j N reports "finished item" lines
    bool m_twoPass = false; // Parallel mode: dump to a directory, then restore from it
    qint64 m_dataEstimate = 0;
    qint64 m_indexTotal = 0;
    QHash<QString, qint64> m_tableBytes; // "schema.name" → catalog bytes
    QHash<QString, qint64> m_indexBytes; // "schema.name" and "name" → catalog bytes
    QSet<QString> m_tablesFinished;
    int m_indexesFinished = 0;
    qint64 m_indexBytesDone = 0;
    qint64 m_tableBytesDone = 0; // catalog bytes of finished tables
    int m_tablesDumped = 0;
    qint64 m_dumpBytes = 0;
    bool m_dumpDone = false;
    qint64 m_restoredFileBytes = 0; // Parallel: data files of finished tables
    QString m_serialTable; // Stream: the table whose data is being restored
    QString m_serialIndex; // Stream: the index being built
    std::function<qint64(int)> m_dataFileSize;
    qint64 m_transferStartMs = -1;
};

} // namespace hpg
