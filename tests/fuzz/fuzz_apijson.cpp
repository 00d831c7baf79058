// The API's JSON into the value types (apps, add-ons, attachments, pg:info), the shape check
// every answer passes, and Heroku's error bodies.
#include "core/heroku/addon.h"
#include "core/heroku/app.h"
#include "core/heroku/attachment.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/herokuerror.h"
#include "core/heroku/responseshape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)hpg::HerokuError::fromHttp(422, body, QStringLiteral("request-id")).userText();
    const QJsonDocument json = QJsonDocument::fromJson(body);
    (void)hpg::ResponseShape::problem(json, { QStringLiteral("id"), QStringLiteral("name") });
    if (json.isArray()) {
        (void)hpg::App::listFromJson(json.array());
        (void)hpg::Addon::listFromJson(json.array());
        (void)hpg::Attachment::listFromJson(json.array());
    } else if (json.isObject()) {
        (void)hpg::App::fromJson(json.object());
        (void)hpg::Addon::fromJson(json.object());
        (void)hpg::Attachment::fromJson(json.object());
        (void)hpg::DatabaseInfo::fromJson(json.object());
    }
    return 0;
}
