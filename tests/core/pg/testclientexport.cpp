// ClientExport's files, byte by byte: a pg_service.conf section merged in with the other services
// kept, a .pgpass line replaced (0600), and the pgAdmin 4 and DBeaver import files with the fields
// those tools read. End to end (psql "service=NAME" against a real cluster): testexportdialog.
#include "core/pg/clientexport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hpg;

class TestClientExport : public QObject
{
    Q_OBJECT
private:
    static ClientExport::Options options(ClientExport::Target target)
    {
        ClientExport::Options o;
        o.target = target;
        o.name = QStringLiteral("acme");
        o.credential = QStringLiteral("analyst");
        o.addonName = QStringLiteral("postgresql-acme-primary");
        o.connection.setHost(QStringLiteral("db.example.com"));
        o.connection.setPort(5433);
        o.connection.setDatabase(QStringLiteral("d1"));
        o.connection.setUser(QStringLiteral("u1"));
        o.connection.setPassword(QStringLiteral("s3cr:et"));
        return o;
    }

    static QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void serviceSectionNamesTheCredentialAndHasNoPassword()
    {
        const QString section = ClientExport::serviceSection(options(ClientExport::Target::LibpqService));
        QVERIFY(section.startsWith(QLatin1String("[acme]\n# ")));
        QVERIFY(section.contains(QLatin1String("credential analyst of postgresql-acme-primary")));
        QVERIFY(
            section.contains(QLatin1String("\nhost=db.example.com\nport=5433\ndbname=d1\nuser=u1\nsslmode=require\n")));
        QVERIFY(!section.contains(QLatin1String("s3cr")));
        QVERIFY(section.contains(QLatin1String("The password is not included.")));
    }

    void mergeKeepsOtherServicesAndReplacesOurs()
    {
        const QString existing = QStringLiteral("# my services\n[other]\nhost=a\n\n[acme]\nhost=old\nuser=old\n"
                                                "[last]\nhost=z\n");
        const QString merged
            = ClientExport::mergeServiceFile(existing, QStringLiteral("acme"), QStringLiteral("[acme]\nhost=new\n"));
        QCOMPARE(merged, QStringLiteral("# my services\n[other]\nhost=a\n\n[acme]\nhost=new\n[last]\nhost=z\n"));
        const QString added = ClientExport::mergeServiceFile(QStringLiteral("[other]\nhost=a"), QStringLiteral("acme"),
                                                             QStringLiteral("[acme]\nhost=new\n"));
        QCOMPARE(added, QStringLiteral("[other]\nhost=a\n\n[acme]\nhost=new\n"));
        QCOMPARE(ClientExport::mergeServiceFile({}, QStringLiteral("acme"), QStringLiteral("[acme]\nhost=new\n")),
                 QStringLiteral("[acme]\nhost=new\n"));
    }

    void pgpassReplacesTheSameUserOnly()
    {
        const ClientExport::Options o = options(ClientExport::Target::LibpqService);
        const QString merged = ClientExport::mergePgpass(
            QStringLiteral("# mine\nother:5432:x:y:pw\ndb.example.com:5433:d1:u1:oldpw\n"), o.connection);
        QCOMPARE(merged, QStringLiteral("# mine\nother:5432:x:y:pw\ndb.example.com:5433:d1:u1:s3cr\\:et\n"));
    }

