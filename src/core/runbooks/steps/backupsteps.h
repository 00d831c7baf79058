#pragma once

#include "core/runbooks/step.h"

#include <QCoreApplication>

namespace hpg {

struct Transfer;

// "Capture a backup first": pg:backups:capture of a database before a risky change, and the wait
// until it has finished. It runs before the down time (a backup does not stop the app). Values in
// the journal:
//   backup_requested_at   ISO time just before the capture is asked for: captured, so that a
//                         resumed run finds its backup instead of taking a second one
//   backup_id, backup_name   the backup's uuid and its name (b012): captured
//   backup_bytes          the finished backup's size: captured
class BackupSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::BackupSteps)
public:
    // "capture-backup" and "wait-backup" for `database` (attachment or config var) of `app`.
    static QList<Step> captureFirst(const QString &app, const QString &database);

    // "1.2 GB backed up." (translated) for a running backup.
    static QString progressText(const Transfer &transfer);
};

} // namespace hpg
