#include "transfertext.h"

#include <QLocale>

namespace hpg {

QString TransferText::phase(TransferProgress::Phase phase, bool pull)
{
    using Phase = TransferProgress::Phase;
    switch (phase) {
    case Phase::Preparing:
        return pull ? tr("Preparing the pull…") : tr("Preparing the push…");
    case Phase::CreatingDatabase:
        return tr("Creating the local database…");
    case Phase::Transferring:
        return tr("Copying the data (pg_dump into pg_restore)…");
    case Phase::Dumping:
        return tr("Dumping the data with parallel jobs…");
    case Phase::Restoring:
        return tr("Restoring the data with parallel jobs…");
    case Phase::BuildingIndexes:
        return tr("Building indexes and constraints…");
    case Phase::Checking:
        return tr("Comparing the extensions on both sides…");
    case Phase::Cancelling:
        return tr("Cancelling: stopping pg_dump and pg_restore…");
    case Phase::Finished:
        return tr("Finished.");
    }
    return {};
}

QString TransferText::counts(const TransferProgress &progress)
{
    if (progress.phase == TransferProgress::Phase::Dumping)
        return tr("Tables dumped %1/%2").arg(progress.tablesDone).arg(progress.tablesTotal);
    return tr("Tables %1/%2, indexes %3/%4")
        .arg(progress.tablesDone)
        .arg(progress.tablesTotal)
        .arg(progress.indexesDone)
        .arg(progress.indexesTotal);
}

QString TransferText::bytes(const TransferProgress &progress)
{
    const QLocale locale;
    if (progress.bytes < 0)
        return tr("About %1 of data").arg(locale.formattedDataSize(progress.bytesEstimate));
    if (progress.bytesEstimate <= 0)
        return tr("%1 moved").arg(locale.formattedDataSize(progress.bytes));
    return tr("%1 of about %2")
        .arg(locale.formattedDataSize(progress.bytes), locale.formattedDataSize(progress.bytesEstimate));
}

QString TransferText::elapsed(const TransferProgress &progress)
{
    return tr("Elapsed %1").arg(duration(progress.elapsedMs));
}

QString TransferText::remaining(const TransferProgress &progress)
{
    if (progress.phase == TransferProgress::Phase::Finished || progress.phase == TransferProgress::Phase::Cancelling)
        return {};
    if (progress.remainingMs < 0)
        return tr("Estimating the time left…");
    return tr("About %1 left").arg(duration(progress.remainingMs));
}

QString TransferText::duration(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, (milliseconds + 500) / 1000);
    const qint64 hours = seconds / 3600;
    const QString mmss = QStringLiteral("%1:%2").arg(seconds / 60 % 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (hours == 0)
        return mmss;
    return QStringLiteral("%1:%2").arg(hours).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        + QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace hpg
