#pragma once

#include "processtree.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace hpg {

// The private folder of a parallel transfer (pg_dump -F d writes the
// database's data into it): hpgdesk-transfer-XXXXXX under the chosen
// directory, readable by its owner only, with a note naming the process that
// made it. It goes with this object, and whatever a crash or a kill left
// behind is removed by the next transfer: removeStale() takes every such
// folder whose process is gone.
class TransferWorkDir
{
    Q_DECLARE_TR_FUNCTIONS(hpg::TransferWorkDir)
public:
    static constexpr const char *prefix = "hpgdesk-transfer-";
    static constexpr const char *ownerFileName = ".hpgdesk-owner";

    // Made by `owner` (this process when not given: tests pass another).
    explicit TransferWorkDir(const QString &base, const ProcessTree::Process &owner = {});
    ~TransferWorkDir(); // removes the folder
    TransferWorkDir(const TransferWorkDir &) = delete;
    TransferWorkDir &operator=(const TransferWorkDir &) = delete;

    bool isValid() const;
    QString errorString() const;
    QString path() const;
    QString filePath(const QString &name) const;
    // Removes the folder now; true when nothing is left.
    bool remove();
    // Leaves the folder behind when this object goes, as a crash would (for tests).
    void keepForTest();

    // Removes the transfer folders under `base` that no live process owns (its process is gone,
    // or, where that cannot be told, it was not touched for two days); the number removed.
    static int removeStale(const QString &base);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
};

} // namespace hpg
