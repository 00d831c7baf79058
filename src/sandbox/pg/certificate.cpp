#include "sandbox/pg/certificate.h"

#include "sandbox/pg/pgerror.h"
#include "sandbox/pg/pgtools.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace hpg::sandbox {

QString Certificate::openssl()
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("openssl"), { QStringLiteral("/usr/bin") });
    return program;
}

QStringList Certificate::requestArguments()
{
    return { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("3650"),
             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1/O=hpgdesk-sandbox"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
             QStringLiteral("-keyout"), keyFile(), QStringLiteral("-out"), certificateFile() };
}

void Certificate::generate(const PgTools &tools, const QString &dataDir)
{
    const QString program = openssl();
    if (program.isEmpty())
        throw PgError(QStringLiteral("openssl was not found; it is needed for the clusters' SSL certificates."));
    // Runs as the server user in the data directory, with umask 077, so both files are its own
    // and the key is private (PostgreSQL refuses a group- or world-readable key).
    tools.runChecked(QStringLiteral("openssl req"), program, requestArguments(), dataDir, {}, 60000);
    if (!QFileInfo::exists(dataDir + QLatin1Char('/') + keyFile()))
        throw PgError(QStringLiteral("openssl did not write %1").arg(keyFile()));
}

} // namespace hpg::sandbox
