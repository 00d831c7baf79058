#pragma once

#include <QString>

namespace hpg {

// Reads the --verbose lines of pg_dump and pg_restore (PostgreSQL 10 to 17, in English: the
// programs run with LC_MESSAGES=C) and says what each one means for progress.
class TransferLogParser
{
public:
    struct Event
    {
        enum class Kind {
            None, // a line with nothing to count
            DumpTableStarted, // pg_dump: dumping contents of table "s.t"
            DumpItemFinished, // pg_dump -j: finished item N TABLE DATA t
            TableStarted, // pg_restore: processing data for table "s.t"
            IndexStarted, // pg_restore: creating INDEX "s.i" / creating CONSTRAINT "s.t c"
            OtherStarted, // pg_restore: any other creating/executing/processing line (ends a serial item)
            ItemFinished, // pg_restore -j: finished item N <TYPE> <name>
            VersionMismatch, // pg_dump: server version: X; pg_dump version: Y
            Error, // "<program>: error: …"
            ErrorsIgnored, // pg_restore: warning: errors ignored on restore: N
        };
        Kind kind = Kind::None;
        QString schema; // for *Started: the object's schema and name
        QString name;
        int dumpId = 0; // for *Finished
        QString itemType; // for ItemFinished: "TABLE DATA", "INDEX", "CONSTRAINT", …
        QString serverVersion; // VersionMismatch
        QString toolVersion;
        int count = 0; // ErrorsIgnored

        bool isTableData() const { return itemType == QLatin1String("TABLE DATA"); }
        // Items that build an index: INDEX and (primary key / unique / exclusion) CONSTRAINT.
        bool buildsIndex() const
        {
            return itemType == QLatin1String("INDEX") || itemType == QLatin1String("CONSTRAINT");
        }
    };

    static Event parse(const QString &line);
};

} // namespace hpg
