#pragma once

#include <QCoreApplication>
#include <QString>

namespace hpg {

// An error from the Heroku API or from the way to it, with everything a user
// needs to report it: Heroku's message and id, and the Request-Id.
struct HerokuError
{
    Q_DECLARE_TR_FUNCTIONS(HerokuError)
public:
    enum class Kind { None, Network, Timeout, Http, Cancelled, InvalidResponse };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString id; // Heroku's error id: not_found, unauthorized, rate_limit…
    QString message; // Heroku's message, or the network error
    QString url; // Heroku's documentation link, if any
    QString resource; // for not_found: which kind of thing was missing
    QString requestId; // the server's Request-Id of the failing response
    QString method;
    QString path;

    bool isError() const { return kind != Kind::None; }
    bool isNotFound() const { return httpStatus == 404; }
    bool isUnauthorized() const { return httpStatus == 401; }

    // Builds the error of an HTTP response whose status is not 2xx.
    static HerokuError fromHttp(int status, const QByteArray &body, const QString &requestId);

    // One translated paragraph for the user: the message, then the error id,
    // the HTTP status and the Request-Id where known.
    QString userText() const;
};

} // namespace hpg
