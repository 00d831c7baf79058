#include "tokenshape.h"

#include <QRegularExpression>

namespace hpg {

namespace {
constexpr qsizetype kMinimumLength = 16;
constexpr qsizetype kMaximumLength = 512;
} // namespace

TokenShape::Result TokenShape::check(const QString &input)
{
    Result result;
    const auto invalid = [&](const QString &error) {
        result.kind = Kind::Invalid;
        result.token.clear();
        result.error = error;
        return result;
    };

    QString token = input.trimmed();
    if (token.size() >= 2
        && ((token.startsWith(QLatin1Char('"')) && token.endsWith(QLatin1Char('"')))
            || (token.startsWith(QLatin1Char('\'')) && token.endsWith(QLatin1Char('\''))))) {
        token = token.mid(1, token.size() - 2).trimmed();
    }
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();

    if (token.isEmpty())
        return invalid(tr("The API token is empty."));
    if (token.contains(QLatin1String("://")))
        return invalid(tr("This is a URL, not an API token. Copy the token from your Heroku account settings or from "
                          "“heroku auth:token”."));
    if (token.contains(QLatin1Char('@')))
        return invalid(tr("This looks like an e-mail address, not an API token."));
    for (const QChar c : token) {
        if (c.isSpace())
            return invalid(tr("An API token is one word without spaces; this text has several."));
    }
    static const QRegularExpression tokenCharacters(QStringLiteral("^[A-Za-z0-9._~+/=-]+$"));
    if (!tokenCharacters.match(token).hasMatch())
        return invalid(tr("The API token contains characters that Heroku tokens never contain."));
    if (token.size() < kMinimumLength)
        return invalid(tr("The API token is too short to be a Heroku token."));
    if (token.size() > kMaximumLength)
        return invalid(tr("The API token is too long to be a Heroku token."));

    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression hrku(QStringLiteral("^HRKU-[A-Za-z0-9_-]{20,}$"));
    if (uuid.match(token).hasMatch()) {
        result.kind = Kind::Uuid;
    } else if (token.startsWith(QLatin1String("HRKU-"), Qt::CaseInsensitive)) {
        if (!hrku.match(token).hasMatch())
            return invalid(tr("The API token starts like a Heroku token (HRKU-) but the rest does not fit."));
        result.kind = Kind::Hrku;
    } else {
        result.kind = Kind::Other;
    }
    result.token = token;
    return result;
}

} // namespace hpg
