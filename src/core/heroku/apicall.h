#pragma once

#include "apirequest.h"
#include "apiresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QNetworkReply;

namespace hpg {

class ApiClient;

// One logical API call: its pages, its retries and its waits on 429. It
// emits finished() once, unless cancelled first, and then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }

    // Stops the call; finished() will not be emitted.
    void cancel();

signals:
    void finished(const hpg::ApiResult &result);
    // Waiting `milliseconds` before trying again (a 429 or a retry).
    void waiting(int milliseconds, const QString &reason);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request);

    void start();
    void sendOnce();
    void onReplyFinished();
    // The rest of a 2xx answer once its body is parsed (`parseError` set when it is not JSON).
    void onParsed(int status, const QJsonDocument &json, const QJsonParseError &parseError,
                  const QByteArray &nextRangeHeader);
    bool retryLater(int delayMs, const QString &reason);
    void finish(HerokuError error);

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QByteArray m_range; // the Range header of the next page
    QSet<QByteArray> m_rangesSeen; // every Next-Range followed so far
    static constexpr int maxPages = 10000; // 10 million entries at Heroku's 1000 a page
    // Bodies from this size are parsed on a worker thread: a page of 1,000 apps (about a megabyte)
    // took 8 to 13 ms of the window's thread (BENCH uistall).
    static constexpr qsizetype parseOnWorkerBytes = 128 * 1024;
    QJsonArray m_pages;
    ApiResult m_result;
    int m_retries = 0;
    int m_rateLimitWaits = 0;
    bool m_cancelled = false;
};

} // namespace hpg
