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
</TS>
