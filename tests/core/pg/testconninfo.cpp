#include "core/pg/conninfo.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <libpq-fe.h>
#include <map>

using hpg::ConnInfo;

namespace hpg {
char *toString(const ConnInfo &info)
{
    return QTest::toString(info.toUrl() + QStringLiteral(" options=") + QString::number(info.options().size()));
}
} // namespace hpg

Q_DECLARE_METATYPE(hpg::ConnInfo)

namespace {

// A distinctive password used in the malformed inputs: no error may contain it.
const QString kSecret = QStringLiteral("S3cr3tPW");

ConnInfo make(const QString &host, int port, const QString &database, const QString &user, const QString &password,
              const QString &sslMode = {})
{
    ConnInfo info;
    info.setHost(host);
    info.setPort(port);
    info.setDatabase(database);
    info.setUser(user);
    info.setPassword(password);
    info.setSslMode(sslMode);
    return info;
}

// What PQconninfoParse makes of a connection string: keyword → value.
std::map<QString, QString> libpqParse(const QString &conninfo, QString *error)
{
    std::map<QString, QString> result;
    char *errmsg = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &errmsg);
    if (!options) {
        *error = errmsg ? QString::fromUtf8(errmsg) : QStringLiteral("out of memory");
        PQfreemem(errmsg);
        return result;
    }
    for (auto *option = options; option->keyword; ++option) {
        if (option->val)
            result[QString::fromUtf8(option->keyword)] = QString::fromUtf8(option->val);
    }
    PQconninfoFree(options);
    return result;
}

ConnInfo fromLibpq(const std::map<QString, QString> &values)
{
    ConnInfo info;
    for (const auto &[keyword, value] : values) {
        if (keyword == QLatin1String("host"))
            info.setHost(value);
        else if (keyword == QLatin1String("port"))
            info.setPort(value.toInt());
        else if (keyword == QLatin1String("dbname"))
            info.setDatabase(value);
        else if (keyword == QLatin1String("user"))
            info.setUser(value);
        else if (keyword == QLatin1String("password"))
            info.setPassword(value);
        else if (keyword == QLatin1String("sslmode"))
            info.setSslMode(value);
        else
            info.setOption(keyword, value);
    }
    return info;
}

ConnInfo withDefaultSslMode(ConnInfo info)
{
    info.setSslMode(info.sslModeOrDefault());
    return info;
}

// Runs `script` with /bin/sh, as a terminal would, with a fake psql first on
// PATH that writes PGPASSWORD (or <unset>) and its arguments, NUL-separated.
QStringList runInShell(const QString &script, const QTemporaryDir &dir)
{
    const QString fake = dir.filePath(QStringLiteral("psql"));
    QFile psql(fake);
    if (!psql.exists()) {
        if (!psql.open(QIODevice::WriteOnly))
            return {};
        psql.write("#!/bin/sh\n{ printf '%s\\0' \"${PGPASSWORD-<unset>}\"; for a in \"$@\"; do printf '%s\\0' "
                   "\"$a\"; done; } > \"$HPG_FAKE_PSQL_OUT\"\n");
        psql.close();
        psql.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString out = dir.filePath(QStringLiteral("out"));
    QFile::remove(out);
    QProcess shell;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PATH"), dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("HPG_FAKE_PSQL_OUT"), out);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script });
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0)
        return {};
    QByteArray output = shell.readAllStandardOutput();
    QFile file(out);
    if (file.open(QIODevice::ReadOnly))
        output = file.readAll();
    QStringList fields;
    for (const QByteArray &field : output.split('\0'))
        fields << QString::fromUtf8(field);
    if (!fields.isEmpty())
        fields.removeLast(); // after the last NUL
    return fields;
}

} // namespace

class TestConnInfo : public QObject
{
    Q_OBJECT
private slots:
    void parsesUrls_data();
    void parsesUrls();
    void parsesKeyValue_data();
    void parsesKeyValue();
    void parsesJdbcUrls_data();
    void parsesJdbcUrls();
    void parseRecognisesTheForm();
    void malformedInputGivesErrorsWithoutThePassword_data();
    void malformedInputGivesErrorsWithoutThePassword();

