<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Heroku Postgres Desk</source>
        <translation>Heroku Postgres Desk について</translation>
    </message>
    <message>
        <source>A desktop tool for DBAs who run databases on Heroku Postgres. Heroku is a trademark of Salesforce, Inc.; this tool is not made by Heroku.</source>
        <translation>Heroku Postgres でデータベースを運用する DBA のためのデスクトップツールです。Heroku は Salesforce, Inc. の商標です。このツールは Heroku が作成したものではありません。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show the user interface in LANG (en or ja).</source>
        <translation>ユーザーインターフェイスを LANG (en または ja) で表示します。</translation>
    </message>
    <message>
        <source>Render the main window to the PNG file FILE after start-up, then exit.</source>
        <translation>起動後にメインウィンドウを PNG ファイル FILE に描画して終了します。</translation>
    </message>
    <message>
        <source>Heroku Postgres Desk: a desktop tool for Heroku Postgres.</source>
        <translation>Heroku Postgres Desk: Heroku Postgres のためのデスクトップツールです。</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Use en or ja.</source>
        <translation>不明な言語「%1」です。en または ja を指定してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter apps and databases</source>
        <translation>アプリとデータベースを絞り込む</translation>
    </message>
    <message>
        <source>Choose an app or a database on the left to see its state, connection info and sessions.</source>
        <translation>左側でアプリまたはデータベースを選ぶと、状態、接続情報、セッションが表示されます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Apps and Databases</source>
        <translation>アプリとデータベース(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>ステータスバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Heroku Postgres Desk</source>
        <translation>Heroku Postgres Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language changes at once.</source>
        <translation>言語はすぐに切り替わります。</translation>
    </message>
</context>
<context>
    <name>hpg::AboutDialog</name>
    <message>
        <source>Version %1 (Qt %2, libpq %3)</source>
        <translation>バージョン %1 (Qt %2、libpq %3)</translation>
    </message>
</context>
<context>
    <name>hpg::MainWindow</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>hpg::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めませんでした。</translation>
    </message>
</context>
</TS>
