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
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>What hpgdesk did to apps and databases on this computer, newest first. Hand it to Heroku support or a change review: export it as CSV.</source>
        <translation>このコンピューターで hpgdesk がアプリとデータベースに対して行った操作です (新しい順)。Heroku サポートや変更レビューに渡すときは CSV でエクスポートしてください。</translation>
    </message>
    <message>
        <source>Filter by account, app, database, action, command or Request-Id</source>
        <translation>アカウント、アプリ、データベース、操作、コマンド、Request-Id で絞り込み</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>CSV でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
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
    <message>
        <source>Start a local sandbox (hpgdesk-sandbox with demo data) and sign in to it.</source>
        <translation>ローカルのサンドボックス (デモデータ入りの hpgdesk-sandbox) を起動してサインインします。</translation>
    </message>
    <message>
        <source>Keep the sandbox&apos;s state in DIR.</source>
        <translation>サンドボックスの状態を DIR に保存します。</translation>
    </message>
    <message>
        <source>Start the sandbox from fresh demo data.</source>
        <translation>サンドボックスを新しいデモデータから開始します。</translation>
    </message>
    <message>
        <source>Select KEY in the tree once loaded, for example app:NAME or db:APP/ADDON.</source>
        <translation>読み込み後にツリーで KEY を選択します (例: app:NAME、db:APP/ADDON)。</translation>
    </message>
    <message>
        <source>Sign in to the API at URL with the token in HEROKU_API_KEY, for this run only.</source>
        <translation>HEROKU_API_KEY のトークンで URL の API にサインインします (今回の起動中のみ)。</translation>
    </message>
    <message>
        <source>--api-url needs the API token in the environment variable HEROKU_API_KEY.</source>
        <translation>--api-url を使うには、環境変数 HEROKU_API_KEY に API トークンを設定してください。</translation>
    </message>
    <message>
        <source>With --screenshot, open WHAT first and show it: signin, settings, about, pull, push or switch.</source>
        <translation>--screenshot と一緒に使い、先に WHAT (signin、settings、about、pull、push、switch のいずれか) を開いて表示します。</translation>
    </message>
    <message>
        <source>Unknown dialog “%1”. Use signin, settings, about, pull, push or switch.</source>
        <translation>不明なダイアログ「%1」です。signin、settings、about、pull、push、switch のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a key. Keys look like app:NAME or db:APP/ADDON, for example app:acme-storefront or db:acme-storefront/postgresql-curly-12345.</source>
        <translation>「%1」はキーではありません。キーは app:NAME または db:APP/ADDON の形です (例: app:acme-storefront、db:acme-storefront/postgresql-curly-12345)。</translation>
    </message>
    <message>
        <source>Show PAGE of the selected database, one of: %1.</source>
        <translation>選択したデータベースのページ PAGE を表示します。次のいずれか: %1。</translation>
    </message>
    <message>
        <source>Unknown page “%1”. Use one of: %2.</source>
        <translation>不明なページ「%1」です。次のいずれかを使ってください: %2。</translation>
    </message>