    void roundTrips_data();
    void roundTrips();
    void libpqReadsUrlAndKeyValue_data() { roundTrips_data(); }
    void libpqReadsUrlAndKeyValue();
    void psqlCommandInARealShell_data() { roundTrips_data(); }
    void psqlCommandInARealShell();
    void envExportsInARealShell_data() { roundTrips_data(); }
    void envExportsInARealShell();
    void pgpassLineReadByLibpq_data() { roundTrips_data(); }
    void pgpassLineReadByLibpq();
    void redactsEveryFormat_data() { roundTrips_data(); }
    void redactsEveryFormat();

    void formatsTheHerokuShapes();
    void omitAndRedactLeaveThePasswordOut();
    void redactsTextWithSeveralSecrets();
    void options();
    void formsAreTheFormatters();
};

void TestConnInfo::parsesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ConnInfo>("expected");
    QTest::newRow("heroku") << QStringLiteral(
        "postgres://u8a9b7:p0c1d2e3@ec2-54-1-2-3.compute-1.amazonaws.com:5432/d4f5g6")
                            << make(QStringLiteral("ec2-54-1-2-3.compute-1.amazonaws.com"), 5432,
                                    QStringLiteral("d4f5g6"), QStringLiteral("u8a9b7"), QStringLiteral("p0c1d2e3"));
    QTest::newRow("postgresql scheme, no port")
        << QStringLiteral("postgresql://alice@db.example.com/app")
        << make(QStringLiteral("db.example.com"), 0, QStringLiteral("app"), QStringLiteral("alice"), {});
    QTest::newRow("upper case scheme") << QStringLiteral("POSTGRES://h/d")
                                       << make(QStringLiteral("h"), 0, QStringLiteral("d"), {}, {});
    QTest::newRow("percent-decoding") << QStringLiteral("postgres://us%40er:p%40ss%3Aw%2Fo%25rd%20x@h:5433/my%20db")
                                      << make(QStringLiteral("h"), 5433, QStringLiteral("my db"),
                                              QStringLiteral("us@er"), QStringLiteral("p@ss:w/o%rd x"));
    QTest::newRow("unicode") << QStringLiteral("postgres://u:%E3%83%91%E3%82%B9@h/d")
                             << make(QStringLiteral("h"), 0, QStringLiteral("d"), QStringLiteral("u"),
                                     QStringLiteral("パス"));
    QTest::newRow("ipv6") << QStringLiteral("postgres://u:p@[2001:db8::1]:6543/d?sslmode=verify-full")
                          << make(QStringLiteral("2001:db8::1"), 6543, QStringLiteral("d"), QStringLiteral("u"),
                                  QStringLiteral("p"), QStringLiteral("verify-full"));
    QTest::newRow("ipv6 without port") << QStringLiteral("postgres://[::1]/d")
                                       << make(QStringLiteral("::1"), 0, QStringLiteral("d"), {}, {});
    QTest::newRow("unencoded @ and / in the password")
        << QStringLiteral("postgres://u:p@s/s@h:5432/d")
        << make(QStringLiteral("h"), 5432, QStringLiteral("d"), QStringLiteral("u"), QStringLiteral("p@s/s"));
    QTest::newRow("ssl=true") << QStringLiteral("postgres://h/d?ssl=true")
                              << make(QStringLiteral("h"), 0, QStringLiteral("d"), {}, {}, QStringLiteral("require"));
    QTest::newRow("query overrides") << QStringLiteral("postgres:///d?host=%2Fvar%2Frun%2Fpostgresql&port=5434&user=x")
                                     << make(QStringLiteral("/var/run/postgresql"), 5434, QStringLiteral("d"),
                                             QStringLiteral("x"), {});
}

