#pragma once

#include "herokuerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hpg {

// What a finished ApiCall hands back. For paginated lists, `json` is the
// joined array of every page.
struct ApiResult
{
    int httpStatus = 0;
    QJsonDocument json;
    QString requestId; // of the last response
    int pages = 0;
    int attempts = 0; // including retries
    HerokuError error;

    bool ok() const { return !error.isError(); }
    QJsonArray array() const { return json.array(); }
    QJsonObject object() const { return json.object(); }
};

} // namespace hpg
