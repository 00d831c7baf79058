#include "transferprogresstracker.h"

namespace hpg {

namespace {

// Every index costs at least this much work, however small it is.
constexpr qint64 indexOverheadBytes = 64 * 1024;

} // namespace

void TransferProgressTracker::setPlan(const TransferSpec &spec)
{
    *this = TransferProgressTracker();
    m_parallel = spec.mode == TransferSpec::Mode::Parallel && spec.jobs > 1;
    m_twoPass = spec.mode == TransferSpec::Mode::Parallel;
    const auto tables = spec.inventory.tablesWithData(spec.excludeTableData);
    for (const auto &table : tables) {
        m_tableBytes.insert(table.qualifiedName(), table.bytes);
        m_dataEstimate += table.bytes;
    }
    for (const auto &index : spec.inventory.indexes) {
        m_indexBytes.insert(index.qualifiedName(), index.bytes);
        m_indexBytes.insert(index.name, index.bytes);
        m_indexTotal += index.bytes + indexOverheadBytes;
    }
    m_progress.tablesTotal = int(tables.size());
    m_progress.indexesTotal = int(spec.inventory.indexes.size());
    m_progress.bytesEstimate = m_dataEstimate;
}

void TransferProgressTracker::setPhase(TransferProgress::Phase phase, qint64 elapsedMs)
{
    using Phase = TransferProgress::Phase;
    if ((phase == Phase::Transferring || phase == Phase::Dumping) && m_transferStartMs < 0)
        m_transferStartMs = elapsedMs;
    if (phase == Phase::Restoring) {
        // The dump is complete: its size is now exact.
        m_dumpDone = true;
    }
    m_progress.phase = phase;
}

void TransferProgressTracker::dumpFinished()
{
    m_dumpDone = true;
}

void TransferProgressTracker::handle(const TransferLogParser::Event &event)
{
    using Kind = TransferLogParser::Event::Kind;
    using Phase = TransferProgress::Phase;
    switch (event.kind) {
    case Kind::DumpTableStarted:
        if (!m_parallel)
            ++m_tablesDumped;
        break;
    case Kind::DumpItemFinished:
        if (event.isTableData())
            ++m_tablesDumped;
        break;
    case Kind::TableStarted: {
        const QString key = event.schema + QLatin1Char('.') + event.name;
        if (!m_parallel) {
            closeSerialItem();
            m_serialTable = key;
        }
        m_progress.currentItem = key;
        break;
    }
    case Kind::IndexStarted: {
        const QString key = event.schema + QLatin1Char('.') + event.name;
        if (!m_parallel) {
            closeSerialItem();
            m_serialIndex = key;
            if (m_progress.phase == Phase::Transferring || m_progress.phase == Phase::Restoring)
                m_progress.phase = Phase::BuildingIndexes;
        }
        m_progress.currentItem = key;
        break;
    }
    case Kind::OtherStarted:
        if (!m_parallel)
            closeSerialItem();
        break;
    case Kind::ItemFinished:
        if (event.isTableData()) {
            finishTable(event.name, m_dataFileSize ? m_dataFileSize(event.dumpId) : -1);
            if (m_progress.tablesDone >= m_progress.tablesTotal && m_progress.phase == Phase::Restoring)
                m_progress.phase = Phase::BuildingIndexes;
        } else if (event.buildsIndex()) {
            finishIndex(event.name.section(QLatin1Char(' '), -1));
        }
        break;
    default:
        break;
    }
}

void TransferProgressTracker::closeSerialItem()
{
    if (!m_serialTable.isEmpty())
        finishTable(m_serialTable, -1);
    if (!m_serialIndex.isEmpty())
        finishIndex(m_serialIndex);
    m_serialTable.clear();
    m_serialIndex.clear();
}

void TransferProgressTracker::finishTable(const QString &key, qint64 fileBytes)
{
    if (m_tablesFinished.contains(key))
        return;
    m_tablesFinished.insert(key);
    qint64 bytes = m_tableBytes.value(key, -1);
    if (bytes < 0) {
        // Parallel lines name the table without its schema.
        for (auto it = m_tableBytes.cbegin(); it != m_tableBytes.cend(); ++it) {
            if (it.key().section(QLatin1Char('.'), 1) == key) {
                bytes = it.value();
                break;
            }
        }
    }
    m_tableBytesDone += qMax<qint64>(0, bytes);
    if (fileBytes > 0)
        m_restoredFileBytes += fileBytes;
    m_progress.tablesDone = int(m_tablesFinished.size());
    m_progress.tablesTotal = qMax(m_progress.tablesTotal, m_progress.tablesDone);
}

qint64 TransferProgressTracker::indexSize(const QString &name) const
{
    if (m_indexBytes.contains(name))
        return m_indexBytes.value(name);
    return m_indexBytes.value(name.section(QLatin1Char('.'), 1), 0);
}

void TransferProgressTracker::finishIndex(const QString &name)
{
    ++m_indexesFinished;
    m_indexBytesDone += indexSize(name) + indexOverheadBytes;
    m_progress.indexesDone = m_indexesFinished;
    m_progress.indexesTotal = qMax(m_progress.indexesTotal, m_progress.indexesDone);
}

void TransferProgressTracker::setDumpBytes(qint64 bytes)
{
    m_dumpBytes = bytes;
}

void TransferProgressTracker::finishAll()
{
    closeSerialItem();
    m_dumpDone = true;
    m_progress.tablesTotal = qMax(m_progress.tablesTotal, m_progress.tablesDone);
    m_progress.tablesDone = m_progress.tablesTotal;
    m_progress.indexesTotal = qMax(m_progress.indexesTotal, m_progress.indexesDone);
    m_progress.indexesDone = m_progress.indexesTotal;
    m_indexBytesDone = m_indexTotal;
    m_tableBytesDone = m_dataEstimate;
    m_restoredFileBytes = qMax<qint64>(m_restoredFileBytes, m_dumpBytes);
    m_progress.currentItem.clear();
}

TransferProgress TransferProgressTracker::progress(qint64 elapsedMs) const
{
    using Phase = TransferProgress::Phase;
    TransferProgress p = m_progress;
    p.elapsedMs = elapsedMs;
    if (p.phase == Phase::Dumping)
        p.tablesDone = qMin(m_tablesDumped, qMax(p.tablesTotal, m_tablesDumped));

    const bool bytesKnown = m_dumpBytes >= 0;
    // The data's size: the catalog's guess until the dump's own size is known.
    qint64 data = qMax<qint64>(1, m_dataEstimate);
    if (bytesKnown && m_dumpBytes > 0)
        data = m_dumpDone ? m_dumpBytes : qMax(data, qint64(double(m_dumpBytes) * 1.05));
    const qint64 indexWork = qMax<qint64>(1, m_indexTotal);
    double done = 0;
    double total = 0;
    if (!m_twoPass) {
        // Stream: one pass over the data (pg_dump's output), then the indexes.
        total = double(data + indexWork);
        const qint64 moved = bytesKnown
            ? m_dumpBytes
            : qint64(double(m_tableBytesDone) * double(data) / double(qMax<qint64>(1, m_dataEstimate)));
        done = double(qMin(moved, data));
        p.bytes = bytesKnown ? m_dumpBytes : -1;
    } else {
        // Parallel: the dump writes the data once, the restore reads it once, then the indexes.
        total = double(2 * data + indexWork);
        const qint64 dumped = m_dumpDone ? data : (bytesKnown ? qMin(m_dumpBytes, data) : 0);
        const qint64 restoredByCatalog
            = qint64(double(m_tableBytesDone) * double(data) / double(qMax<qint64>(1, m_dataEstimate)));
        const qint64 restored = qMin(qMax(m_restoredFileBytes, restoredByCatalog), data);
        done = double(dumped + restored);
        p.bytes = p.phase == Phase::Dumping ? (bytesKnown ? m_dumpBytes : -1) : restored;
    }
    done += double(qMin(m_indexBytesDone, indexWork));
    p.bytesEstimate = m_dumpDone && bytesKnown ? data : qMax(m_dataEstimate, p.bytes);
    p.fraction = p.phase == Phase::Finished ? 1.0 : qBound(0.0, total > 0 ? done / total : 0.0, 0.999);
    const qint64 running = m_transferStartMs < 0 ? 0 : elapsedMs - m_transferStartMs;
    if (p.phase == Phase::Finished)
        p.remainingMs = 0;
    else if (running >= 2000 && p.fraction >= 0.02)
        p.remainingMs = qint64(double(running) * (1.0 - p.fraction) / p.fraction);
    return p;
}

} // namespace hpg