void TestConnInfo::parsesUrls()
{
    QFETCH(QString, url);
    QFETCH(ConnInfo, expected);
    QString error;
    const auto info = ConnInfo::fromUrl(url, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(*info, expected);
    QVERIFY(error.isEmpty());
}

void TestConnInfo::parsesKeyValue_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<ConnInfo>("expected");
    QTest::newRow("heroku") << QStringLiteral("dbname=d4f5g6 host=ec2-54-1-2-3.compute-1.amazonaws.com port=5432 "
                                              "user=u8a9b7 password=p0c1d2e3 sslmode=require")
                            << make(QStringLiteral("ec2-54-1-2-3.compute-1.amazonaws.com"), 5432,
                                    QStringLiteral("d4f5g6"), QStringLiteral("u8a9b7"), QStringLiteral("p0c1d2e3"),
                                    QStringLiteral("require"));
    QTest::newRow("spaces around =") << QStringLiteral("  host = h\tport= 1  dbname =d  ")
                                     << make(QStringLiteral("h"), 1, QStringLiteral("d"), {}, {});
    QTest::newRow("quoted") << QStringLiteral(R"(host=h password='it\'s a \\ pass' user='')")
                            << make(QStringLiteral("h"), 0, {}, {}, QStringLiteral(R"(it's a \ pass)"));
    QTest::newRow("unquoted backslash") << QStringLiteral(R"(password=a\ b\\c)")
                                        << make({}, 0, {}, {}, QStringLiteral(R"(a b\c)"));
    QTest::newRow("quote inside unquoted")
        << QStringLiteral("password=it's") << make({}, 0, {}, {}, QStringLiteral("it's"));
    QTest::newRow("ipv6") << QStringLiteral("host=2001:db8::1 port=5432")
                          << make(QStringLiteral("2001:db8::1"), 5432, {}, {}, {});
}

