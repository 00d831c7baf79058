#include "backuptls.h"

#include "sandbox/pg/certificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

namespace hpg::sandbox {

QString BackupTls::certificatePath(const QString &dir)
{
    return dir + QLatin1Char('/') + Certificate::certificateFile();
}

bool BackupTls::load(const QString &dir, QSslConfiguration *configuration, QString *error)
{
    const QString keyPath = dir + QLatin1Char('/') + Certificate::keyFile();
    if (!QFile::exists(keyPath) || !QFile::exists(certificatePath(dir))) {
        const QString openssl = Certificate::openssl();
        if (openssl.isEmpty()) {
            *error = QStringLiteral("openssl was not found; backups are served over http only.");
            return false;
        }
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcess process;
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, Certificate::requestArguments());
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            *error = QStringLiteral("openssl failed: %1").arg(QString::fromLocal8Bit(process.readAll()));
            return false;
        }
    }
    QFile keyFile(keyPath);
    QFile certificateFile(certificatePath(dir));
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("The backups' TLS certificate in %1 cannot be read.").arg(dir);
        return false;
    }
    const QSslKey key(&keyFile, QSsl::Ec);
    const QSslCertificate certificate(&certificateFile);
    if (key.isNull() || certificate.isNull()) {
        *error = QStringLiteral("The backups' TLS certificate in %1 is not usable.").arg(dir);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    *configuration = config;
    return true;
}

} // namespace hpg::sandbox
