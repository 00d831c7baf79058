#include "apirouter.h"

#include <QUrl>

namespace hpg::sandbox {

void ApiRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({ method, splitPath(pattern), std::move(handler) });
}

void ApiRouter::add(const QByteArray &method, const QString &pattern, SyncHandler handler)
{
    add(method, pattern, Handler([handler = std::move(handler)](const ApiRequest &request, const Respond &respond) {
            respond(handler(request));
        }));
}

QStringList ApiRouter::splitPath(const QString &encodedPath)
{
    QStringList segments;
    const auto parts = encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    return segments;
}

ApiRouter::Match ApiRouter::dispatch(ApiRequest &request, const Respond &respond) const
{
    const QStringList segments = splitPath(request.path);
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            if (route.segments.at(i) == QLatin1String("{}"))
                params.append(segments.at(i));
            else
                ok = route.segments.at(i) == segments.at(i);
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        request.params = params;
        route.handler(request, respond);
        return Match::Found;
    }
    return pathMatched ? Match::WrongMethod : Match::None;
}

} // namespace hpg::sandbox
