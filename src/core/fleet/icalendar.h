#pragma once

#include "maintenancefleet.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace hpg {

// The maintenance calendar as an iCalendar file (RFC 5545) for a DBA's calendar: one event per
// occurrence of each database's weekly window in the next `weeks` weeks (four hours each) and one
// per scheduled maintenance. Times in UTC; UIDs stable across exports (the add-on id and the
// occurrence), so that a calendar that imports the file again updates rather than duplicates.
class ICalendar
{
public:
    static QByteArray fromFleet(const QList<FleetDatabase> &databases, const QDateTime &nowUtc, int weeks = 8);
    // "20261210T220000Z"
    static QByteArray utc(const QDateTime &time);
    // TEXT escaping (\\, \;, \,, \n) and folding of lines longer than 75 octets.
    static QByteArray escape(const QString &text);
    static QByteArray fold(const QByteArray &line);
};

} // namespace hpg
