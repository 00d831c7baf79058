#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QList>

namespace hpg::sandbox {

// A small router: "METHOD /apps/{}/addons/{}" patterns, one path segment per "{}".
// Segments are percent-decoded after splitting, so "%2F" stays inside a segment.
class ApiRouter
{
public:
    using Handler = std::function<void(const ApiRequest &, const Respond &)>;
    using SyncHandler = std::function<ApiResponse(const ApiRequest &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    void add(const QByteArray &method, const QString &pattern, SyncHandler handler);

    enum class Match { Found, WrongMethod, None };
    // Fills request.params and calls the handler when a route matches.
    Match dispatch(ApiRequest &request, const Respond &respond) const;

    static QStringList splitPath(const QString &encodedPath);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace hpg::sandbox
