#include "pgtoolversion.h"

#include <QRegularExpression>

namespace hpg {

QString PgToolVersion::text() const
{
    if (!isValid())
        return {};
    if (number >= 100000)
        return QStringLiteral("%1.%2").arg(number / 10000).arg(number % 10000);
    return QStringLiteral("%1.%2.%3").arg(number / 10000).arg(number / 100 % 100).arg(number % 100);
}

QString PgToolVersion::majorText(int major)
{
    if (major >= 1000 || major < 100)
        return QString::number(major);
    return QStringLiteral("%1.%2").arg(major / 100).arg(major % 100);
}

PgToolVersion PgToolVersion::parse(const QString &text)
{
    // The first version-looking token: 15.20, 9.6.24, 16beta1, 17rc1, 15.
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:^|[\s(])(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:devel|beta\d*|rc\d*)?(?=$|[\s)]))"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const int third = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (first <= 0 || first > 99)
        return {};
    if (first >= 10)
        return { first * 10000 + second };
    return { first * 10000 + second * 100 + third };
}

} // namespace hpg
