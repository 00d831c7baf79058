#include "malformedbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hpg::sandbox {

namespace {

QJsonValue mangle(MalformedBody::Kind kind, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        if (kind == MalformedBody::Kind::MissingFields)
            return QJsonObject();
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = mangle(kind, it.value());
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(mangle(kind, item));
        return array;
    }
    case QJsonValue::String:
        if (kind == MalformedBody::Kind::WrongTypes)
            return 42;
        if (kind == MalformedBody::Kind::HugeStrings)
            return QString(MalformedBody::hugeLength, QLatin1Char('x'));
        return value;
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return kind == MalformedBody::Kind::WrongTypes ? QJsonValue(QStringLiteral("not a number")) : value;
    default:
        return value;
    }
}

} // namespace

std::optional<MalformedBody::Kind> MalformedBody::kindFromName(const QString &name)
{
    for (const Kind kind : { Kind::Truncated, Kind::WrongTypes, Kind::HugeStrings, Kind::MissingFields }) {
        if (name == MalformedBody::name(kind))
            return kind;
    }
    return std::nullopt;
}

QString MalformedBody::name(Kind kind)
{
    switch (kind) {
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::WrongTypes:
        return QStringLiteral("wrong_types");
    case Kind::HugeStrings:
        return QStringLiteral("huge_strings");
    case Kind::MissingFields:
        return QStringLiteral("missing_fields");
    }
    return {};
}

QByteArray MalformedBody::apply(Kind kind, const QByteArray &json)
{
    if (kind == Kind::Truncated)
        return json.left(json.size() / 2);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject())
        return QJsonDocument(mangle(kind, document.object()).toObject()).toJson(QJsonDocument::Compact);
    if (document.isArray())
        return QJsonDocument(mangle(kind, document.array()).toArray()).toJson(QJsonDocument::Compact);
    return json;
}

} // namespace hpg::sandbox