    void writesPassFileOwnerOnlyAndMerges()
    {
        QTemporaryDir dir;
        ClientExport::Options o = options(ClientExport::Target::LibpqService);
        o.path = dir.filePath(QStringLiteral("pg_service.conf"));
        o.passFile = dir.filePath(QStringLiteral("sub/pgpass"));
        o.includePassword = true;
        {
            QFile existing(o.path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("[other]\nhost=a\n");
        }
        QStringList written;
        QString error;
        QVERIFY2(ClientExport::write(o, &written, &error), qPrintable(error));
        QCOMPARE(written, QStringList({ o.path, o.passFile }));
        QCOMPARE(QFile::permissions(o.passFile) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(o.passFile) & (QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile service(o.path);
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(service.readAll());
        QVERIFY(text.startsWith(QLatin1String("[other]\nhost=a\n\n[acme]\n")));
        QVERIFY(!text.contains(QLatin1String("s3cr")));
        QVERIFY(text.contains(QLatin1String("The password is in ")));
    }

    void refusesBadInput()
    {
        ClientExport::Options o = options(ClientExport::Target::LibpqService);
        o.path = QStringLiteral("/tmp/x.conf");
        o.name = QStringLiteral("has space");
        QVERIFY(!ClientExport::check(o).isEmpty());
        o.name = QStringLiteral("ok");
        o.includePassword = true;
        o.passFile = o.path;
        QVERIFY(!ClientExport::check(o).isEmpty()); // the service file is not a password file
        QTemporaryDir dir;
        o.target = ClientExport::Target::DBeaver;
        o.path = dir.filePath(QStringLiteral("data-sources.json"));
        QFile broken(o.path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not json");
        broken.close();
        QStringList written;
        QString error;
        QVERIFY(!ClientExport::write(o, &written, &error));
        QVERIFY(error.contains(QLatin1String("not a JSON file")));
        QVERIFY(!error.contains(QLatin1String("s3cr")));
    }

    // pgAdmin 4, https://www.pgadmin.org/docs/pgadmin4/latest/import_export_servers.html: "Servers" keyed by
    // number; Name, Group, Port, Username, SSLMode, MaintenanceDB and one of Host/HostAddr/Service are
    // mandatory; passwords are not imported (PassFile names a password file).
    void pgAdminHasTheMandatoryFields()
    {
        ClientExport::Options o = options(ClientExport::Target::PgAdmin);
        const QByteArray existing = R"({"Servers": {"1": {"Name": "mine", "Group": "G"}}})";
        QJsonObject root = QJsonDocument::fromJson(ClientExport::pgAdminServers(existing, o)).object();
        const QJsonObject servers = root.value(QStringLiteral("Servers")).toObject();
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.value(QStringLiteral("1")).toObject().value(QStringLiteral("Name")).toString(),
                 QStringLiteral("mine"));
        const QJsonObject server = servers.value(QStringLiteral("2")).toObject();
        QCOMPARE(server.value(QStringLiteral("Name")).toString(), QStringLiteral("acme"));
        QCOMPARE(server.value(QStringLiteral("Group")).toString(), QStringLiteral("Heroku"));
        QCOMPARE(server.value(QStringLiteral("Host")).toString(), QStringLiteral("db.example.com"));
        QCOMPARE(server.value(QStringLiteral("Port")).toInt(), 5433);
        QCOMPARE(server.value(QStringLiteral("MaintenanceDB")).toString(), QStringLiteral("d1"));
        QCOMPARE(server.value(QStringLiteral("Username")).toString(), QStringLiteral("u1"));
        QCOMPARE(server.value(QStringLiteral("SSLMode")).toString(), QStringLiteral("require"));
        QVERIFY(!server.contains(QStringLiteral("PassFile")));
        QVERIFY(server.value(QStringLiteral("Comment")).toString().contains(QLatin1String("analyst")));
        QVERIFY(!QString::fromUtf8(ClientExport::pgAdminServers({}, o)).contains(QLatin1String("s3cr")));

        o.includePassword = true;
        o.passFile = QStringLiteral("/home/me/.pgpass");
        root = QJsonDocument::fromJson(ClientExport::pgAdminServers(ClientExport::pgAdminServers(existing, o), o))
                   .object();
        const QJsonObject again = root.value(QStringLiteral("Servers")).toObject();
        QCOMPARE(again.size(), 2); // the same Name is replaced, not added twice
        QCOMPARE(again.value(QStringLiteral("2")).toObject().value(QStringLiteral("PassFile")).toString(), o.passFile);
        QVERIFY(!QString::fromUtf8(ClientExport::pgAdminServers({}, o)).contains(QLatin1String("s3cr")));
    }

    // DBeaver, https://dbeaver.com/docs/dbeaver/Admin-Manage-Connections/: .dbeaver/data-sources*.json,
    // "connections" keyed by id, each with provider, driver, name and a configuration of host, port,
    // database, url, user and password.
    void dbeaverHasTheConnectionFields()
    {
        QTemporaryDir dir;
        ClientExport::Options o = options(ClientExport::Target::DBeaver);
        o.path = dir.filePath(QStringLiteral(".dbeaver/data-sources-heroku.json"));
        QStringList written;
        QString error;
        QVERIFY2(ClientExport::write(o, &written, &error), qPrintable(error));
        QJsonObject connection = readJson(o.path)
                                     .value(QStringLiteral("connections"))
                                     .toObject()
                                     .value(QStringLiteral("hpgdesk-acme"))
                                     .toObject();
        QCOMPARE(connection.value(QStringLiteral("provider")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(connection.value(QStringLiteral("driver")).toString(), QStringLiteral("postgres-jdbc"));
        QCOMPARE(connection.value(QStringLiteral("name")).toString(), QStringLiteral("acme"));
        QCOMPARE(connection.value(QStringLiteral("save-password")).toBool(), false);
        QJsonObject configuration = connection.value(QStringLiteral("configuration")).toObject();
        QCOMPARE(configuration.value(QStringLiteral("host")).toString(), QStringLiteral("db.example.com"));
        QCOMPARE(configuration.value(QStringLiteral("port")).toString(), QStringLiteral("5433"));
        QCOMPARE(configuration.value(QStringLiteral("database")).toString(), QStringLiteral("d1"));
        QCOMPARE(configuration.value(QStringLiteral("user")).toString(), QStringLiteral("u1"));
        QVERIFY(configuration.value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QLatin1String("jdbc:postgresql://db.example.com:5433/d1")));
        QVERIFY(configuration.value(QStringLiteral("url")).toString().contains(QLatin1String("sslmode=require")));
        QVERIFY(!configuration.contains(QStringLiteral("password")));

        o.includePassword = true;
        QVERIFY2(ClientExport::write(o, &written, &error), qPrintable(error));
        const QJsonObject connections = readJson(o.path).value(QStringLiteral("connections")).toObject();
        QCOMPARE(connections.size(), 1);
        configuration = connections.value(QStringLiteral("hpgdesk-acme"))
                            .toObject()
                            .value(QStringLiteral("configuration"))
                            .toObject();
        QCOMPARE(configuration.value(QStringLiteral("password")).toString(), QStringLiteral("s3cr:et"));
        QCOMPARE(QFile::permissions(o.path) & 0x0077, QFileDevice::Permissions());
        QVERIFY(!ClientExport::preview(o).contains(QLatin1String("s3cr")));
    }
};

QTEST_GUILESS_MAIN(TestClientExport)
#include "testclientexport.moc"