</context>
<context>
    <name>ConnectPanel</name>
    <message>
        <source>Heroku &amp;Connect connections:</source>
        <translation>Heroku Connect の接続(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Mappings of the selected connection:</source>
        <translation>選択した接続のマッピング(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>待機をやめる(&amp;W)</translation>
    </message>
    <message>
        <source>Stop waiting for Heroku Connect to become IDLE; nothing is paused.</source>
        <translation>Heroku Connect が IDLE になるのを待つのをやめます。何も一時停止しません。</translation>
    </message>
    <message>
        <source>&amp;Open the Run…</source>
        <translation>実行を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;load Mappings…</source>
        <translation>マッピングをリロード(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ConnectionInfoPage</name>
    <message>
        <source>C&amp;redential:</source>
        <translation>資格情報(&amp;R):</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Config vars:</source>
        <translation>環境設定:</translation>
    </message>
    <message>
        <source>Copy for another client</source>
        <translation>他のクライアント用にコピー</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;key=value</source>
        <translation>key=value(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;JDBC URL</source>
        <translation>JDBC URL(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;psql command</source>
        <translation>psql コマンド(&amp;P)</translation>
    </message>
    <message>
        <source>PG* &amp;environment</source>
        <translation>PG* 環境変数(&amp;E)</translation>
    </message>
    <message>
        <source>R&amp;otate Credentials…</source>
        <translation>資格情報をローテーション(&amp;O)…</translation>
    </message>
    <message>
        <source>.pgpass &amp;line</source>
        <translation>.pgpass 行(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write this credential into a pg_service.conf, a pgAdmin 4 servers.json or a DBeaver data-sources.json.</source>
        <translation>この資格情報を pg_service.conf、pgAdmin 4 の servers.json、または DBeaver の data-sources.json に書き出します。</translation>
    </message>
    <message>
        <source>Manage Cre&amp;dentials…</source>
        <translation>資格情報の管理(&amp;D)…</translation>
    </message>
    <message>
        <source>List, create, rotate and destroy the credentials of this database, and see which apps use each.</source>
        <translation>このデータベースの資格情報を一覧表示、作成、ローテーション、削除し、それぞれを使っているアプリを確認します。</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credential</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Attached as</source>
        <translation>アタッチ先</translation>
    </message>
    <message>
        <source>&amp;Copy As</source>
        <translation>コピー形式(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>ローテーション(&amp;R)…</translation>
    </message>
    <message>
        <source>Rotate &amp;All…</source>
        <translation>すべてローテーション(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New credential:</source>
        <translation>新しい資格情報(&amp;N):</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>作成(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Client:</source>
        <translation>クライアント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Include the password</source>
        <translation>パスワードを含める(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>パスワードファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>What will be written (password hidden):</source>
        <translation>書き込まれる内容 (パスワードは非表示):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Heroku Postgres Desk shows your Heroku Postgres databases: everything pg:info says, connection info to copy into other clients, and the sessions that run on them. It carries out the Dev Center runbooks (plan change, follower switch, Private Space migration, push and pull) step by step, with the equivalent heroku command for each step.</source>
        <translation>Heroku Postgres Desk は、Heroku Postgres のデータベースについて、pg:info の内容、他のクライアントにコピーできる接続情報、実行中のセッションを表示します。Dev Center の手順 (プラン変更、フォロワーの切り替え、Private Space への移行、プッシュとプル) を一歩ずつ実行し、各ステップで Heroku CLI で同じことを行うコマンドを示します。</translation>
    </message>
    <message>
        <source>To begin, sign in with a Heroku API token. It is checked with Heroku and kept in the system keychain.</source>
        <translation>まず Heroku の API トークンでサインインしてください。トークンは Heroku で確認され、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Tokens found on this computer (each is checked with Heroku before it is used):</source>
        <translation>このコンピューターで見つかったトークン (使う前に Heroku で確認します):</translation>
    </message>
</context>
<context>
    <name>HerokuError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Heroku did not answer in time (%1 %2).</source>
        <translation>Heroku から時間内に応答がありませんでした (%1 %2)。</translation>
    </message>
    <message>
        <source>Could not reach Heroku: %1</source>
        <translation>Heroku に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Heroku sent an answer that could not be read (%1 %2).</source>
        <translation>Heroku から読み取れない応答が返されました (%1 %2)。</translation>
    </message>
    <message>
        <source>Heroku answered HTTP %1 to %2 %3.</source>
        <translation>Heroku は %2 %3 に HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>Error ID: %1 (HTTP %2)</source>
        <translation>エラー ID: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Request-Id: %1</source>
        <translation>Request-Id: %1</translation>
    </message>
    <message>
        <source>See %1 for more information.</source>
        <translation>詳しくは %1 を参照してください。</translation>
    </message>
</context>
<context>
    <name>InfoRowText</name>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>HA status</source>
        <translation>HA 状態</translation>
    </message>
    <message>
        <source>Data size</source>
        <translation>データサイズ</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル数</translation>
    </message>
    <message>
        <source>PG version</source>
        <translation>PG バージョン</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続数</translation>
    </message>
    <message>
        <source>Connection pooling</source>
        <translation>接続プール</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <source>Restricted credentials</source>
        <translation>制限付き資格情報</translation>
    </message>
    <message>
        <source>Fork/Follow</source>
        <translation>フォーク/フォロー</translation>
    </message>
    <message>
        <source>Forked from</source>
        <translation>フォーク元</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>フォーク</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>フォロワー</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>フォロー中</translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Continuous protection</source>
        <translation>継続的保護</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Data encryption</source>
        <translation>データ暗号化</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>インフラストラクチャ</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>メンテナンスウィンドウ</translation>
    </message>
    <message>
        <source>Upgradable extensions</source>
        <translation>アップグレード可能な拡張機能</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>アドオン</translation>
    </message>
    <message>
        <source>Billing app</source>
        <translation>課金先アプリ</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) behind</source>
        <translation>
            <numerusform>%n コミット遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a date and time in the user&apos;s time zone, then the zone&apos;s name: &quot;2026/11/07 7:00 (JST)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every %1, %2 to %3 (%4)</source>
        <extracomment>maintenance window: weekday, start and end time, time zone (&quot;Thursdays, 7:00 to 11:00 (JST)&quot;)</extracomment>
        <translation>毎週%1 %2〜%3 (%4)</translation>
    </message>
    <message>
        <source>Every %1 %2 to %3 %4 (%5)</source>
        <extracomment>maintenance window that crosses midnight: weekday and time, to weekday and time, time zone</extracomment>
        <translation>毎週%1 %2〜%3 %4 (%5)</translation>
    </message>
    <message>
        <source>Earliest from %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Required by %1; the replacement database is being prepared.</source>
        <translation>期限 %1。代替データベースを準備しています。</translation>
    </message>
    <message>
        <source>Required by %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Scheduled for %1, required by %2; the replacement database is being prepared.</source>
        <translation>予定 %1 (期限 %2)。代替データベースを準備しています。</translation>
    </message>
    <message>
        <source>Scheduled for %1, required by %2</source>
        <translation>予定 %1 (期限 %2)</translation>
    </message>
</context>
<context>
    <name>LocalServerDialog</name>
    <message>
        <source>Local PostgreSQL Server</source>
        <translation>ローカルの PostgreSQL サーバー</translation>
    </message>
    <message>
        <source>The PostgreSQL server on this computer that pulls go into and pushes come from. The defaults come from PGHOST, PGPORT, PGUSER and PGPASSWORD, as with the Heroku CLI.</source>
        <translation>プルの取り込み先、プッシュの取り出し元となる、このコンピューター上の PostgreSQL サーバーです。デフォルト値は Heroku CLI と同じく PGHOST、PGPORT、PGUSER、PGPASSWORD から取得します。</translation>
    </message>
    <message>
        <source>&amp;Host or socket directory:</source>
        <translation>ホストまたはソケットディレクトリ(&amp;H):</translation>
    </message>
    <message>
        <source>The local socket</source>
        <translation>ローカルソケット</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>None, or from ~/.pgpass</source>
        <translation>なし、または ~/.pgpass から</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the keychain</source>
        <translation>パスワードをキーチェーンに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
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
    <message>
        <source>Sign &amp;In…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;witch Account</source>
        <translation>アカウントの切り替え(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;ull to a Local Database…</source>
        <translation>ローカルデータベースにプル(&amp;U)…</translation>
    </message>
    <message>
        <source>Pu&amp;sh a Local Database…</source>
        <translation>ローカルデータベースをプッシュ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Follower Switch or Private Space Migration…</source>
        <translation>フォロワーの切り替えまたは Private Space への移行(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Change Plan…</source>
        <translation>プランの変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Filter Apps and Databases</source>
        <translation>アプリとデータベースを絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>セッション(&amp;I)</translation>
    </message>
    <message>
        <source>Cop&amp;y Database URL</source>
        <translation>データベースの URL をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the database&apos;s URL with its password; the clipboard is cleared after a while</source>
        <translation>データベースの URL をパスワード付きでコピーします。クリップボードはしばらくすると消去されます</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>監査ログ(&amp;A)…</translation>
    </message>
    <message>
        <source>Connection I&amp;nfo</source>
        <translation>接続情報(&amp;N)</translation>
    </message>
    <message>
        <source>Heroku Conn&amp;ect</source>
        <translation>Heroku Connect(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>メンテナンス(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;opy to a New Database…</source>
        <translation>新しいデータベースにコピー(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Maintenance Calendar…</source>
        <translation>メンテナンスカレンダー(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Open in &amp;psql</source>
        <translation>psql で開く(&amp;P)</translation>
    </message>
    <message>
        <source>Open psql for this database in your terminal; the password is passed in a temporary file that is removed afterwards</source>
        <translation>このデータベースの psql をターミナルで開きます。パスワードは一時ファイルで渡し、その後で削除します</translation>
    </message>
    <message>
        <source>Rese&amp;t Database…</source>
        <translation>データベースをリセット(&amp;T)…</translation>
    </message>
    <message>
        <source>Pro&amp;mote to DATABASE_URL…</source>
        <translation>DATABASE_URL にプロモート(&amp;M)…</translation>
    </message>
    <message>
        <source>U&amp;nfollow…</source>
        <translation>フォロー解除(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>Upgrade the PostgreSQL &amp;Version…</source>
        <translation>PostgreSQL のバージョンをアップグレード(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>自動更新の間隔(&amp;E):</translation>
    </message>
    <message>
        <source>Copy as &amp;CLI</source>
        <translation>CLI コマンドとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlanChangeChoosePage</name>
    <message>
        <source>&amp;App:</source>
        <translation>アプリ(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation>新しいプラン(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Maintenance mode around the change (dynos scaled down, Heroku Connect paused)</source>
        <translation>変更の間メンテナンスモードにする (dyno をスケールダウン、Heroku Connect を一時停止)(&amp;M)</translation>
    </message>
    <message>
        <source>Use a &amp;Follower Switch Instead…</source>
        <translation>代わりにフォロワーの切り替えを使う(&amp;F)…</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>経路:</translation>
    </message>
    <message>
        <source>heroku addons:&amp;upgrade (recommended by the Dev Center)</source>
        <translation>heroku addons:upgrade (Dev Center の推奨)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Copy into a new database (heroku pg:copy)</source>
        <translation>新しいデータベースにコピー (heroku pg:copy)(&amp;C)</translation>
    </message>
    <message>
        <source>Changeover:</source>
        <translation>切り替え:</translation>
    </message>
    <message>
        <source>As soon as the new database is &amp;ready</source>
        <translation>新しいデータベースの準備ができたらすぐ(&amp;R)</translation>
    </message>
    <message>
        <source>In the maintenance &amp;window, run by Heroku</source>
        <translation>メンテナンスウィンドウで Heroku が実行(&amp;W)</translation>
    </message>
    <message>
        <source>Change W&amp;indow…</source>
        <translation>ウィンドウを変更(&amp;I)…</translation>
    </message>
    <message>
        <source>Capture a bac&amp;kup of the database first (pg:backups:capture)</source>
        <translation>最初にデータベースのバックアップを取得する (pg:backups:capture)(&amp;K)</translation>
    </message>
    <message>
        <source>Before anything changes, Heroku takes a backup; the run waits until it is complete. It does not take the app down.</source>
        <translation>何かを変更する前に Heroku がバックアップを取得し、実行は完了するまで待ちます。アプリはダウンしません。</translation>
    </message>
</context>
<context>
    <name>PullSetupPage</name>
    <message>
        <source>Heroku database:</source>
        <translation>Heroku のデータベース:</translation>
    </message>
    <message>
        <source>Local server:</source>
        <translation>ローカルサーバー:</translation>
    </message>
    <message>
        <source>&amp;Server Settings…</source>
        <translation>サーバーの設定(&amp;S)…</translation>
    </message>
    <message>
        <source>New local &amp;database:</source>
        <translation>新しいローカルデータベース(&amp;D):</translation>
    </message>
    <message>
        <source>It must not exist yet: hpgdesk never overwrites a database.</source>
        <translation>まだ存在しない名前にしてください。hpgdesk がデータベースを上書きすることはありません。</translation>
    </message>
    <message>
        <source>&amp;Exclude table data:</source>
        <translation>データを除外するテーブル(&amp;E):</translation>
    </message>
    <message>
        <source>logs;audit.*</source>
        <translation>logs;audit.*</translation>
    </message>
    <message>
        <source>Tables whose definition is copied but not their rows, separated by semicolons, as in --exclude-table-data.</source>
        <translation>定義だけをコピーし、行はコピーしないテーブルです。--exclude-table-data と同じく、セミコロンで区切ります。</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Jobs:</source>
        <translation>ジョブ数(&amp;J):</translation>
    </message>
    <message>
        <source>The same with the Heroku CLI:</source>
        <translation>Heroku CLI で同じことを行うコマンド:</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>PushSetupPage</name>
    <message>
        <source>Local server:</source>
        <translation>ローカルサーバー:</translation>
    </message>
    <message>
        <source>&amp;Server Settings…</source>
        <translation>サーバーの設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Local &amp;database:</source>
        <translation>ローカルデータベース(&amp;D):</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Heroku database:</source>
        <translation>Heroku のデータベース:</translation>
    </message>
    <message>
        <source>&amp;Exclude table data:</source>
        <translation>データを除外するテーブル(&amp;E):</translation>
    </message>
    <message>
        <source>logs;audit.*</source>
        <translation>logs;audit.*</translation>
    </message>
    <message>
        <source>Tables whose definition is copied but not their rows, separated by semicolons, as in --exclude-table-data.</source>
        <translation>定義だけをコピーし、行はコピーしないテーブルです。--exclude-table-data と同じく、セミコロンで区切ります。</translation>
    </message>
    <message>
        <source>The Heroku database must be empty: hpgdesk checks it and offers to reset it.</source>
        <translation>Heroku のデータベースは空である必要があります。hpgdesk が確認し、リセットを提案します。</translation>
    </message>
    <message>
        <source>The same with the Heroku CLI:</source>
        <translation>Heroku CLI で同じことを行うコマンド:</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>RunbookResultPage</name>
    <message>
        <source>&amp;Export Transcript…</source>
        <translation>記録をエクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>RunbookRunPage</name>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Heroku CLI equivalent</source>
        <translation>CLI コマンド</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Confirmation needed</source>
        <translation>確認が必要です</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>確定して実行(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Refresh e&amp;very:</source>
        <translation>自動更新の間隔(&amp;V):</translation>
    </message>
    <message>
        <source>How often the sessions are read again. Off stops the automatic refresh.</source>
        <translation>セッションを読み直す間隔です。オフにすると自動更新が止まります。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Hide &amp;idle</source>
        <translation>アイドルを非表示(&amp;I)</translation>
    </message>
    <message>
        <source>Hide &amp;hpgdesk&apos;s own session</source>
        <translation>hpgdesk 自身のセッションを非表示(&amp;H)</translation>
    </message>
    <message>
        <source>Filter by PID, user, application, client, state or query…</source>
        <translation>PID、ユーザー、アプリケーション、クライアント、状態、クエリで絞り込む…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Select a session to see its full query.</source>
        <translation>セッションを選ぶと、クエリ全体が表示されます。</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Sessions waiting on a lock, under the session that holds it. Terminating a root blocker releases everything below it.</source>
        <translation>ロックを待っているセッションを、そのロックを保持するセッションの下に表示します。根本のブロッカーを強制終了すると、その下のすべてが解放されます。</translation>
    </message>
    <message>
        <source>Terminate Root &amp;Blocker…</source>
        <translation>根本のブロッカーを強制終了(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Query…</source>
        <translation>クエリをキャンセル(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Terminate Session…</source>
        <translation>セッションを強制終了(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Long-running after:</source>
        <translation>長時間実行とみなす時間(&amp;L):</translation>
    </message>
    <message>
        <source>Sessions whose transaction or query has run at least this long are highlighted.</source>
        <translation>トランザクションまたはクエリがこの時間以上実行されているセッションを強調表示します。</translation>
    </message>
    <message>
        <source>&amp;Kill All Connections…</source>
        <translation>すべての接続を強制終了(&amp;K)…</translation>
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
    <message>
        <source>Clear copied &amp;passwords after:</source>
        <translation>コピーしたパスワードを消去するまでの時間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Notify me when a maintenance is required soon or its replacement is ready</source>
        <translation>メンテナンスの期限が近いときと代替データベースの準備ができたときに通知する(&amp;N)</translation>
    </message>
    <message>
        <source>Required &amp;within:</source>
        <translation>期限までの日数(&amp;W):</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to Heroku</source>
        <translation>Heroku にサインイン</translation>
    </message>
    <message>
        <source>Paste a Heroku API token (from “heroku authorizations:create” or your Account settings). It is checked with Heroku before it is kept, and it is kept only in your system&apos;s keychain.</source>
        <translation>Heroku の API トークン (「heroku authorizations:create」またはアカウント設定で取得) を貼り付けてください。トークンは保存する前に Heroku で確認され、システムのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API トークン(&amp;T):</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API URL(&amp;U):</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>インポート元:</translation>
    </message>
    <message>
        <source>Heroku CLI &amp;keychain</source>
        <translation>Heroku CLI のキーチェーン(&amp;K)</translation>
    </message>
</context>
<context>
    <name>StateWords</name>
    <message>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>Reading database changes</source>
        <translation>データベースの変更を読み取り中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>復旧中</translation>
    </message>
    <message>
        <source>Importing the configuration</source>
        <translation>設定をインポート中</translation>
    </message>
    <message>
        <source>System error</source>
        <translation>システムエラー</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>データベースを利用できません</translation>
    </message>
    <message>
        <source>Too many rows</source>
        <translation>行数が多すぎます</translation>
    </message>
    <message>
        <source>Salesforce authorization failed</source>
        <translation>Salesforce の認証に失敗</translation>
    </message>
    <message>
        <source>Heroku authorization failed</source>
        <translation>Heroku の認証に失敗</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Initial load</source>
        <translation>初期読み込み</translation>
    </message>
    <message>
        <source>Resyncing</source>
        <translation>再同期中</translation>
    </message>
    <message>
        <source>Reloading the table</source>
        <translation>テーブルを再読み込み中</translation>
    </message>
    <message>
        <source>Schema changed</source>
        <translation>スキーマが変更されました</translation>
    </message>
    <message>
        <source>Reading Salesforce changes</source>
        <translation>Salesforce の変更を読み取り中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>run</comment>
        <extracomment>a run&apos;s status</extracomment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Needs your confirmation</source>
        <translation>確認が必要です</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>待機完了</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>確認を要求</translation>
    </message>
    <message>
        <source>Confirmations given</source>
        <translation>確認を完了</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Cancel a query</source>
        <translation>クエリのキャンセル</translation>
    </message>
    <message>
        <source>Terminate a session</source>
        <translation>セッションの強制終了</translation>
    </message>
    <message>
        <source>Terminate all sessions</source>
        <translation>全セッションの強制終了</translation>
    </message>
    <message>
        <source>Pause Heroku Connect</source>
        <translation>Heroku Connect の一時停止</translation>
    </message>
    <message>
        <source>Resume Heroku Connect</source>
        <translation>Heroku Connect の再開</translation>
    </message>
    <message>
        <source>Start a runbook</source>
        <translation>手順の開始</translation>
    </message>
    <message>
        <source>Resume a runbook</source>
        <translation>手順の再開</translation>
    </message>
    <message>
        <source>Give the confirmations</source>
        <translation>確認の入力</translation>
    </message>
    <message>
        <source>Confirm a step</source>
        <translation>ステップの確定</translation>
    </message>
    <message>
        <source>Runbook step</source>
        <translation>手順のステップ</translation>
    </message>
    <message>
        <source>Pause a runbook</source>
        <translation>手順の一時停止</translation>
    </message>
    <message>
        <source>Give up a runbook</source>
        <translation>手順の中止</translation>
    </message>
    <message>
        <source>Finish a runbook</source>
        <translation>手順の完了</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>The journal could not be written</source>
        <translation>ジャーナルを書き込めませんでした</translation>
    </message>
    <message>
        <source>Create a credential</source>
        <translation>資格情報の作成</translation>
    </message>
    <message>
        <source>Destroy a credential</source>
        <translation>資格情報の削除</translation>
    </message>
    <message>
        <source>Rotate a credential</source>
        <translation>資格情報のローテーション</translation>
    </message>
    <message>
        <source>Rotate all credentials</source>
        <translation>すべての資格情報のローテーション</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>トランザクション中で待機</translation>
    </message>
    <message>
        <source>Idle in failed transaction</source>
        <translation>失敗したトランザクション中で待機</translation>
    </message>
    <message>
        <source>Fast-path function call</source>
        <translation>ファストパス関数呼び出し</translation>
    </message>
    <message>
        <source>Not tracked (track_activities off)</source>
        <translation>追跡なし (track_activities がオフ)</translation>
    </message>
</context>
<context>
    <name>SwitchChoosePage</name>
    <message>
        <source>&amp;App:</source>
        <translation>アプリ(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>移行先(&amp;M):</translation>
    </message>
    <message>
        <source>Target &amp;plan:</source>
        <translation>ターゲットのプラン(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Follower:</source>
        <translation>フォロワー(&amp;F):</translation>
    </message>
    <message>
        <source>After the promotion, bring the app in the space &amp;up (maintenance mode off)</source>
        <translation>プロモート後、Private Space 内のアプリを起動する (メンテナンスモードをオフ)(&amp;U)</translation>
    </message>
    <message>
        <source>Capture a bac&amp;kup of the database first (pg:backups:capture)</source>
        <translation>最初にデータベースのバックアップを取得する (pg:backups:capture)(&amp;K)</translation>
    </message>
    <message>
        <source>Before anything changes, Heroku takes a backup; the run waits until it is complete. It does not take the app down.</source>
        <translation>何かを変更する前に Heroku がバックアップを取得し、実行は完了するまで待ちます。アプリはダウンしません。</translation>
    </message>
</context>
<context>
    <name>SwitchPreflightPage</name>
    <message>
        <source>What hpgdesk found:</source>
        <translation>hpgdesk が確認した内容:</translation>
    </message>
    <message>
        <source>What will happen:</source>
        <translation>これから行うこと:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Heroku CLI equivalent</source>
        <translation>CLI コマンド</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TransferCheckPage</name>
    <message>
        <source>&amp;Reset the Heroku Database…</source>
        <translation>Heroku のデータベースをリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TransferProgressPage</name>
    <message>
        <source>&amp;Drop It</source>
        <translation>削除する(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Log (pg_dump and pg_restore --verbose):</source>
        <translation>ログ (pg_dump と pg_restore --verbose)(&amp;L):</translation>
    </message>
</context>
<context>
    <name>VersionUpgradeChoosePage</name>
    <message>
        <source>&amp;App:</source>
        <translation>アプリ(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>New &amp;version:</source>
        <translation>新しいバージョン(&amp;V):</translation>
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
    <name>hpg::AccountsController</name>
    <message>
        <source>The token for %1 is no longer in the keychain. Sign in again.</source>
        <translation>%1 のトークンはキーチェーンにもうありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The keychain could not be read, so hpgdesk cannot sign in to %1 by itself: %2</source>
        <translation>キーチェーンを読み取れないため、hpgdesk は %1 に自動でサインインできません: %2</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Signed in, but the token could not be kept in the system keychain: %1 Nothing was written to disk. Keep the token for this run only, or sign out.</source>
        <translation>サインインしましたが、トークンをシステムのキーチェーンに保存できませんでした: %1 ディスクには何も書き込まれていません。今回の起動中だけトークンを保持するか、サインアウトしてください。</translation>
    </message>
    <message>
        <source>Keep for This Run</source>
        <translation>今回の起動中だけ保持</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Signed out of %1, but its token could not be deleted from the keychain: %2</source>
        <translation>%1 からサインアウトしましたが、トークンをキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <source>the Heroku CLI&apos;s keychain item</source>
        <translation>Heroku CLI のキーチェーン項目</translation>
    </message>
</context>
<context>
    <name>hpg::ActivityQueries</name>
    <message>
        <source>The server answered the activity query in an unexpected shape.</source>
        <translation>サーバーがアクティビティのクエリに予期しない形式で応答しました。</translation>
    </message>
</context>
<context>
    <name>hpg::ApiCall</name>
    <message>
        <source>Rate limit reached; waiting before trying again.</source>
        <translation>レート制限に達しました。待ってから再試行します。</translation>
    </message>
    <message>
        <source>Heroku answered HTTP %1; trying again.</source>
        <translation>Heroku が HTTP %1 を返しました。再試行します。</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1. hpgdesk does not send your API token to another address, so the call was stopped.</source>
        <translation>サーバーが %1 へのリダイレクトを返しました。hpgdesk は API トークンを別のアドレスに送らないため、呼び出しを中止しました。</translation>
    </message>
    <message>
        <source>Its JSON is cut short or broken at byte %1.</source>
        <translation>その JSON は %1 バイト目で途切れているか、壊れています。</translation>
    </message>
    <message>
        <source>It asks for a page it sent before; the list was not read to its end.</source>
        <translation>以前に送ったページをもう一度求めているため、一覧を最後まで読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>It goes on for more than %n page(s); the list was not read to its end.</source>
        <translation>
            <numerusform>%n ページを超えて続いているため、一覧を最後まで読み込めませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its Next-Range header is not a range that can be asked for; the list was not read to its end.</source>
        <translation>Next-Range ヘッダーが要求できる範囲ではないため、一覧を最後まで読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>hpg::ApiClient</name>
    <message>
        <source>“%1” is not a valid API URL.</source>
        <translation>「%1」は有効な API URL ではありません。</translation>
    </message>
    <message>
        <source>The API URL %1 uses plain http to another machine. Your API token would travel unencrypted, so only https is allowed there (plain http is allowed only for a local sandbox).</source>
        <translation>API URL %1 は他のマシンに暗号化されていない http で接続します。API トークンが暗号化されずに送信されるため、https のみ使用できます (http はローカルのサンドボックスでのみ使用できます)。</translation>
    </message>
    <message>
        <source>The API URL %1 must start with https://.</source>
        <translation>API URL %1 は https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The address %1 is not one of Heroku&apos;s. hpgdesk sends your API token only to Heroku (heroku.com) or to a local sandbox.</source>
        <translation>アドレス %1 は Heroku のものではありません。hpgdesk は API トークンを Heroku (heroku.com) またはローカルのサンドボックスにのみ送ります。</translation>
    </message>
</context>
<context>
    <name>hpg::AttachmentSteps</name>
    <message>
        <source>Attach connection pools and other apps to the new primary</source>
        <translation>接続プールと他のアプリを新しいプライマリにアタッチする</translation>
    </message>
    <message>
        <source>Every pool and app is attached to the new primary.</source>
        <translation>すべての接続プールとアプリが新しいプライマリにアタッチされています。</translation>
    </message>
    <message>
        <source>Attached %1 on %2 to the new primary.</source>
        <translation>%2 の %1 を新しいプライマリにアタッチしました。</translation>
    </message>
    <message>
        <source>Detached %1 from the old primary.</source>
        <translation>%1 を古いプライマリからデタッチしました。</translation>
    </message>
</context>
<context>
    <name>hpg::AuditEntry</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>hpg::AuditLog</name>
    <message>
        <source>Could not create the folder of the audit log %1.</source>
        <translation>監査ログ %1 のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not open the audit log %1: %2</source>
        <translation>監査ログ %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write to the audit log %1: %2</source>
        <translation>監査ログ %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>hpg::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entry(s) in %1.</source>
        <translation>
            <numerusform>%1 に %n 件の記録があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) match the filter.</source>
        <translation>
            <numerusform>%n 件中 %1 件が絞り込み条件に一致します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to %1.</source>
        <translation>
            <numerusform>%n 件の記録を %1 に書き込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::AuditLogModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <translation>%1 (ステップ %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>CLI equivalent</source>
        <translation>CLI コマンド</translation>
    </message>
    <message>
        <source>Request-Id</source>
        <translation>Request-Id</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>hpg::BackupCenter</name>
    <message>
        <source>A backup of %1 has been started.</source>
        <translation>%1 のバックアップを開始しました。</translation>
    </message>
    <message>
        <source>%1 is being cancelled.</source>
        <translation>%1 をキャンセルしています。</translation>
    </message>
    <message>
        <source>Backup %1 was deleted.</source>
        <translation>バックアップ %1 を削除しました。</translation>
    </message>
    <message>
        <source>Backup %1 is being restored into %2.</source>
        <translation>バックアップ %1 を %2 に復元しています。</translation>
    </message>
    <message>
        <source>Daily backups of %1 are scheduled at %2:00 %3.</source>
        <translation>%1 の毎日のバックアップを %3 の %2:00 にスケジュールしました。</translation>
    </message>
    <message>
        <source>Daily backups of %1 are no longer scheduled.</source>
        <translation>%1 の毎日のバックアップのスケジュールを解除しました。</translation>
    </message>
    <message>
        <source>Its current data could not be read: %1</source>
        <translation>現在のデータを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 tables, %2</source>
        <translation>テーブル %1 個、%2</translation>
    </message>
    <message>
        <source>All data in %1 (now: %2) will be deleted and replaced by backup %3 of %4, taken %5. This cannot be undone; capture a backup of %1 first if you may need its data.</source>
        <translation>%1 のすべてのデータ (現在: %2) が削除され、%5 に取得された %4 のバックアップ %3 に置き換えられます。元に戻せません。%1 のデータが必要になる可能性がある場合は、先に %1 のバックアップを取得してください。</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Running, %1</source>
        <translation>実行中、%1</translation>
    </message>
    <message numerus="yes">
        <source>Finished with %n warning(s)</source>
        <translation>
            <numerusform>完了 (警告 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1: daily at %2:00 %3</source>
        <translation>%1: 毎日 %3 の %2:00</translation>
    </message>
    <message>
        <source>Restore %1 into %2 is complete: %3.</source>
        <translation>%2 への復元 %1 が完了しました: %3。</translation>
    </message>
    <message>
        <source>Backup %1 is complete: %2.</source>
        <translation>バックアップ %1 が完了しました: %2。</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 failed; heroku pg:backups:info %1 -a %2 shows its log.</source>
        <translation>%1 は失敗しました。ログは heroku pg:backups:info %1 -a %2 で確認できます。</translation>
    </message>
</context>
<context>
    <name>hpg::BackupDownload</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Heroku gave no download address for backup %1.</source>
        <translation>Heroku からバックアップ %1 のダウンロード先が返されませんでした。</translation>
    </message>
    <message>
        <source>The download of backup %1 stopped: %2. Start it again to resume from %3 bytes.</source>
        <translation>バックアップ %1 のダウンロードが止まりました: %2。もう一度開始すると、%3 バイト目から再開します。</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 の名前を %2 に変更できませんでした。</translation>
    </message>
    <message>
        <source>The downloaded file has %1 bytes; backup %2 has %3. It was removed; download it again.</source>
        <translation>ダウンロードしたファイルは %1 バイトですが、バックアップ %2 は %3 バイトです。ファイルは削除しました。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The downloaded file is not a PostgreSQL custom-format backup. It was removed.</source>
        <translation>ダウンロードしたファイルは PostgreSQL のカスタム形式のバックアップではありません。ファイルは削除しました。</translation>
    </message>
</context>
<context>
    <name>hpg::BackupScheduleDialog</name>
    <message>
        <source>Schedule Daily Backups</source>
        <translation>毎日のバックアップのスケジュール</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>時刻(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>スケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>Heroku takes a backup of the database every day at this hour and keeps the recent ones.</source>
        <translation>Heroku は毎日この時刻にデータベースのバックアップを取得し、最近のものを保持します。</translation>
    </message>
    <message>
        <source>The same with the Heroku CLI: %1</source>
        <translation>Heroku CLI では: %1</translation>
    </message>
</context>
<context>
    <name>hpg::BackupSteps</name>
    <message>
        <source>Backup %1 has been started.</source>
        <translation>バックアップ %1 を開始しました。</translation>
    </message>
    <message>
        <source>Capture a backup of %1 (pg:backups:capture)</source>
        <translation>%1 のバックアップを取得する (pg:backups:capture)</translation>
    </message>
    <message>
        <source>The database to back up was not found.</source>
        <translation>バックアップするデータベースが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Wait until the backup has finished</source>
        <translation>バックアップが完了するまで待つ</translation>
    </message>
    <message>
        <source>Backup %1 is complete: %2.</source>
        <translation>バックアップ %1 が完了しました: %2。</translation>
    </message>
    <message>
        <source>Backup %1 was cancelled. Nothing else has been changed; capture a backup again or continue without one.</source>
        <translation>バックアップ %1 はキャンセルされました。ほかには何も変更していません。もう一度バックアップを取得するか、バックアップなしで続行してください。</translation>
    </message>
    <message>
        <source>Backup %1 failed; nothing else has been changed. The backup&apos;s log ends with: %2</source>
        <translation>バックアップ %1 は失敗しました。ほかには何も変更していません。バックアップのログの最後: %2</translation>
    </message>
    <message>
        <source>The backup is waiting to start.</source>
        <translation>バックアップの開始を待っています。</translation>
    </message>
    <message>
        <source>%1 backed up.</source>
        <translation>%1 をバックアップしました。</translation>
    </message>
</context>
<context>
    <name>hpg::BackupsPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Backups of the databases of this app (pg:backups). Capture one before any risky change; a backup can be downloaded or restored into any database of the app.</source>
        <translation>このアプリのデータベースのバックアップです (pg:backups)。リスクのある変更の前に取得してください。バックアップはダウンロードでき、アプリのどのデータベースにも復元できます。</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>スケジュール(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>スケジュール解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Capture Backup</source>
        <translation>バックアップを取得(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>ダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Backup</source>
        <translation>バックアップをキャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Restores:</source>
        <translation>復元:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>スケジュールされたバックアップ</translation>
    </message>
    <message>
        <source>Manual backup</source>
        <translation>手動のバックアップ</translation>
    </message>
    <message>
        <source>No daily backups are scheduled for this app.</source>
        <translation>このアプリには毎日のバックアップがスケジュールされていません。</translation>
    </message>
    <message>
        <source>Daily backups: %1</source>
        <translation>毎日のバックアップ: %1</translation>
    </message>
    <message>
        <source>The same with the Heroku CLI: %1</source>
        <translation>Heroku CLI では: %1</translation>
    </message>
    <message>
        <source>Download Backup %1</source>
        <translation>バックアップ %1 のダウンロード</translation>
    </message>
    <message>
        <source>PostgreSQL custom-format backups (*.dump)</source>
        <translation>PostgreSQL カスタム形式のバックアップ (*.dump)</translation>
    </message>
    <message>
        <source>Resuming the download of %1 at %2…</source>
        <translation>%1 のダウンロードを %2 から再開しています…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロードしています…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Backup %1 was saved to %2; its size was checked.</source>
        <translation>バックアップ %1 を %2 に保存し、サイズを確認しました。</translation>
    </message>
    <message>
        <source>Restore Backup %1</source>
        <translation>バックアップ %1 の復元</translation>
    </message>
    <message>
        <source>Restore into which database of %1? Its data will be replaced.</source>
        <translation>%1 のどのデータベースに復元しますか? そのデータは置き換えられます。</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>次へ(&amp;N)…</translation>
    </message>
    <message>
        <source>Reading what %1 holds now…</source>
        <translation>%1 の現在のデータを読み取っています…</translation>
    </message>
    <message>
        <source>Delete Backup %1</source>
        <translation>バックアップ %1 の削除</translation>
    </message>
    <message>
        <source>Backup %1 of %2, taken %3, will be deleted for good.</source>
        <translation>%3 に取得された %2 のバックアップ %1 を完全に削除します。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>S&amp;top Download</source>
        <translation>ダウンロードを停止(&amp;T)</translation>
    </message>
    <message>
        <source>The download of %1 was stopped; Download… to the same file resumes it.</source>
        <translation>%1 のダウンロードを停止しました。同じファイルに「ダウンロード…」すると再開します。</translation>
    </message>
</context>
<context>
    <name>hpg::BlockingModel</name>
    <message>
        <source>%1 (waits in a circle)</source>
        <translation>%1 (循環待ち)</translation>
    </message>
    <message>
        <source>%1 (blocks %2)</source>
        <translation>%1 (%2 件をブロック)</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>不明 (閲覧権限なし)</translation>
    </message>
    <message>
        <source>Root blocker: terminating session %1 releases the sessions below it.</source>
        <translation>根本のブロッカー: セッション %1 を強制終了すると、その下のセッションが解放されます。</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Waiting For</source>
        <translation>待機対象</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
</context>
<context>
    <name>hpg::BringBack</name>
    <message>
        <source>Bring %1 back</source>
        <translation>%1 を元に戻す</translation>
    </message>
    <message>
        <source>%1 is back as it was before “%2”: its old database is still the primary.</source>
        <translation>%1 は「%2」の前の状態に戻りました。古いデータベースが引き続きプライマリです。</translation>
    </message>
    <message>
        <source>The new database %1 that the run created still exists. Remove it with heroku addons:destroy %1, or use it for another try.</source>
        <translation>実行で作成された新しいデータベース %1 は残っています。heroku addons:destroy %1 で削除するか、次の試行に使ってください。</translation>
    </message>
    <message>
        <source>The run on %1 is past its point of no return: to bring the app back, finish the run.</source>
        <translation>%1 の実行は後戻りできない段階を過ぎています。アプリを戻すには、実行を最後まで進めてください。</translation>
    </message>
    <message>
        <source>Given up before its point of no return: “%1” (started %2) brings %3 back as it was.</source>
        <translation>後戻りできない段階の前に中止しました。「%1」(%2 に開始) が %3 を元の状態に戻します。</translation>
    </message>
</context>
<context>
    <name>hpg::BrowserModel</name>
    <message>
        <source>Personal apps</source>
        <translation>個人のアプリ</translation>
    </message>
    <message>
        <source>%1 (Shield Private Space)</source>
        <translation>%1 (Shield Private Space)</translation>
    </message>
    <message>
        <source>%1 (Private Space)</source>
        <translation>%1 (Private Space)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No Heroku Postgres databases</source>
        <translation>Heroku Postgres データベースはありません</translation>
    </message>
    <message>
        <source>App %1 in the Private Space %2, region %3</source>
        <translation>Private Space %2 のアプリ %1 (リージョン %3)</translation>
    </message>
    <message>
        <source>App %1 on the Common Runtime, region %2</source>
        <translation>Common Runtime のアプリ %1 (リージョン %2)</translation>
    </message>
    <message>
        <source>%1
Add-on %2 (%3 tier, plan %4), billed to %5</source>
        <translation>%1
アドオン %2 (%3 層、プラン %4)、課金先 %5</translation>
    </message>
</context>
<context>
    <name>hpg::ClientExport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by you only.</source>
        <translation>%1 を自分だけが読み取れるように設定できません。</translation>
    </message>
    <message>
        <source>The credential has not been loaded yet.</source>
        <translation>資格情報はまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>接続の名前を入力してください。</translation>
    </message>
    <message>
        <source>A service name has only letters, digits, _, . and -.</source>
        <translation>サービス名に使えるのは英字、数字、_、. と - だけです。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>書き込むファイルを選んでください。</translation>
    </message>
    <message>
        <source>Choose the password file to write.</source>
        <translation>書き込むパスワードファイルを選んでください。</translation>
    </message>
    <message>
        <source>The password file must be another file than %1.</source>
        <translation>パスワードファイルには %1 とは別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 はフォルダーです。ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Heroku Postgres credential %1 of %2, exported by hpgdesk. %3</source>
        <extracomment>written into the exported file; %1 credential name, %2 database, %3 whether the password is included</extracomment>
        <translation>hpgdesk がエクスポートした %2 の Heroku Postgres 資格情報 %1 です。%3</translation>
    </message>
    <message>
        <source>The password is included.</source>
        <translation>パスワードが含まれています。</translation>
    </message>
    <message>
        <source>The password is in %1.</source>
        <translation>パスワードは %1 にあります。</translation>
    </message>
    <message>
        <source>The password is not included.</source>
        <translation>パスワードは含まれていません。</translation>
    </message>
    <message>
        <source>%1 is not a JSON file this export can add to; choose a new file.</source>
        <translation>%1 はこのエクスポートで追記できる JSON ファイルではありません。新しいファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>hpg::ConnInfo</name>
    <message>
        <source>Connection strings with several hosts are not supported.</source>
        <translation>複数のホストを含む接続文字列には対応していません。</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>ポートは 1 から 65535 までの数値で指定してください。</translation>
    </message>
    <message>
        <source>The SSL mode must be one of disable, allow, prefer, require, verify-ca and verify-full.</source>
        <translation>SSL モードは disable、allow、prefer、require、verify-ca、verify-full のいずれかで指定してください。</translation>
    </message>
    <message>
        <source>The SSL mode “%1” is not one of disable, allow, prefer, require, verify-ca and verify-full.</source>
        <translation>SSL モード「%1」は disable、allow、prefer、require、verify-ca、verify-full のいずれでもありません。</translation>
    </message>
    <message>
        <source>The connection string contains an option that PostgreSQL does not know. Is a password with spaces or “&amp;” missing its quotes or encoding?</source>
        <translation>接続文字列に PostgreSQL が認識しないオプションが含まれています。空白や「&amp;」を含むパスワードの引用符またはエンコードが抜けていませんか?</translation>
    </message>
    <message>
        <source>PostgreSQL does not know the connection option “%1”.</source>
        <translation>PostgreSQL は接続オプション「%1」を認識しません。</translation>
    </message>
    <message>
        <source>The IPv6 address in the URL has no closing “]”.</source>
        <translation>URL 内の IPv6 アドレスに閉じる「]」がありません。</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address in the URL.</source>
        <translation>URL 内の IPv6 アドレスの後にはポートしか置けません。</translation>
    </message>
    <message>
        <source>An IPv6 address in a URL must be written in brackets, for example [2001:db8::1]:5432.</source>
        <translation>URL 内の IPv6 アドレスは角かっこで囲んでください (例: [2001:db8::1]:5432)。</translation>
    </message>
    <message>
        <source>Only postgres://, postgresql:// and jdbc:postgresql:// URLs are understood.</source>
        <translation>postgres://、postgresql://、jdbc:postgresql:// の URL のみ扱えます。</translation>
    </message>
    <message>
        <source>The connection string is empty.</source>
        <translation>接続文字列が空です。</translation>
    </message>
    <message>
        <source>A PostgreSQL URL must start with postgres:// or postgresql://.</source>
        <translation>PostgreSQL の URL は postgres:// または postgresql:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The URL contains a “%” that is not followed by two hexadecimal digits, or that encodes a NUL character. Write a literal “%” as %25.</source>
        <translation>URL に、2 桁の 16 進数が続かない、または NUL 文字を表す「%」が含まれています。「%」そのものは %25 と書いてください。</translation>
    </message>
    <message>
        <source>A parameter in the URL is not written as name=value (write a “&amp;” inside a value as %26).</source>
        <translation>URL のパラメーターが name=value の形式ではありません (値の中の「&amp;」は %26 と書いてください)。</translation>
    </message>
    <message>
        <source>The URL parameter ssl only accepts the value true.</source>
        <translation>URL パラメーター ssl に指定できる値は true だけです。</translation>
    </message>
    <message>
        <source>There is an “=” without a keyword before it at position %1 of the connection string.</source>
        <translation>接続文字列の %1 文字目に、キーワードのない「=」があります。</translation>
    </message>
    <message>
        <source>The word at position %1 of the connection string is not followed by “=”. Values with spaces must be in single quotes.</source>
        <translation>接続文字列の %1 文字目の語の後に「=」がありません。空白を含む値は単一引用符で囲んでください。</translation>
    </message>
    <message>
        <source>A quoted value in the connection string has no closing single quote.</source>
        <translation>接続文字列内の引用符で囲まれた値に、閉じる単一引用符がありません。</translation>
    </message>
    <message>
        <source>A JDBC URL for PostgreSQL must start with jdbc:postgresql:.</source>
        <translation>PostgreSQL の JDBC URL は jdbc:postgresql: で始まる必要があります。</translation>
    </message>
    <message>
        <source>The JDBC URL has no host after “//”.</source>
        <translation>JDBC URL の「//」の後にホストがありません。</translation>
    </message>
    <message>
        <source>A line of a password file needs five fields: host:port:database:user:password.</source>
        <translation>パスワードファイルの行には host:port:database:user:password の 5 つの項目が必要です。</translation>
    </message>
</context>
<context>
    <name>hpg::ConnectMappingReloader</name>
    <message>
        <source>Heroku Connect is reloading %1 from Salesforce.</source>
        <translation>Heroku Connect が %1 を Salesforce からリロードしています。</translation>
    </message>
    <message>
        <source>Could not reload %1: %2</source>
        <translation>%1 をリロードできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>hpg::ConnectPanel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Reading the Heroku Connect connections of %1…</source>
        <translation>%1 の Heroku Connect の接続を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not read the Heroku Connect connections of %1: %2</source>
        <translation>%1 の Heroku Connect の接続を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Heroku Connect %1 is paused.</source>
        <translation>Heroku Connect %1 は一時停止中です。</translation>
    </message>
    <message>
        <source>%1 has no Heroku Connect connections.</source>
        <translation>%1 には Heroku Connect の接続がありません。</translation>
    </message>
    <message>
        <source>Stops synchronization (heroku connect:pause -a %1). Heroku Connect pauses only when it is IDLE.</source>
        <translation>同期を一時停止します (heroku connect:pause -a %1)。Heroku Connect は IDLE のときだけ一時停止します。</translation>
    </message>
    <message>
        <source>Starts synchronization again (heroku connect:resume -a %1).</source>
        <translation>同期を再開します (heroku connect:resume -a %1)。</translation>
    </message>
    <message>
        <source>Resuming Heroku Connect %1…</source>
        <translation>Heroku Connect %1 を再開しています…</translation>
    </message>
    <message>
        <source>Pausing Heroku Connect %1…</source>
        <translation>Heroku Connect %1 を一時停止しています…</translation>
    </message>
    <message>
        <source>Paused Heroku Connect %1.</source>
        <translation>Heroku Connect %1 を一時停止しました。</translation>
    </message>
    <message>
        <source>Resumed Heroku Connect %1.</source>
        <translation>Heroku Connect %1 を再開しました。</translation>
    </message>
    <message>
        <source>Heroku Connect %1 is busy. It can be paused only when it is IDLE; waiting to pause it…</source>
        <translation>Heroku Connect %1 は処理中です。一時停止できるのは IDLE のときだけです。一時停止できるまで待っています…</translation>
    </message>
    <message>
        <source>Could not pause Heroku Connect %1: %2</source>
        <translation>Heroku Connect %1 を一時停止できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not resume Heroku Connect %1: %2</source>
        <translation>Heroku Connect %1 を再開できませんでした: %2</translation>
    </message>
    <message>
        <source>Pause Heroku Connect</source>
        <translation>Heroku Connect を一時停止する</translation>
    </message>
    <message>
        <source>Pause the Heroku Connect connection %1 of %2?</source>
        <translation>%2 の Heroku Connect の接続 %1 を一時停止しますか?</translation>
    </message>
    <message>
        <source>Until you resume it, changes in Salesforce are not polled and changes in the database wait in the trigger log; nothing is lost. Heroku Connect pauses only when it is IDLE. The same with the Heroku CLI: %1</source>
        <translation>再開するまで Salesforce の変更はポーリングされず、データベースの変更はトリガーログで待機します。何も失われません。Heroku Connect が一時停止するのは IDLE のときだけです。Heroku CLI では次のコマンドと同じです: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Keep Synchronizing</source>
        <translation>同期を続ける</translation>
    </message>
    <message>
        <source>Stopped waiting; Heroku Connect %1 was not paused.</source>
        <translation>待機をやめました。Heroku Connect %1 は一時停止していません。</translation>
    </message>
    <message>
        <source>Held by “%1”, started %2: that run paused Heroku Connect on %3 and resumes it itself. Open the run rather than resuming here.</source>
        <translation>%2 に開始した「%1」が保持しています。この実行が %3 の Heroku Connect を一時停止しており、自身で再開します。ここで再開せず、実行を開いてください。</translation>
    </message>
    <message>
        <source>Heroku Connect %1 is not idle (state: %2). It can be paused only when it is idle; waiting to pause it…</source>
        <translation>Heroku Connect %1 はアイドル状態ではありません (状態: %2)。一時停止できるのはアイドル状態のときだけです。一時停止できるまで待っています…</translation>
    </message>
    <message>
        <source>Reloading mapping %1 (%2 of %3)…</source>
        <translation>マッピング %1 をリロードしています (%3 件中 %2 件目)…</translation>
    </message>
    <message>
        <source>Loads the data of every mapping of the selected connection from Salesforce again (heroku connect:mapping:reload), as needed after a database rollback. Not while the connection is paused.</source>
        <translation>選択した接続のすべてのマッピングのデータを Salesforce から読み込み直します (heroku connect:mapping:reload)。データベースのロールバック後に必要です。接続が一時停止中のときはできません。</translation>
    </message>
    <message>
        <source>Reload Mappings</source>
        <translation>マッピングのリロード</translation>
    </message>
    <message numerus="yes">
        <source>Reload all %n mapping(s) of the Heroku Connect connection %1 of %2 from Salesforce?</source>
        <translation>
            <numerusform>%2 の Heroku Connect 接続 %1 の %n 件のマッピングをすべて Salesforce からリロードしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Do this after the database was rolled back (a rollback, a restored backup, or a database that replaced it with older data). Heroku Connect keeps a high-water mark of what it has synchronized, so after a rollback it would not synchronize the lost rows again and the data would be inconsistent. A reload loads every mapped object from Salesforce again: on large objects it takes a long time and uses Salesforce API calls. The same with the Heroku CLI: %1</source>
        <translation>データベースをロールバックした後 (ロールバック、バックアップの復元、古いデータを持つデータベースへの置き換え) に行ってください。Heroku Connect は同期済みの位置をハイウォーターマークとして記録しているため、ロールバック後は失われた行を再び同期せず、データの不整合が発生します。リロードはマッピングされたすべてのオブジェクトを Salesforce から読み込み直します。大きなオブジェクトでは時間がかかり、Salesforce の API コールを消費します。Heroku CLI では次のコマンドです: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>リロード</translation>
    </message>
    <message>
        <source>Do Not Reload</source>
        <translation>リロードしない</translation>
    </message>
    <message numerus="yes">
        <source>Heroku Connect %1 is reloading %n mapping(s) from Salesforce; they show “Reloading the table” until they are synchronized again.</source>
        <translation>
            <numerusform>Heroku Connect %1 が %n 件のマッピングを Salesforce からリロードしています。再び同期されるまで「テーブルを再読み込み中」と表示されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::ConnectSteps</name>
    <message>
        <source>Heroku Connect cannot be reached from this session.</source>
        <translation>このセッションからは Heroku Connect に接続できません。</translation>
    </message>
    <message>
        <source>Paused Heroku Connect %1.</source>
        <translation>Heroku Connect %1 を一時停止しました。</translation>
    </message>
    <message>
        <source>Resumed Heroku Connect %1.</source>
        <translation>Heroku Connect %1 を再開しました。</translation>
    </message>
    <message>
        <source>Pause Heroku Connect</source>
        <translation>Heroku Connect を一時停止する</translation>
    </message>
    <message>
        <source>Heroku Connect is paused.</source>
        <translation>Heroku Connect は一時停止中です。</translation>
    </message>
    <message>
        <source>Heroku Connect is paused on %1; resume it with heroku connect:resume -a %1.</source>
        <translation>%1 の Heroku Connect は一時停止中です。heroku connect:resume -a %1 で再開してください。</translation>
    </message>
    <message>
        <source>Resume Heroku Connect</source>
        <translation>Heroku Connect を再開する</translation>
    </message>
    <message>
        <source>Heroku Connect is running.</source>
        <translation>Heroku Connect は動作中です。</translation>
    </message>
    <message>
        <source>Heroku Connect %1 is busy; it can be paused only when it is idle. Waiting…</source>
        <translation>Heroku Connect %1 は処理中です。一時停止できるのはアイドル状態のときだけです。待っています…</translation>
    </message>
</context>
<context>
    <name>hpg::ConnectionInfoPage</name>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>the name of a database&apos;s default credential (Heroku calls it &quot;default&quot;)</extracomment>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>ローテーション中…</translation>
    </message>
    <message>
        <source>Waiting for connections to end before the old password is revoked…</source>
        <translation>古いパスワードを無効にする前に、接続が終了するのを待っています…</translation>
    </message>
    <message>
        <source>Being created…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>None on %1</source>
        <translation>%1 にはありません</translation>
    </message>
    <message numerus="yes">
        <source>Copied with the password. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>パスワードを含めてコピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate Credentials</source>
        <translation>資格情報のローテーション</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>The credential %1 did not become active again within three minutes. Refresh to see its state.</source>
        <translation>資格情報 %1 は 3 分以内に有効な状態に戻りませんでした。更新して状態を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Copies include the password and are cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>コピーにはパスワードが含まれ、%n 秒後にクリップボードから消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies include the password. The clipboard is not cleared (see Settings).</source>
        <translation>コピーにはパスワードが含まれます。クリップボードは消去されません (設定を参照)。</translation>
    </message>
</context>
<context>
    <name>hpg::CopySteps</name>
    <message>
        <source>%1 has no DATABASE_URL.</source>
        <translation>%1 には DATABASE_URL がありません。</translation>
    </message>
    <message>
        <source>The new database %1 has no config var on %2 yet.</source>
        <translation>新しいデータベース %1 の設定変数が %2 にまだありません。</translation>
    </message>
    <message>
        <source>The copy is waiting to start.</source>
        <translation>コピーの開始を待っています。</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 をコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %2 copied, %3/s, about %n min left.</source>
        <translation>
            <numerusform>約 %2 のうち %1 をコピー済み、毎秒 %3、残り約 %n 分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the data of DATABASE_URL into the new database (pg:copy)</source>
        <translation>DATABASE_URL のデータを新しいデータベースにコピーする (pg:copy)</translation>
    </message>
    <message>
        <source>The copy has been started.</source>
        <translation>コピーを開始しました。</translation>
    </message>
    <message>
        <source>Copying DATABASE_URL into %1.</source>
        <translation>DATABASE_URL を %1 にコピーしています。</translation>
    </message>
    <message>
        <source>Wait until the copy has finished</source>
        <translation>コピーが終わるまで待つ</translation>
    </message>
    <message>
        <source>Copied %1 in %2 s.</source>
        <translation>%1 を %2 秒でコピーしました。</translation>
    </message>
    <message>
        <source>The copy was cancelled; the source database is unchanged.</source>
        <translation>コピーはキャンセルされました。コピー元のデータベースは変更されていません。</translation>
    </message>
    <message>
        <source>The copy failed; the source database is unchanged.</source>
        <translation>コピーに失敗しました。コピー元のデータベースは変更されていません。</translation>
    </message>
    <message>
        <source>The copy failed; the source database is unchanged. The transfer&apos;s log ends with: %1</source>
        <translation>コピーに失敗しました。コピー元のデータベースは変更されていません。転送のログの最後: %1</translation>
    </message>
    <message>
        <source>Check the copy: tables and row counts against the source</source>
        <translation>コピーを確認する: テーブルと行数をコピー元と比べる</translation>
    </message>
    <message>
        <source>The source database could not be read: %1</source>
        <translation>コピー元のデータベースを読めませんでした: %1</translation>
    </message>
    <message>
        <source>The copy could not be checked: %1</source>
        <translation>コピーを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>The copy has %1 tables, the source %2.</source>
        <translation>コピーのテーブル数は %1、コピー元は %2 です。</translation>
    </message>
    <message>
        <source>%1: %2 rows in the copy, %3 in the source</source>
        <translation>%1: コピーは %2 行、コピー元は %3 行</translation>
    </message>
    <message>
        <source>The copy differs from the source: %1</source>
        <translation>コピーがコピー元と一致しません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tables, as in the source; the largest have the same row counts.</source>
        <translation>
            <numerusform>テーブル数はコピー元と同じ %n 個で、大きなテーブルの行数も一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the copy</source>
        <translation>コピーをキャンセルする</translation>
    </message>
    <message>
        <source>The copy had already finished.</source>
        <translation>コピーはすでに終わっていました。</translation>
    </message>
    <message>
        <source>The copy is cancelled.</source>
        <translation>コピーをキャンセルしました。</translation>
    </message>
    <message>
        <source>Wait until the copy has stopped</source>
        <translation>コピーが止まるまで待つ</translation>
    </message>
    <message>
        <source>The copy has stopped.</source>
        <translation>コピーが止まりました。</translation>
    </message>
    <message>
        <source>The copy is stopping…</source>
        <translation>コピーを止めています…</translation>
    </message>
    <message>
        <source>Destroy the new database</source>
        <translation>新しいデータベースを削除する</translation>
    </message>
    <message>
        <source>%1 is gone.</source>
        <translation>%1 はありません。</translation>
    </message>
    <message>
        <source>%1 is destroyed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>hpg::CopyToNewDatabase</name>
    <message>
        <source>Check the database, its size, attachments and Heroku Connect</source>
        <translation>データベース、そのサイズ、アタッチメント、Heroku Connect を確認する</translation>
    </message>
    <message>
        <source>The database is %1 (%2, %3).</source>
        <translation>データベースは %1 (%2、%3) です。</translation>
    </message>
    <message>
        <source>%1 is not a Heroku Postgres plan that hpgdesk knows.</source>
        <translation>%1 は hpgdesk が知らない Heroku Postgres のプランです。</translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now DATABASE_URL on %2 (%3), a copy of %4.</source>
        <translation>%4 のコピーである %1 が %2 の DATABASE_URL (%3) になりました。</translation>
    </message>
    <message>
        <source>The followers of the old database (%1) do not follow the copy: create new followers of %2.</source>
        <translation>古いデータベースのフォロワー (%1) はコピーをフォローしません。%2 のフォロワーを新しく作成してください。</translation>
    </message>
    <message>
        <source>The old database %1 still exists (with its data as it was before the copy). When you no longer need it, destroy it with heroku addons:destroy %1 -a %2; reassign its dataclips first.</source>
        <translation>古いデータベース %1 は (コピー前のデータのまま) 残っています。不要になったら heroku addons:destroy %1 -a %2 で削除してください。その前にデータクリップを再割り当てしてください。</translation>
    </message>
    <message>
        <source>Copy of %1 to a new %2 database</source>
        <translation>%1 の新しい %2 データベースへのコピー</translation>
    </message>
    <message>
        <source>The Dev Center&apos;s estimate for this database was %1.</source>
        <translation>このデータベースの Dev Center の目安は %1 でした。</translation>
    </message>
</context>
<context>
    <name>hpg::CredentialManager</name>
    <message>
        <source>The credentials of %1 did not become active again within three minutes. Refresh to see their state.</source>
        <translation>%1 の資格情報が 3 分以内に有効な状態に戻りませんでした。更新して状態を確認してください。</translation>
    </message>
    <message>
        <source>Enter a name for the new credential.</source>
        <translation>新しい資格情報の名前を入力してください。</translation>
    </message>
    <message>
        <source>The name &quot;default&quot; belongs to the database&apos;s own credential. Choose another name.</source>
        <translation>「default」という名前はデータベース自身の資格情報のものです。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>A credential name starts with a lowercase letter and has only lowercase letters, digits, _ and - (at most 50 characters).</source>
        <translation>資格情報の名前は英小文字で始め、英小文字、数字、_ と - だけを使ってください (50 文字まで)。</translation>
    </message>
    <message>
        <source>Rotating the default credential of %1 changes its password now. Every connection that uses it is reset, and the apps attached to it restart to pick up the new password.</source>
        <translation>%1 のデフォルトの資格情報をローテーションすると、パスワードがすぐに変わります。この資格情報を使うすべての接続がリセットされ、アタッチされたアプリは新しいパスワードを読み込むために再起動されます。</translation>
    </message>
    <message>
        <source>Rotating the credential %1 of %2 gives it a new password. Connections older than 30 minutes are reset, and a temporary user keeps newer ones working during the change.</source>
        <translation>%2 の資格情報 %1 をローテーションすると、新しいパスワードが設定されます。30 分より古い接続はリセットされ、変更中は一時的なユーザーによって新しい接続が維持されます。</translation>
    </message>
    <message>
        <source>Another change to the credentials of %1 is still under way.</source>
        <translation>%1 の資格情報に対する別の変更がまだ進行中です。</translation>
    </message>
    <message>
        <source>Type the app name %1 to confirm; nothing was changed.</source>
        <translation>確認のためにアプリ名 %1 を入力してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 has no credential named %2.</source>
        <translation>%1 には %2 という名前の資格情報がありません。</translation>
    </message>
    <message>
        <source>Essential plans have only the default credential.</source>
        <translation>Essential プランにはデフォルトの資格情報しかありません。</translation>
    </message>
    <message>
        <source>Essential plans have only the default credential; credentials cannot be created on %1.</source>
        <translation>Essential プランにはデフォルトの資格情報しかないため、%1 に資格情報を作成することはできません。</translation>
    </message>
    <message>
        <source>%1 already has a credential named %2.</source>
        <translation>%1 には既に %2 という名前の資格情報があります。</translation>
    </message>
    <message>
        <source>Created the credential %1.</source>
        <translation>資格情報 %1 を作成しました。</translation>
    </message>
    <message>
        <source>The default credential cannot be destroyed.</source>
        <translation>デフォルトの資格情報は削除できません。</translation>
    </message>
    <message>
        <source>Detach the credential %1 from %2 first.</source>
        <translation>先に資格情報 %1 を %2 からデタッチしてください。</translation>
    </message>
    <message>
        <source>Destroyed the credential %1.</source>
        <translation>資格情報 %1 を削除しました。</translation>
    </message>
    <message>
        <source>Rotated the credential %1; it has a new password.</source>
        <translation>資格情報 %1 をローテーションしました。新しいパスワードが設定されています。</translation>
    </message>
    <message>
        <source>Rotated every credential of %1.</source>
        <translation>%1 のすべての資格情報をローテーションしました。</translation>
    </message>
</context>
<context>
    <name>hpg::CredentialsDialog</name>
    <message>
        <source>Creating the credential %1…</source>
        <translation>資格情報 %1 を作成しています…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>an attachment that uses a credential: %1 config var prefix (ANALYST), %2 app</extracomment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>the name of a database&apos;s default credential (Heroku calls it &quot;default&quot;)</extracomment>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>アタッチされていません</translation>
    </message>
    <message>
        <source>Detach this credential from its apps before destroying it.</source>
        <translation>この資格情報を削除する前に、アプリからデタッチしてください。</translation>
    </message>
    <message>
        <source>Copied the credential %1 with its password; the clipboard is cleared after a while.</source>
        <translation>資格情報 %1 をパスワード付きでコピーしました。クリップボードはしばらくすると消去されます。</translation>
    </message>
    <message>
        <source>Rotate Credential</source>
        <translation>資格情報のローテーション</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>Rotating the credential %1…</source>
        <translation>資格情報 %1 をローテーションしています…</translation>
    </message>
    <message>
        <source>Rotate All Credentials</source>
        <translation>すべての資格情報のローテーション</translation>
    </message>
    <message>
        <source>Rotating every credential of %1 changes all their passwords now. Every connection to the database is reset, and every app attached to it restarts to pick up the new passwords.</source>
        <translation>%1 のすべての資格情報をローテーションすると、すべてのパスワードがすぐに変わります。データベースへのすべての接続がリセットされ、アタッチされたすべてのアプリは新しいパスワードを読み込むために再起動されます。</translation>
    </message>
    <message>
        <source>Rotate All</source>
        <translation>すべてローテーション</translation>
    </message>
    <message>
        <source>Rotating every credential…</source>
        <translation>すべての資格情報をローテーションしています…</translation>
    </message>
    <message>
        <source>Destroy Credential</source>
        <translation>資格情報の削除</translation>
    </message>
    <message>
        <source>Destroying the credential %1 of %2 drops its database user. Anything that still connects with it stops working, and this cannot be undone.</source>
        <translation>%2 の資格情報 %1 を削除すると、そのデータベースユーザーが削除されます。この資格情報でまだ接続しているものはすべて動作しなくなり、元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Destroying the credential %1…</source>
        <translation>資格情報 %1 を削除しています…</translation>
    </message>
    <message>
        <source>Credentials of %1</source>
        <translation>%1 の資格情報</translation>
    </message>
    <message>
        <source>Each credential is its own database user. Give each app or person its own, attach it to an app with addons:attach --credential, and rotate it when someone who knew the password leaves.</source>
        <translation>資格情報はそれぞれが独立したデータベースユーザーです。アプリや人ごとに別の資格情報を用意し、addons:attach --credential でアプリにアタッチして、パスワードを知っている人が離れたらローテーションしてください。</translation>
    </message>
    <message>
        <source>%1 is on an Essential plan. Essential plans have only the default credential: named credentials do not apply to them.</source>
        <translation>%1 は Essential プランです。Essential プランにはデフォルトの資格情報しかないため、名前付きの資格情報は適用されません。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>JDBC URL</source>
        <translation>JDBC URL</translation>
    </message>
    <message>
        <source>psql command</source>
        <translation>psql コマンド</translation>
    </message>
    <message>
        <source>.pgpass line</source>
        <translation>.pgpass 行</translation>
    </message>
    <message>
        <source>PG* environment</source>
        <translation>PG* 環境変数</translation>
    </message>
</context>
<context>
    <name>hpg::DatabaseChoice</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
</context>
<context>
    <name>hpg::DatabaseMaintenanceSteps</name>
    <message>
        <source>Run the maintenance now</source>
        <translation>メンテナンスを今すぐ実行する</translation>
    </message>
    <message>
        <source>The maintenance is running.</source>
        <translation>メンテナンスを実行中です。</translation>
    </message>
    <message>
        <source>The maintenance has run.</source>
        <translation>メンテナンスが実行されました。</translation>
    </message>
    <message>
        <source>The maintenance started.</source>
        <translation>メンテナンスを開始しました。</translation>
    </message>
    <message>
        <source>Wait until the maintenance has finished and the database is available</source>
        <translation>メンテナンスが終わり、データベースが利用可能になるまで待つ</translation>
    </message>
    <message>
        <source>The maintenance has finished; the database is available.</source>
        <translation>メンテナンスが終わり、データベースは利用可能です。</translation>
    </message>
</context>
<context>
    <name>hpg::DatabaseSteps</name>
    <message>
        <source>There is no Heroku Postgres database called %1 on %2.</source>
        <translation>%2 に %1 という Heroku Postgres データベースはありません。</translation>
    </message>
    <message>
        <source>Reset the database: delete all of its data</source>
        <translation>データベースをリセットする (すべてのデータを削除)</translation>
    </message>
    <message>
        <source>%1 has no tables.</source>
        <translation>%1 にはテーブルがありません。</translation>
    </message>
    <message>
        <source>%1 was reset: every table, view and function is gone.</source>
        <translation>%1 をリセットしました。すべてのテーブル、ビュー、関数が削除されました。</translation>
    </message>
</context>
<context>
    <name>hpg::DesktopNotifier</name>
    <message>
        <source>No desktop notification could be shown: %1</source>
        <translation>デスクトップ通知を表示できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>hpg::DiagnoseExport</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>PostgreSQL version</source>
        <translation>PostgreSQL のバージョン</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Follower (read-only)</source>
        <translation>フォロワー (読み取り専用)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>%1 の診断</translation>
    </message>
    <message>
        <source>What this credential could not see</source>
        <translation>この資格情報では見えなかったもの</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>しきい値: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>hpg::DiagnosePage</name>
    <message>
        <source>Checks this database&apos;s statistics the way pg:diagnose and the pg-extras commands do, in one pass. Select a finding to see what it means, what to do, the rows behind it and its SQL.</source>
        <translation>pg:diagnose や pg-extras のコマンドと同じように、このデータベースの統計情報を一度にチェックします。結果を選ぶと、その意味、対処方法、根拠となった行、実行した SQL が表示されます。</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>資格情報(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Run Diagnosis</source>
        <translation>診断を実行(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Markdown で(&amp;M)…</translation>
    </message>
    <message>
        <source>As &amp;HTML…</source>
        <translation>HTML で(&amp;H)…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;SQL it ran:</source>
        <translation>実行した SQL(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Copy SQL</source>
        <translation>SQL をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Trend while this tab is open (every %1 s):</source>
        <translation>このタブを開いている間の推移 (%1 秒ごと):</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続数</translation>
    </message>
    <message>
        <source>Table cache hit (%)</source>
        <translation>テーブルのキャッシュヒット率 (%)</translation>
    </message>
    <message>
        <source>Follower lag</source>
        <translation>フォロワーの遅れ</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>デッド行</translation>
    </message>
    <message>
        <source>Reading the plan and credentials of %1…</source>
        <translation>%1 のプランと資格情報を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 has no credential to connect with.</source>
        <translation>%1 には接続に使える資格情報がありません。</translation>
    </message>
    <message>
        <source>Diagnosing %1…</source>
        <translation>%1 を診断しています…</translation>
    </message>
    <message>
        <source>%1, a read-only follower: PostgreSQL %2, plan %3, credential %4.</source>
        <translation>%1 (読み取り専用のフォロワー): PostgreSQL %2、プラン %3、資格情報 %4。</translation>
    </message>
    <message>
        <source>%1: PostgreSQL %2, plan %3, credential %4.</source>
        <translation>%1: PostgreSQL %2、プラン %3、資格情報 %4。</translation>
    </message>
    <message>
        <source>Diagnosed at %1 in %2 ms.</source>
        <translation>%1 に診断しました (%2 ミリ秒)。</translation>
    </message>
    <message>
        <source>This credential could not see everything:</source>
        <translation>この資格情報ではすべてを見ることはできませんでした:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>しきい値: %1</translation>
    </message>
    <message>
        <source>Export Diagnosis as HTML</source>
        <translation>診断を HTML でエクスポート</translation>
    </message>
    <message>
        <source>Export Diagnosis as Markdown</source>
        <translation>診断を Markdown でエクスポート</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>hpg::DiagnoseReport</name>
    <message>
        <source>This credential may not run this check (%1). Run the diagnosis with the default credential.</source>
        <translation>この資格情報ではこのチェックを実行できません (%1)。デフォルトの資格情報で診断を実行してください。</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>チェックに失敗しました: %1</translation>
    </message>
    <message>
        <source>The check did not run.</source>
        <translation>チェックは実行されませんでした。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Red: %1, yellow: %2, green: %3, not run: %4.</source>
        <translation>赤: %1、黄: %2、緑: %3、未実行: %4。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the diagnosis did not have the expected shape.</source>
        <translation>診断に対するサーバーの応答が想定した形ではありませんでした。</translation>
    </message>
</context>
<context>
    <name>hpg::ExportDialog</name>
    <message>
        <source>Export To</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Password File</source>
        <translation>パスワードファイル</translation>
    </message>
    <message>
        <source>The password is not included: the client asks for it when it connects.</source>
        <translation>パスワードは含まれません。クライアントが接続時に尋ねます。</translation>
    </message>
    <message>
        <source>The password is written to %1 (readable by you only), where psql and other libpq clients find it.</source>
        <translation>パスワードは %1 (自分だけが読み取り可能) に書き込まれ、psql などの libpq クライアントはそこから読み取ります。</translation>
    </message>
    <message>
        <source>pgAdmin does not import passwords: the password is written to %1 (readable by you only) and the server&apos;s password file points there.</source>
        <translation>pgAdmin はパスワードをインポートしないため、パスワードは %1 (自分だけが読み取り可能) に書き込まれ、サーバーのパスワードファイルとしてそこが指定されます。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 に書き込みました。</translation>
    </message>
    <message>
        <source>Export Connection</source>
        <translation>接続のエクスポート</translation>
    </message>
    <message>
        <source>Exports the credential %1 of %2 (app %3) for another client.</source>
        <extracomment>%1 credential name, %2 database, %3 app</extracomment>
        <translation>%2 (アプリ %3) の資格情報 %1 を別のクライアント用にエクスポートします。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>libpq service entry (pg_service.conf) for psql and libpq clients</source>
        <translation>psql と libpq クライアント用の libpq サービスエントリ (pg_service.conf)</translation>
    </message>
    <message>
        <source>pgAdmin 4 import file (servers.json)</source>
        <translation>pgAdmin 4 のインポートファイル (servers.json)</translation>
    </message>
    <message>
        <source>DBeaver connection (data-sources.json)</source>
        <translation>DBeaver の接続 (data-sources.json)</translation>
    </message>
    <message>
        <source>The password is written in plain text into %1, which is made readable by you only.</source>
        <translation>パスワードは平文で %1 に書き込まれます。このファイルは自分だけが読み取れるように設定されます。</translation>
    </message>
</context>
<context>
    <name>hpg::ExtensionVersions</name>
    <message>
        <source>%1 %2 (the target&apos;s version is checked after the upgrade)</source>
        <translation>%1 %2(移行先のバージョンはアップグレード後に確認します)</translation>
    </message>
    <message>
        <source>%1 %2 (not offered by the target version)</source>
        <translation>%1 %2(移行先のバージョンでは提供されていません)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>hpg::FirstRunPanel</name>
    <message>
        <source>Use HEROKU_API_KEY</source>
        <translation>HEROKU_API_KEY を使う</translation>
    </message>
    <message>
        <source>Use ~/.netrc</source>
        <translation>~/.netrc を使う</translation>
    </message>
    <message>
        <source>Use the Heroku CLI&apos;s Login</source>
        <translation>Heroku CLI のログインを使う</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (アカウント %2)</translation>
    </message>
</context>
<context>
    <name>hpg::FollowerSteps</name>
    <message>
        <source>Provision a follower on %1</source>
        <translation>%1 プランでフォロワーをプロビジョニングする</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>Created %1, following %2.</source>
        <translation>%2 をフォローする %1 を作成しました。</translation>
    </message>
    <message>
        <source>Wait until the follower is available</source>
        <translation>フォロワーが利用可能になるまで待つ</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is being created…</source>
        <translation>%1 を作成しています…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 は利用可能です。</translation>
    </message>
    <message>
        <source>Wait until the follower is within %1 commits</source>
        <translation>フォロワーの遅れが %1 コミット以内になるまで待つ</translation>
    </message>
    <message>
        <source>The follower is not provisioned yet.</source>
        <translation>フォロワーはまだプロビジョニングされていません。</translation>
    </message>
    <message>
        <source>%1 commits behind.</source>
        <translation>%1 コミット遅れ。</translation>
    </message>
    <message>
        <source>Behind By is not known yet.</source>
        <translation>Behind By はまだ不明です。</translation>
    </message>
    <message>
        <source>Wait until the dynos have stopped and the follower is 0 commits behind</source>
        <translation>dyno が停止し、フォロワーの遅れが 0 コミットになるまで待つ</translation>
    </message>
    <message>
        <source>The dynos have stopped and the follower is 0 commits behind.</source>
        <translation>dyno が停止し、フォロワーの遅れは 0 コミットです。</translation>
    </message>
    <message>
        <source>Provision a new database on %1</source>
        <translation>%1 プランで新しいデータベースをプロビジョニングする</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <source>The new database %1 exists on %2; if you give up this run, remove it with heroku addons:destroy %1 -a %2.</source>
        <translation>新しいデータベース %1 が %2 にあります。この実行をやめる場合は heroku addons:destroy %1 -a %2 で削除してください。</translation>
    </message>
    <message>
        <source>Wait until the new database is available</source>
        <translation>新しいデータベースが利用可能になるまで待つ</translation>
    </message>
</context>
<context>
    <name>hpg::FollowerSwitch</name>
    <message>
        <source>Migration into a Private Space</source>
        <translation>Private Space への移行</translation>
    </message>
    <message>
        <source>Follower switch</source>
        <translation>フォロワーの切り替え</translation>
    </message>
    <message>
        <source>Downtime (maintenance mode on to the promotion): %1 s</source>
        <translation>ダウンタイム (メンテナンスモードのオンからプロモートまで): %1 秒</translation>
    </message>
    <message>
        <source>Downtime (maintenance mode on to off): %1 s</source>
        <translation>ダウンタイム (メンテナンスモードのオンからオフまで): %1 秒</translation>
    </message>
    <message>
        <source>New database: %1 on %2</source>
        <translation>新しいデータベース: %2 の %1</translation>
    </message>
    <message>
        <source>The old primary %1 still exists. When you no longer need it, deprovision it with heroku addons:destroy %1 -a %2, and reassign the dataclips that used it.</source>
        <translation>古いプライマリ %1 はまだ存在します。不要になったら heroku addons:destroy %1 -a %2 でプロビジョニングを解除し、それを使っていたデータクリップを再割り当てしてください。</translation>
    </message>
    <message>
        <source>The followers %1 still follow the old primary. Create followers of the new primary with heroku addons:create %2 -a %3 -- --follow DATABASE_URL.</source>
        <translation>フォロワー %1 はまだ古いプライマリをフォローしています。heroku addons:create %2 -a %3 -- --follow DATABASE_URL で新しいプライマリのフォロワーを作成してください。</translation>
    </message>
    <message>
        <source>%1 stays in maintenance mode with its dynos scaled down: its DATABASE_URL still points at the old database.</source>
        <translation>%1 はメンテナンスモードのままで、dyno もスケールダウンしたままです。DATABASE_URL がまだ古いデータベースを指しているためです。</translation>
    </message>
    <message>
        <source>Of the downtime, %1 s went to the automated steps and %2 s to waiting for a person.</source>
        <translation>ダウンタイムのうち、自動のステップに %1 秒、人の操作を待つのに %2 秒かかりました。</translation>
    </message>
    <message>
        <source>The dataclips of %1 are not moved with the database: to have them reassigned to the new database, open a support ticket at help.heroku.com (as the Dev Center says).</source>
        <translation>%1 のデータクリップはデータベースと一緒には移動しません。新しいデータベースに再割り当てするには、help.heroku.com でサポートチケットを開いてください (Dev Center の手順のとおり)。</translation>
    </message>
    <message>
        <source>To bring %1 up on the new database, turn its maintenance mode off if it is on (heroku maintenance:off -a %1) and scale its dynos as it needs.</source>
        <translation>%1 を新しいデータベースで起動するには、メンテナンスモードがオンならオフにし (heroku maintenance:off -a %1)、必要に応じて dyno をスケールしてください。</translation>
    </message>
</context>
<context>
    <name>hpg::FollowerSwitchWizard</name>
    <message>
        <source>Migrate %1 into a Private Space</source>
        <translation>%1 を Private Space に移行</translation>
    </message>
    <message>
        <source>Follower Switch on %1</source>
        <translation>%1 のフォロワーの切り替え</translation>
    </message>
    <message>
        <source>The follower has caught up</source>
        <translation>フォロワーが追いつきました</translation>
    </message>
    <message>
        <source>The new database for %1 is within 200 commits of the primary. The switch goes on.</source>
        <translation>%1 の新しいデータベースの遅れがプライマリから 200 コミット以内になりました。切り替えを続行します。</translation>
    </message>
</context>
<context>
    <name>hpg::FormationSteps</name>
    <message>
        <source>Scale the dynos of %1 down, remembering each quantity</source>
        <translation>%1 の dyno をスケールダウンし、それぞれの数を記録する</translation>
    </message>
    <message>
        <source>No dynos are running.</source>
        <translation>実行中の dyno はありません。</translation>
    </message>
    <message>
        <source>Scaled down; the formation was %1.</source>
        <translation>スケールダウンしました。元のフォーメーションは %1 です。</translation>
    </message>
    <message>
        <source>The dynos of %1 are scaled down; restore them with heroku ps:scale %2 -a %1.</source>
        <translation>%1 の dyno はスケールダウンされています。heroku ps:scale %2 -a %1 で元に戻してください。</translation>
    </message>
    <message>
        <source>Scale the dynos of %1 back up</source>
        <translation>%1 の dyno をスケールアップして元に戻す</translation>
    </message>
    <message>
        <source>The formation is as before.</source>
        <translation>フォーメーションは元どおりです。</translation>
    </message>
    <message>
        <source>Restored the formation: %1.</source>
        <translation>フォーメーションを元に戻しました: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n dyno(s) to stop: %1</source>
        <translation>
            <numerusform>%n 個の dyno の停止を待っています: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::IndexChecks</name>
    <message>
        <source>Yellow below 99 %, red below 95 % (judged from 50,000 block reads on).</source>
        <translation>99 % 未満で黄、95 % 未満で赤 (ブロックの読み取りが 50,000 回以上のときに判定)。</translation>
    </message>
    <message>
        <source>Too few blocks were read since the statistics were reset to judge the ratio (%1 %).</source>
        <translation>統計情報のリセット以降に読み取られたブロックが少なく、比率 (%1 %) を判定できません。</translation>
    </message>
    <message>
        <source>%1 % of table reads are served from memory.</source>
        <translation>テーブルの読み取りの %1 % がメモリから提供されています。</translation>
    </message>
    <message>
        <source>%1 % of index reads are served from memory.</source>
        <translation>インデックスの読み取りの %1 % がメモリから提供されています。</translation>
    </message>
    <message>
        <source>Only %1 % of table reads are served from memory; the rest wait for the disk. The data that is used often no longer fits in the plan&apos;s memory: move to a plan with more memory, or read less (indexes instead of sequential scans, archive old rows).</source>
        <translation>テーブルの読み取りのうちメモリから提供されているのは %1 % だけで、残りはディスクを待っています。よく使うデータがプランのメモリに収まらなくなっています。メモリの多いプランに移るか、読み取る量を減らしてください (シーケンシャルスキャンの代わりにインデックスを使う、古い行をアーカイブするなど)。</translation>
    </message>
    <message>
        <source>Only %1 % of index reads are served from memory; the rest wait for the disk. Drop unused indexes, or move to a plan with more memory.</source>
        <translation>インデックスの読み取りのうちメモリから提供されているのは %1 % だけで、残りはディスクを待っています。使われていないインデックスを削除するか、メモリの多いプランに移ってください。</translation>
    </message>
    <message>
        <source>Table cache hit ratio</source>
        <translation>テーブルのキャッシュヒット率</translation>
    </message>
    <message>
        <source>Index cache hit ratio</source>
        <translation>インデックスのキャッシュヒット率</translation>
    </message>
    <message>
        <source>Unused indexes</source>
        <translation>使われていないインデックス</translation>
    </message>
    <message>
        <source>Yellow for an index of 1 MB or more scanned fewer than 50 times, red when they take 1 GB or more.</source>
        <translation>1 MB 以上でスキャン回数が 50 回未満のインデックスがあれば黄、その合計が 1 GB 以上なら赤。</translation>
    </message>
    <message>
        <source>Every index of 1 MB or more is used.</source>
        <translation>1 MB 以上のインデックスはすべて使われています。</translation>
    </message>
    <message>
        <source>%1 indexes (%2) are hardly ever used, yet every write updates them and they take memory. Check that the app and any followers really do not need them, then drop them with DROP INDEX CONCURRENTLY.</source>
        <translation>%1 個のインデックス (%2) がほとんど使われていませんが、書き込みのたびに更新され、メモリも消費しています。アプリやフォロワーで本当に不要なことを確認してから、DROP INDEX CONCURRENTLY で削除してください。</translation>
    </message>
    <message>
        <source>On a follower these counts cover only the queries the follower served.</source>
        <translation>フォロワーでは、この回数はそのフォロワーが処理したクエリだけを数えています。</translation>
    </message>
    <message>
        <source>Duplicate indexes</source>
        <translation>重複したインデックス</translation>
    </message>
    <message>
        <source>Yellow when two indexes of a table have the same columns and definition.</source>
        <translation>同じテーブルに同じ列と定義のインデックスが 2 つあれば黄。</translation>
    </message>
    <message>
        <source>No table has two identical indexes.</source>
        <translation>同じインデックスを 2 つ持つテーブルはありません。</translation>
    </message>
    <message>
        <source>%1 groups of identical indexes were found. Only one of each group is needed; the others cost space and slow every write. Keep the one a constraint uses and drop the rest with DROP INDEX CONCURRENTLY.</source>
        <translation>同一のインデックスのグループが %1 組見つかりました。各グループで必要なのは 1 つだけで、残りは容量を消費し、書き込みを遅くします。制約が使っているものを残し、残りを DROP INDEX CONCURRENTLY で削除してください。</translation>
    </message>
</context>
<context>
    <name>hpg::Journal</name>
    <message>
        <source>Could not create the folder %1 for the runbook journal.</source>
        <translation>ランブックのジャーナル用フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write the runbook journal %1: %2</source>
        <translation>ランブックのジャーナル %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not open the runbook journal %1: %2</source>
        <translation>ランブックのジャーナル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The runbook journal %1 is not valid JSON: %2</source>
        <translation>ランブックのジャーナル %1 は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>This run was started by %1 on %2, but you are signed in as %3 on %4. It can be resumed only by the account and the API that started it: sign in as %1 on %2 to resume it.</source>
        <translation>この実行は %1 が %2 で開始しましたが、現在は %3 として %4 にサインインしています。実行を再開できるのは、開始したアカウントと API だけです。再開するには %2 に %1 としてサインインしてください。</translation>
    </message>
    <message>
        <source>The runbook journal %1 was written by another version of hpgdesk, a newer one (journal format %2). Update hpgdesk to resume it.</source>
        <translation>ランブックのジャーナル %1 は、別の新しいバージョンの hpgdesk で書き込まれました (ジャーナル形式 %2)。再開するには hpgdesk を更新してください。</translation>
    </message>
    <message>
        <source>The runbook journal %1 is not a journal that hpgdesk can read.</source>
        <translation>ランブックのジャーナル %1 は、hpgdesk が読み取れるジャーナルではありません。</translation>
    </message>
</context>
<context>
    <name>hpg::JournalProblemsDialog</name>
    <message>
        <source>Unreadable Runbook Journals</source>
        <translation>読み取れないランブックのジャーナル</translation>
    </message>
    <message>
        <source>These journals of runs in %1 cannot be resumed. A run they record may have left changes in place (maintenance mode, scaled-down dynos): check the app. Export a journal to keep it or to hand it to support, or remove it.</source>
        <translation>%1 にある次の実行のジャーナルは再開できません。記録された実行が変更 (メンテナンスモード、スケールダウンした dyno) を残している可能性があるため、アプリを確認してください。ジャーナルは、保管やサポートへの提出のためにエクスポートするか、削除できます。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Why it cannot be read</source>
        <translation>読み取れない理由</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Journal</source>
        <translation>ジャーナルのエクスポート</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Could not export the journal to %1.</source>
        <translation>ジャーナルを %1 にエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>Remove Journal</source>
        <translation>ジャーナルの削除</translation>
    </message>
    <message>
        <source>Remove the journal %1? hpgdesk will no longer know of the run it records.</source>
        <translation>ジャーナル %1 を削除しますか? 記録された実行は hpgdesk から分からなくなります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>hpg::KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>システムのキーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The system keychain holds no secret under this name.</source>
        <translation>システムのキーチェーンにこの名前のシークレットはありません。</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked, or access was denied.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。ロックされているか、アクセスが拒否された可能性があります。</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>利用できるシステムのキーチェーンがありません。</translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret: %1</source>
        <translation>システムのキーチェーンからシークレットを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンがエラーを報告しました: %1</translation>
    </message>
</context>
<context>
    <name>hpg::LocalServerDialog</name>
    <message>
        <source>5432 (default)</source>
        <translation>5432 (デフォルト)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2, who may create databases.</source>
        <translation>PostgreSQL %1 に %2 として接続しました。このユーザーはデータベースを作成できます。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2, but %2 may not create databases: pulls need the CREATEDB privilege.</source>
        <translation>PostgreSQL %1 に %2 として接続しましたが、%2 はデータベースを作成できません。プルには CREATEDB 権限が必要です。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>接続できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>hpg::LocalServerSettings</name>
    <message>
        <source>%1 on the local socket, port %2</source>
        <translation>ローカルソケット上の %1 (ポート %2)</translation>
    </message>
</context>
<context>
    <name>hpg::LocksModel</name>
    <message>
        <source>Granted</source>
        <translation>取得済み</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Lock Type</source>
        <translation>ロックの種類</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>リレーション</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Query Age</source>
        <translation>クエリの経過時間</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
</context>
<context>
    <name>hpg::MainWindow</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Heroku&apos;s rate limit was reached; waiting %n second(s) before trying again.</source>
        <translation>
            <numerusform>Heroku のレート制限に達しました。%n 秒待ってから再試行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) loaded.</source>
        <translation>
            <numerusform>%n 個のアプリを読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading apps for %1…</source>
        <translation>%1 のアプリを読み込んでいます…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>API requests left: %1</source>
        <translation>残り API リクエスト数: %1</translation>
    </message>
    <message>
        <source>Heroku allows about 4,500 requests per account, refilled at about 75 per minute.</source>
        <translation>Heroku ではアカウントあたり約 4,500 リクエストまで許可され、1 分あたり約 75 ずつ回復します。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Connection Info</source>
        <translation>接続情報</translation>
    </message>
    <message>
        <source>%1 (%2, this run only)</source>
        <translation>%1 (%2、今回の起動中のみ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <source>The URL of %1 was copied with its password; the clipboard is cleared after a while.</source>
        <translation>%1 の URL をパスワード付きでコピーしました。クリップボードはしばらくすると消去されます。</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Opening psql for %1…</source>
        <translation>%1 の psql を開いています…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 has no default credential to open psql with.</source>
        <translation>%1 には psql を開くためのデフォルトの資格情報がありません。</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>診断</translation>
    </message>
</context>
<context>
    <name>hpg::Maintenance</name>
    <message>
        <source>None scheduled</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予定あり</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Routine maintenance</source>
        <translation>定期メンテナンス</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>プランの変更</translation>
    </message>
    <message>
        <source>The window must end before the maintenance is required (%1 UTC), but its next occurrence would run from %2 to %3 UTC. Choose a window that opens earlier, or run the maintenance by hand before then.</source>
        <translation>メンテナンスウィンドウはメンテナンスの期限 (%1 UTC) より前に終わる必要がありますが、次のウィンドウは %2 から %3 UTC までになります。もっと早く始まるウィンドウを選ぶか、期限までに手動でメンテナンスを実行してください。</translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceCalendarDialog</name>
    <message>
        <source>Maintenance Calendar</source>
        <translation>メンテナンスカレンダー</translation>
    </message>
    <message>
        <source>Filter by team, app, database, plan or status</source>
        <translation>チーム、アプリ、データベース、プラン、ステータスで絞り込み</translation>
    </message>
    <message>
        <source>Required within </source>
        <translation>期限まで </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日以内</translation>
    </message>
    <message>
        <source>Any required-by date</source>
        <translation>期限を問わない</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Reading</source>
        <translation>読み込みを中止(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export iCalendar…</source>
        <translation>iCalendar にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Next Maintenance</source>
        <translation>次のメンテナンス</translation>
    </message>
    <message>
        <source>Required By</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Window (Local Time)</source>
        <translation>ウィンドウ (ローカル時刻)</translation>
    </message>
    <message>
        <source>Reading the databases of the account…</source>
        <translation>アカウントのデータベースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Essential: no window</source>
        <translation>Essential: ウィンドウなし</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s), as of %1.</source>
        <translation>
            <numerusform>%1 時点で %n 個のデータベース。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>iCalendar にエクスポート</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>一覧(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>カレンダー(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>The week or month before</source>
        <translation>前の週または月</translation>
    </message>
    <message>
        <source>The week or month after</source>
        <translation>次の週または月</translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation>%1 (ローカル時刻)</translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceCalendarView</name>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>the maintenance calendar&apos;s month title, in Qt&apos;s date format letters (yyyy年M月 in Japanese)</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a week on the maintenance calendar: first and last day</comment>
        <translation>%1〜%2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Maintenance window of %1 on %2: %3 (%4).</source>
        <translation>%2 の %1 のメンテナンスウィンドウ: %3 (%4)。</translation>
    </message>
    <message>
        <source>Maintenance of %1 on %2, required soon: scheduled for %3 (%4).</source>
        <translation>%2 の %1 のメンテナンス (期限間近): 予定 %3 (%4)。</translation>
    </message>
    <message>
        <source>Maintenance of %1 on %2: scheduled for %3 (%4).</source>
        <translation>%2 の %1 のメンテナンス: 予定 %3 (%4)。</translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceNotices</name>
    <message>
        <source>Maintenance of %1 required soon</source>
        <translation>%1 のメンテナンスの期限が近づいています</translation>
    </message>
    <message>
        <source>The maintenance of %1 on %2 must run by %3. Heroku runs it in the window unless you run it earlier from the database&apos;s Maintenance tab.</source>
        <translation>%2 の %1 のメンテナンスは %3 までに実行する必要があります。データベースのメンテナンスタブから先に実行しない場合は、Heroku がメンテナンスウィンドウで実行します。</translation>
    </message>
    <message>
        <source>Maintenance of %1 ready</source>
        <translation>%1 のメンテナンスの準備ができました</translation>
    </message>
    <message>
        <source>Heroku has prepared the replacement database for the maintenance of %1 on %2. It can be run now; otherwise it runs at %3.</source>
        <translation>Heroku が %2 の %1 のメンテナンス用の代替データベースを準備しました。今すぐ実行できます。実行しない場合は %3 に実行されます。</translation>
    </message>
    <message>
        <source>Heroku has prepared the replacement database for the maintenance of %1 on %2. It can be run now.</source>
        <translation>Heroku が %2 の %1 のメンテナンス用の代替データベースを準備しました。今すぐ実行できます。</translation>
    </message>
    <message numerus="yes">
        <source>Maintenance of %n database(s) needs attention</source>
        <translation>
            <numerusform>%n 個のデータベースのメンテナンスに対応が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>Required soon: %1. Ready to run: %2. The first of them: %3. Tools ▸ Maintenance Calendar shows them all.</source>
        <translation>期限間近: %1 件。実行の準備完了: %2 件。対象のデータベースの一部: %3。すべて「ツール ▸ メンテナンスカレンダー」で確認できます。</translation>
    </message>
    <message>
        <source>Required soon: %1. Ready to run: %2. The databases: %3. Tools ▸ Maintenance Calendar shows them all.</source>
        <translation>期限間近: %1 件。実行の準備完了: %2 件。対象のデータベース: %3。すべて「ツール ▸ メンテナンスカレンダー」で確認できます。</translation>
    </message>
</context>
<context>
    <name>hpg::MaintenancePage</name>
    <message>
        <source>Change &amp;Window…</source>
        <translation>ウィンドウを変更(&amp;W)…</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> 週間</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>延期(&amp;P)</translation>
    </message>
    <message>
        <source>With &amp;maintenance mode (dynos scaled down, Heroku Connect paused)</source>
        <translation>メンテナンスモードを使う (dyno をスケールダウンし、Heroku Connect を一時停止)(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Run Now…</source>
        <translation>今すぐ実行(&amp;R)…</translation>
    </message>
    <message>
        <source>Past maintenances:</source>
        <translation>過去のメンテナンス:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the maintenance of %1…</source>
        <translation>%1 のメンテナンスを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 is an Essential-tier database: maintenance windows do not apply. Heroku maintains Essential databases on its own, without a window.</source>
        <translation>%1 は Essential 層のデータベースです。メンテナンスウィンドウは適用されません。Essential のデータベースは Heroku がウィンドウなしで保守します。</translation>
    </message>
    <message>
        <source>Maintenance of %1 (%2 on %3).</source>
        <translation>%1 のメンテナンス (%3 の %2)。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>予定時刻を過ぎています</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2), %3.</source>
        <translation>予定: %1 (%2)、%3。</translation>
    </message>
    <message>
        <source>Required by %1 (%2).</source>
        <translation>期限: %1 (%2)。</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>理由: %1。</translation>
    </message>
    <message>
        <source>Running since %1.</source>
        <translation>%1 から実行中です。</translation>
    </message>
    <message>
        <source>Heroku is preparing it; it can be run once it is ready.</source>
        <translation>Heroku が準備しています。準備ができたら実行できます。</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>ウィンドウ: %1</translation>
    </message>
    <message>
        <source>Same as: %1</source>
        <translation>Heroku CLI で同じことを行うコマンド: %1</translation>
    </message>
    <message>
        <source>Postpone: %1</source>
        <translation>延期: %1</translation>
    </message>
    <message>
        <source>Run the Maintenance Now</source>
        <translation>メンテナンスを今すぐ実行</translation>
    </message>
    <message>
        <source>Run the maintenance of %1 now? %2 goes into maintenance mode and its dynos are stopped until the maintenance has finished, usually a few minutes.</source>
        <translation>%1 のメンテナンスを今すぐ実行しますか? メンテナンスが終わるまで (通常は数分)、%2 はメンテナンスモードになり、dyno は停止します。</translation>
    </message>
    <message>
        <source>Run the maintenance of %1 now, without maintenance mode? %2 keeps running and its requests fail while the database restarts; you will be asked to type the app name.</source>
        <translation>メンテナンスモードなしで %1 のメンテナンスを今すぐ実行しますか? %2 は動き続け、データベースの再起動中はリクエストが失敗します。アプリ名の入力を求められます。</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>今すぐ実行</translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceSteps</name>
    <message>
        <source>Turn maintenance mode on for %1</source>
        <translation>%1 のメンテナンスモードをオンにする</translation>
    </message>
    <message>
        <source>Maintenance mode is on.</source>
        <translation>メンテナンスモードはオンです。</translation>
    </message>
    <message>
        <source>Maintenance mode is on for %1.</source>
        <translation>%1 のメンテナンスモードはオンです。</translation>
    </message>
    <message>
        <source>Maintenance mode is on for %1; turn it off with heroku maintenance:off -a %1.</source>
        <translation>%1 のメンテナンスモードはオンです。heroku maintenance:off -a %1 でオフにしてください。</translation>
    </message>
    <message>
        <source>Turn maintenance mode off for %1</source>
        <translation>%1 のメンテナンスモードをオフにする</translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation>メンテナンスモードはオフです。</translation>
    </message>
    <message>
        <source>Maintenance mode is off for %1.</source>
        <translation>%1 のメンテナンスモードはオフです。</translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceWindow</name>
    <message>
        <source>%1 %2 to %3</source>
        <comment>a maintenance window: weekday, start time, end time</comment>
        <translation>%1 %2〜%3</translation>
    </message>
    <message>
        <source>Every %1 (UTC); %2 in your time zone, 4 hours.</source>
        <translation>毎週 %1 (UTC)。お使いのタイムゾーンでは %2。4 時間です。</translation>
    </message>
</context>
<context>
    <name>hpg::MaintenanceWindowDialog</name>
    <message>
        <source>Maintenance Window of %1</source>
        <translation>%1 のメンテナンスウィンドウ</translation>
    </message>
    <message>
        <source>&amp;Day (UTC):</source>
        <translation>曜日 (UTC)(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Start (UTC):</source>
        <translation>開始 (UTC)(&amp;S):</translation>
    </message>
    <message>
        <source>%1
Same as: heroku data:maintenances:window:update %2 %3 %4 -a %5</source>
        <translation>%1
同等のコマンド: heroku data:maintenances:window:update %2 %3 %4 -a %5</translation>
    </message>
</context>
<context>
    <name>hpg::MemorySecretStore</name>
    <message>
        <source>No secret is kept under this name for this run.</source>
        <translation>今回の起動中、この名前で保持されているシークレットはありません。</translation>
    </message>
</context>
<context>
    <name>hpg::NetrcFile</name>
    <message>
        <source>Line %1 of the .netrc file opens a quoted value that never closes.</source>
        <translation>.netrc ファイルの %1 行目で、引用符で囲まれた値が閉じられていません。</translation>
    </message>
    <message>
        <source>On line %1 of the .netrc file, “%2” has no value after it.</source>
        <translation>.netrc ファイルの %1 行目で、「%2」の後に値がありません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>ファイル %1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>hpg::NewPrimaryOffers</name>
    <message>
        <source>Create a &amp;Follower of the New Primary</source>
        <translation>新しいプライマリのフォロワーを作成する(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Deprovision the Old Primary…</source>
        <translation>古いプライマリのプロビジョニングを解除(&amp;D)…</translation>
    </message>
    <message>
        <source>Creating a follower of the new primary…</source>
        <translation>新しいプライマリのフォロワーを作成しています…</translation>
    </message>
    <message>
        <source>The follower %1 is being created; it follows the new primary.</source>
        <translation>フォロワー %1 を作成中です。新しいプライマリをフォローします。</translation>
    </message>
    <message>
        <source>Deprovision the Old Primary</source>
        <translation>古いプライマリのプロビジョニング解除</translation>
    </message>
    <message>
        <source>%1 and all its data will be destroyed. Reassign its dataclips to the new database first.</source>
        <translation>%1 とそのすべてのデータが破棄されます。先にデータクリップを新しいデータベースに再割り当てしてください。</translation>
    </message>
    <message>
        <source>%1 is being deprovisioned.</source>
        <translation>%1 のプロビジョニングを解除しています。</translation>
    </message>
</context>
<context>
    <name>hpg::OverviewPage</name>
    <message>
        <source>Off</source>
        <extracomment>automatic refresh of the overview: not at all</extracomment>
        <translation>オフ</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is still being provisioned. It appears here once it is available.</source>
        <translation>データベース %1 はまだプロビジョニング中です。利用可能になるとここに表示されます。</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
</context>
<context>
    <name>hpg::PgSessionError</name>
    <message>
        <source>The server and hpgdesk do not agree on SSL: a secure connection is required and could not be made.</source>
        <translation>SSL の設定がサーバーと hpgdesk で一致しません。安全な接続が必要ですが、確立できませんでした。</translation>
    </message>
    <message>
        <source>The server refused the login: the credential may have been rotated or the database may no longer exist.</source>
        <translation>サーバーがログインを拒否しました。資格情報がローテーションされたか、データベースが存在しない可能性があります。</translation>
    </message>
    <message>
        <source>The database server cannot be reached: the connection was refused or the host is unknown.</source>
        <translation>データベースサーバーに接続できません。接続が拒否されたか、ホストが不明です。</translation>
    </message>
    <message>
        <source>The database server did not answer in time.</source>
        <translation>データベースサーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The database server does not accept connections right now.</source>
        <translation>データベースサーバーは現在接続を受け付けていません。</translation>
    </message>
    <message>
        <source>Could not connect to the database.</source>
        <translation>データベースに接続できませんでした。</translation>
    </message>
    <message>
        <source>The database server did not answer within %1 seconds.</source>
        <translation>データベースサーバーが %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Permission denied: this credential may not do that.</source>
        <translation>権限がありません。この資格情報ではその操作はできません。</translation>
    </message>
    <message>
        <source>The statement was canceled.</source>
        <translation>ステートメントはキャンセルされました。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>データベースサーバーとの接続が切れました。</translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>ステートメントが失敗しました。</translation>
    </message>
    <message>
        <source>Not connected to the database.</source>
        <translation>データベースに接続していません。</translation>
    </message>
</context>
<context>
    <name>hpg::PgToolFinder</name>
    <message>
        <source>No pg_dump and pg_restore were found on PATH or in the usual places. Install the PostgreSQL %1 client programs (or newer) and try again. If you use Postgres.app, add %2 to your PATH.</source>
        <translation>PATH にも通常の場所にも pg_dump と pg_restore が見つかりません。PostgreSQL %1 (以降) のクライアントプログラムをインストールしてから、もう一度お試しください。Postgres.app を使っている場合は、%2 を PATH に追加してください。</translation>
    </message>
    <message>
        <source>The database runs PostgreSQL %1, but the newest pg_dump found is version %2. pg_dump must be version %3 or newer: install the PostgreSQL %3 client programs, or put their directory first in your PATH. If you use Postgres.app, add %4 to your PATH.</source>
        <translation>データベースは PostgreSQL %1 で動作していますが、見つかった最新の pg_dump はバージョン %2 です。pg_dump はバージョン %3 以降である必要があります。PostgreSQL %3 のクライアントプログラムをインストールするか、そのディレクトリを PATH の先頭に置いてください。Postgres.app を使っている場合は、%4 を PATH に追加してください。</translation>
    </message>
    <message>
        <source>pg_dump %1 cannot dump a server running PostgreSQL %2. Install the PostgreSQL %3 client programs (or newer), or put their directory first in your PATH. If you use Postgres.app, add %4 to your PATH.</source>
        <translation>pg_dump %1 では PostgreSQL %2 で動作するサーバーをダンプできません。PostgreSQL %3 (以降) のクライアントプログラムをインストールするか、そのディレクトリを PATH の先頭に置いてください。Postgres.app を使っている場合は、%4 を PATH に追加してください。</translation>
    </message>
    <message>
        <source>With Homebrew they come with the package postgresql@%1.</source>
        <translation>Homebrew では postgresql@%1 パッケージに含まれています。</translation>
    </message>
    <message>
        <source>The PostgreSQL %1 installer from https://www.postgresql.org/download/windows/ includes them.</source>
        <translation>https://www.postgresql.org/download/windows/ の PostgreSQL %1 インストーラーに含まれています。</translation>
    </message>
    <message>
        <source>On Debian and Ubuntu they are the package postgresql-client-%1 from the PostgreSQL apt repository (https://apt.postgresql.org); on Red Hat and Fedora, the package postgresql%1 from https://yum.postgresql.org.</source>
        <translation>Debian と Ubuntu では PostgreSQL の apt リポジトリ (https://apt.postgresql.org) の postgresql-client-%1 パッケージ、Red Hat と Fedora では https://yum.postgresql.org の postgresql%1 パッケージです。</translation>
    </message>
</context>
<context>
    <name>hpg::PlanChange</name>
    <message>
        <source>Check the database, its plan and Heroku Connect</source>
        <translation>データベース、そのプラン、Heroku Connect を確認する</translation>
    </message>
    <message>
        <source>%1 is on %2: Heroku prepares the new database, then a changeover maintenance moves to it.</source>
        <translation>%1 は %2 です。Heroku が新しいデータベースを準備し、切り替えのメンテナンスで移行します。</translation>
    </message>
    <message>
        <source>%1 is on %2: the plan changes at once; the database is read-only for a few minutes.</source>
        <translation>%1 は %2 です。プランはすぐに変更され、データベースは数分間読み取り専用になります。</translation>
    </message>
    <message>
        <source>The database is already on %1.</source>
        <translation>データベースはすでに %1 です。</translation>
    </message>
    <message>
        <source>%1 to %2 crosses the Essential tier: addons:upgrade cannot do that. Use pg:copy, as the Dev Center says: create a database on %2, put %3 in maintenance mode, copy with heroku pg:copy, then promote the copy (about 3 minutes of down time per GB).</source>
        <translation>%1 から %2 への変更は Essential 層をまたぐため、addons:upgrade ではできません。Dev Center のとおり pg:copy を使ってください: %2 のデータベースを作成し、%3 をメンテナンスモードにして、heroku pg:copy でコピーしてから、コピーをプロモートします (ダウンタイムは 1 GB あたり約 3 分)。</translation>
    </message>
    <message>
        <source>%1 is not a Heroku Postgres plan that hpgdesk knows.</source>
        <translation>%1 は hpgdesk が知らない Heroku Postgres のプランです。</translation>
    </message>
    <message>
        <source>%1 is now on %2 (it was on %3).</source>
        <translation>%1 は %2 になりました (変更前は %3)。</translation>
    </message>
    <message>
        <source>Followers of the database (%1) are moved to the new database by Heroku; restart the apps that read from them if they hold connections.</source>
        <translation>データベースのフォロワー (%1) は Heroku が新しいデータベースに移します。フォロワーから読み取るアプリが接続を保持している場合は、再起動してください。</translation>
    </message>
    <message>
        <source>Plan change of %1 to %2</source>
        <translation>%1 の %2 へのプラン変更</translation>
    </message>
    <message>
        <source>Heroku ran the changeover in the maintenance window; the app was not put in maintenance mode by hpgdesk.</source>
        <translation>Heroku がメンテナンスウィンドウで切り替えを実行しました。hpgdesk はアプリをメンテナンスモードにしていません。</translation>
    </message>
</context>
<context>
    <name>hpg::PlanChangeChoosePage</name>
    <message>
        <source>Change Plan</source>
        <translation>プランの変更</translation>
    </message>
    <message>
        <source>Choose the database and its new plan. hpgdesk takes the route the Dev Center recommends: heroku addons:upgrade.</source>
        <translation>データベースと新しいプランを選んでください。hpgdesk は Dev Center が推奨する方法 (heroku addons:upgrade) を使います。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Loading the databases of %1…</source>
        <translation>%1 のデータベースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Route: heroku addons:upgrade. Within the Essential tier the change starts at once; the database is read-only for a few minutes while it changes. With maintenance mode, the app does not fail writes meanwhile.</source>
        <translation>方法: heroku addons:upgrade。Essential 層内では変更がすぐに始まり、変更中の数分間データベースは読み取り専用になります。メンテナンスモードにすると、その間アプリの書き込みは失敗しません。</translation>
    </message>
    <message>
        <source>Route: heroku addons:upgrade, as the Dev Center recommends. Heroku prepares the new database while the app runs (this can take hours), then a changeover maintenance moves to it; followers move with it. The app is down only during the changeover, usually less than a minute. Without maintenance mode, the changeover needs the app name typed, as data:maintenances:run --confirm does.</source>
        <translation>方法: Dev Center が推奨する heroku addons:upgrade。アプリの稼働中に Heroku が新しいデータベースを準備し (数時間かかることがあります)、切り替えのメンテナンスで移行します。フォロワーも一緒に移ります。アプリが停止するのは切り替えの間だけで、通常は 1 分未満です。メンテナンスモードを使わない場合、data:maintenances:run --confirm と同様に、切り替えにはアプリ名の入力が必要です。</translation>
    </message>
    <message>
        <source>Same as: %1</source>
        <translation>Heroku CLI で同じことを行うコマンド: %1</translation>
    </message>
    <message>
        <source>Price: %1 a month now, %2 a month on the new plan.</source>
        <translation>料金: 現在は月額 %1、新しいプランでは月額 %2。</translation>
    </message>
    <message>
        <source>Changing the maintenance window…</source>
        <translation>メンテナンスウィンドウを変更しています…</translation>
    </message>
    <message>
        <source>Heroku Connect (%1): the Heroku Connect maintenance page says addons:upgrade works like an HA failover, which Heroku Connect handles on its own. With maintenance mode, hpgdesk still pauses it while the app is down and resumes it afterwards.</source>
        <translation>Heroku Connect (%1): Heroku Connect のメンテナンスのページによると、addons:upgrade は HA フェイルオーバーと同じ動作なので、Heroku Connect はこの操作を透過的に処理します。メンテナンスモードを使う場合、hpgdesk はアプリの停止中に Heroku Connect を一時停止し、その後再開します。</translation>
    </message>
    <message>
        <source>Heroku Connect (%1): as the Heroku Connect maintenance page says for pg:copy, it is paused together with maintenance mode and resumed when the app comes back.</source>
        <translation>Heroku Connect (%1): Heroku Connect のメンテナンスのページが pg:copy について述べているとおり、メンテナンスモードと同時に一時停止し、アプリを戻すときに再開します。</translation>
    </message>
    <message>
        <source>From the Essential tier to another, the same page says the connection must be deleted and created again on the new database afterwards.</source>
        <translation>同じページによると、Essential 層から別の層へ移る場合は、既存の接続を削除し、新しいデータベースで接続を作成し直す必要があります。</translation>
    </message>
    <message>
        <source>The copy replaces the app&apos;s DATABASE_URL: choose the database attached as DATABASE.</source>
        <translation>コピーはアプリの DATABASE_URL を置き換えます。DATABASE としてアタッチされているデータベースを選んでください。</translation>
    </message>
    <message>
        <source>Route: heroku pg:copy, as the Dev Center gives for %1 to %2: a new database on %2 is created while the app runs; then the app goes into maintenance mode (dynos scaled down, Heroku Connect paused), the data is copied, checked and the copy becomes DATABASE_URL, and the app comes back. The old database is kept; followers must be created again on the new one.</source>
        <translation>経路: heroku pg:copy (Dev Center が %1 から %2 への変更に示す経路)。アプリの稼働中に %2 の新しいデータベースを作成し、アプリをメンテナンスモードにして (dyno をスケールダウンし、Heroku Connect を一時停止)、データをコピーして確認し、コピーを DATABASE_URL にしてからアプリを戻します。古いデータベースは残ります。フォロワーは新しいデータベースに作成し直す必要があります。</translation>
    </message>
    <message>
        <source>Estimated down time for %1: %2 (the last copy on this account moved %3/s).</source>
        <translation>%1 の推定ダウンタイム: %2 (このアカウントでの前回のコピーは毎秒 %3)。</translation>
    </message>
    <message>
        <source>Estimated down time for %1: %2 (the Dev Center&apos;s rule of thumb: about 3 minutes per GB).</source>
        <translation>%1 の推定ダウンタイム: %2 (Dev Center の目安: 1 GB あたり約 3 分)。</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>ウィンドウ: %1</translation>
    </message>
    <message>
        <source>Reading the maintenance window…</source>
        <translation>メンテナンスウィンドウを読み込んでいます…</translation>
    </message>
    <message>
        <source>Route: heroku addons:upgrade, as the Dev Center recommends. Heroku prepares the new database while the app runs, then runs the changeover itself in the maintenance window (%1); the app is not put in maintenance mode by hpgdesk. The wizard waits until then; you can close it and resume the run later.</source>
        <translation>経路: heroku addons:upgrade (Dev Center の推奨)。アプリの稼働中に Heroku が新しいデータベースを準備し、メンテナンスウィンドウ (%1) で Heroku 自身が切り替えを実行します。hpgdesk はアプリをメンテナンスモードにしません。ウィザードはそれまで待ちます。閉じて、後で実行を再開することもできます。</translation>
    </message>
</context>
<context>
    <name>hpg::PlanChangeSteps</name>
    <message>
        <source>Ask Heroku to prepare %1 on %2</source>
        <translation>%1 の %2 の準備を Heroku に依頼する</translation>
    </message>
    <message>
        <source>Change the plan of the database of %1 to %2</source>
        <translation>%1 のデータベースのプランを %2 に変更する</translation>
    </message>
    <message>
        <source>The database is on %1.</source>
        <translation>データベースは %1 です。</translation>
    </message>
    <message>
        <source>The plan change to %1 was accepted.</source>
        <translation>%1 へのプラン変更が受け付けられました。</translation>
    </message>
    <message>
        <source>Wait until Heroku has prepared the new database (the app keeps running)</source>
        <translation>Heroku が新しいデータベースを準備するまで待つ (アプリは稼働を続けます)</translation>
    </message>
    <message>
        <source>The changeover is ready to run.</source>
        <translation>切り替えを実行する準備ができました。</translation>
    </message>
    <message>
        <source>Run the changeover: the new database takes over</source>
        <translation>切り替えを実行する: 新しいデータベースが引き継ぎます</translation>
    </message>
    <message>
        <source>The changeover is running or done.</source>
        <translation>切り替えは実行中か完了しています。</translation>
    </message>
    <message>
        <source>Wait until the database is on %1 and available</source>
        <translation>データベースが %1 になり利用可能になるまで待つ</translation>
    </message>
    <message>
        <source>The database is on %1; the change is under way.</source>
        <translation>データベースは %1 です。変更を実行中です。</translation>
    </message>
    <message>
        <source>The database is on %1 and available.</source>
        <translation>データベースは %1 になり、利用可能です。</translation>
    </message>
    <message>
        <source>The database is not available yet: %1</source>
        <translation>データベースはまだ利用できません: %1</translation>
    </message>
    <message>
        <source>Wait until the dynos of %1 have stopped</source>
        <translation>%1 の dyno が停止するまで待つ</translation>
    </message>
    <message>
        <source>The dynos have stopped.</source>
        <translation>dyno が停止しました。</translation>
    </message>
    <message>
        <source>A changeover to %1 is being prepared.</source>
        <translation>%1 への切り替えを準備中です。</translation>
    </message>
    <message>
        <source>A changeover to %1 is ready.</source>
        <translation>%1 への切り替えの準備ができています。</translation>
    </message>
    <message>
        <source>Heroku is preparing the new database.</source>
        <translation>Heroku が新しいデータベースを準備しています。</translation>
    </message>
    <message>
        <source>Heroku reports no changeover yet (maintenance status: %1).</source>
        <translation>Heroku からはまだ切り替えが報告されていません (メンテナンスの状態: %1)。</translation>
    </message>
    <message>
        <source>Wait for the maintenance window: Heroku runs the changeover then</source>
        <translation>メンテナンスウィンドウを待つ: そのとき Heroku が切り替えを実行します</translation>
    </message>
    <message>
        <source>Heroku is running the changeover now.</source>
        <translation>Heroku が切り替えを実行しています。</translation>
    </message>
    <message>
        <source>Heroku has run the changeover to %1.</source>
        <translation>Heroku が %1 への切り替えを実行しました。</translation>
    </message>
    <message>
        <source>The changeover waits for the maintenance window.</source>
        <translation>切り替えはメンテナンスウィンドウを待っています。</translation>
    </message>
    <message>
        <source>Heroku runs the changeover in the maintenance window, at %1 (%2 UTC).</source>
        <translation>Heroku はメンテナンスウィンドウの %1 (UTC では %2) に切り替えを実行します。</translation>
    </message>
</context>
<context>
    <name>hpg::PlanChangeWizard</name>
    <message>
        <source>Change the Plan of a Database of %1</source>
        <translation>%1 のデータベースのプラン変更</translation>
    </message>
    <message>
        <source>The new database is ready</source>
        <translation>新しいデータベースの準備ができました</translation>
    </message>
    <message>
        <source>Heroku has prepared the new database of %1. The changeover runs now.</source>
        <translation>Heroku が %1 の新しいデータベースを準備しました。これから切り替えを実行します。</translation>
    </message>
    <message>
        <source>Cancel the C&amp;opy…</source>
        <translation>コピーをキャンセル(&amp;O)…</translation>
    </message>
    <message>
        <source>Cancel the Copy</source>
        <translation>コピーのキャンセル</translation>
    </message>
    <message>
        <source>Cancel the copy and bring %1 back on its old database? Its data is unchanged; the app comes back as it was (formation, maintenance mode off, Heroku Connect resumed).</source>
        <translation>コピーをキャンセルして、%1 を古いデータベースのまま元に戻しますか? データは変更されていません。アプリは元どおりに戻ります (formation、メンテナンスモードのオフ、Heroku Connect の再開)。</translation>
    </message>
    <message>
        <source>Go On Copying</source>
        <translation>コピーを続ける</translation>
    </message>
    <message>
        <source>Also destroy the new database %1 (it holds a partial copy)</source>
        <translation>新しいデータベース %1 も削除する (途中までのコピーが入っています)</translation>
    </message>
</context>
<context>
    <name>hpg::PromoteDatabase</name>
    <message>
        <source>%1 already is DATABASE_URL on %2: there is nothing to promote.</source>
        <translation>%1 はすでに %2 の DATABASE_URL です。プロモートするものはありません。</translation>
    </message>
    <message>
        <source>%1 has no DATABASE_URL yet.</source>
        <translation>%1 にはまだ DATABASE_URL がありません。</translation>
    </message>
    <message>
        <source>DATABASE_URL on %1 is %2 now.</source>
        <translation>%1 の DATABASE_URL は現在 %2 です。</translation>
    </message>
    <message>
        <source>DATABASE_URL on %1 changes to %2: this makes a release and restarts the app&apos;s dynos.</source>
        <translation>%1 の DATABASE_URL が %2 に変わります。これによりリリースが作成され、アプリの dyno が再起動されます。</translation>
    </message>
    <message>
        <source>The old primary %1 stays attached under another name and is still billed. Remove it with heroku addons:destroy when you no longer need it.</source>
        <translation>古いプライマリ %1 は別の名前でアタッチされたまま残り、引き続き料金が発生します。不要になったら heroku addons:destroy で削除してください。</translation>
    </message>
    <message>
        <source>Connection pools with another name than DATABASE_CONNECTION_POOL stay on the old primary: %1. Attach them to the new one afterwards (heroku pg:connection-pooling:attach DATABASE_URL --as NAME).</source>
        <translation>DATABASE_CONNECTION_POOL 以外の名前の接続プールは古いプライマリに残ります: %1。後で新しいプライマリにアタッチしてください (heroku pg:connection-pooling:attach DATABASE_URL --as NAME)。</translation>
    </message>
    <message>
        <source>Check the database and the app&apos;s current DATABASE_URL</source>
        <translation>データベースとアプリの現在の DATABASE_URL を確認する</translation>
    </message>
    <message>
        <source>%1 still follows %2: promoted, it would make DATABASE_URL a read-only database. Unfollow it first (Database ▸ Unfollow…), then promote it.</source>
        <translation>%1 はまだ %2 をフォローしています。プロモートすると DATABASE_URL が読み取り専用のデータベースになります。先にフォロー解除してから (データベース ▸ フォロー解除…) プロモートしてください。</translation>
    </message>
    <message>
        <source>Promote %1 on %2</source>
        <translation>%2 の %1 をプロモート</translation>
    </message>
    <message>
        <source>%1 is DATABASE_URL on %2.</source>
        <translation>%1 は %2 の DATABASE_URL です。</translation>
    </message>
    <message>
        <source>The old primary %1 is still attached to %2 under another name.</source>
        <translation>古いプライマリ %1 は別の名前で %2 にアタッチされたままです。</translation>
    </message>
</context>
<context>
    <name>hpg::PromoteSteps</name>
    <message>
        <source>Unfollow: make the follower a writable database</source>
        <translation>フォロー解除: フォロワーを書き込み可能なデータベースにする</translation>
    </message>
    <message>
        <source>The new database follows no leader.</source>
        <translation>新しいデータベースはどのリーダーもフォローしていません。</translation>
    </message>
    <message>
        <source>%1 stopped following %2.</source>
        <translation>%1 は %2 のフォローを解除しました。</translation>
    </message>
    <message>
        <source>%1 no longer follows the old primary; it is writable but not yet promoted.</source>
        <translation>%1 は古いプライマリをフォローしなくなりました。書き込み可能ですが、まだプロモートされていません。</translation>
    </message>
    <message>
        <source>Check that the new database is out of recovery</source>
        <translation>新しいデータベースがリカバリを終えたことを確認する</translation>
    </message>
    <message>
        <source>pg_is_in_recovery() is false: the database accepts writes.</source>
        <translation>pg_is_in_recovery() は false です。データベースは書き込みを受け付けます。</translation>
    </message>
    <message>
        <source>The database is still in recovery.</source>
        <translation>データベースはまだリカバリ中です。</translation>
    </message>
    <message>
        <source>Promote the new database to DATABASE_URL</source>
        <translation>新しいデータベースを DATABASE_URL にプロモートする</translation>
    </message>
    <message>
        <source>%1 is %2_URL on %3.</source>
        <translation>%1 は %3 の %2_URL です。</translation>
    </message>
    <message>
        <source>%1 is now %2_URL on %3.</source>
        <translation>%1 が %3 の %2_URL になりました。</translation>
    </message>
    <message>
        <source>%1 is %2_URL on %3; the old primary %4 still exists.</source>
        <translation>%1 は %3 の %2_URL です。古いプライマリ %4 はまだ存在します。</translation>
    </message>
    <message>
        <source>Attach the new database under the name Heroku Connect uses</source>
        <translation>Heroku Connect が使う名前で新しいデータベースをアタッチする</translation>
    </message>
</context>
<context>
    <name>hpg::PsqlLauncher</name>
    <message>
        <source>psql ended with an error. Press Enter to close this window.</source>
        <extracomment>shown in the terminal when psql ended with an error, before the window closes</extracomment>
        <translation>psql がエラーで終了しました。Enter キーを押すとこのウィンドウを閉じます。</translation>
    </message>
    <message>
        <source>psql was not found. Install the PostgreSQL client programs, or choose the directory that has them in Settings.</source>
        <translation>psql が見つかりません。PostgreSQL のクライアントプログラムをインストールするか、設定でそれがあるディレクトリを選んでください。</translation>
    </message>
    <message>
        <source>The temporary password file for psql could not be created: %1</source>
        <translation>psql 用の一時パスワードファイルを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The temporary password file for psql could not be written: %1</source>
        <translation>psql 用の一時パスワードファイルに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>No terminal was found to run psql in. Set the TERMINAL environment variable to your terminal program (it is started with -e and the command).</source>
        <translation>psql を実行するターミナルが見つかりません。環境変数 TERMINAL にお使いのターミナルプログラムを設定してください (-e とコマンドを付けて起動します)。</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>psql %1 opened for %2 in %3.</source>
        <translation>%3 で %2 の psql %1 を開きました。</translation>
    </message>
</context>
<context>
    <name>hpg::PullSetupPage</name>
    <message>
        <source>Pull a Heroku database</source>
        <translation>Heroku のデータベースをプル</translation>
    </message>
    <message>
        <source>Copies %1 into a new database on your own PostgreSQL server.</source>
        <translation>%1 をお使いの PostgreSQL サーバー上の新しいデータベースにコピーします。</translation>
    </message>
    <message>
        <source>Automatic: the faster mode for this database</source>
        <translation>自動: このデータベースで速いほうのモード</translation>
    </message>
    <message>
        <source>One stream, like the Heroku CLI</source>
        <translation>1 本のストリーム (Heroku CLI と同じ)</translation>
    </message>
    <message>
        <source>Parallel jobs (directory format)</source>
        <translation>並列ジョブ (ディレクトリ形式)</translation>
    </message>
    <message>
        <source>It must not exist yet: hpgdesk never overwrites a database.</source>
        <translation>まだ存在しない名前にしてください。hpgdesk がデータベースを上書きすることはありません。</translation>
    </message>
</context>
<context>
    <name>hpg::PushSetupPage</name>
    <message>
        <source>Push a local database to Heroku</source>
        <translation>ローカルデータベースを Heroku にプッシュ</translation>
    </message>
    <message>
        <source>Copies a database of your own PostgreSQL server into %1, which must be empty.</source>
        <translation>お使いの PostgreSQL サーバーのデータベースを %1 にコピーします。%1 は空である必要があります。</translation>
    </message>
    <message>
        <source>Listing the databases on %1…</source>
        <translation>%1 のデータベースを一覧表示しています…</translation>
    </message>
    <message>
        <source>Could not list the databases on %1: %2</source>
        <translation>%1 のデータベースを一覧表示できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) on this server.</source>
        <translation>
            <numerusform>このサーバーには %n 個のデータベースがあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::ResetDatabase</name>
    <message>
        <source>Heroku Connect (%1) syncs %2: a reset would delete its schema and mappings under it. Delete the connection first, or reset another database.</source>
        <translation>Heroku Connect (%1) が %2 を同期しています。リセットするとそのスキーマとマッピングが削除されてしまいます。先に接続を削除するか、別のデータベースをリセットしてください。</translation>
    </message>
    <message>
        <source>Resetting %1 deletes all of its data: every table, view and function. This cannot be undone.</source>
        <translation>%1 をリセットすると、すべてのテーブル、ビュー、関数を含むすべてのデータが削除されます。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>The followers %1 follow this database: they are emptied too.</source>
        <translation>フォロワー %1 がこのデータベースをフォローしています。フォロワーも空になります。</translation>
    </message>
    <message>
        <source>Other apps are attached to this database and lose their data too: %1.</source>
        <translation>ほかのアプリもこのデータベースにアタッチされており、そのデータも失われます: %1。</translation>
    </message>
    <message>
        <source>Heroku Connect could not be checked: %1</source>
        <translation>Heroku Connect を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Check the database, its followers, Heroku Connect and the apps attached to it</source>
        <translation>データベース、そのフォロワー、Heroku Connect、アタッチされたアプリを確認する</translation>
    </message>
    <message>
        <source>%1 is a follower of %2: a follower cannot be reset. Unfollow it first, or reset its leader.</source>
        <translation>%1 は %2 のフォロワーです。フォロワーはリセットできません。先にフォロー解除するか、リーダーをリセットしてください。</translation>
    </message>
    <message>
        <source>The database is %1 (%2).</source>
        <translation>データベースは %1 (%2) です。</translation>
    </message>
    <message>
        <source>Reset %1 on %2</source>
        <translation>%2 の %1 をリセット</translation>
    </message>
    <message>
        <source>%1 is empty: every table, view and function was deleted.</source>
        <translation>%1 は空です。すべてのテーブル、ビュー、関数が削除されました。</translation>
    </message>
</context>
<context>
    <name>hpg::ResponseShape</name>
    <message>
        <source>An entry of it is not an object.</source>
        <translation>その中に、オブジェクトではない項目があります。</translation>
    </message>
    <message>
        <source>The field “%1” is missing or is not text.</source>
        <translation>フィールド “%1” がないか、テキストではありません。</translation>
    </message>
    <message>
        <source>It holds a text of more than %1 characters, longer than any Heroku sends.</source>
        <translation>Heroku が送るどのテキストよりも長い、%1 文字を超えるテキストが含まれています。</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>hpg::RunMaintenance</name>
    <message>
        <source>Check the database, its scheduled maintenance and Heroku Connect</source>
        <translation>データベース、予定されたメンテナンス、Heroku Connect を確認する</translation>
    </message>
    <message>
        <source>%1 is an Essential-tier database: Heroku maintains it without a window, and its maintenances cannot be run by hand.</source>
        <translation>%1 は Essential 層のデータベースです。Heroku がウィンドウなしで保守するため、メンテナンスを手動で実行することはできません。</translation>
    </message>
    <message>
        <source>The maintenance of %1 is still being prepared; run it once it is ready.</source>
        <translation>%1 のメンテナンスはまだ準備中です。準備ができてから実行してください。</translation>
    </message>
    <message>
        <source>No maintenance is scheduled for %1.</source>
        <translation>%1 に予定されたメンテナンスはありません。</translation>
    </message>
    <message>
        <source>%1: %2, scheduled for %3 (required by %4).</source>
        <translation>%1: %2、予定 %3 (期限 %4)。</translation>
    </message>
    <message>
        <source>The maintenance of %1 has run.</source>
        <translation>%1 のメンテナンスが実行されました。</translation>
    </message>
    <message>
        <source>Maintenance of %1 on %2</source>
        <translation>%2 の %1 のメンテナンス</translation>
    </message>
</context>
<context>
    <name>hpg::Runbook</name>
    <message>
        <source>The run was resumed from its journal.</source>
        <translation>ジャーナルから実行を再開しました。</translation>
    </message>
    <message>
        <source>The run started.</source>
        <translation>実行を開始しました。</translation>
    </message>
    <message>
        <source>The run continues.</source>
        <translation>実行を続けます。</translation>
    </message>
    <message>
        <source>Confirmed by typing the app name %1.</source>
        <translation>アプリ名 %1 の入力で確認されました。</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <translation>すべてのステップが完了しました。</translation>
    </message>
    <message>
        <source>Not needed for this run.</source>
        <translation>この実行では不要です。</translation>
    </message>
    <message>
        <source>A condition for this step does not hold.</source>
        <translation>このステップの前提条件が満たされていません。</translation>
    </message>
    <message>
        <source>Gave up waiting after %1 seconds. Last status: %2</source>
        <translation>%1 秒待っても完了しなかったため、待つのをやめました。最後の状態: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Trying again in %1 s: %2</source>
        <translation>%1 秒後に再試行します: %2</translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <translation>ステップ「%1」が失敗しました: %2</translation>
    </message>
    <message>
        <source>Left in place:</source>
        <translation>残っているもの:</translation>
    </message>
    <message>
        <source>The run was paused.</source>
        <translation>実行を一時停止しました。</translation>
    </message>
    <message>
        <source>The run was stopped before the step “%1”.</source>
        <translation>ステップ「%1」の前で実行を停止しました。</translation>
    </message>
    <message>
        <source>The run was stopped.</source>
        <translation>実行を停止しました。</translation>
    </message>
    <message>
        <source>Nothing that this run changed is left in place.</source>
        <translation>この実行で変更したものは何も残っていません。</translation>
    </message>
    <message>
        <source>Checking whether an earlier attempt is still taking effect…</source>
        <translation>前回の試行がまだ反映中かどうかを確認しています…</translation>
    </message>
    <message>
        <source>Waiting for the app name %1 to be typed, before the down time, for: %2</source>
        <translation>ダウンタイムの前に、次のステップのためにアプリ名 %1 の入力を待っています: %2</translation>
    </message>
    <message>
        <source>Confirmed by typing the app name %1, before the down time, for: %2</source>
        <translation>ダウンタイムの前に、アプリ名 %1 の入力で次のステップを確認しました: %2</translation>
    </message>
    <message>
        <source>The run paused before “%1” because its journal could not be written: %2
Nothing was sent. Make the folder writable again (or free some disk space), then continue.</source>
        <translation>ジャーナルに書き込めなかったため、「%1」の前で実行を一時停止しました: %2
何も送信していません。フォルダーを書き込み可能に戻す (またはディスクの空きを作る) と、続行できます。</translation>
    </message>
    <message>
        <source>Waiting for the app name %1 to be typed.</source>
        <translation>アプリ名 %1 の入力を待っています。</translation>
    </message>
</context>
<context>
    <name>hpg::RunbookLock</name>
    <message>
        <source>Could not create the folder %1 for the runbook locks.</source>
        <translation>ランブックのロック用フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not take the runbook lock %1.</source>
        <translation>ランブックのロック %1 を取得できませんでした。</translation>
    </message>
    <message>
        <source>This run (%1 on %2, started %3) is open in another window. Use that window, or close it first.</source>
        <translation>この実行 (%2 の%1、%3 に開始) は別のウィンドウで開かれています。そのウィンドウを使うか、先に閉じてください。</translation>
    </message>
    <message>
        <source>Another runbook is running on this database. Let it finish, or close its window first.</source>
        <translation>このデータベースでは別のランブックが実行中です。完了を待つか、先にそのウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Another runbook is running on this database: %1 on %2, started %3. Let it finish, or close its window first.</source>
        <translation>このデータベースでは別のランブックが実行中です: %2 の%1 (%3 に開始)。完了を待つか、先にそのウィンドウを閉じてください。</translation>
    </message>
</context>
<context>
    <name>hpg::RunbookRegistry</name>
    <message>
        <source>Downtime (maintenance mode on to off): %1 s, of which %2 s waiting for a person.</source>
        <translation>ダウンタイム (メンテナンスモードのオンからオフまで): %1 秒、うち人の操作待ち %2 秒。</translation>
    </message>
</context>
<context>
    <name>hpg::RunbookResultPage</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Every step is done. What is left to do is below.</source>
        <translation>すべてのステップが完了しました。残りの作業は次のとおりです。</translation>
    </message>
    <message>
        <source>The downtime is not known.</source>
        <translation>ダウンタイムは不明です。</translation>
    </message>
    <message>
        <source>Downtime: %1 s (automated steps: %2 s; waiting for a person: %3 s).</source>
        <translation>ダウンタイム: %1 秒 (自動のステップ: %2 秒、人の操作待ち: %3 秒)。</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>記録のエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The transcript was written to %1.</source>
        <translation>記録を %1 に書き込みました。</translation>
    </message>
</context>
<context>
    <name>hpg::RunbookRunPage</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Steps run one after the other. Pause and Stop take effect between steps; every step checks the live state before it acts, so an interrupted run can be resumed safely.</source>
        <translation>ステップは順番に実行されます。一時停止と停止はステップの間で有効になります。各ステップは実行前に現在の状態を確認するため、中断した実行も安全に再開できます。</translation>
    </message>
    <message>
        <source>Show &amp;Result</source>
        <translation>結果を表示(&amp;R)</translation>
    </message>
    <message>
        <source>Behind By: unknown</source>
        <translation>Behind By: 不明</translation>
    </message>
    <message>
        <source>Behind By: %1 commits</source>
        <translation>Behind By: %1 コミット遅れ</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Left in place:</source>
        <translation>残っているもの:</translation>
    </message>
    <message>
        <source>Next step: “%1”.</source>
        <translation>次のステップ: 「%1」</translation>
    </message>
    <message>
        <source>Next step: “%1”, the same as: %2</source>
        <translation>次のステップ: 「%1」(Heroku CLI では %2)</translation>
    </message>
    <message>
        <source>This run was interrupted. Nothing is sent until you press Continue; every step checks the live state again before it acts.</source>
        <translation>この実行は中断されました。「続行」を押すまで何も送信しません。各ステップは実行前に現在の状態を確認し直します。</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>現在のステップの後で一時停止します…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>現在のステップの後で停止します…</translation>
    </message>
    <message>
        <source>Paused. Nothing runs until you continue.</source>
        <translation>一時停止中です。続行するまで何も実行されません。</translation>
    </message>
    <message>
        <source>Waiting for your confirmation.</source>
        <translation>確認を待っています。</translation>
    </message>
    <message>
        <source>A step failed. Fix the cause, then continue: the step checks the live state again before it acts.</source>
        <translation>ステップが失敗しました。原因を解消してから続行してください。ステップは実行前に現在の状態を確認し直します。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <translation>すべてのステップが完了しました。</translation>
    </message>
    <message>
        <source>%1 has been down for %2 s.</source>
        <translation>%1 は %2 秒間ダウンしています。</translation>
    </message>
    <message>
        <source>%1 has been down for %2 s. Still to run before it is back: %3</source>
        <translation>%1 は %2 秒間ダウンしています。復旧までに残っているステップ: %3</translation>
    </message>
    <message>
        <source>Down since %1 (%2 UTC).</source>
        <translation>%1 (UTC %2) からダウンしています。</translation>
    </message>
    <message>
        <source>“%1”, the same as: %2</source>
        <translation>「%1」(Heroku CLI では %2)</translation>
    </message>
    <message>
        <source>While %1 is down, these steps run and cannot be undone. Type the app name %2 now, before it goes down, so that none of them waits for you while it is down:</source>
        <translation>%1 のダウン中に次のステップが実行され、元に戻せません。ダウン中にどのステップもあなたの操作を待たないよう、ダウンする前の今、アプリ名 %2 を入力してください:</translation>
    </message>
    <message>
        <source>“%1” cannot be undone. To go on, type the app name %2.</source>
        <translation>「%1」は元に戻せません。続行するには、アプリ名 %2 を入力してください。</translation>
    </message>
    <message>
        <source>Same as: %1</source>
        <translation>Heroku CLI で同じことを行うコマンド: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hpg::SandboxLauncher</name>
    <message>
        <source>Could not start the sandbox (%1): %2</source>
        <translation>サンドボックスを起動できませんでした (%1): %2</translation>
    </message>
    <message>
        <source>hpgdesk-sandbox was not found beside hpgdesk or on PATH.</source>
        <translation>hpgdesk-sandbox が hpgdesk と同じ場所にも PATH にも見つかりません。</translation>
    </message>
    <message>
        <source>The sandbox stopped (exit code %1). %2</source>
        <translation>サンドボックスが停止しました (終了コード %1)。%2</translation>
    </message>
</context>
<context>
    <name>hpg::SecretServiceProbe</name>
    <message>
        <source>This session has no D-Bus session bus, so the system keychain (Secret Service) cannot be reached.</source>
        <translation>このセッションには D-Bus セッションバスがないため、システムのキーチェーン (Secret Service) に接続できません。</translation>
    </message>
    <message>
        <source>The D-Bus session bus cannot be reached, so the system keychain (Secret Service) cannot be used.</source>
        <translation>D-Bus セッションバスに接続できないため、システムのキーチェーン (Secret Service) を使用できません。</translation>
    </message>
    <message>
        <source>The D-Bus session bus does not answer, so the system keychain (Secret Service) cannot be used.</source>
        <translation>D-Bus セッションバスが応答しないため、システムのキーチェーン (Secret Service) を使用できません。</translation>
    </message>
    <message>
        <source>No keychain service (GNOME Keyring, KWallet or another Secret Service) runs in this session.</source>
        <translation>このセッションではキーチェーンサービス (GNOME Keyring、KWallet などの Secret Service) が動作していません。</translation>
    </message>
</context>
<context>
    <name>hpg::Session</name>
    <message>
        <source>The API token is empty.</source>
        <translation>API トークンが空です。</translation>
    </message>
    <message>
        <source>Heroku refused this API token. It may be mistyped, expired or revoked.</source>
        <translation>Heroku はこの API トークンを拒否しました。入力ミス、期限切れ、または取り消し済みの可能性があります。</translation>
    </message>
    <message>
        <source>The answer to GET /account had no email address; this does not look like the Heroku API.</source>
        <translation>GET /account の応答にメールアドレスがありません。Heroku API ではないようです。</translation>
    </message>
</context>
<context>
    <name>hpg::SessionChecks</name>
    <message>
        <source>This credential cannot see what %1 sessions of other roles are doing; they are left out. The default credential of a production plan (pg_monitor) sees them all.</source>
        <translation>この資格情報では、他のロールの %1 個のセッションの状態が見えないため、それらは含まれていません。本番プランのデフォルトの資格情報 (pg_monitor) ならすべて見えます。</translation>
    </message>
    <message>
        <source>Connections against the plan&apos;s limit</source>
        <translation>プランの上限に対する接続数</translation>
    </message>
    <message>
        <source>Yellow from 70 % of the limit, red from 90 %.</source>
        <translation>上限の 70 % 以上で黄、90 % 以上で赤。</translation>
    </message>
    <message>
        <source>%1 of %2 connections are in use; there is room.</source>
        <translation>%2 の接続のうち %1 が使用中です。余裕があります。</translation>
    </message>
    <message>
        <source>%1 of %2 connections are in use. When the limit is reached, new connections are refused and the app fails. Use a connection pool (pgbouncer or Heroku&apos;s connection pooling), lower each dyno&apos;s pool size, or move to a plan with more connections.</source>
        <translation>%2 の接続のうち %1 が使用中です。上限に達すると新しい接続は拒否され、アプリが失敗します。接続プール (pgbouncer または Heroku の接続プール) を使う、各 dyno のプールサイズを小さくする、または接続数の多いプランに移ってください。</translation>
    </message>
    <message>
        <source>Long-running queries</source>
        <translation>長時間実行中のクエリ</translation>
    </message>
    <message>
        <source>Yellow for a query running 1 min or more, red from 5 min.</source>
        <translation>1 分以上実行中のクエリがあれば黄、5 分以上なら赤。</translation>
    </message>
    <message>
        <source>No query has been running for a minute or more.</source>
        <translation>1 分以上実行中のクエリはありません。</translation>
    </message>
    <message>
        <source>%1 queries have been running for a minute or more (the longest for %2 s). Long queries hold locks and old snapshots, which keeps vacuum from cleaning up. Find them in the Sessions tab; cancel them, add the index they need, or set a statement_timeout.</source>
        <translation>1 分以上実行中のクエリが %1 個あります (最長 %2 秒)。長いクエリはロックと古いスナップショットを保持し続けるため、VACUUM による回収を妨げます。セッションタブで見つけてキャンセルするか、必要なインデックスを追加するか、statement_timeout を設定してください。</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>トランザクション中で待機</translation>
    </message>
    <message>
        <source>Yellow for a session idle in a transaction for 30 s or more, red from 1 min.</source>
        <translation>トランザクション中に 30 秒以上アイドルのセッションがあれば黄、1 分以上なら赤。</translation>
    </message>
    <message>
        <source>No session has been idle in an open transaction for 30 s or more.</source>
        <translation>開いたトランザクションのまま 30 秒以上アイドルのセッションはありません。</translation>
    </message>
    <message>
        <source>%1 sessions opened a transaction and then did nothing (the longest for %2 s). They hold their locks and keep vacuum from removing dead rows, so tables bloat. Fix the app so that it commits or rolls back, terminate the sessions in the Sessions tab, or set idle_in_transaction_session_timeout.</source>
        <translation>%1 個のセッションがトランザクションを開いたまま何もしていません (最長 %2 秒)。ロックを保持し続け、VACUUM によるデッド行の削除を妨げるため、テーブルが肥大化します。コミットまたはロールバックするようにアプリを修正するか、セッションタブでセッションを強制終了するか、idle_in_transaction_session_timeout を設定してください。</translation>
    </message>
    <message>
        <source>Blocked queries</source>
        <translation>ブロックされたクエリ</translation>
    </message>
    <message>
        <source>Yellow for a query waiting 5 s or more for another session&apos;s lock, red from 1 min.</source>
        <translation>他のセッションのロックを 5 秒以上待っているクエリがあれば黄、1 分以上なら赤。</translation>
    </message>
    <message>
        <source>No query has been waiting for another session&apos;s lock for 5 s or more.</source>
        <translation>他のセッションのロックを 5 秒以上待っているクエリはありません。</translation>
    </message>
    <message>
        <source>%1 queries wait for locks held by other sessions (the longest for %2 s). Look at the blocking session in the Sessions tab: end its transaction or terminate it, and keep transactions that take strong locks (migrations, ALTER TABLE) short.</source>
        <translation>%1 個のクエリが他のセッションのロックを待っています (最長 %2 秒)。セッションタブでブロックしているセッションを確認し、そのトランザクションを終わらせるか強制終了してください。強いロックを取るトランザクション (マイグレーション、ALTER TABLE) は短く保ってください。</translation>
    </message>
</context>
<context>
    <name>hpg::SessionTexts</name>
    <message>
        <source>Session %1 of user %2, application %3, client %4.</source>
        <translation>ユーザー %2、アプリケーション %3、クライアント %4 のセッション %1 です。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>ローカルソケット</translation>
    </message>
    <message>
        <source>State: %1. Backend type: %2. Database: %3.</source>
        <translation>状態: %1。バックエンドの種類: %2。データベース: %3。</translation>
    </message>
    <message>
        <source>Waiting for: %1.</source>
        <translation>待機対象: %1。</translation>
    </message>
    <message>
        <source>Blocked by session %1.</source>
        <translation>セッション %1 にブロックされています。</translation>
    </message>
    <message>
        <source>Transaction started at %1 (running for %2).</source>
        <translation>トランザクションは %1 に開始しました (実行時間 %2)。</translation>
    </message>
    <message>
        <source>Query started at %1.</source>
        <translation>クエリは %1 に開始しました。</translation>
    </message>
    <message>
        <source>The query of session %1 could not be canceled: %2</source>
        <translation>セッション %1 のクエリをキャンセルできませんでした: %2</translation>
    </message>
    <message>
        <source>Session %1 could not be terminated: %2</source>
        <translation>セッション %1 を強制終了できませんでした: %2</translation>
    </message>
    <message>
        <source>Session %1 no longer exists; nothing was canceled.</source>
        <translation>セッション %1 はもう存在しません。何もキャンセルされませんでした。</translation>
    </message>
    <message>
        <source>Session %1 no longer exists; nothing was terminated.</source>
        <translation>セッション %1 はもう存在しません。何も強制終了されませんでした。</translation>
    </message>
    <message>
        <source>The query of session %1 was asked to stop.</source>
        <translation>セッション %1 のクエリに停止を要求しました。</translation>
    </message>
    <message>
        <source>Session %1 was terminated.</source>
        <translation>セッション %1 を強制終了しました。</translation>
    </message>
    <message>
        <source>Session %1 was asked to terminate and has not ended yet.</source>
        <translation>セッション %1 に強制終了を要求しましたが、まだ終了していません。</translation>
    </message>
</context>
<context>
    <name>hpg::SessionsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 日 %2</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>ローカルソケット</translation>
    </message>
    <message>
        <source>Waiting for session %1.</source>
        <translation>セッション %1 を待っています。</translation>
    </message>
    <message>
        <source>Running for %1.</source>
        <translation>実行開始から %1 経過しています。</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Backend Type</source>
        <translation>バックエンドの種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Waiting For</source>
        <translation>待機対象</translation>
    </message>
    <message>
        <source>Transaction Start</source>
        <translation>トランザクション開始</translation>
    </message>
    <message>
        <source>Running For</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <source>Query Start</source>
        <translation>クエリ開始</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
</context>
<context>
    <name>hpg::SessionsPage</name>
    <message>
        <source>Updated at %1 in %2 ms.</source>
        <translation>%1 に更新しました (%2 ミリ秒)。</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1 They are read again at the next refresh.</source>
        <translation>セッションを読み取れませんでした: %1 次の更新で再度読み取ります。</translation>
    </message>
    <message>
        <source>Connections: %1 / %2</source>
        <translation>接続数: %1 / %2</translation>
    </message>
    <message>
        <source>Client connections to the server, against the plan&apos;s limit of %1.</source>
        <translation>サーバーへのクライアント接続数です (上限はプランの %1)。</translation>
    </message>
    <message>
        <source>Client connections to the server, against its max_connections of %1.</source>
        <translation>サーバーへのクライアント接続数です (上限は max_connections の %1)。</translation>
    </message>
    <message>
        <source>Cancel Query…</source>
        <translation>クエリをキャンセル…</translation>
    </message>
    <message>
        <source>Terminate Session…</source>
        <translation>セッションを強制終了…</translation>
    </message>
    <message>
        <source>Copy Query</source>
        <translation>クエリをコピー</translation>
    </message>
    <message>
        <source>Copy PID</source>
        <translation>PID をコピー</translation>
    </message>
    <message>
        <source>Cancel Query</source>
        <translation>クエリのキャンセル</translation>
    </message>
    <message>
        <source>Cancel the query that session %1 is running?</source>
        <translation>セッション %1 が実行中のクエリをキャンセルしますか?</translation>
    </message>
    <message>
        <source>The session stays connected; only its current statement stops. The same with the Heroku CLI: %1</source>
        <translation>セッションは接続したままで、現在のステートメントだけが止まります。Heroku CLI で同じことを行うコマンド: %1</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>実行を続ける</translation>
    </message>
    <message>
        <source>session %1 (%2)</source>
        <translation>セッション %1 (%2)</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>セッション %1</translation>
    </message>
    <message>
        <source>This disconnects %1 from %2 and rolls back its open transaction.</source>
        <translation>%1 を %2 から切断し、開いているトランザクションをロールバックします。</translation>
    </message>
    <message>
        <source>Terminate Root Blocker</source>
        <translation>根本のブロッカーの強制終了</translation>
    </message>
    <message>
        <source>Terminate Session</source>
        <translation>セッションの強制終了</translation>
    </message>
    <message>
        <source>The same with the Heroku CLI: %1</source>
        <translation>Heroku CLI で同じことを行うコマンド: %1</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>強制終了</translation>
    </message>
    <message>
        <source>Every connection to %1, for every credential, is terminated: your apps&apos; connections too. Apps reconnect on their own if they are built to.</source>
        <translation>すべての資格情報による %1 へのすべての接続が強制終了されます。アプリの接続も含まれます。アプリが再接続するように作られていれば、自動で再接続します。</translation>
    </message>
    <message>
        <source>Kill All Connections</source>
        <translation>すべての接続の強制終了</translation>
    </message>
    <message>
        <source>Resetting every connection to %1…</source>
        <translation>%1 へのすべての接続をリセットしています…</translation>
    </message>
    <message>
        <source>Every connection to %1 was reset.</source>
        <translation>%1 へのすべての接続をリセットしました。</translation>
    </message>
    <message>
        <source>The connections to %1 could not be reset: %2</source>
        <translation>%1 への接続をリセットできませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>It blocks %n other session(s).</source>
        <translation>
            <numerusform>ほかの %n 個のセッションをブロックしています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpg::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>消去しない</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <extracomment>colours: follow the desktop&apos;s light or dark setting</extracomment>
        <translation>デスクトップに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 日</translation>
    </message>
</context>
<context>
    <name>hpg::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>No Heroku API token was found in %1.</source>
        <translation>%1 に Heroku API トークンが見つかりませんでした。</translation>
    </message>
    <message>
        <source>A token was imported from %1. Choose Sign In to check it.</source>
        <translation>%1 からトークンをインポートしました。「サインイン」を選ぶと確認します。</translation>
    </message>
    <message>
        <source>Enter an API token first.</source>
        <translation>先に API トークンを入力してください。</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>%1 でトークンを確認しています…</translation>
    </message>
</context>
<context>
    <name>hpg::StatementChecks</name>
    <message>
        <source>pg_stat_statements is not installed in this database. To see which statements take the most time, run CREATE EXTENSION pg_stat_statements; as the default credential (heroku pg:psql), then run the diagnosis again after the app has done some work.</source>
        <translation>このデータベースには pg_stat_statements がインストールされていません。どのステートメントが最も時間を使っているかを見るには、デフォルトの資格情報で CREATE EXTENSION pg_stat_statements; を実行し (heroku pg:psql)、アプリがしばらく動いた後にもう一度診断してください。</translation>
    </message>
    <message>
        <source>This credential sees the text of its own statements only; the others show as &lt;insufficient privilege&gt;.</source>
        <translation>この資格情報では自分のステートメントのテキストしか見えません。他のものは &lt;insufficient privilege&gt; と表示されます。</translation>
    </message>
    <message>
        <source>Statements that take the most time (outliers)</source>
        <translation>最も時間を使っているステートメント (outliers)</translation>
    </message>
    <message>
        <source>Yellow when one of the ten takes 1 s or more on average.</source>
        <translation>上位 10 件のうち平均 1 秒以上かかるものがあれば黄。</translation>
    </message>
    <message>
        <source>No frequent statement is slow on average; the first one takes %1 % of the time.</source>
        <translation>平均して遅いステートメントはありません。先頭のステートメントが全体の時間の %1 % を使っています。</translation>
    </message>
    <message>
        <source>A statement takes %1 ms on average. Run EXPLAIN (ANALYZE, BUFFERS) on it to see whether it lacks an index or reads too much; the first statement takes %2 % of all the time spent.</source>
        <translation>平均 %1 ミリ秒かかるステートメントがあります。EXPLAIN (ANALYZE, BUFFERS) を実行して、インデックスが足りないのか読み取りが多すぎるのかを確認してください。先頭のステートメントが全体の時間の %2 % を使っています。</translation>
    </message>
    <message>
        <source>Most-called statements</source>
        <translation>最も呼び出されているステートメント</translation>
    </message>
    <message>
        <source>For information: the ten statements called most often.</source>
        <translation>参考情報: 最もよく呼び出されている 10 件のステートメント。</translation>
    </message>
    <message>
        <source>The most-called statement ran %1 times. A statement called far more often than expected often means an N+1 query in the app.</source>
        <translation>最も呼び出されているステートメントは %1 回実行されました。想定よりはるかに多く呼び出されている場合、アプリに N+1 クエリがあることがよくあります。</translation>
    </message>
    <message>
        <source>Follower lag</source>
        <translation>フォロワーの遅れ</translation>
    </message>
    <message>
        <source>Yellow from 16 MB of WAL or 1 min behind, red from 1 GB or 10 min.</source>
        <translation>WAL で 16 MB 以上または 1 分以上遅れていれば黄、1 GB 以上または 10 分以上なら赤。</translation>
    </message>
    <message>
        <source>This database has no followers streaming from it.</source>
        <translation>このデータベースからストリーミングしているフォロワーはありません。</translation>
    </message>
    <message>
        <source>This credential may not read the followers&apos; replication state (pg_stat_replication); it needs pg_monitor, which the default credential of a production plan has.</source>
        <translation>この資格情報ではフォロワーのレプリケーションの状態 (pg_stat_replication) を読み取れません。本番プランのデフォルトの資格情報が持つ pg_monitor が必要です。</translation>
    </message>
    <message>
        <source>This follower is %1 behind its leader.</source>
        <translation>このフォロワーはリーダーから %1 遅れています。</translation>
    </message>
    <message>
        <source>The followers are at most %1 behind.</source>
        <translation>フォロワーの遅れは最大 %1 です。</translation>
    </message>
    <message>
        <source>A follower is %1 (%2 s) behind. Reads from it see old data, and a switch to it would wait for it to catch up. Look for heavy writes (bulk loads, migrations) or long queries on the follower.</source>
        <translation>フォロワーが %1 (%2 秒) 遅れています。そこからの読み取りは古いデータを返し、フォロワーの切り替えは追いつくまで待つことになります。大量の書き込み (一括ロード、マイグレーション) やフォロワー上の長いクエリを確認してください。</translation>
    </message>
</context>
<context>
    <name>hpg::SwitchChoosePage</name>
    <message>
        <source>Database and Target Plan</source>
        <translation>データベースとターゲットのプラン</translation>
    </message>
    <message>
        <source>A follower on the new plan catches up with the database, then takes its place in a short maintenance window.</source>
        <translation>新しいプランのフォロワーがデータベースに追いつき、短いメンテナンスの間にその役割を引き継ぎます。</translation>
    </message>
    <message>
        <source>Loading the databases of %1…</source>
        <translation>%1 のデータベースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Provision a new follower</source>
        <translation>新しいフォロワーをプロビジョニングする</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>Use the existing follower %1</source>
        <translation>既存のフォロワー %1 を使う</translation>
    </message>
    <message>
        <source>Stay on this app (follower switch)</source>
        <translation>このアプリのまま (フォロワーの切り替え)</translation>
    </message>
    <message>
        <source>%1 in the Private Space %2 (migration)</source>
        <translation>Private Space %2 の %1 (移行)</translation>
    </message>
    <message>
        <source>No plan of this kind can be installed in the Private Space %1.</source>
        <translation>この種類のプランは Private Space %1 にはインストールできません。</translation>
    </message>
    <message>
        <source>A follower of %1 on %2 is provisioned on %3, in the Private Space %4, and catches up with it. Then %5 goes into maintenance mode, its dynos are stopped, and the follower becomes the DATABASE_URL of %3. %5 stays in maintenance mode; %1 stays until you deprovision it.</source>
        <translation>%1 のフォロワーを %2 プランで Private Space %4 内の %3 にプロビジョニングし、%1 に追いつくのを待ちます。次に %5 をメンテナンスモードにして dyno を停止し、フォロワーを %3 の DATABASE_URL にします。%5 はメンテナンスモードのままです。%1 はプロビジョニング解除するまで残ります。</translation>
    </message>
    <message>
        <source>The existing follower %1 catches up with %2. Then %3 goes into maintenance mode, its dynos are stopped, %1 becomes its DATABASE_URL, and the dynos and the app come back. %2 stays until you deprovision it.</source>
        <translation>既存のフォロワー %1 が %2 に追いつくのを待ちます。次に %3 をメンテナンスモードにして dyno を停止し、%1 をその DATABASE_URL にしてから、dyno とアプリを元に戻します。%2 はプロビジョニング解除するまで残ります。</translation>
    </message>
    <message>
        <source>A follower of %1 on %2 is provisioned and catches up with it. Then %3 goes into maintenance mode, its dynos are stopped, the follower becomes its DATABASE_URL, and the dynos and the app come back. %1 stays until you deprovision it.</source>
        <translation>%1 のフォロワーを %2 プランでプロビジョニングし、%1 に追いつくのを待ちます。次に %3 をメンテナンスモードにして dyno を停止し、フォロワーをその DATABASE_URL にしてから、dyno とアプリを元に戻します。%1 はプロビジョニング解除するまで残ります。</translation>
    </message>
    <message>
        <source>Catching up can take hours on a large database; the app keeps running meanwhile. The app is down only during the maintenance window, usually less than a minute.</source>
        <translation>大きなデータベースでは追いつくまでに数時間かかることがありますが、その間もアプリは動き続けます。アプリが停止するのはメンテナンスの間だけで、通常は 1 分未満です。</translation>
    </message>
</context>
<context>
    <name>hpg::SwitchPreflight</name>
    <message>
        <source>A follower switch works only for Standard, Premium, Private and Shield databases; %1 is not one.</source>
        <translation>フォロワーの切り替えは Standard、Premium、Private、Shield のデータベースでのみ行えます。%1 はそのいずれでもありません。</translation>
    </message>
    <message>
        <source>%1 is not a Standard, Premium, Private or Shield plan.</source>
        <translation>%1 は Standard、Premium、Private、Shield のプランではありません。</translation>
    </message>
    <message>
        <source>%1 can be installed only on an app in a Private Space.</source>
        <translation>%1 は Private Space のアプリにのみインストールできます。</translation>
    </message>
    <message>
        <source>The app is in a Shield Private Space: choose a shield-* plan instead of %1.</source>
        <translation>アプリは Shield Private Space にあります。%1 ではなく shield-* のプランを選んでください。</translation>
    </message>
    <message>
        <source>The app is in a Private Space: choose a private-* plan instead of %1.</source>
        <translation>アプリは Private Space にあります。%1 ではなく private-* のプランを選んでください。</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>%1 is already in the Private Space %2. A migration into a Private Space starts from an app on the Common Runtime.</source>
        <translation>%1 はすでに Private Space %2 にあります。Private Space への移行は Common Runtime のアプリから行います。</translation>
    </message>
    <message>
        <source>%1 is not in a Private Space. Choose an app in the Private Space the database moves to.</source>
        <translation>%1 は Private Space にありません。データベースの移行先の Private Space にあるアプリを選んでください。</translation>
    </message>
    <message>
        <source>There is no Heroku Postgres database called %1 on %2.</source>
        <translation>%2 に %1 という Heroku Postgres データベースはありません。</translation>
    </message>
    <message>
        <source>%1 is itself a follower. Switch its leader instead, or unfollow it first.</source>
        <translation>%1 自体がフォロワーです。代わりにそのリーダーを切り替えるか、先にフォロー解除してください。</translation>
    </message>
    <message>
        <source>Heroku Connect could not be checked: %1</source>
        <translation>Heroku Connect を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is not a follower of %2 on %3.</source>
        <translation>%1 は %3 の %2 のフォロワーではありません。</translation>
    </message>
    <message>
        <source>The existing followers %1 will not follow the new primary. Create new followers after the switch, and deprovision these when they are no longer needed.</source>
        <translation>既存のフォロワー %1 は新しいプライマリをフォローしません。切り替え後に新しいフォロワーを作成し、不要になったらこれらのプロビジョニングを解除してください。</translation>
    </message>
    <message>
        <source>%1 has a Heroku Scheduler add-on. Disable its jobs during the switch: a job could write to the old primary.</source>
        <translation>%1 には Heroku Scheduler アドオンがあります。切り替え中はそのジョブを無効にしてください。ジョブが古いプライマリに書き込む可能性があります。</translation>
    </message>
    <message>
        <source>Connection pools on the database: %1. They are attached to the new primary after the promotion.</source>
        <translation>データベースの接続プール: %1。プロモート後に新しいプライマリにアタッチされます。</translation>
    </message>
    <message>
        <source>Other apps attached to the database: %1. They are attached to the new primary after the promotion.</source>
        <translation>データベースにアタッチされている他のアプリ: %1。プロモート後に新しいプライマリにアタッチされます。</translation>
    </message>
    <message>
        <source>Heroku Connect connection %1 writes to this database (%2). It is paused before maintenance mode and resumed at the end.</source>
        <translation>Heroku Connect の接続 %1 がこのデータベースに書き込んでいます (%2)。メンテナンスモードの前に一時停止し、最後に再開します。</translation>
    </message>
    <message>
        <source>Heroku Connect connection %1 writes to this database (%2). It is paused before maintenance mode and stays paused: %3 keeps the old database. Set Heroku Connect up on %4 after the migration.</source>
        <translation>Heroku Connect の接続 %1 がこのデータベースに書き込んでいます (%2)。メンテナンスモードの前に一時停止し、そのまま一時停止しておきます。%3 は古いデータベースを使い続けるためです。移行後に %4 で Heroku Connect を設定してください。</translation>
    </message>
    <message>
        <source>Heroku Connect connection %1 uses %2, not DATABASE_URL: after the promotion %2 still points at the old database. Attach the new database under that name too (heroku addons:attach NEW_DATABASE --as %3 -a %4) before you resume it, or Heroku Connect goes on with the old database.</source>
        <translation>Heroku Connect の接続 %1 は DATABASE_URL ではなく %2 を使っています。プロモート後も %2 は古いデータベースを指したままです。再開する前に、新しいデータベースをその名前でもアタッチしてください (heroku addons:attach NEW_DATABASE --as %3 -a %4)。そうしないと Heroku Connect は古いデータベースを使い続けます。</translation>
    </message>
    <message>
        <source>%1 is an Essential-tier database. Essential databases cannot have followers, so a follower switch is not possible. To another Essential plan, change the plan with Database ▸ Change Plan… (heroku addons:upgrade): it starts at once. To another tier, use Database ▸ Copy to a New Database… (heroku pg:copy): it creates a database on the new plan, puts %2 in maintenance mode, copies the data and promotes the copy.</source>
        <translation>%1 は Essential 層のデータベースです。Essential のデータベースはフォロワーを持てないため、フォロワーの切り替えはできません。別の Essential プランへは「データベース ▸ プランの変更…」(heroku addons:upgrade) で変更してください。すぐに始まります。別の層へは「データベース ▸ 新しいデータベースにコピー…」(heroku pg:copy) を使ってください。新しいプランのデータベースを作成し、%2 をメンテナンスモードにして、データをコピーし、コピーをプロモートします。</translation>
    </message>
    <message>
        <source>%1 is an Essential plan. Essential databases cannot follow another database, so a follower switch cannot move to it. Use Database ▸ Copy to a New Database… (heroku pg:copy) to move to an Essential plan.</source>
        <translation>%1 は Essential プランです。Essential のデータベースは別のデータベースをフォローできないため、フォロワーの切り替えでは移行できません。Essential プランへ移るには「データベース ▸ 新しいデータベースにコピー…」(heroku pg:copy) を使ってください。</translation>
    </message>
</context>
<context>
    <name>hpg::SwitchPreflightPage</name>
    <message>
        <source>Pre-flight</source>
        <translation>事前確認</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Read what hpgdesk found and what it will do, then start.</source>
        <translation>まだ何も変更していません。hpgdesk が見つけたことと、これから行うことを読んでから開始してください。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>The switch cannot be done: %1</source>
        <translation>切り替えはできません: %1</translation>
    </message>
    <message>
        <source>The database is %1 on %2. The switch can start.</source>
        <translation>データベースは %2 の %1 です。切り替えを開始できます。</translation>
    </message>
    <message>
        <source>No pools, other apps, followers, Scheduler or Heroku Connect to take care of.</source>
        <translation>対処が必要な接続プール、他のアプリ、フォロワー、Scheduler、Heroku Connect はありません。</translation>
    </message>
    <message>
        <source>Heroku Connect was not checked.</source>
        <translation>Heroku Connect は確認していません。</translation>
    </message>
    <message>
        <source>The migration cannot be done: %1</source>
        <translation>移行を実行できません: %1</translation>
    </message>
    <message>
        <source>The database is %1 on %2. The migration into %3 can start.</source>
        <translation>データベースは %2 の %1 です。%3 への移行を開始できます。</translation>
    </message>
</context>
<context>
    <name>hpg::SwitchSteps</name>
    <message>
        <source>Check the database, its attachments and Heroku Connect</source>
        <translation>データベース、アタッチメント、Heroku Connect を確認する</translation>
    </message>
    <message>
        <source>The database is %1 (%2).</source>
        <translation>データベースは %1 (%2) です。</translation>
    </message>
    <message>
        <source>Bring %1 up: turn its maintenance mode off</source>
        <translation>%1 を起動する: メンテナンスモードをオフにする</translation>
    </message>
</context>
<context>
    <name>hpg::TableChecks</name>
    <message>
        <source>Table and index bloat (estimate)</source>
        <translation>テーブルとインデックスの肥大化 (推定)</translation>
    </message>
    <message>
        <source>For tables and indexes wasting 10 MB or more: yellow from twice the size they need, red from five times.</source>
        <translation>10 MB 以上を無駄にしているテーブルとインデックスについて、必要なサイズの 2 倍以上で黄、5 倍以上で赤。</translation>
    </message>
    <message>
        <source>No table or index wastes much space.</source>
        <translation>大きな容量を無駄にしているテーブルやインデックスはありません。</translation>
    </message>
    <message>
        <source>%1 tables or indexes take far more space than their rows need (up to %2 times; about %3 wasted in all). Dead rows were left behind by updates and deletes that vacuum could not keep up with. Make sure autovacuum runs (no long transactions), then rebuild the worst ones: REINDEX INDEX CONCURRENTLY for indexes, pg_repack or VACUUM FULL (which locks the table) for tables.</source>
        <translation>%1 個のテーブルまたはインデックスが、行に必要な容量よりはるかに大きくなっています (最大 %2 倍、無駄は合計約 %3)。VACUUM が追いつかなかった更新や削除のデッド行が残っています。autovacuum が動けるようにしてから (長いトランザクションをなくす)、最も悪いものを作り直してください。インデックスは REINDEX INDEX CONCURRENTLY、テーブルは pg_repack または VACUUM FULL (テーブルをロックします) で行います。</translation>
    </message>
    <message>
        <source>This credential may not read %1 tables, so their statistics are hidden and they are not estimated.</source>
        <translation>この資格情報では %1 個のテーブルを読み取れないため、それらの統計情報は見えず、推定していません。</translation>
    </message>
    <message>
        <source>Sequential scans on large tables</source>
        <translation>大きなテーブルのシーケンシャルスキャン</translation>
    </message>
    <message>
        <source>Yellow for a table of 10,000 rows or more read by 20 or more sequential scans and by fewer index scans; red from 1,000,000 rows.</source>
        <translation>10,000 行以上のテーブルが 20 回以上シーケンシャルスキャンされ、インデックススキャンの方が少なければ黄、1,000,000 行以上なら赤。</translation>
    </message>
    <message>
        <source>No large table is read mostly by sequential scans.</source>
        <translation>主にシーケンシャルスキャンで読まれている大きなテーブルはありません。</translation>
    </message>
    <message>
        <source>%1 large tables are read mostly by sequential scans, which read every row each time. Find the queries (see the outliers below, or EXPLAIN) and add the index their WHERE clause needs.</source>
        <translation>%1 個の大きなテーブルが主にシーケンシャルスキャンで読まれており、毎回すべての行を読んでいます。そのクエリを見つけ (下の outliers や EXPLAIN を参照)、WHERE 句に必要なインデックスを追加してください。</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>デッド行</translation>
    </message>
    <message>
        <source>Yellow for a table with more dead rows than autovacuum&apos;s trigger (50 + 20 % of its rows), red when it has more dead rows than live ones and 10,000 or more.</source>
        <translation>デッド行が autovacuum の発動点 (50 + 行数の 20 %) を超えるテーブルがあれば黄、デッド行が生きている行より多くかつ 10,000 以上なら赤。</translation>
    </message>
    <message>
        <source>Autovacuum keeps up: no table holds many dead rows.</source>
        <translation>autovacuum が追いついています。デッド行の多いテーブルはありません。</translation>
    </message>
    <message>
        <source>%1 tables hold %2 dead rows that vacuum has not removed. They slow down scans and make the tables grow. Look for long transactions (idle in transaction) that keep vacuum from removing them and for tables with autovacuum turned off; then run VACUUM (ANALYZE) on the tables.</source>
        <translation>%1 個のテーブルに、VACUUM で削除されていないデッド行が %2 行あります。スキャンを遅くし、テーブルを大きくします。VACUUM による削除を妨げている長いトランザクション (トランザクション中のアイドル) と autovacuum がオフのテーブルを探し、それらのテーブルで VACUUM (ANALYZE) を実行してください。</translation>
    </message>
    <message>
        <source>Vacuum and analyze</source>
        <translation>VACUUM と ANALYZE</translation>
    </message>
    <message>
        <source>Yellow for a table with autovacuum turned off, or of 10,000 rows or more that was never analyzed.</source>
        <translation>autovacuum がオフのテーブル、または一度も ANALYZE されていない 10,000 行以上のテーブルがあれば黄。</translation>
    </message>
    <message>
        <source>Autovacuum is on for every table and large tables have statistics.</source>
        <translation>すべてのテーブルで autovacuum がオンで、大きなテーブルには統計情報があります。</translation>
    </message>
    <message>
        <source>%1 tables have autovacuum turned off or were never analyzed. Without vacuum, dead rows pile up and transaction IDs are not frozen; without statistics the planner guesses. Turn autovacuum back on (ALTER TABLE … RESET (autovacuum_enabled)) and run ANALYZE.</source>
        <translation>%1 個のテーブルで autovacuum がオフになっているか、一度も ANALYZE されていません。VACUUM がなければデッド行がたまり、トランザクション ID が凍結されません。統計情報がなければプランナーは推測に頼ります。autovacuum をオンに戻し (ALTER TABLE … RESET (autovacuum_enabled))、ANALYZE を実行してください。</translation>
    </message>
    <message>
        <source>Transaction ID wraparound</source>
        <translation>トランザクション ID の周回</translation>
    </message>
    <message>
        <source>Yellow from an age of 500 million transactions, red from 1.5 billion (writes stop near 2.1 billion).</source>
        <translation>経過が 5 億トランザクション以上で黄、15 億以上で赤 (約 21 億で書き込みが止まります)。</translation>
    </message>
    <message>
        <source>The oldest unfrozen transaction ID is %1 transactions old; far from wraparound.</source>
        <translation>凍結されていない最も古いトランザクション ID の経過は %1 トランザクションで、周回までは十分な余裕があります。</translation>
    </message>
    <message>
        <source>The oldest unfrozen transaction ID is %1 transactions old. Near 2.1 billion PostgreSQL stops accepting writes to protect the data. Find what keeps autovacuum from freezing (long transactions, autovacuum turned off) and run VACUUM (FREEZE) on the oldest tables.</source>
        <translation>凍結されていない最も古いトランザクション ID の経過は %1 トランザクションです。約 21 億に近づくと、PostgreSQL はデータを守るために書き込みを受け付けなくなります。autovacuum による凍結を妨げている原因 (長いトランザクション、autovacuum のオフ) を探し、最も古いテーブルで VACUUM (FREEZE) を実行してください。</translation>
    </message>
    <message>
        <source>Table and index sizes</source>
        <translation>テーブルとインデックスのサイズ</translation>
    </message>
    <message>
        <source>For information: the 20 largest tables with their indexes.</source>
        <translation>参考情報: インデックスを含めたサイズの大きいテーブル上位 20 件。</translation>
    </message>
    <message>
        <source>The database takes %1; its largest table takes %2 with its indexes and TOAST data.</source>
        <translation>データベースのサイズは %1 です。最大のテーブルはインデックスと TOAST データを含めて %2 です。</translation>
    </message>
</context>
<context>
    <name>hpg::TokenImporter</name>
    <message>
        <source>HEROKU_API_TOKEN is set, but the Heroku CLI reads only HEROKU_API_KEY, so hpgdesk does not use it either.</source>
        <translation>HEROKU_API_TOKEN が設定されていますが、Heroku CLI が読み取るのは HEROKU_API_KEY だけなので、hpgdesk も使用しません。</translation>
    </message>
    <message>
        <source>HEROKU_API_KEY is set, but it does not hold an API token: %1</source>
        <translation>HEROKU_API_KEY は設定されていますが、API トークンではありません: %1</translation>
    </message>
    <message>
        <source>the environment variable HEROKU_API_KEY</source>
        <translation>環境変数 HEROKU_API_KEY</translation>
    </message>
    <message>
        <source>%1.gpg is encrypted; hpgdesk does not decrypt it. Paste the token that “heroku auth:token” prints instead.</source>
        <translation>%1.gpg は暗号化されており、hpgdesk は復号しません。代わりに「heroku auth:token」が表示するトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>%1, default entry</source>
        <translation>%1 の default エントリ</translation>
    </message>
    <message>
        <source>%1, machine %2</source>
        <translation>%1 の machine %2</translation>
    </message>
    <message>
        <source>The password in %1 is not an API token: %2</source>
        <translation>%1 のパスワードは API トークンではありません: %2</translation>
    </message>
    <message>
        <source>The Heroku CLI keeps the token for %1 in the Windows Credential Locker, which hpgdesk cannot read. Paste the token that “heroku auth:token” prints instead.</source>
        <translation>Heroku CLI は %1 のトークンを Windows 資格情報ロッカーに保存しており、hpgdesk はそれを読み取れません。代わりに「heroku auth:token」が表示するトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The keychain could not be searched for the Heroku CLI&apos;s token: %1</source>
        <translation>Heroku CLI のトークンをキーチェーンで検索できませんでした: %1</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Heroku CLI&apos;s token: %1</source>
        <translation>Heroku CLI のトークンをキーチェーンから読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds while looking for the Heroku CLI&apos;s token.</source>
        <translation>Heroku CLI のトークンを探している間、キーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The Heroku CLI&apos;s keychain item for %1 does not hold an API token: %2</source>
        <translation>%1 の Heroku CLI のキーチェーン項目は API トークンではありません: %2</translation>
    </message>
    <message>
        <source>the Heroku CLI&apos;s keychain item for %1</source>
        <translation>%1 の Heroku CLI のキーチェーン項目</translation>
    </message>
</context>
<context>
    <name>hpg::TokenShape</name>
    <message>
        <source>The API token is empty.</source>
        <translation>API トークンが空です。</translation>
    </message>
    <message>
        <source>This is a URL, not an API token. Copy the token from your Heroku account settings or from “heroku auth:token”.</source>
        <translation>これは URL であり、API トークンではありません。Heroku のアカウント設定または「heroku auth:token」からトークンをコピーしてください。</translation>
    </message>
    <message>
        <source>This looks like an e-mail address, not an API token.</source>
        <translation>これはメールアドレスのようです。API トークンではありません。</translation>
    </message>
    <message>
        <source>An API token is one word without spaces; this text has several.</source>
        <translation>API トークンは空白を含まない 1 語です。このテキストには複数の語があります。</translation>
    </message>
    <message>
        <source>The API token contains characters that Heroku tokens never contain.</source>
        <translation>API トークンに、Heroku のトークンには含まれない文字が含まれています。</translation>
    </message>
    <message>
        <source>The API token is too short to be a Heroku token.</source>
        <translation>API トークンが Heroku のトークンとしては短すぎます。</translation>
    </message>
    <message>
        <source>The API token is too long to be a Heroku token.</source>
        <translation>API トークンが Heroku のトークンとしては長すぎます。</translation>
    </message>
    <message>
        <source>The API token starts like a Heroku token (HRKU-) but the rest does not fit.</source>
        <translation>API トークンは Heroku のトークン (HRKU-) のように始まっていますが、残りの部分が合いません。</translation>
    </message>
</context>
<context>
    <name>hpg::Transcript</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>実行: %1</translation>
    </message>
    <message>
        <source>Started: %1 UTC</source>
        <translation>開始: %1 UTC</translation>
    </message>
    <message>
        <source>Last change: %1 UTC</source>
        <translation>最終変更: %1 UTC</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>CLI equivalent</source>
        <translation>CLI コマンド</translation>
    </message>
    <message>
        <source>API Request-Ids</source>
        <translation>API Request-Id</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Could not write the transcript %1: %2</source>
        <translation>記録 %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a transcript&apos;s Result cell: what kind of event, then what it said (&quot;Done: Maintenance mode is on.&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hpg::TransferCheckPage</name>
    <message>
        <source>Checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>hpgdesk checks both sides and the programs before the pull starts.</source>
        <translation>プルを開始する前に、hpgdesk が両側とプログラムを確認します。</translation>
    </message>
    <message>
        <source>hpgdesk checks both sides and the programs before the push starts.</source>
        <translation>プッシュを開始する前に、hpgdesk が両側とプログラムを確認します。</translation>
    </message>
    <message>
        <source>Start Pull</source>
        <translation>プルを開始</translation>
    </message>
    <message>
        <source>Start Push</source>
        <translation>プッシュを開始</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>%1: PostgreSQL %2, %3 tables and %4 indexes, about %5 of data.</source>
        <translation>%1: PostgreSQL %2、テーブル %3 個、インデックス %4 個、データ約 %5。</translation>
    </message>
    <message>
        <source>The source uses no extensions.</source>
        <translation>ソースは拡張機能を使っていません。</translation>
    </message>
    <message>
        <source>Extensions on the source: %1.</source>
        <translation>ソースの拡張機能: %1。</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created on PostgreSQL %2.</source>
        <translation>%1 はまだ存在しません。PostgreSQL %2 上に作成されます。</translation>
    </message>
    <message>
        <source>%1 is empty (PostgreSQL %2).</source>
        <translation>%1 は空です (PostgreSQL %2)。</translation>
    </message>
    <message>
        <source>pg_dump %1 and pg_restore %2 from %3.</source>
        <translation>%3 の pg_dump %1 と pg_restore %2。</translation>
    </message>
    <message>
        <source>Parallel, with %1 jobs, as chosen.</source>
        <translation>選択どおり、%1 個のジョブで並列に実行します。</translation>
    </message>
    <message>
        <source>One stream, as chosen.</source>
        <translation>選択どおり、1 本のストリームで実行します。</translation>
    </message>
    <message>
        <source>Ready to pull.</source>
        <translation>プルの準備ができました。</translation>
    </message>
    <message>
        <source>Ready to push.</source>
        <translation>プッシュの準備ができました。</translation>
    </message>
    <message>
        <source>The transfer cannot start. See the problems below.</source>
        <translation>転送を開始できません。以下の問題を確認してください。</translation>
    </message>
    <message>
        <source>This copies %1 into %2, the database of the app %3.</source>
        <translation>%1 をアプリ %3 のデータベース %2 にコピーします。</translation>
    </message>
    <message>
        <source>Push to Heroku</source>
        <translation>Heroku にプッシュ</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <source>Resetting %1 deletes all of its data: every table, view and function. This cannot be undone.</source>
        <translation>%1 をリセットすると、すべてのテーブル、ビュー、関数を含むすべてのデータが削除されます。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Reset the Heroku Database</source>
        <translation>Heroku のデータベースのリセット</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>the button that resets (empties) a database, as heroku pg:reset does</extracomment>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation>%1 をリセットしています…</translation>
    </message>
    <message>
        <source>The reset failed: %1</source>
        <translation>リセットに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>hpg::TransferCommands</name>
    <message>
        <source>Enter a database name.</source>
        <translation>データベース名を入力してください。</translation>
    </message>
    <message>
        <source>The database name must not start or end with a space.</source>
        <translation>データベース名の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>The database name %1 is longer than the 63 bytes PostgreSQL allows.</source>
        <translation>データベース名 %1 は PostgreSQL で使える 63 バイトを超えています。</translation>
    </message>
    <message>
        <source>The database name %1 cannot be used: it must not contain &quot;=&quot; or &quot;://&quot; nor start with &quot;-&quot;.</source>
        <translation>データベース名 %1 は使えません。&quot;=&quot; や &quot;://&quot; を含めたり、&quot;-&quot; で始めたりすることはできません。</translation>
    </message>
</context>
<context>
    <name>hpg::TransferContext</name>
    <message>
        <source>%1 has no default credential to connect with.</source>
        <translation>%1 には接続に使えるデフォルトの資格情報がありません。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Fetching the credentials…</source>
        <translation>資格情報を取得しています…</translation>
    </message>
    <message>
        <source>Connecting as %1 to %2.</source>
        <translation>%1 として %2 に接続します。</translation>
    </message>
</context>
<context>
    <name>hpg::TransferJob</name>
    <message>
        <source>pg_dump and pg_restore were not found.</source>
        <translation>pg_dump と pg_restore が見つかりません。</translation>
    </message>
    <message>
        <source>Checking that the target database %1 is empty…</source>
        <translation>ターゲットのデータベース %1 が空であることを確認しています…</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>転送はキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not check the target database %1: %2</source>
        <translation>ターゲットのデータベース %1 を確認できませんでした: %2</translation>
    </message>
    <message>
        <source>The target database %1 is not empty (it has %2 tables). Push only into an empty database: reset it first (heroku pg:reset) or create a new one.</source>
        <translation>ターゲットのデータベース %1 は空ではありません (テーブルが %2 個あります)。プッシュは空のデータベースにのみ行えます。先にリセットする (heroku pg:reset) か、新しいデータベースを作成してください。</translation>
    </message>
    <message>
        <source>The local database %1 already exists. hpgdesk never overwrites a database: choose another name, or drop that database yourself first.</source>
        <translation>ローカルデータベース %1 はすでに存在します。hpgdesk がデータベースを上書きすることはありません。別の名前を選ぶか、先にそのデータベースをご自身で削除してください。</translation>
    </message>
    <message>
        <source>Could not create the local database %1: %2</source>
        <translation>ローカルデータベース %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not create a temporary directory in %1: %2</source>
        <translation>%1 に一時ディレクトリを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>createdb could not create the local database %1: %2</source>
        <translation>createdb でローカルデータベース %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Created the local database %1.</source>
        <translation>ローカルデータベース %1 を作成しました。</translation>
    </message>
    <message>
        <source>These extensions are installed on the source but not on the target: %1. Objects that use them may be missing; install them on the target if the data needs them.</source>
        <translation>次の拡張機能はソースにはありますが、ターゲットにはありません: %1。これらを使うオブジェクトが欠ける可能性があります。データに必要な場合はターゲットにインストールしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The data was transferred, but pg_restore reported %n error(s). See the log.</source>
        <translation>
            <numerusform>データは転送されましたが、pg_restore が %n 件のエラーを報告しました。ログを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer is complete.</source>
        <translation>転送が完了しました。</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly. %2</source>
        <translation>%1 が予期せず停止しました。%2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2. %3</source>
        <translation>%1 が終了コード %2 で失敗しました。%3</translation>
    </message>
    <message>
        <source>The transfer failed. See the log for details.</source>
        <translation>転送に失敗しました。詳しくはログを確認してください。</translation>
    </message>
    <message>
        <source>Cancelling: stopping pg_dump and pg_restore…</source>
        <translation>キャンセル中: pg_dump と pg_restore を停止しています…</translation>
    </message>
    <message>
        <source>%1 did not stop in time and was killed.</source>
        <translation>%1 が時間内に停止しなかったため、強制的に終了しました。</translation>
    </message>
    <message>
        <source>hpgdesk did not create the database %1 in this transfer, so it does not drop it.</source>
        <translation>データベース %1 はこの転送で hpgdesk が作成したものではないため、削除しません。</translation>
    </message>
    <message>
        <source>Dropping the local database %1…</source>
        <translation>ローカルデータベース %1 を削除しています…</translation>
    </message>
    <message>
        <source>Dropped the local database %1.</source>
        <translation>ローカルデータベース %1 を削除しました。</translation>
    </message>
    <message>
        <source>The local database %1 was dropped.</source>
        <translation>ローカルデータベース %1 は削除されました。</translation>
    </message>
    <message>
        <source>Could not drop the local database %1: %2</source>
        <translation>ローカルデータベース %1 を削除できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) did not stop in time and were killed.</source>
        <translation>
            <numerusform>%n 個のワーカープロセスが時間内に停止しなかったため、強制的に終了しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n temporary folder(s) that an earlier transfer left behind in %1.</source>
        <translation>
            <numerusform>以前の転送が %1 に残した一時フォルダーを %n 個削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The source database runs PostgreSQL %1; pg_dump is version %2.</source>
        <translation>ソースデータベースは PostgreSQL %1 で動作しており、pg_dump のバージョンは %2 です。</translation>
    </message>
    <message>
        <source>The dump is complete; waiting for createdb.</source>
        <translation>ダンプが完了しました。createdb の終了を待っています。</translation>
    </message>
</context>
<context>
    <name>hpg::TransferModeAdvisor</name>
    <message>
        <source>One stream, as the Heroku CLI does: with %1 of data, parallel jobs would not save time.</source>
        <translation>Heroku CLI と同じく 1 本のストリームで転送します。データ量が %1 では、並列ジョブで時間は短縮されません。</translation>
    </message>
    <message>
        <source>One stream: the parallel mode needs about %1 of free disk space for the dump, and only %2 is free.</source>
        <translation>1 本のストリームで転送します。並列モードにはダンプ用に約 %1 の空きディスク容量が必要ですが、空きは %2 しかありません。</translation>
    </message>
    <message>
        <source>One stream: with %1 cores and the largest table holding %2% of the data, %3 parallel jobs would not be faster than dumping and restoring at the same time.</source>
        <translation>1 本のストリームで転送します。コア数が %1 で、最大のテーブルがデータの %2% を占めるため、%3 個の並列ジョブでもダンプとリストアを同時に行うより速くはなりません。</translation>
    </message>
    <message>
        <source>Parallel: %1 jobs dump and restore %2 tables about %3× faster than one stream.</source>
        <translation>並列: %1 個のジョブで %2 個のテーブルをダンプおよびリストアし、1 本のストリームより約 %3 倍高速です。</translation>
    </message>
</context>
<context>
    <name>hpg::TransferPreflight</name>
    <message>
        <source>Could not read the source database %1: %2</source>
        <translation>ソースのデータベース %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Could not connect to the local PostgreSQL server: %1</source>
        <translation>ローカルの PostgreSQL サーバーに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not connect to the target database %1: %2</source>
        <translation>ターゲットのデータベース %1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The local database %1 already exists. Like the Heroku CLI, hpgdesk pulls only into a new database: choose another name, or drop %1 first.</source>
        <translation>ローカルデータベース %1 はすでに存在します。Heroku CLI と同じく、hpgdesk は新しいデータベースにのみプルします。別の名前を選ぶか、先に %1 を削除してください。</translation>
    </message>
    <message>
        <source>The local user %1 may not create databases. Use a user with the CREATEDB privilege in the local server settings.</source>
        <translation>ローカルユーザー %1 にはデータベースを作成する権限がありません。ローカルサーバーの設定で CREATEDB 権限を持つユーザーを指定してください。</translation>
    </message>
    <message>
        <source>The target database %1 is not empty: it has %2 tables. Like the Heroku CLI, hpgdesk pushes only into an empty database. Reset it first (heroku pg:reset), which deletes all its data.</source>
        <translation>ターゲットのデータベース %1 は空ではありません (テーブルが %2 個あります)。Heroku CLI と同じく、hpgdesk は空のデータベースにのみプッシュします。先にリセット (heroku pg:reset) してください。リセットするとすべてのデータが削除されます。</translation>
    </message>
    <message>
        <source>%1 uses extensions that the target server does not have: %2. pg_restore will report errors for them, and objects that need them will be missing.</source>
        <translation>%1 はターゲットのサーバーにない拡張機能を使っています: %2。pg_restore はこれらについてエラーを報告し、必要とするオブジェクトが欠けます。</translation>
    </message>
    <message>
        <source>The target server runs PostgreSQL %1, older than the source&apos;s %2. The restore may fail on features the older version does not have.</source>
        <translation>ターゲットのサーバーは PostgreSQL %1 で、ソースの %2 より古いバージョンです。古いバージョンにない機能でリストアが失敗する可能性があります。</translation>
    </message>
</context>
<context>
    <name>hpg::TransferProgressPage</name>
    <message>
        <source>Pulling</source>
        <translation>プル中</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>プッシュ中</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 から %2 へ</translation>
    </message>
    <message>
        <source>The same with the Heroku CLI: %1</source>
        <translation>Heroku CLI で同じことを行うコマンド: %1</translation>
    </message>
    <message>
        <source>The local database %1 was created and may hold part of the data. Drop it, or keep it to look into?</source>
        <translation>ローカルデータベース %1 は作成済みで、データの一部が入っている可能性があります。削除しますか、それとも調べるために残しますか?</translation>
    </message>
    <message>
        <source>The local database %1 was kept.</source>
        <translation>ローカルデータベース %1 を残しました。</translation>
    </message>
</context>
<context>
    <name>hpg::TransferText</name>
    <message>
        <source>Preparing the pull…</source>
        <translation>プルを準備しています…</translation>
    </message>
    <message>
        <source>Preparing the push…</source>
        <translation>プッシュを準備しています…</translation>
    </message>
    <message>
        <source>Creating the local database…</source>
        <translation>ローカルデータベースを作成しています…</translation>
    </message>
    <message>
        <source>Copying the data (pg_dump into pg_restore)…</source>
        <translation>データをコピーしています (pg_dump から pg_restore へ)…</translation>
    </message>
    <message>
        <source>Dumping the data with parallel jobs…</source>
        <translation>並列ジョブでデータをダンプしています…</translation>
    </message>
    <message>
        <source>Restoring the data with parallel jobs…</source>
        <translation>並列ジョブでデータをリストアしています…</translation>
    </message>
    <message>
        <source>Building indexes and constraints…</source>
        <translation>インデックスと制約を作成しています…</translation>
    </message>
    <message>
        <source>Comparing the extensions on both sides…</source>
        <translation>両側の拡張機能を比較しています…</translation>
    </message>
    <message>
        <source>Cancelling: stopping pg_dump and pg_restore…</source>
        <translation>キャンセル中: pg_dump と pg_restore を停止しています…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Tables dumped %1/%2</source>
        <translation>ダンプ済みのテーブル %1/%2</translation>
    </message>
    <message>
        <source>Tables %1/%2, indexes %3/%4</source>
        <translation>テーブル %1/%2、インデックス %3/%4</translation>
    </message>
    <message>
        <source>About %1 of data</source>
        <translation>データ約 %1</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 転送済み</translation>
    </message>
    <message>
        <source>%1 of about %2</source>
        <translation>約 %2 のうち %1</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>経過時間 %1</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>残り時間を見積もっています…</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>残り約 %1</translation>
    </message>
</context>
<context>
    <name>hpg::TransferWizard</name>
    <message>
        <source>Pull %1</source>
        <translation>%1 をプル</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>%1 にプッシュ</translation>
    </message>
</context>
<context>
    <name>hpg::TypedConfirmationDialog</name>
    <message>
        <source>&lt;b&gt;Destructive action&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;破壊的なアクション&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>The same with the Heroku CLI:</source>
        <translation>Heroku CLI で同じことを行うコマンド:</translation>
    </message>
    <message>
        <source>To proceed, type %1 or cancel.</source>
        <translation>続行するには %1 と入力してください。中止する場合はキャンセルしてください。</translation>
    </message>
</context>
<context>
    <name>hpg::UnfinishedRuns</name>
    <message>
        <source>%1 on %2, started %3</source>
        <translation>%2 の%1 (%3 に開始)</translation>
    </message>
    <message>
        <source>A run did not finish: %1. Resume it to see where it stopped; nothing is sent until you press Continue, and steps that already took effect are not repeated.</source>
        <translation>完了していない実行があります: %1。再開すると、止まった場所がわかります。「続行」を押すまで何も送信せず、すでに反映されたステップは繰り返されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n runs did not finish; the newest is %1. Resume one to see where it stopped; nothing is sent until you press Continue.</source>
        <translation>
            <numerusform>完了していない実行が %n 件あります。最新は %1 です。再開すると、止まった場所がわかります。「続行」を押すまで何も送信しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runbook journal(s) cannot be read.</source>
        <translation>
            <numerusform>%n 件のランブックのジャーナルを読み取れません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>再開…</translation>
    </message>
    <message>
        <source>Show Unreadable Journals…</source>
        <translation>読み取れないジャーナルを表示…</translation>
    </message>
    <message numerus="yes">
        <source>%1 is DOWN. It has been down since %2 (%n minute(s)), when “%3” took it down; that run stopped before bringing it back.</source>
        <translation>
            <numerusform>%1 はダウンしています。「%3」が %2 にダウンさせてから %n 分経ちました。この実行はアプリを戻す前に止まっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left in place: %1</source>
        <translation>残っている変更: %1</translation>
    </message>
    <message>
        <source>Down since %1 UTC.</source>
        <translation>UTC %1 からダウンしています。</translation>
    </message>
    <message>
        <source>Resume the Run…</source>
        <translation>実行を再開…</translation>
    </message>
    <message>
        <source>Bring the App Back as It Was…</source>
        <translation>アプリを元の状態に戻す…</translation>
    </message>
    <message>
        <source>Bring the App Back on the New Database…</source>
        <translation>新しいデータベースでアプリを戻す…</translation>
    </message>
    <message>
        <source>Scale the dynos back up, turn maintenance mode off and resume Heroku Connect; the old database stays the primary. The run is given up.</source>
        <translation>dyno をスケールアップし、メンテナンスモードをオフにして、Heroku Connect を再開します。古いデータベースがプライマリのままです。実行は中止されます。</translation>
    </message>
    <message>
        <source>The run is past its point of no return: finishing it brings the app up on the new database.</source>
        <translation>この実行は後戻りできない段階を過ぎています。実行を最後まで進めると、アプリは新しいデータベースで再開します。</translation>
    </message>
    <message>
        <source>%1 is held by “%2”, started %3: that run has changes in place on it (maintenance mode, dynos scaled down or Heroku Connect paused) and undoes them itself. Open the run and finish it (or bring the app back) first.</source>
        <translation>%1 は %3 に開始した「%2」が保持しています。この実行が変更 (メンテナンスモード、スケールダウンした dyno、一時停止中の Heroku Connect) を残しており、自身で元に戻します。先に実行を開いて完了させるか、アプリを元に戻してください。</translation>
    </message>
    <message>
        <source>Open the Run…</source>
        <translation>実行を開く…</translation>
    </message>
</context>
<context>
    <name>hpg::UnfollowDatabase</name>
    <message>
        <source>%1 stops following %2 for good: it becomes a writable database of its own, receives no more changes from %2, and cannot follow it again. Apps that read from it see only the data it has now.</source>
        <translation>%1 は %2 のフォローを完全にやめます。書き込み可能な独立したデータベースになり、%2 の変更はもう届かず、再びフォローすることはできません。ここから読み取るアプリには、今あるデータだけが見えます。</translation>
    </message>
    <message>
        <source>Check that the database is a follower</source>
        <translation>データベースがフォロワーであることを確認する</translation>
    </message>
    <message>
        <source>%1 is not a follower: there is nothing to unfollow.</source>
        <translation>%1 はフォロワーではありません。フォロー解除するものはありません。</translation>
    </message>
    <message>
        <source>%1 follows %2.</source>
        <translation>%1 は %2 をフォローしています。</translation>
    </message>
    <message>
        <source>Unfollow %1 on %2</source>
        <translation>%2 の %1 をフォロー解除</translation>
    </message>
    <message>
        <source>%1 no longer follows %2: it is a writable database of its own.</source>
        <translation>%1 はもう %2 をフォローしていません。書き込み可能な独立したデータベースです。</translation>
    </message>
</context>
<context>
    <name>hpg::UpgradeSteps</name>
    <message>
        <source>The upgrade failed: %1</source>
        <translation>アップグレードに失敗しました: %1</translation>
    </message>
    <message>
        <source>Upgrade the follower to PostgreSQL %1 (it stops following)</source>
        <translation>フォロワーを PostgreSQL %1 にアップグレードする(フォローは解除されます)</translation>
    </message>
    <message>
        <source>%1 follows no leader and runs PostgreSQL %2.</source>
        <translation>%1 はどのリーダーもフォローしておらず、PostgreSQL %2 で動いています。</translation>
    </message>
    <message>
        <source>%1 follows no leader; its upgrade is under way: %2</source>
        <translation>%1 はどのリーダーもフォローしていません。アップグレードが進行中です: %2</translation>
    </message>
    <message>
        <source>%1 no longer follows the old primary; it is upgraded but not yet promoted.</source>
        <translation>%1 は古いプライマリをフォローしなくなりました。アップグレードされましたが、まだプロモートされていません。</translation>
    </message>
    <message>
        <source>Wait until the upgrade has finished</source>
        <translation>アップグレードが終わるまで待つ</translation>
    </message>
    <message>
        <source>The database runs PostgreSQL %1.</source>
        <translation>データベースは PostgreSQL %1 で動いています。</translation>
    </message>
    <message>
        <source>Count the rows of every table before the upgrade</source>
        <translation>アップグレードの前にすべてのテーブルの行数を数える</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 には %2 がありません。</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>データベースを読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) counted.</source>
        <translation>
            <numerusform>%n 個のテーブルを数えました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the upgraded database: its version, every table&apos;s row count, its extensions</source>
        <translation>アップグレードしたデータベースを確認する: バージョン、すべてのテーブルの行数、拡張機能</translation>
    </message>
    <message>
        <source>The new database %1 has no config var on %2.</source>
        <translation>新しいデータベース %1 には %2 の環境設定がありません。</translation>
    </message>
    <message>
        <source>The upgraded database could not be read: %1</source>
        <translation>アップグレードしたデータベースを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The upgraded database runs PostgreSQL %1, not %2.</source>
        <translation>アップグレードしたデータベースは PostgreSQL %2 ではなく %1 で動いています。</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 before</source>
        <translation>%1: %2 行(以前は %3 行)</translation>
    </message>
    <message>
        <source>The upgraded database differs from the old one: %1</source>
        <translation>アップグレードしたデータベースは古いデータベースと異なります: %1</translation>
    </message>
    <message numerus="yes">
        <source>PostgreSQL %1; %n table(s) with the same row counts as before.</source>
        <translation>
            <numerusform>PostgreSQL %1。%n 個のテーブルの行数は以前と同じです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that Heroku Connect syncs again (IDLE, mappings DATA_SYNCED)</source>
        <translation>Heroku Connect が再び同期していることを確認する(IDLE、マッピングは DATA_SYNCED)</translation>
    </message>
    <message>
        <source>Heroku Connect cannot be reached from this session.</source>
        <translation>このセッションからは Heroku Connect に接続できません。</translation>
    </message>
    <message>
        <source>Heroku Connect syncs again: every mapping is DATA_SYNCED.</source>
        <translation>Heroku Connect は再び同期しています。すべてのマッピングが DATA_SYNCED です。</translation>
    </message>
    <message>
        <source>%1 is %2; mappings not synced: %3</source>
        <translation>%1 は %2 です。同期していないマッピング: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hpg::VersionUpgrade</name>
    <message>
        <source>The extensions could not be read: %1 has no %2.</source>
        <translation>拡張機能を読み取れませんでした。%1 には %2 がありません。</translation>
    </message>
    <message>
        <source>The extensions could not be read: %1</source>
        <translation>拡張機能を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Installed extensions (%1): PostgreSQL %2 offers the same versions.</source>
        <translation>インストール済みの拡張機能(%1)は、PostgreSQL %2 でも同じバージョンが提供されています。</translation>
    </message>
    <message>
        <source>Extensions whose version differs in PostgreSQL %1: %2. They keep their version through the upgrade; update them with ALTER EXTENSION … UPDATE afterwards.</source>
        <translation>PostgreSQL %1 でバージョンが異なる拡張機能: %2。アップグレードではバージョンはそのまま保たれます。アップグレード後に ALTER EXTENSION … UPDATE で更新してください。</translation>
    </message>
    <message>
        <source>%1 is a follower: upgrade its leader.</source>
        <translation>%1 はフォロワーです。リーダーをアップグレードしてください。</translation>
    </message>
    <message>
        <source>%1 (%2) runs PostgreSQL %3 and moves to %4.</source>
        <translation>%1 (%2) は PostgreSQL %3 で動いており、%4 に移行します。</translation>
    </message>
    <message>
        <source>Estimated down time: %1.</source>
        <translation>ダウンタイムの見積もり: %1。</translation>
    </message>
    <message>
        <source>Heroku Connect uses %1_URL: the upgraded database is attached under that name as well as DATABASE_URL.</source>
        <translation>Heroku Connect は %1_URL を使っています。アップグレードしたデータベースは DATABASE_URL に加えてその名前でもアタッチされます。</translation>
    </message>
    <message>
        <source>Check the database, its version, extensions and Heroku Connect</source>
        <translation>データベース、バージョン、拡張機能、Heroku Connect を確認する</translation>
    </message>
    <message>
        <source>%1 is an Essential plan: pg:upgrade on a follower is not possible. As the Dev Center says, copy the data into a new database of the new version with pg:copy instead, with Heroku Connect paused and the app in maintenance mode.</source>
        <translation>%1 は Essential 層のプランです。フォロワーで pg:upgrade を使うことはできません。Dev Center のとおり、代わりに Heroku Connect を一時停止し、アプリをメンテナンスモードにして、pg:copy で新しいバージョンの新しいデータベースにデータをコピーしてください。</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not a version Heroku Postgres upgrades to.</source>
        <translation>PostgreSQL %1 は Heroku Postgres のアップグレード先のバージョンではありません。</translation>
    </message>
    <message>
        <source>The database already runs PostgreSQL %1: choose a newer version than %2.</source>
        <translation>データベースはすでに PostgreSQL %1 で動いています。%2 より新しいバージョンを選んでください。</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL %2 (the old database ran %3) and is now the database of %4.</source>
        <translation>%1 は PostgreSQL %2 で動いており(古いデータベースは %3)、%4 のデータベースになりました。</translation>
    </message>
    <message>
        <source>Heroku Connect reads %1_URL, which now points at %2.</source>
        <translation>Heroku Connect は %1_URL を読み取ります。これは現在 %2 を指しています。</translation>
    </message>
    <message>
        <source>%1 %2 (%3 offered)</source>
        <translation>%1 %2(提供されているのは %3)</translation>
    </message>
    <message>
        <source>Extensions to update with ALTER EXTENSION … UPDATE: %1.</source>
        <translation>ALTER EXTENSION … UPDATE で更新する拡張機能: %1。</translation>
    </message>
    <message>
        <source>The followers of the old database (%1) do not follow the upgraded one: create new followers of %2.</source>
        <translation>古いデータベースのフォロワー(%1)はアップグレードしたデータベースをフォローしません。%2 の新しいフォロワーを作成してください。</translation>
    </message>
    <message>
        <source>The old database %1 still exists. When you no longer need it, destroy it with heroku addons:destroy %1 -a %2; reassign its dataclips first.</source>
        <translation>古いデータベース %1 はまだ存在します。不要になったら heroku addons:destroy %1 -a %2 で破棄してください。その前にデータクリップを再割り当てしてください。</translation>
    </message>
    <message>
        <source>Upgrade of %1 to PostgreSQL %2</source>
        <translation>%1 の PostgreSQL %2 へのアップグレード</translation>
    </message>
</context>
<context>
    <name>hpg::VersionUpgradeChoosePage</name>
    <message>
        <source>Upgrade the PostgreSQL Version</source>
        <translation>PostgreSQL のバージョンのアップグレード</translation>
    </message>
    <message>
        <source>Choose the database and its new major version.</source>
        <translation>データベースと新しいメジャーバージョンを選んでください。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Loading the databases of %1…</source>
        <translation>%1 のデータベースを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 has no Heroku Postgres database.</source>
        <translation>%1 には Heroku Postgres のデータベースがありません。</translation>
    </message>
    <message>
        <source>Reading the version of the database…</source>
        <translation>データベースのバージョンを読み取っています…</translation>
    </message>
    <message>
        <source>It runs PostgreSQL %1.</source>
        <translation>PostgreSQL %1 で動いています。</translation>
    </message>
    <message>
        <source>It is a follower: upgrade its leader instead.</source>
        <translation>フォロワーです。代わりにリーダーをアップグレードしてください。</translation>
    </message>
    <message>
        <source>An Essential database cannot be upgraded with a follower. As the Dev Center says, hpgdesk copies it into a new PostgreSQL %1 database with pg:copy, with Heroku Connect paused and the app in maintenance mode, then promotes the copy.</source>
        <translation>Essential 層のデータベースはフォロワーでアップグレードできません。Dev Center のとおり、hpgdesk は Heroku Connect を一時停止し、アプリをメンテナンスモードにして、pg:copy で新しい PostgreSQL %1 のデータベースにコピーし、コピーをプロモートします。</translation>
    </message>
    <message>
        <source>CLI: heroku addons:create %1 -a %2 -- --version %3; heroku connect:pause; heroku maintenance:on; heroku pg:copy DATABASE_URL NEW; heroku pg:promote NEW; heroku maintenance:off; heroku connect:resume</source>
        <translation>CLI: heroku addons:create %1 -a %2 -- --version %3; heroku connect:pause; heroku maintenance:on; heroku pg:copy DATABASE_URL NEW; heroku pg:promote NEW; heroku maintenance:off; heroku connect:resume</translation>
    </message>
    <message>
        <source>A follower of %1 is created and nearly caught up; then Heroku Connect is paused, the app goes into maintenance mode and its dynos are scaled down; once the follower has caught up fully, pg:upgrade upgrades it to PostgreSQL %2 and it is promoted; the app comes back as it was.</source>
        <translation>%1 のフォロワーを作成してほぼ追いつかせます。次に Heroku Connect を一時停止し、アプリをメンテナンスモードにして dyno をスケールダウンします。フォロワーが完全に追いついたら、pg:upgrade で PostgreSQL %2 にアップグレードしてプロモートします。アプリは元の状態に戻ります。</translation>
    </message>
    <message>
        <source>CLI: heroku addons:create … -- --follow %1; heroku connect:pause; heroku maintenance:on; heroku pg:upgrade:run FOLLOWER --version %2; heroku pg:promote FOLLOWER; heroku maintenance:off; heroku connect:resume</source>
        <translation>CLI: heroku addons:create … -- --follow %1; heroku connect:pause; heroku maintenance:on; heroku pg:upgrade:run FOLLOWER --version %2; heroku pg:promote FOLLOWER; heroku maintenance:off; heroku connect:resume</translation>
    </message>
</context>
<context>
    <name>hpg::VersionUpgradeWizard</name>
    <message>
        <source>Upgrade the PostgreSQL Version of a Database of %1</source>
        <translation>%1 のデータベースの PostgreSQL のバージョンのアップグレード</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>ローカルのサンドボックスを起動しています…</translation>
    </message>
    <message>
        <source>Nothing in the tree has the key “%1”.</source>
        <translation>ツリーにキー「%1」はありません。</translation>
    </message>
    <message>
        <source>Keys look like app:NAME or db:APP/ADDON; this account has no apps.</source>
        <translation>キーは app:NAME または db:APP/ADDON の形ですが、このアカウントにはアプリがありません。</translation>
    </message>
    <message>
        <source>Keys look like app:NAME or db:APP/ADDON. Some that exist:</source>
        <translation>キーは app:NAME または db:APP/ADDON の形です。存在するキーの例:</translation>
    </message>
</context>
</TS>
