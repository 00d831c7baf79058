#include "localserversettings.h"

#include "core/pg/sslpolicy.h"

#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace hpg {

namespace {

const char *const groupName = "transfer/localServer";

QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // As libpq does when PGUSER is not set: the name of the effective user (root in a
    // container, where $USER is often not set).
    if (user.isEmpty()) {
        if (const passwd *entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user;
}

} // namespace

LocalServerSettings LocalServerSettings::fromEnvironment(const QProcessEnvironment &environment)
{
    LocalServerSettings settings;
    settings.host = environment.value(QStringLiteral("PGHOST"));
    settings.port = environment.value(QStringLiteral("PGPORT")).toInt();
    settings.user = environment.value(QStringLiteral("PGUSER"));
    return settings;
}

QString LocalServerSettings::environmentPassword(const QProcessEnvironment &environment)
{
    return environment.value(QStringLiteral("PGPASSWORD"));
}

LocalServerSettings LocalServerSettings::load(QSettings &store)
{
    store.beginGroup(QLatin1String(groupName));
    const bool saved = store.value(QStringLiteral("saved")).toBool();
    LocalServerSettings settings = fromEnvironment();
    if (saved) {
        settings.host = store.value(QStringLiteral("host")).toString();
        settings.port = store.value(QStringLiteral("port")).toInt();
        settings.user = store.value(QStringLiteral("user")).toString();
    }
    store.endGroup();
    return settings;
}

void LocalServerSettings::save(QSettings &store) const
{
    store.beginGroup(QLatin1String(groupName));
    store.setValue(QStringLiteral("saved"), true);
    store.setValue(QStringLiteral("host"), host);
    store.setValue(QStringLiteral("port"), port);
    store.setValue(QStringLiteral("user"), user);
    store.endGroup();
}

QString LocalServerSettings::secretKey() const
{
    return QStringLiteral("local-postgres/%1@%2:%3")
        .arg(effectiveUser(), host.isEmpty() ? QStringLiteral("local") : host)
        .arg(effectivePort());
}

QString LocalServerSettings::effectiveUser() const
{
    return user.isEmpty() ? systemUser() : user;
}

QString LocalServerSettings::displayName() const
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return tr("%1 on the local socket, port %2").arg(effectiveUser()).arg(effectivePort());
    return QStringLiteral("%1@%2:%3").arg(effectiveUser(), host).arg(effectivePort());
}

ConnInfo LocalServerSettings::connInfo(const QString &database, const QString &password) const
{
    ConnInfo conn;
    conn.setHost(host);
    conn.setPort(port);
    conn.setUser(effectiveUser());
    conn.setDatabase(database);
    conn.setPassword(password);
    // On this machine, encryption protects nothing (only its administrator could read the traffic,
    // and they can read the server's files) and cost 0.1 s of a 4 s pull (the decryption by the
    // restoring server): allow tries without SSL first, and uses it when the server insists.
    conn.setSslMode(SslPolicy::isLoopbackHost(host) ? QStringLiteral("allow") : QStringLiteral("prefer"));
    return conn;
}

} // namespace hpg
