#include "herokucli.h"

#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

QString CliResult::describe() const
{
    QString text = QStringLiteral("$ heroku %1\n").arg(arguments.join(QLatin1Char(' ')));
    if (!finished)
        text += QStringLiteral("(did not finish: crashed, could not start or timed out)\n");
    else
        text += QStringLiteral("exit code %1 after %2 ms\n").arg(exitCode).arg(elapsedMs);
    text += QStringLiteral("--- stdout ---\n%1\n--- stderr ---\n%2\n--- end ---").arg(out, err);
    return text;
}

HerokuCli::HerokuCli(const QString &program, const QUrl &sandboxUrl, const QString &token, const QString &home)
    : m_program(program)
{
    // The CLI accepts plain http only for localhost/127.0.0.1; the data host must be a bare host name.
    QUrl api = sandboxUrl;
    api.setHost(QStringLiteral("localhost"));
    const QString base = api.toString(QUrl::StripTrailingSlash);

    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys()) {
        // Nothing of the caller's Heroku or libpq setup may leak in (PGSSLMODE would change psql's SSL).
        if (key.startsWith(QLatin1String("HEROKU_")) || key.startsWith(QLatin1String("PG"))
            || key.startsWith(QLatin1String("OCLIF_")) || key == QLatin1String("DATABASE_URL")
            || key == QLatin1String("DEBUG") || key.startsWith(QLatin1String("CONNECT_"))
            || key.startsWith(QLatin1String("XDG_")) || key.startsWith(QLatin1String("SSL_CERT")))
            continue;
        m_environment.insert(key, system.value(key));
    }
    const QString config = home + QStringLiteral("/.config");
    const QString cache = home + QStringLiteral("/.cache");
    const QString data = home + QStringLiteral("/.local/share");
    for (const QString &dir : { config, cache + QStringLiteral("/heroku"), data })
        QDir().mkpath(dir);
    // The CLI warns once per cache dir that the terms of service changed: mark it as seen.
    QFile tos(cache + QStringLiteral("/heroku/terms-of-service"));
    if (tos.open(QIODevice::WriteOnly))
        tos.close();

    const QList<std::pair<const char *, QString>> values = {
        { "HOME", home },
        { "XDG_CONFIG_HOME", config },
        { "XDG_CACHE_HOME", cache },
        { "XDG_DATA_HOME", data },
        { "HEROKU_HOST", base },
        { "HEROKU_DATA_HOST", QStringLiteral("localhost") },
        { "HEROKU_API_KEY", token },
        { "HEROKU_PARTICLEBOARD_URL", base },
        { "CONNECT_DISCOVERY_SERVER", base },
        { "DISABLE_TELEMETRY", QStringLiteral("true") },
        { "HEROKU_SKIP_ANALYTICS", QStringLiteral("1") },
        { "HEROKU_ANALYTICS_URL", base + QStringLiteral("/analytics") },
        { "HEROKU_DISABLE_AUTOUPDATE", QStringLiteral("1") },
        { "HEROKU_SKIP_NEW_VERSION_CHECK", QStringLiteral("true") },
        { "HEROKU_NETRC_WRITE", QStringLiteral("true") }, // never the desktop keychain
        { "OCLIF_COLUMNS", QStringLiteral("250") }, // no truncated tables
        { "NO_COLOR", QStringLiteral("1") },
        { "FORCE_COLOR", QStringLiteral("0") },
        { "PSQLRC", QStringLiteral("/dev/null") },
    };
    for (const auto &[key, value] : values)
        m_environment.insert(QString::fromLatin1(key), value);
}

CliResult HerokuCli::run(const QStringList &arguments, int timeoutMs) const
{
    CliResult result;
    result.arguments = arguments;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_environment.value(QStringLiteral("HOME")));
    process.setStandardInputFile(QProcess::nullDevice()); // no prompt may wait for a keyboard
    QElapsedTimer timer;
    timer.start();
    process.start(m_program, arguments);
    if (process.waitForStarted(30000)) {
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
        } else {
            result.finished = process.exitStatus() == QProcess::NormalExit;
            result.exitCode = process.exitCode();
        }
    }
    result.elapsedMs = timer.elapsed();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (!result.finished && process.error() == QProcess::FailedToStart)
        result.err += QStringLiteral("\n[could not start %1: %2]").arg(m_program, process.errorString());
    static const QRegularExpression password(QStringLiteral("(://[^:/@\\s]+:)[^@\\s]+@"));
    qInfo().noquote() << QStringLiteral("heroku %1 → %2 (%3 ms)")
                             .arg(arguments.join(QLatin1Char(' ')).replace(password, QStringLiteral("\\1***@")),
                                  result.finished ? QString::number(result.exitCode) : QStringLiteral("did not finish"))
                             .arg(result.elapsedMs);
    return result;
}

QString HerokuCli::psql(const QString &url, const QString &sql, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment env = m_environment;
    env.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("require"));
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("hpg-conformance-check"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral("psql"),
                  { QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-Atc"), sql, url });
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return QStringLiteral("ERROR: psql timed out");
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ERROR: ") + QString::fromUtf8(process.readAllStandardError()).trimmed();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}
