#include "backupdownload.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace hpg {

BackupDownload::BackupDownload(ApiClient *api, const QString &app, int backupNum, qint64 backupBytes,
                               const QString &target, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_app(app)
    , m_num(backupNum)
    , m_total(backupBytes)
    , m_target(target)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

BackupDownload::~BackupDownload()
{
    cancel();
}

qint64 BackupDownload::resumableBytes(const QString &target)
{
    const QFileInfo part(partPath(target));
    return part.exists() ? part.size() : 0;
}

void BackupDownload::start()
{
    m_part.setFileName(partPath(m_target));
    if (!m_part.open(QIODevice::ReadWrite)) {
        fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()));
        return;
    }
    m_resumedFrom = m_done = m_part.size();
    if (m_total > 0 && m_done > m_total) { // not this backup's: start over
        m_part.resize(0);
        m_resumedFrom = m_done = 0;
    }
    m_part.seek(m_done);
    emit progress(m_done, m_total);
    requestUrl();
}

void BackupDownload::cancel()
{
    if (m_call)
        m_call->cancel();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_part.isOpen()) {
        m_part.flush();
        m_part.close();
    }
}

void BackupDownload::requestUrl()
{
    m_call = BackupClient(m_api).publicUrl(m_app, m_num, this);
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.ok()) {
            fail(result.error.userText());
            return;
        }
        m_url = QUrl(result.object().value(QStringLiteral("url")).toString());
        if (!m_url.isValid() || !(m_url.scheme() == QLatin1String("https") || m_url.scheme() == QLatin1String("http"))) {
            fail(tr("Heroku gave no download address for backup %1.").arg(m_num));
            return;
        }
        fetch();
    });
}

void BackupDownload::fetch()
{
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "*/*");
    if (m_done > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_done) + '-');
    m_firstChunk = true;
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(4 << 20);
    // The sandbox serves its backups with a self-signed certificate on loopback; anywhere else
    // (Heroku's storage) the certificate must be valid.
    const QHostAddress host(m_url.host());
    if (m_url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback())) {
        QPointer<QNetworkReply> reply = m_reply;
        connect(m_reply, &QNetworkReply::sslErrors, this, [reply] {
            if (reply)
                reply->ignoreSslErrors();
        });
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &BackupDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BackupDownload::onFinished);
}

void BackupDownload::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_firstChunk && status == 200 && m_done > 0) { // the server ignored the range: start over
        m_part.resize(0);
        m_part.seek(0);
        m_done = m_resumedFrom = 0;
    }
    if (status != 200 && status != 206)
        return; // an error body: read in onFinished
    m_firstChunk = false;
    const QByteArray data = m_reply->readAll();
    if (m_part.write(data) != data.size()) {
        const QString error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()),
                                                               m_part.errorString());
        m_reply->disconnect(this);
        m_reply->abort();
        fail(error);
        return;
    }
    m_done += data.size();
    emit progress(m_done, m_total);
}

void BackupDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 403 && m_urlRefreshes < 3) { // the signed URL expired: ask for a new one
        ++m_urlRefreshes;
        requestUrl();
        return;
    }
    if (status == 416 && m_total > 0 && m_done == m_total) {
        // Everything was there already.
    } else if (reply->error() != QNetworkReply::NoError) {
        fail(tr("The download of backup %1 stopped: %2. Start it again to resume from %3 bytes.")
                 .arg(m_num)
                 .arg(reply->errorString())
                 .arg(m_done));
        return;
    } else if (m_reply && m_reply->bytesAvailable() > 0) {
        onReadyRead();
    }
    m_part.flush();
    const QString problem = verify();
    if (!problem.isEmpty()) {
        m_part.close();
        QFile::remove(m_part.fileName()); // not a good start for a resume either
        fail(problem);
        return;
    }
    m_part.close();
    QFile::remove(m_target);
    if (!QFile::rename(m_part.fileName(), m_target)) {
        fail(tr("Could not rename %1 to %2.").arg(QDir::toNativeSeparators(m_part.fileName()),
                                                 QDir::toNativeSeparators(m_target)));
        return;
    }
    emit finished(true, {});
}

QString BackupDownload::verify() const
{
    if (m_total > 0 && m_part.size() != m_total)
        return tr("The downloaded file has %1 bytes; backup %2 has %3. It was removed; download it again.")
            .arg(m_part.size())
            .arg(m_num)
            .arg(m_total);
    QFile check(m_part.fileName());
    if (!check.open(QIODevice::ReadOnly) || check.read(5) != "PGDMP")
        return tr("The downloaded file is not a PostgreSQL custom-format backup. It was removed.");
    return {};
}

void BackupDownload::fail(const QString &error)
{
    if (m_part.isOpen()) {
        m_part.flush();
        m_part.close();
    }
    emit finished(false, error);
}

} // namespace hpg
