#include "clientexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace hpg {

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString home(const QString &name)
{
    return QDir::home().filePath(name);
}

QString pgAdminPassFile(const ClientExport::Options &options)
{
    return options.includePassword ? options.passFile : QString();
}

// Reads a file that may not exist yet; false (with `error`) only when it exists and cannot be read.
bool readExisting(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ClientExport::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

bool writeWhole(const QString &path, const QByteArray &data, bool ownerOnly, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = ClientExport::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ClientExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Narrowed before anything secret is in it; QSaveFile keeps these permissions on commit.
    if (ownerOnly)
        file.setPermissions(kOwnerOnly);
    file.write(data);
    if (!file.commit()) {
        *error = ClientExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (ownerOnly && !QFile::setPermissions(path, kOwnerOnly)) {
        *error = ClientExport::tr("Cannot make %1 readable by you only.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QJsonObject parsedObject(const QByteArray &existing)
{
    return existing.trimmed().isEmpty() ? QJsonObject() : QJsonDocument::fromJson(existing).object();
}

} // namespace

QString ClientExport::defaultServiceFile()
{
    const QString variable = qEnvironmentVariable("PGSERVICEFILE");
    return variable.isEmpty() ? home(QStringLiteral(".pg_service.conf")) : variable;
}

QString ClientExport::defaultPassFile()
{
    const QString variable = qEnvironmentVariable("PGPASSFILE");
    return variable.isEmpty() ? home(QStringLiteral(".pgpass")) : variable;
}

QString ClientExport::defaultPath(Target target)
{
    switch (target) {
    case Target::LibpqService:
        return defaultServiceFile();
    case Target::PgAdmin:
        return home(QStringLiteral("servers.json"));
    case Target::DBeaver: {
        // DBeaver loads every .dbeaver/data-sources*.json of a project: its default project when it is there.
        const QString project = home(QStringLiteral(".local/share/DBeaverData/workspace6/General/.dbeaver"));
        return QDir(QFileInfo::exists(project) ? project : QDir::homePath())
            .filePath(QStringLiteral("data-sources-heroku.json"));
    }
    }
    return {};
}

QString ClientExport::check(const Options &options)
{
    if (options.connection.user().isEmpty())
        return tr("The credential has not been loaded yet.");
    if (options.name.trimmed().isEmpty())
        return tr("Enter a name for the connection.");
    if (options.target == Target::LibpqService) {
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
        if (!valid.match(options.name).hasMatch())
            return tr("A service name has only letters, digits, _, . and -.");
    }
    if (options.path.isEmpty())
        return tr("Choose the file to write.");
    if (options.includePassword && options.target != Target::DBeaver && options.passFile.isEmpty())
        return tr("Choose the password file to write.");
    if (options.includePassword && options.target != Target::DBeaver
        && QFileInfo(options.passFile).absoluteFilePath() == QFileInfo(options.path).absoluteFilePath())
        return tr("The password file must be another file than %1.").arg(QDir::toNativeSeparators(options.path));
    if (QFileInfo(options.path).isDir())
        return tr("%1 is a folder; choose a file.").arg(QDir::toNativeSeparators(options.path));
    return {};
}

QString ClientExport::comment(const Options &options)
{
    //: written into the exported file; %1 credential name, %2 database, %3 whether the password is included
    return tr("Heroku Postgres credential %1 of %2, exported by hpgdesk. %3")
        .arg(options.credential, options.addonName,
             options.includePassword
                 ? (options.target == Target::DBeaver
                        ? tr("The password is included.")
                        : tr("The password is in %1.").arg(QDir::toNativeSeparators(options.passFile)))
                 : tr("The password is not included."));
}

QString ClientExport::serviceSection(const Options &options)
{
    const ConnInfo &c = options.connection;
    QStringList lines { QLatin1Char('[') + options.name + QLatin1Char(']'), QStringLiteral("# ") + comment(options) };
    lines << QStringLiteral("host=") + c.host();
    if (c.port() > 0)
        lines << QStringLiteral("port=") + QString::number(c.port());
    lines << QStringLiteral("dbname=") + c.database() << QStringLiteral("user=") + c.user()
          << QStringLiteral("sslmode=") + c.sslModeOrDefault();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Replaces the [name] section (from its header to the next header) and keeps every other line;
// a new service goes at the end.
QString ClientExport::mergeServiceFile(const QString &existing, const QString &name, const QString &section)
{
    QStringList kept;
    bool inSection = false;
    bool replaced = false;
    const QStringList lines = existing.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the final newline
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('['))) {
            inSection = trimmed == QLatin1Char('[') + name + QLatin1Char(']');
            if (inSection && !replaced) {
                kept << section.chopped(1);
                replaced = true;
            }
        }
        if (!inSection)
            kept << line;
    }
    if (!replaced) {
        if (!kept.isEmpty() && !kept.constLast().trimmed().isEmpty())
            kept << QString();
        kept << section.chopped(1);
    }
    return kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Replaces the line for the same host, port, database and user; keeps every other line.
QString ClientExport::mergePgpass(const QString &existing, const ConnInfo &connection)
{
    QStringList kept;
    const QStringList lines = existing.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (i == lines.size() - 1 && line.isEmpty())
            break;
        const auto parsed = line.startsWith(QLatin1Char('#')) ? std::nullopt : ConnInfo::fromPgpassLine(line);
        if (parsed && parsed->host() == connection.host() && parsed->port() == connection.port()
            && parsed->database() == connection.database() && parsed->user() == connection.user())
            continue;
        kept << line;
    }
    kept << connection.toPgpassLine();
    return kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// pgAdmin 4's import format (https://www.pgadmin.org/docs/pgadmin4/latest/import_export_servers.html):
// {"Servers": {"1": {Name, Group, Host, Port, MaintenanceDB, Username, SSLMode, …}}}. A server of the
// same name in an existing file is replaced, others are kept.
QByteArray ClientExport::pgAdminServers(const QByteArray &existing, const Options &options)
{
    QJsonObject root = parsedObject(existing);
    QJsonObject servers = root.value(QStringLiteral("Servers")).toObject();
    QString key;
    int highest = 0;
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        highest = qMax(highest, it.key().toInt());
        if (it.value().toObject().value(QStringLiteral("Name")).toString() == options.name)
            key = it.key();
    }
    if (key.isEmpty())
        key = QString::number(highest + 1);
    const ConnInfo &c = options.connection;
    QJsonObject server { { QStringLiteral("Name"), options.name },
                         { QStringLiteral("Group"), QStringLiteral("Heroku") },
                         { QStringLiteral("Host"), c.host() },
                         { QStringLiteral("Port"), c.port() > 0 ? c.port() : 5432 },
                         { QStringLiteral("MaintenanceDB"), c.database() },
                         { QStringLiteral("Username"), c.user() },
                         { QStringLiteral("SSLMode"), c.sslModeOrDefault() },
                         { QStringLiteral("Comment"), comment(options) } };
    QJsonObject parameters { { QStringLiteral("sslmode"), c.sslModeOrDefault() } };
    if (!pgAdminPassFile(options).isEmpty()) {
        server.insert(QStringLiteral("PassFile"), pgAdminPassFile(options));
        parameters.insert(QStringLiteral("passfile"), pgAdminPassFile(options));
    }
    // pgAdmin 7 and later read the libpq parameters from here; older ones from the fields above.
    server.insert(QStringLiteral("ConnectionParameters"), parameters);
    servers.insert(key, server);
    root.insert(QStringLiteral("Servers"), servers);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// DBeaver's data-sources.json (https://dbeaver.com/docs/dbeaver/Admin-Manage-Connections/): a
// connection under "connections" with provider postgresql and driver postgres-jdbc; host, port,
// database, url, user and password in its configuration. Our connection is replaced, others kept.
QByteArray ClientExport::dbeaverDataSources(const QByteArray &existing, const Options &options)
{
    QJsonObject root = parsedObject(existing);
    if (!root.contains(QStringLiteral("folders")))
        root.insert(QStringLiteral("folders"), QJsonObject());
    QJsonObject connections = root.value(QStringLiteral("connections")).toObject();
    const ConnInfo &c = options.connection;
    ConnInfo jdbc = c;
    jdbc.setPassword({});
    QJsonObject configuration { { QStringLiteral("host"), c.host() },
                                { QStringLiteral("port"), QString::number(c.port() > 0 ? c.port() : 5432) },
                                { QStringLiteral("database"), c.database() },
                                { QStringLiteral("url"), jdbc.toJdbcUrl(ConnInfo::Password::Omit) },
                                { QStringLiteral("configurationType"), QStringLiteral("MANUAL") },
                                { QStringLiteral("type"), QStringLiteral("prod") },
                                { QStringLiteral("auth-model"), QStringLiteral("native") },
                                { QStringLiteral("user"), c.user() },
                                { QStringLiteral("properties"),
                                  QJsonObject { { QStringLiteral("sslmode"), c.sslModeOrDefault() } } } };
    if (options.includePassword)
        configuration.insert(QStringLiteral("password"), c.password());
    const QJsonObject connection { { QStringLiteral("provider"), QStringLiteral("postgresql") },
                                   { QStringLiteral("driver"), QStringLiteral("postgres-jdbc") },
                                   { QStringLiteral("name"), options.name },
                                   { QStringLiteral("description"), comment(options) },
                                   { QStringLiteral("save-password"), options.includePassword },
                                   { QStringLiteral("configuration"), configuration } };
    QString id = QStringLiteral("hpgdesk-") + options.name;
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("-"));
    connections.insert(id, connection);
    root.insert(QStringLiteral("connections"), connections);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ClientExport::content(const QByteArray &existing, const Options &options)
{
    switch (options.target) {
    case Target::LibpqService:
        return mergeServiceFile(QString::fromUtf8(existing), options.name, serviceSection(options)).toUtf8();
    case Target::PgAdmin:
        return pgAdminServers(existing, options);
    case Target::DBeaver:
        return dbeaverDataSources(existing, options);
    }
    return {};
}

QString ClientExport::preview(const Options &options)
{
    if (options.target == Target::LibpqService) {
        QString text = serviceSection(options);
        if (options.includePassword) {
            ConnInfo redacted = options.connection;
            redacted.setPassword(QStringLiteral("***"));
            text += QStringLiteral("\n# %1\n%2\n")
                        .arg(QDir::toNativeSeparators(options.passFile), redacted.toPgpassLine());
        }
        return text;
    }
    return ConnInfo::redact(QString::fromUtf8(content({}, options)));
}

bool ClientExport::write(const Options &options, QStringList *written, QString *error)
{
    written->clear();
    if (const QString problem = check(options); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QByteArray existing;
    if (!readExisting(options.path, &existing, error))
        return false;
    if (options.target != Target::LibpqService && !existing.trimmed().isEmpty()) {
        QJsonParseError parseError;
        if (!QJsonDocument::fromJson(existing, &parseError).isObject()) {
            *error = tr("%1 is not a JSON file this export can add to; choose a new file.")
                         .arg(QDir::toNativeSeparators(options.path));
            return false;
        }
    }
    if (options.includePassword && options.target != Target::DBeaver) {
        QByteArray passExisting;
        if (!readExisting(options.passFile, &passExisting, error))
            return false;
        const QByteArray pass = mergePgpass(QString::fromUtf8(passExisting), options.connection).toUtf8();
        if (!writeWhole(options.passFile, pass, true, error))
            return false;
        written->append(options.passFile);
    }
    // A file with a password in it is readable by its owner only.
    const bool secret = options.includePassword && options.target == Target::DBeaver;
    if (!writeWhole(options.path, content(existing, options), secret, error))
        return false;
    written->prepend(options.path);
    return true;
}

} // namespace hpg
