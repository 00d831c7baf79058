#pragma once

#include "core/transfer/transferprogress.h"

#include <QCoreApplication>

namespace hpg {

// The words of a transfer's progress, for the progress page and the log.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(hpg::TransferText)
public:
    static QString phase(TransferProgress::Phase phase, bool pull);
    // "Tables 12/40, indexes 3/16" (Dumping: tables dumped).
    static QString counts(const TransferProgress &progress);
    // "120 MB of about 230 MB".
    static QString bytes(const TransferProgress &progress);
    static QString elapsed(const TransferProgress &progress);
    static QString remaining(const TransferProgress &progress);
    // 0:42, 12:05, 1:02:03.
    static QString duration(qint64 milliseconds);
};

} // namespace hpg
