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
        <source>Show PAGE of the selected database: overview or connection.</source>
        <translation>選択したデータベースの PAGE (overview または connection) を表示します。</translation>
    </message>
    <message>
        <source>Unknown page “%1”. Use overview or connection.</source>
        <translation>不明なページ「%1」です。overview または connection を指定してください。</translation>
    </message>
    <message>
        <source>Sign in to the API at URL with the token in HEROKU_API_KEY, for this run only.</source>
        <translation>HEROKU_API_KEY のトークンで URL の API にサインインします (この実行中のみ)。</translation>
    </message>
    <message>
        <source>--api-url needs the API token in the environment variable HEROKU_API_KEY.</source>
        <translation>--api-url を使うには、環境変数 HEROKU_API_KEY に API トークンを設定してください。</translation>
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
        <source>.pg&amp;pass line</source>
        <translation>.pgpass の行(&amp;P)</translation>
    </message>
    <message>
        <source>PG* &amp;environment</source>
        <translation>PG* 環境変数(&amp;E)</translation>
    </message>
    <message>
        <source>R&amp;otate Credentials…</source>
        <translation>資格情報をローテーション(&amp;O)…</translation>
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
        <translation>ステータス</translation>
    </message>
    <message>
        <source>HA status</source>
        <translation>HA ステータス</translation>
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
        <translation>サインインしましたが、トークンをシステムのキーチェーンに保存できませんでした: %1 ディスクには何も書き込まれていません。この実行中だけトークンを保持するか、サインアウトしてください。</translation>
    </message>
    <message>
        <source>Keep for This Run</source>
        <translation>この実行中だけ保持</translation>
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
    <name>hpg::ConnectionInfoPage</name>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
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
        <source>Rotating the default credential of %1 changes its password now. Every connection that uses it is reset, and the apps attached to it restart to pick up the new password.</source>
        <translation>%1 のデフォルトの資格情報をローテーションすると、パスワードがすぐに変わります。この資格情報を使うすべての接続がリセットされ、アタッチされたアプリは新しいパスワードを読み込むために再起動されます。</translation>
    </message>
    <message>
        <source>Rotating the credential %1 of %2 gives it a new password. Connections older than 30 minutes are reset, and a temporary user keeps newer ones working during the change.</source>
        <translation>%2 の資格情報 %1 をローテーションすると、新しいパスワードが設定されます。30 分より古い接続はリセットされ、変更中は一時的なユーザーによって新しい接続が維持されます。</translation>
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
        <translation>%1 (%2、この実行中のみ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hpg::MemorySecretStore</name>
    <message>
        <source>No secret is kept under this name for this run.</source>
        <translation>この実行中、この名前で保持されているシークレットはありません。</translation>
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
    <name>hpg::OverviewPage</name>
    <message>
        <source>Off</source>
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
    <name>hpg::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
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
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>ローカルのサンドボックスを起動しています…</translation>
    </message>
</context>
</TS>
