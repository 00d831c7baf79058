#pragma once

#include "core/heroku/databaseinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace hpg {

// Turns pg:info rows (English labels and values from the data API) into
// what the overview shows: translated labels, translated values where Heroku
// uses a fixed vocabulary, config var names for database URLs.
class InfoRowText
{
    Q_DECLARE_TR_FUNCTIONS(InfoRowText)
public:
    static QString label(const QString &apiName);
    static QString value(const DatabaseInfo::Row &row, const QHash<QString, QString> &configVars);
    // A UTC time in the user's time zone, in the UI language, with the zone's name.
    static QString localTime(const QDateTime &utc);
    // A weekly maintenance window given in UTC, said in the user's time zone.
    static QString windowText(int utcDayOfWeek, const QTime &utcStart, int durationSecs);

    // For a postgres:// URL, the app's config var that points at the same
    // database (host, port and path), without _URL; DATABASE only if nothing
    // else matches; host:port/path when none does.
    static QString resolveDbName(const QString &url, const QHash<QString, QString> &configVars);

private:
    // Rollback, Created, Maintenance and Maintenance window from their parsed values; "" when the text
    // is not in a form Heroku is known to send.
    static QString phrase(const QString &rowName, const QString &raw);
};

} // namespace hpg
