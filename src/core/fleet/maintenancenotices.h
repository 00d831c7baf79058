#pragma once

#include "maintenancefleet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace hpg {

// A desktop notification about a database's maintenance.
struct MaintenanceNotice
{
    enum class Kind { RequiredSoon, ReplacementReady, Digest };
    Kind kind = Kind::RequiredSoon;
    QString id; // stable for one maintenance and kind: shown once (a digest: empty)
    QString database; // the add-on's name (a digest: empty)
    QString summary; // translated
    QString body; // translated
};

// When to tell the DBA about a maintenance: once when it is required within `withinDays` days,
// and once when Heroku has prepared its replacement (status "ready"). A maintenance is known by
// its database and its required-by time (the API gives maintenances no id), so each notice is
// shown once however often the fleet is read; a maintenance that is rescheduled keeps its
// required-by time and is not announced again.
class MaintenanceNotices
{
    Q_DECLARE_TR_FUNCTIONS(hpg::MaintenanceNotices)
public:
    // The notices due for `databases` at `nowUtc` that are not in `shown` (ids).
    static QList<MaintenanceNotice> due(const QList<FleetDatabase> &databases, const QDateTime &nowUtc, int withinDays,
                                        const QStringList &shown);
    // The ids of `shown` that still name an open maintenance of `databases` (the rest can be
    // forgotten: that maintenance is over).
    static QStringList stillOpen(const QStringList &shown, const QList<FleetDatabase> &databases);
    static QString id(const FleetDatabase &database, MaintenanceNotice::Kind kind);
    // What to show of `fresh`: each notice when there are a few; more than kShownApart at once (a
    // large account's first look, or a horizon made longer) make one digest instead of a flood of
    // desktop notifications: how many are required soon and ready, and the first databases by name.
    static constexpr int kShownApart = 3;
    static QList<MaintenanceNotice> toShow(const QList<MaintenanceNotice> &fresh);
};

} // namespace hpg
