#include "apicall.h"

#include "apiclient.h"
#include "core/stall/operationscope.h"
#include "core/threads/workerpool.h"
#include "core/transfer/whendone.h"
#include "headervalues.h"
#include "responseshape.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace hpg {

namespace {

struct Parsed
{
    QJsonDocument json;
    QJsonParseError error { 0, QJsonParseError::NoError };
};

Parsed parse(const QByteArray &body)
{
    Parsed parsed;
    if (!body.trimmed().isEmpty())
        parsed.json = QJsonDocument::fromJson(body, &parsed.error);
    return parsed;
}

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendOnce);
    for (const auto &[name, value] : m_request.headers) {
        if (name.compare("Range", Qt::CaseInsensitive) == 0)
            m_range = value;
    }
}

void ApiCall::start()
{
    sendOnce();
}

void ApiCall::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void ApiCall::sendOnce()
{
    if (m_cancelled)
        return;
    ++m_result.attempts;
    m_reply = m_client->startReply(m_request, m_range);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

bool ApiCall::retryLater(int delayMs, const QString &reason)
{
    const int jitter = QRandomGenerator::global()->bounded(qMax(1, delayMs / 5));
    const int wait = qMin(delayMs + jitter, m_client->retryPolicy().maxDelayMs);
    emit waiting(wait, reason);
    m_retryTimer.start(wait);
    return true;
}

void ApiCall::onReplyFinished()
{
    const OperationScope scope("api: read the answer");
    QNetworkReply *reply = m_reply;
    if (!reply || m_cancelled)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    m_client->noteResponse(reply);

    const auto &policy = m_client->retryPolicy();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    m_result.httpStatus = status;
    m_result.requestId = QString::fromUtf8(reply->rawHeader("Request-Id"));
    const int backoff = policy.baseDelayMs << qMin(m_retries, 10);

    // A redirect Qt did not follow: to another scheme, host or port (RedirectPolicyAttribute). Qt
    // leaves RedirectionTargetAttribute empty then; the Location header still names it.
    QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty())
        location = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (reply->error() == QNetworkReply::InsecureRedirectError
        || (status >= 300 && status < 400 && !location.isEmpty())) {
        HerokuError error;
        error.kind = HerokuError::Kind::Http;
        error.httpStatus = status;
        error.requestId = m_result.requestId;
        error.message = tr("The server answered with a redirect to %1. hpgdesk does not send your API token to "
                           "another address, so the call was stopped.")
                            .arg(reply->url().resolved(location).toDisplayString(QUrl::RemoveUserInfo));
        finish(error);
        return;
    }

    if (status == 0) { // no HTTP answer at all
        HerokuError error;
        error.kind = reply->error() == QNetworkReply::OperationCanceledError ? HerokuError::Kind::Timeout
                                                                             : HerokuError::Kind::Network;
        error.message = reply->errorString();
        if (m_request.isIdempotent() && m_retries < policy.maxRetries) {
            ++m_retries;
            retryLater(backoff, error.message);
            return;
        }
        finish(error);
        return;
    }

    if (status == 429) {
        if (m_rateLimitWaits < policy.maxRateLimitWaits) {
            int wait = (policy.baseDelayMs * 2) << qMin(m_rateLimitWaits, 10);
            // 64-bit and clamped: Retry-After x 1000 overflowed an int, and a negative wait is a
            // timer that never fires. Unreadable: the backoff above.
            if (const auto after = HeaderValues::retryAfterMs(reply->rawHeader("Retry-After"), policy.maxDelayMs))
                wait = int(*after);
            ++m_rateLimitWaits;
            emit m_client->rateLimited(qMin(wait, policy.maxDelayMs));
            retryLater(wait, tr("Rate limit reached; waiting before trying again."));
            return;
        }
        finish(HerokuError::fromHttp(status, body, m_result.requestId));
        return;
    }

    if (status >= 500 && m_request.isIdempotent() && m_retries < policy.maxRetries) {
        ++m_retries;
        retryLater(backoff, tr("Heroku answered HTTP %1; trying again.").arg(status));
        return;
    }

    if (status < 200 || status >= 300) {
        auto error = HerokuError::fromHttp(status, body, m_result.requestId);
        if (status == 401)
            emit m_client->unauthorized(error);
        finish(error);
        return;
    }

    m_rateLimitWaits = 0;
    ++m_result.pages;
    const QByteArray nextRangeHeader = reply->rawHeader("Next-Range");
    if (body.size() >= parseOnWorkerBytes) {
        whenDone(this, QtConcurrent::run(workerPool(), [body] { return parse(body); }),
                 [this, status, nextRangeHeader](const Parsed &parsed) {
                     if (m_cancelled)
                         return;
                     const OperationScope readScope("api: read the answer");
                     onParsed(status, parsed.json, parsed.error, nextRangeHeader);
                 });
        return;
    }
    const Parsed parsed = parse(body);
    onParsed(status, parsed.json, parsed.error, nextRangeHeader);
}

void ApiCall::onParsed(int status, const QJsonDocument &parsedJson, const QJsonParseError &parseError,
                       const QByteArray &nextRangeHeader)
{
    if (parseError.error != QJsonParseError::NoError) {
        HerokuError error;
        error.kind = HerokuError::Kind::InvalidResponse;
        error.httpStatus = status;
        error.requestId = m_result.requestId;
        error.message = tr("Its JSON is cut short or broken at byte %1.").arg(parseError.offset);
        finish(error);
        return;
    }
    QJsonDocument json = parsedJson;
    if (const QString problem = ResponseShape::problem(json, m_request.requiredText); !problem.isEmpty()) {
        HerokuError error;
        error.kind = HerokuError::Kind::InvalidResponse;
        error.httpStatus = status;
        error.requestId = m_result.requestId;
        error.message = problem;
        finish(error);
        return;
    }

    const QByteArray nextRange = HeaderValues::nextRange(nextRangeHeader).value_or(QByteArray());
    if (json.isArray() && m_request.method == "GET" && m_request.followRanges) {
        for (const auto &item : json.array())
            m_pages.append(item);
        if (status == 206 && !nextRangeHeader.isEmpty() && nextRange.isEmpty()) {
            HerokuError error;
            error.kind = HerokuError::Kind::InvalidResponse;
            error.httpStatus = status;
            error.requestId = m_result.requestId;
            error.message = tr("Its Next-Range header is not a range that can be asked for; the list was not read "
                               "to its end.");
            finish(error);
            return;
        }
        if (status == 206 && !nextRange.isEmpty()) {
            // A range asked for before, or more pages than any account has, would never end.
            if (m_rangesSeen.contains(nextRange) || m_result.pages >= maxPages) {
                HerokuError error;
                error.kind = HerokuError::Kind::InvalidResponse;
                error.httpStatus = status;
                error.requestId = m_result.requestId;
                error.message = m_rangesSeen.contains(nextRange)
                    ? tr("It asks for a page it sent before; the list was not read to its end.")
                    : tr("It goes on for more than %n page(s); the list was not read to its end.", nullptr, maxPages);
                finish(error);
                return;
            }
            m_rangesSeen.insert(nextRange);
            m_range = nextRange;
            m_retries = 0;
            sendOnce();
            return;
        }
        json = QJsonDocument(m_pages);
    }
    m_result.json = json;
    finish(HerokuError {});
}

void ApiCall::finish(HerokuError error)
{
    if (error.isError()) {
        error.method = QString::fromLatin1(m_request.method);
        error.path = m_request.path;
    }
    m_result.error = error;
    const OperationScope scope("api: the answer's handlers");
    emit finished(m_result);
    deleteLater();
}

} // namespace hpg
