#pragma once

#include "core/runbooks/runbookservices.h"

#include <QCoreApplication>
#include <QObject>

class QWidget;

namespace hpg {

class MessageBanner;

// After sign-in: offers every unfinished run of the signed-in API's journal folder (any
// registered kind) in the banner, newest first, each resumed through its wizard; and names
// the journal files that cannot be read (corrupt, unreadable, from a newer version) instead
// of dropping them, with a dialog to export or remove them.
class UnfinishedRuns : public QObject
{
    Q_OBJECT
public:
    UnfinishedRuns(MessageBanner *banner, QWidget *window);

    // Looks in Journal::defaultDir(services.apiUrl) (or `dir`) and fills the banner; false when
    // there is nothing to offer (the banner is left as it was).
    bool offer(const RunbookServices &services, const QString &dir = {});

private:
    MessageBanner *m_banner;
    QWidget *m_window;
};

} // namespace hpg
