#pragma once

#include "core/heroku/backupclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hpg {

// pg:backups:download, resumable: asks for the backup's public URL, then fetches it into
// `<target>.part` and renames that to `target` once it is complete. A download that stops
// (cancel, network, crash) leaves the .part file; the next start() for the same target resumes it
// with "Range: bytes=N-". When the public URL has expired (403), a new one is asked for and the
// download goes on. At the end the size is checked against the backup's size and the file must
// start like a pg_dump custom-format archive ("PGDMP"). The API token never goes to the download
// host: the public URL is signed, and its own network manager carries no credentials.
class BackupDownload : public QObject
{
    Q_OBJECT
public:
    BackupDownload(ApiClient *api, const QString &app, int backupNum, qint64 backupBytes, const QString &target,
                   QObject *parent = nullptr);
    ~BackupDownload() override;

    void start();
    // Stops; the .part file stays for a later resume. finished() is not emitted.
    void cancel();

    static QString partPath(const QString &target) { return target + QStringLiteral(".part"); }
    // Bytes already in the .part file of `target` (a download to resume), 0 when there is none.
    static qint64 resumableBytes(const QString &target);

    qint64 received() const { return m_done; }
    qint64 resumedFrom() const { return m_resumedFrom; }

signals:
    void progress(qint64 done, qint64 total);
    // ok, or a translated reason; on success the file is at target.
    void finished(bool ok, const QString &error);

private:
    void requestUrl();
    void fetch();
    void onReadyRead();
    void onFinished();
    void fail(const QString &error);
    QString verify() const;

    ApiClient *m_api;
    QString m_app;
    int m_num;
    qint64 m_total;
    QString m_target;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QPointer<ApiCall> m_call;
    QFile m_part;
    QUrl m_url;
    qint64 m_done = 0;
    qint64 m_resumedFrom = 0;
    int m_urlRefreshes = 0;
    bool m_firstChunk = true;
};

} // namespace hpg
