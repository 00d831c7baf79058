#pragma once

#include <QString>
#include <QStringList>

namespace hpg::sandbox {

class PgTools;

// The self-signed server certificate of a sandbox cluster (SSL is on, like Heroku's; clients use
// sslmode=require, which does not verify it).
class Certificate
{
public:
    // Creates <dataDir>/server.crt and <dataDir>/server.key (P-256, valid ten years, CN and
    // subjectAltName 127.0.0.1/localhost) with `openssl req -x509`, owned by the server user,
    // the key readable by it alone. Blocking; throws PgError.
    static void generate(const PgTools &tools, const QString &dataDir);

    // The openssl program (empty when there is none) and the arguments that write both files
    // into the working directory.
    static QString openssl();
    static QStringList requestArguments();

    static QString certificateFile() { return QStringLiteral("server.crt"); }
    static QString keyFile() { return QStringLiteral("server.key"); }
};

} // namespace hpg::sandbox