void TestConnInfo::parsesKeyValue()
{
    QFETCH(QString, conninfo);
    QFETCH(ConnInfo, expected);
    QString error;
    const auto info = ConnInfo::fromKeyValue(conninfo, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(*info, expected);
    // libpq agrees.
    QString libpqError;
    const auto values = libpqParse(conninfo, &libpqError);
    QVERIFY2(libpqError.isEmpty(), qPrintable(libpqError));
    auto libpqInfo = fromLibpq(values);
    if (expected.user().isEmpty())
        libpqInfo.setUser({}); // user='' is "given but empty" to libpq
    QCOMPARE(libpqInfo, expected);
}

void TestConnInfo::parsesJdbcUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ConnInfo>("expected");
    QTest::newRow("heroku JDBC_DATABASE_URL")
        << QStringLiteral("jdbc:postgresql://ec2-1-2-3-4.compute-1.amazonaws.com:5432/d4f5?password=p0c1&sslmode="
                          "require&user=u8a9")
        << make(QStringLiteral("ec2-1-2-3-4.compute-1.amazonaws.com"), 5432, QStringLiteral("d4f5"),
                QStringLiteral("u8a9"), QStringLiteral("p0c1"), QStringLiteral("require"));
    QTest::newRow("ssl=true, plus is space")
        << QStringLiteral("jdbc:postgresql://h/my+db?ssl=true&user=a+b&password=x%2By&prepareThreshold=0")
        << make(QStringLiteral("h"), 0, QStringLiteral("my db"), QStringLiteral("a b"), QStringLiteral("x+y"),
                QStringLiteral("require"));
    QTest::newRow("ipv6") << QStringLiteral("jdbc:postgresql://[::1]:5740/accounting")
                          << make(QStringLiteral("::1"), 5740, QStringLiteral("accounting"), {}, {});
    QTest::newRow("database only") << QStringLiteral("jdbc:postgresql:accounting")
                                   << make({}, 0, QStringLiteral("accounting"), {}, {});
    QTest::newRow("user info") << QStringLiteral("jdbc:postgresql://u:p@h:1/d")
                               << make(QStringLiteral("h"), 1, QStringLiteral("d"), QStringLiteral("u"),
                                       QStringLiteral("p"));
    auto withName = make(QStringLiteral("h"), 0, QStringLiteral("d"), {}, {});
    withName.setOption(QStringLiteral("application_name"), QStringLiteral("my app"));
    withName.setOption(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    QTest::newRow("driver properties") << QStringLiteral(
        "jdbc:postgresql://h/d?ApplicationName=my%20app&connectTimeout=10")
                                       << withName;
}

void TestConnInfo::parsesJdbcUrls()
{
    QFETCH(QString, url);
    QFETCH(ConnInfo, expected);
    QString error;
    const auto info = ConnInfo::fromJdbcUrl(url, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(*info, expected);
}

void TestConnInfo::parseRecognisesTheForm()
{
    const auto expected = make(QStringLiteral("h"), 5432, QStringLiteral("d"), QStringLiteral("u"), QStringLiteral("p"),
                               QStringLiteral("require"));
    for (const auto &text : { QStringLiteral("  postgres://u:p@h:5432/d?sslmode=require\n"),
                              QStringLiteral("jdbc:postgresql://h:5432/d?user=u&password=p&sslmode=require"),
                              QStringLiteral("host=h port=5432 dbname=d user=u password=p sslmode=require") }) {
        QString error;
        const auto info = ConnInfo::parse(text, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(*info, expected);
    }
}

void TestConnInfo::malformedInputGivesErrorsWithoutThePassword_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << QStringLiteral("mysql://u:%1@h/d").arg(kSecret);
    QTest::newRow("other jdbc") << QStringLiteral("jdbc:mysql://h/d?password=%1").arg(kSecret);
    QTest::newRow("bad percent in password") << QStringLiteral("postgres://u:%1%zz@h/d").arg(kSecret);
    QTest::newRow("percent at the end") << QStringLiteral("postgres://u:%1%4@h/d").arg(kSecret);
    QTest::newRow("encoded NUL") << QStringLiteral("postgres://u:%1%00@h/d").arg(kSecret);
    QTest::newRow("port not a number") << QStringLiteral("postgres://u:%1@h:54x/d").arg(kSecret);
    QTest::newRow("port too big") << QStringLiteral("postgres://u:%1@h:70000/d").arg(kSecret);
    QTest::newRow("ipv6 not closed") << QStringLiteral("postgres://u:%1@[::1/d").arg(kSecret);
    QTest::newRow("ipv6 without brackets") << QStringLiteral("postgres://u:%1@2001:db8::1/d").arg(kSecret);
    QTest::newRow("several hosts") << QStringLiteral("postgres://u:%1@h1:5432,h2:5432/d").arg(kSecret);
    QTest::newRow("unknown option") << QStringLiteral("postgres://u:%1@h/d?colour=gray").arg(kSecret);
    QTest::newRow("bad sslmode") << QStringLiteral("postgres://u:%1@h/d?sslmode=always").arg(kSecret);
    QTest::newRow("parameter without =") << QStringLiteral("postgres://u:p@h/d?password=x&%1").arg(kSecret);
    QTest::newRow("unquoted space in password") << QStringLiteral("host=h password=x %1").arg(kSecret);
    QTest::newRow("unterminated quote") << QStringLiteral("host=h password='%1").arg(kSecret);
    QTest::newRow("value without keyword") << QStringLiteral("host=h =%1").arg(kSecret);
    QTest::newRow("unknown keyword") << QStringLiteral("host=h passwd=%1").arg(kSecret);
    QTest::newRow("jdbc without host") << QStringLiteral("jdbc:postgresql:///d?password=%1").arg(kSecret);
    QTest::newRow("jdbc bad percent") << QStringLiteral("jdbc:postgresql://h/d?password=%1%G1").arg(kSecret);
    QTest::newRow("url without @") << QStringLiteral("postgres://u:%1/d").arg(kSecret);
    QTest::newRow("unknown keyword after a password") << QStringLiteral("host=h password=abc %1=def").arg(kSecret);
    QTest::newRow("sslmode after a password") << QStringLiteral("password=abc sslmode=%1").arg(kSecret);
    QTest::newRow("url option after a password") << QStringLiteral("postgres://u@h/d?password=a&%1=b").arg(kSecret);
    QTest::newRow("url port after a password") << QStringLiteral("postgres://u@h/d?password=a&port=%1").arg(kSecret);
    QTest::newRow("jdbc sslmode after a password")
        << QStringLiteral("jdbc:postgresql://h/d?password=a&sslmode=%1").arg(kSecret);
    QTest::newRow("jdbc bad port") << QStringLiteral("jdbc:postgresql://h:0/d?password=%1").arg(kSecret);
}

void TestConnInfo::malformedInputGivesErrorsWithoutThePassword()
{
    QFETCH(QString, input);
    QString error;
    QVERIFY(!ConnInfo::parse(input, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(kSecret), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("S3cr")), qPrintable(error));
    qDebug("%s", qPrintable(error));
}

void TestConnInfo::roundTrips_data()
{
    QTest::addColumn<ConnInfo>("info");
    const QStringList passwords = {
        QStringLiteral("p0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2"),
        QStringLiteral("with some spaces"),
        QStringLiteral(" leading and trailing "),
        QStringLiteral("it's 'quoted'"),
        QStringLiteral(R"(back\slash\\double)"),
        QStringLiteral(R"(dq"dq"$HOME`id`!x)"),
        QStringLiteral("at@sign@@"),
        QStringLiteral("colon:pass::"),
        QStringLiteral("slash/pass//"),
        QStringLiteral("percent%41%zz%"),
        QStringLiteral("amp&eq=plus+hash#q?"),
        QStringLiteral("ユニコード-pässwörd-😀"),
        QStringLiteral("tab\there"),
        QStringLiteral(R"(all: '\@/%?&#=+$`!*"~)"),
        QStringLiteral("*"),
    };
    int n = 0;
    for (const auto &password : passwords) {
        QTest::addRow("heroku password %d", n++)
            << make(QStringLiteral("ec2-54-1-2-3.compute-1.amazonaws.com"), 5432, QStringLiteral("d4f5g6h7"),
                    QStringLiteral("u8a9b7c6"), password);
    }
    QTest::newRow("ipv6 host") << make(QStringLiteral("2001:db8::1"), 6543, QStringLiteral("db"),
                                       QStringLiteral("user@example.com"), QStringLiteral("pw:@/x"),
                                       QStringLiteral("verify-full"));
    QTest::newRow("tricky user and database")
        << make(QStringLiteral("127.0.0.1"), 5433, QStringLiteral("my db/1:x"), QStringLiteral("us er:'\\"),
                QStringLiteral("pw pw"), QStringLiteral("prefer"));
    auto withOptions = make(QStringLiteral("h.example.com"), 5432, QStringLiteral("d"), QStringLiteral("u"),
                            QStringLiteral("p w"), QStringLiteral("require"));
    withOptions.setOption(QStringLiteral("application_name"), QStringLiteral("hpg desk's"));
    withOptions.setOption(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    QTest::newRow("options") << withOptions;
}

void TestConnInfo::roundTrips()
{
    QFETCH(ConnInfo, info);
    QString error;

    const auto fromUrl = ConnInfo::fromUrl(info.toUrl(), &error);
    QVERIFY2(fromUrl, qPrintable(error));
    QCOMPARE(*fromUrl, info);

    const auto fromKeyValue = ConnInfo::fromKeyValue(info.toKeyValue(), &error);
    QVERIFY2(fromKeyValue, qPrintable(error));
    QCOMPARE(*fromKeyValue, withDefaultSslMode(info));

    const auto fromJdbc = ConnInfo::fromJdbcUrl(info.toJdbcUrl(), &error);
    QVERIFY2(fromJdbc, qPrintable(error));
    QCOMPARE(*fromJdbc, withDefaultSslMode(info));

    const auto fromPgpass = ConnInfo::fromPgpassLine(info.toPgpassLine(), &error);
    QVERIFY2(fromPgpass, qPrintable(error));
    auto expected = make(info.host(), info.port(), info.database(), info.user(), info.password());
    QCOMPARE(*fromPgpass, expected);

    // parse() recognises every form it formats.
    for (const auto &text : { info.toUrl(), info.toKeyValue(), info.toJdbcUrl() }) {
        const auto parsed = ConnInfo::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->password(), info.password());
    }
}

void TestConnInfo::libpqReadsUrlAndKeyValue()
{
    QFETCH(ConnInfo, info);
    for (const auto &[text, expected] :
         { std::pair { info.toUrl(), info }, std::pair { info.toKeyValue(), withDefaultSslMode(info) } }) {
        QString error;
        const auto values = libpqParse(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fromLibpq(values), expected);
    }
}

void TestConnInfo::psqlCommandInARealShell()
{
    QFETCH(ConnInfo, info);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString command = info.toPsqlCommand();
    QVERIFY(command.startsWith(QLatin1String("PGPASSWORD=")));
    const QStringList withPassword = runInShell(command, dir);
    QCOMPARE(withPassword.size(), 2); // PGPASSWORD and one argument
    QCOMPARE(withPassword.at(0), info.password());
    QVERIFY(!withPassword.at(1).contains(QLatin1String("password")));
    QString error;
    const auto values = libpqParse(withPassword.at(1), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto expected = withDefaultSslMode(info);
    expected.setPassword({});
    QCOMPARE(fromLibpq(values), expected);

    const QString withoutCommand = info.toPsqlCommand(ConnInfo::Password::Omit);
    QVERIFY(withoutCommand.startsWith(QLatin1String("psql ")));
    const QStringList without = runInShell(withoutCommand, dir);
    QCOMPARE(without, QStringList({ QStringLiteral("<unset>"), withPassword.at(1) }));
}

void TestConnInfo::envExportsInARealShell()
{
    QFETCH(ConnInfo, info);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = info.toEnvExports()
        + QStringLiteral("\nprintf '%s\\0' \"$PGHOST\" \"$PGPORT\" \"$PGDATABASE\" \"$PGUSER\" \"$PGPASSWORD\" "
                         "\"$PGSSLMODE\" \"${PGAPPNAME-}\" \"${PGCONNECT_TIMEOUT-}\"");
    const QStringList values = runInShell(script, dir);
    QCOMPARE(values,
             QStringList({ info.host(), QString::number(info.port()), info.database(), info.user(), info.password(),
                           info.sslModeOrDefault(), info.option(QStringLiteral("application_name")),
                           info.option(QStringLiteral("connect_timeout")) }));
    const QString withoutPassword = info.toEnvExports(ConnInfo::Password::Omit);
    QVERIFY(!withoutPassword.contains(QLatin1String("PGPASSWORD")));
}

void TestConnInfo::pgpassLineReadByLibpq()
{
    QFETCH(ConnInfo, info);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pgpass"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A decoy line before it that must not match, and a comment.
    file.write("# hpgdesk test\nother.example.com:5432:*:*:wrong\n");
    file.write(info.toPgpassLine().toUtf8() + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    // libpq reads the password file while it sets up the connection, before
    // any network traffic; hostaddr keeps it from resolving the name.
    const QByteArray host = info.host().toUtf8();
    const QByteArray port = QByteArray::number(info.port());
    const QByteArray database = info.database().toUtf8();
    const QByteArray user = info.user().toUtf8();
    const QByteArray passfile = path.toUtf8();
    const char *keywords[] = { "host", "hostaddr", "port", "dbname", "user", "passfile", "connect_timeout", nullptr };
    const char *values[]
        = { host.constData(),     "127.0.0.1", port.constData(), database.constData(), user.constData(),
            passfile.constData(), "1",         nullptr };
    PGconn *conn = PQconnectStartParams(keywords, values, 0);
    QVERIFY(conn);
    const QString password = QString::fromUtf8(PQpass(conn));
    PQfinish(conn);
    QCOMPARE(password, info.password());
}

void TestConnInfo::redactsEveryFormat()
{
    QFETCH(ConnInfo, info);
    if (info.password().size() < 6)
        QSKIP("password too short to search for");
    const QString password = info.password();
    for (const auto &text : { info.toUrl(), info.toKeyValue(), info.toJdbcUrl(), info.toPsqlCommand(),
                              info.toEnvExports(), info.toRedactedUrl() }) {
        const QString redacted
            = ConnInfo::redact(QStringLiteral("error: could not connect with ") + text + QStringLiteral(" (timeout)"));
        QVERIFY2(!redacted.contains(password), qPrintable(redacted));
        QVERIFY2(redacted.contains(QLatin1String("***")), qPrintable(redacted));
        QVERIFY2(redacted.startsWith(QLatin1String("error: could not connect with ")), qPrintable(redacted));
    }
    const QString redactedUrl = info.toRedactedUrl();
    QVERIFY(!redactedUrl.contains(password));
    QVERIFY(redactedUrl.startsWith(QStringLiteral("postgres://")
                                   + QString::fromLatin1(QUrl::toPercentEncoding(info.user()))
                                   + QStringLiteral(":***@")));
    const auto parsed = ConnInfo::fromUrl(redactedUrl);
    QVERIFY(parsed);
    QCOMPARE(parsed->password(), QStringLiteral("***"));
    QCOMPARE(parsed->host(), info.host());
}

void TestConnInfo::formatsTheHerokuShapes()
{
    const auto info = make(QStringLiteral("ec2-54-1-2-3.compute-1.amazonaws.com"), 5432, QStringLiteral("d4f5"),
                           QStringLiteral("u8a9"), QStringLiteral("p0c1"));
    QCOMPARE(info.toUrl(), QStringLiteral("postgres://u8a9:p0c1@ec2-54-1-2-3.compute-1.amazonaws.com:5432/d4f5"));
    QCOMPARE(info.toKeyValue(),
             QStringLiteral("dbname=d4f5 host=ec2-54-1-2-3.compute-1.amazonaws.com port=5432 "
                            "user=u8a9 password=p0c1 sslmode=require"));
    QCOMPARE(info.toJdbcUrl(),
             QStringLiteral("jdbc:postgresql://ec2-54-1-2-3.compute-1.amazonaws.com:5432/d4f5?user="
                            "u8a9&password=p0c1&sslmode=require"));
    QCOMPARE(info.toPsqlCommand(),
             QStringLiteral("PGPASSWORD=p0c1 psql \"dbname=d4f5 host=ec2-54-1-2-3.compute-1.amazonaws.com port=5432 "
                            "user=u8a9 sslmode=require\""));
    QCOMPARE(info.toPsqlCommand(ConnInfo::Password::Omit),
             QStringLiteral("psql \"dbname=d4f5 host=ec2-54-1-2-3.compute-1.amazonaws.com port=5432 user=u8a9 "
                            "sslmode=require\""));
    QCOMPARE(info.toPgpassLine(), QStringLiteral("ec2-54-1-2-3.compute-1.amazonaws.com:5432:d4f5:u8a9:p0c1"));
    QCOMPARE(info.toEnvExports(),
             QStringLiteral("export PGHOST=ec2-54-1-2-3.compute-1.amazonaws.com\n"
                            "export PGPORT=5432\nexport PGDATABASE=d4f5\nexport PGUSER=u8a9\n"
                            "export PGPASSWORD=p0c1\nexport PGSSLMODE=require"));
    QCOMPARE(info.toRedactedUrl(),
             QStringLiteral("postgres://u8a9:***@ec2-54-1-2-3.compute-1.amazonaws.com:5432/d4f5"));

    const auto tricky
        = make(QStringLiteral("h"), 5432, QStringLiteral("d"), QStringLiteral("u"), QStringLiteral(R"(a:b\c)"));
    QCOMPARE(tricky.toPgpassLine(), QStringLiteral(R"(h:5432:d:u:a\:b\\c)"));
    QCOMPARE(tricky.toKeyValue(),
             QStringLiteral(R"(dbname=d host=h port=5432 user=u password='a:b\\c' sslmode=require)"));
    QCOMPARE(tricky.toPsqlCommand(),
             QStringLiteral(R"(PGPASSWORD='a:b\c' psql "dbname=d host=h port=5432 user=u sslmode=require")"));
    QCOMPARE(make(QStringLiteral("::1"), 0, QStringLiteral("d"), {}, {}).toUrl(), QStringLiteral("postgres://[::1]/d"));
    QCOMPARE(make(QStringLiteral("/tmp"), 5433, QStringLiteral("d"), {}, {}).toUrl(),
             QStringLiteral("postgres:///d?host=%2Ftmp&port=5433"));
    QCOMPARE(make({}, 0, QStringLiteral("*"), {}, {}).toPgpassLine(), QStringLiteral(R"(*:*:\*:*:)"));
}

void TestConnInfo::omitAndRedactLeaveThePasswordOut()
{
    const auto info = make(QStringLiteral("h"), 5432, QStringLiteral("d"), QStringLiteral("u"), kSecret);
    for (const auto mode : { ConnInfo::Password::Omit, ConnInfo::Password::Redact }) {
        for (const auto &text : { info.toUrl(mode), info.toKeyValue(mode), info.toJdbcUrl(mode),
                                  info.toPsqlCommand(mode), info.toEnvExports(mode) }) {
            QVERIFY2(!text.contains(kSecret), qPrintable(text));
            QCOMPARE(text.contains(QLatin1String("***")), mode == ConnInfo::Password::Redact);
        }
    }
    QCOMPARE(info.toUrl(ConnInfo::Password::Omit), QStringLiteral("postgres://u@h:5432/d"));
    QCOMPARE(info.toJdbcUrl(ConnInfo::Password::Omit),
             QStringLiteral("jdbc:postgresql://h:5432/d?user=u&sslmode=require"));
}

void TestConnInfo::redactsTextWithSeveralSecrets()
{
    const QString text = QStringLiteral(
        "DATABASE_URL=postgres://u1:Secret1@h1:5432/d1 and HEROKU_POSTGRESQL_GRAY_URL=postgresql://u2:Se@cret/2@h2/d2\n"
        "conninfo: host=h3 password='Sec ret\\'3' user=u3; jdbc:postgresql://h4/d4?user=u4&password=Secret4&ssl=true\n"
        "{\"user\": \"u5\", \"password\": \"Secret\\\"5\", \"host\": \"h5\"} PGPASSWORD='Sec'\\''ret6' psql");
    const QString redacted = ConnInfo::redact(text);
    for (const auto &secret : { "Secret1", "cret/2", "ret\\'3", "Secret4", "Secret\\\"5", "ret6" })
        QVERIFY2(!redacted.contains(QLatin1String(secret)), qPrintable(redacted));
    for (const auto &kept : { "DATABASE_URL=postgres://u1:***@h1:5432/d1", "host=h3", "user=u3", "jdbc:postgresql://h4",
                              "\"host\": \"h5\"", "psql" })
        QVERIFY2(redacted.contains(QLatin1String(kept)), qPrintable(redacted));
    QCOMPARE(ConnInfo::redact(QStringLiteral("nothing secret here: postgres://h/d")),
             QStringLiteral("nothing secret here: postgres://h/d"));
}

void TestConnInfo::options()
{
    ConnInfo info;
    QVERIFY(info.isEmpty());
    info.setOption(QStringLiteral("application_name"), QStringLiteral("a"));
    info.setOption(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    info.setOption(QStringLiteral("application_name"), QStringLiteral("b"));
    QCOMPARE(info.options().size(), 2);
    QCOMPARE(info.option(QStringLiteral("application_name")), QStringLiteral("b"));
    QCOMPARE(info.options().first().first, QStringLiteral("application_name"));
    info.removeOption(QStringLiteral("application_name"));
    QCOMPARE(info.options().size(), 1);
    QVERIFY(!info.isEmpty());
    QVERIFY(ConnInfo::isLibpqKeyword(QStringLiteral("target_session_attrs")));
    QVERIFY(!ConnInfo::isLibpqKeyword(QStringLiteral("colour")));
    QCOMPARE(ConnInfo::libpqEnvironmentVariable(QStringLiteral("application_name")), QStringLiteral("PGAPPNAME"));
    QCOMPARE(ConnInfo::shellQuote(QStringLiteral("plain-1.2")), QStringLiteral("plain-1.2"));
    QCOMPARE(ConnInfo::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(ConnInfo::shellQuote(QString()), QStringLiteral("''"));
}

// to(Form) is what Connection Info and the credentials dialog copy: each form its own formatter, with the password.
void TestConnInfo::formsAreTheFormatters()
{
    const ConnInfo c = make(QStringLiteral("h"), 5433, QStringLiteral("d"), QStringLiteral("u"), QStringLiteral("p w"));
    QCOMPARE(c.to(ConnInfo::Form::Url), c.toUrl());
    QCOMPARE(c.to(ConnInfo::Form::KeyValue), c.toKeyValue());
    QCOMPARE(c.to(ConnInfo::Form::Jdbc), c.toJdbcUrl());
    QCOMPARE(c.to(ConnInfo::Form::Psql), c.toPsqlCommand());
    QCOMPARE(c.to(ConnInfo::Form::Pgpass), c.toPgpassLine());
    QCOMPARE(c.to(ConnInfo::Form::Env), c.toEnvExports());
    const QList<ConnInfo::Form> forms { ConnInfo::Form::Url,  ConnInfo::Form::KeyValue, ConnInfo::Form::Jdbc,
                                        ConnInfo::Form::Psql, ConnInfo::Form::Pgpass,   ConnInfo::Form::Env };
    QSet<QString> texts;
    for (const ConnInfo::Form form : forms) {
        QVERIFY(!c.to(form).isEmpty());
        texts.insert(c.to(form));
    }
    QCOMPARE(texts.size(), forms.size());
}

QTEST_GUILESS_MAIN(TestConnInfo)
#include "testconninfo.moc"
