#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hpg::sandbox {

// Fault injection: an answer whose body a client must refuse cleanly (never crash, hang or take
// it for data). Applied to the JSON body of a successful answer.
class MalformedBody
{
public:
    enum class Kind {
        Truncated, // the first half of the body: JSON that ends in the middle
        WrongTypes, // every string a number, every number and boolean a string
        HugeStrings, // every string ("id", "name", …) hugeLength characters long
        MissingFields, // every object without its fields
    };
    static constexpr int hugeLength = 256 * 1024; // four times what hpgdesk takes in one string

    static std::optional<Kind> kindFromName(const QString &name); // "truncated", "wrong_types", …
    static QString name(Kind kind);
    static QByteArray apply(Kind kind, const QByteArray &json);
};

} // namespace hpg::sandbox
