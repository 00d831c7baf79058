#include "responseshape.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hpg {

namespace {

// The length of the longest string in `value` (keys too), stopping at the first too long.
qsizetype longestText(const QJsonValue &value)
{
    qsizetype longest = 0;
    auto see = [&longest](qsizetype length) {
        longest = qMax(longest, length);
    };
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().size();
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray()) {
            see(longestText(item));
            if (longest > ResponseShape::maxTextLength)
                break;
        }
        return longest;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && longest <= ResponseShape::maxTextLength; ++it) {
            see(it.key().size());
            see(longestText(it.value()));
        }
        return longest;
    }
    default:
        return 0;
    }
}

QString missingField(const QJsonValue &item, const QStringList &requiredText)
{
    if (!item.isObject())
        return ResponseShape::tr("An entry of it is not an object.");
    const QJsonObject object = item.toObject();
    for (const QString &field : requiredText) {
        const QJsonValue value = object.value(field);
        if (!value.isString() || value.toString().isEmpty())
            return ResponseShape::tr("The field “%1” is missing or is not text.").arg(field);
    }
    return {};
}

} // namespace

QString ResponseShape::problem(const QJsonDocument &json, const QStringList &requiredText)
{
    const QJsonValue root = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
    const qsizetype longest = longestText(root);
    if (longest > maxTextLength)
        return tr("It holds a text of more than %1 characters, longer than any Heroku sends.").arg(maxTextLength);
    if (requiredText.isEmpty())
        return {};
    if (json.isArray()) {
        for (const QJsonValue &item : json.array()) {
            const QString problem = missingField(item, requiredText);
            if (!problem.isEmpty())
                return problem;
        }
        return {};
    }
    if (!json.isObject())
        return tr("It is not a JSON object.");
    return missingField(json.object(), requiredText);
}

} // namespace hpg
