#pragma once

#include <QSslConfiguration>
#include <QString>

namespace hpg::sandbox {

// The TLS side of the backups' public URLs. The Heroku CLI downloads a backup (pg:backups:download)
// only over https, as from S3; the sandbox serves them on a second loopback port with a
// self-signed certificate kept in <stateDir>/backups-tls/ (made with openssl on first use). A
// client trusts it with NODE_EXTRA_CA_CERTS (the CLI) or `curl --cacert` (GET /_sandbox/tls says
// where the certificate is); hpgdesk accepts it for loopback addresses only.
class BackupTls
{
public:
    // Loads the certificate and key from `dir`, making them first when they are not there.
    // False and why when openssl is missing or fails.
    static bool load(const QString &dir, QSslConfiguration *configuration, QString *error);
    static QString certificatePath(const QString &dir);
};

} // namespace hpg::sandbox
