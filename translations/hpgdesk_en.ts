<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>InfoRowText</name>
    <message numerus="yes">
        <source>%n commit(s) behind</source>
        <translation>
            <numerusform>%n commit behind</numerusform>
            <numerusform>%n commits behind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::ApiCall</name>
    <message numerus="yes">
        <source>It goes on for more than %n page(s); the list was not read to its end.</source>
        <translation>
            <numerusform>It goes on for more than %n page; the list was not read to its end.</numerusform>
            <numerusform>It goes on for more than %n pages; the list was not read to its end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entry(s) in %1.</source>
        <translation>
            <numerusform>%n entry in %1.</numerusform>
            <numerusform>%n entries in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) match the filter.</source>
        <translation>
            <numerusform>%1 of %n entry matches the filter.</numerusform>
            <numerusform>%1 of %n entries match the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to %1.</source>
        <translation>
            <numerusform>%n entry written to %1.</numerusform>
            <numerusform>%n entries written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::BackupCenter</name>
    <message numerus="yes">
        <source>Finished with %n warning(s)</source>
        <translation>
            <numerusform>Finished with %n warning</numerusform>
            <numerusform>Finished with %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::BackupsPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::ConnectPanel</name>
    <message numerus="yes">
        <source>Reload all %n mapping(s) of the Heroku Connect connection %1 of %2 from Salesforce?</source>
        <translation>
            <numerusform>Reload the mapping of the Heroku Connect connection %1 of %2 from Salesforce?</numerusform>
            <numerusform>Reload all %n mappings of the Heroku Connect connection %1 of %2 from Salesforce?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heroku Connect %1 is reloading %n mapping(s) from Salesforce; they show “Reloading the table” until they are synchronized again.</source>
        <translation>
            <numerusform>Heroku Connect %1 is reloading %n mapping from Salesforce; it shows “Reloading the table” until it is synchronized again.</numerusform>
            <numerusform>Heroku Connect %1 is reloading %n mappings from Salesforce; they show “Reloading the table” until they are synchronized again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::ConnectionInfoPage</name>
    <message numerus="yes">
        <source>Copied with the password. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied with the password. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied with the password. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies include the password and are cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Copies include the password and are cleared from the clipboard after %n second.</numerusform>
            <numerusform>Copies include the password and are cleared from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::CopySteps</name>
    <message numerus="yes">
        <source>%1 of about %2 copied, %3/s, about %n min left.</source>
        <translation>
            <numerusform>%1 of about %2 copied, %3/s, about %n min left.</numerusform>
            <numerusform>%1 of about %2 copied, %3/s, about %n min left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables, as in the source; the largest have the same row counts.</source>
        <translation>
            <numerusform>%n table, as in the source; it has the same row count.</numerusform>
            <numerusform>%n tables, as in the source; the largest have the same row counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::CopyToNewDatabase</name>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>about %n s</numerusform>
            <numerusform>about %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::FormationSteps</name>
    <message numerus="yes">
        <source>Waiting for %n dyno(s) to stop: %1</source>
        <translation>
            <numerusform>Waiting for %n dyno to stop: %1</numerusform>
            <numerusform>Waiting for %n dynos to stop: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::MainWindow</name>
    <message numerus="yes">
        <source>Heroku&apos;s rate limit was reached; waiting %n second(s) before trying again.</source>
        <translation>
            <numerusform>Heroku&apos;s rate limit was reached; waiting %n second before trying again.</numerusform>
            <numerusform>Heroku&apos;s rate limit was reached; waiting %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) loaded.</source>
        <translation>
            <numerusform>%n app loaded.</numerusform>
            <numerusform>%n apps loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceCalendarDialog</name>
    <message numerus="yes">
        <source>%n database(s), as of %1.</source>
        <translation>
            <numerusform>%n database, as of %1.</numerusform>
            <numerusform>%n databases, as of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceCalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceNotices</name>
    <message numerus="yes">
        <source>Maintenance of %n database(s) needs attention</source>
        <translation>
            <numerusform>Maintenance of %n database needs attention</numerusform>
            <numerusform>Maintenance of %n databases needs attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::MaintenancePage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::OverviewPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::PushSetupPage</name>
    <message numerus="yes">
        <source>%n database(s) on this server.</source>
        <translation>
            <numerusform>%n database on this server.</numerusform>
            <numerusform>%n databases on this server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::SessionsPage</name>
    <message numerus="yes">
        <source>It blocks %n other session(s).</source>
        <translation>
            <numerusform>It blocks %n other session.</numerusform>
            <numerusform>It blocks %n other sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::TransferJob</name>
    <message numerus="yes">
        <source>The data was transferred, but pg_restore reported %n error(s). See the log.</source>
        <translation>
            <numerusform>The data was transferred, but pg_restore reported %n error. See the log.</numerusform>
            <numerusform>The data was transferred, but pg_restore reported %n errors. See the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) did not stop in time and were killed.</source>
        <translation>
            <numerusform>%n worker process did not stop in time and were killed.</numerusform>
            <numerusform>%n worker processes did not stop in time and were killed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n temporary folder(s) that an earlier transfer left behind in %1.</source>
        <translation>
            <numerusform>Removed %n temporary folder that an earlier transfer left behind in %1.</numerusform>
            <numerusform>Removed %n temporary folders that an earlier transfer left behind in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::UnfinishedRuns</name>
    <message numerus="yes">
        <source>%n runs did not finish; the newest is %1. Resume one to see where it stopped; nothing is sent until you press Continue.</source>
        <translation>
            <numerusform>%n run did not finish; it is %1. Resume it to see where it stopped; nothing is sent until you press Continue.</numerusform>
            <numerusform>%n runs did not finish; the newest is %1. Resume one to see where it stopped; nothing is sent until you press Continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runbook journal(s) cannot be read.</source>
        <translation>
            <numerusform>%n runbook journal cannot be read.</numerusform>
            <numerusform>%n runbook journals cannot be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is DOWN. It has been down since %2 (%n minute(s)), when “%3” took it down; that run stopped before bringing it back.</source>
        <translation>
            <numerusform>%1 is DOWN. It has been down since %2 (%n minute), when “%3” took it down; that run stopped before bringing it back.</numerusform>
            <numerusform>%1 is DOWN. It has been down since %2 (%n minutes), when “%3” took it down; that run stopped before bringing it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::UpgradeSteps</name>
    <message numerus="yes">
        <source>%n table(s) counted.</source>
        <translation>
            <numerusform>%n table counted.</numerusform>
            <numerusform>%n tables counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PostgreSQL %1; %n table(s) with the same row counts as before.</source>
        <translation>
            <numerusform>PostgreSQL %1; %n table with the same row count as before.</numerusform>
            <numerusform>PostgreSQL %1; %n tables with the same row counts as before.</numerusform>
        </translation>
    </message>
</context>
</TS>
