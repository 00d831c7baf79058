#pragma once

#include <QString>

// SQL that sums up a database's data for "the copy/restore holds the same data" checks: one line
// per user table, "schema.table rows md5", the md5 over the table's rows in a fixed order
// (query_to_xml needs no function of our own, so it runs with any credential that can read).
// The tables the sandbox's simulators keep writing into (the dynos' public.sandbox_dyno_writes,
// Heroku Connect's salesforce schema) are left out: they move on their own between two readings.
namespace tablechecksums {

inline QString sql()
{
    return QStringLiteral(
        "SELECT string_agg(format('%s.%s %s %s', schemaname, relname, "
        "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', schemaname, relname), "
        "false, true, '')))[1]::text, "
        "md5(query_to_xml(format('SELECT * FROM %I.%I ORDER BY 1', schemaname, relname), false, false, '')::text)), "
        "E'\\n' ORDER BY schemaname, relname) FROM pg_stat_user_tables "
        "WHERE relname <> 'sandbox_dyno_writes' AND schemaname <> 'salesforce'");
}

} // namespace tablechecksums
