#include "inforowvalues.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace hpg {

namespace {

// "2019-11-07 22:00", "2019-11-07 22:00:00", followed by "UTC" or "+0000".
const QString kTime = QStringLiteral(R"((\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?)\s*(?:UTC|\+0000))");

QDateTime parseUtc(const QString &text)
{
    for (const auto *format : { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm" }) {
        QDateTime time = QDateTime::fromString(text, QLatin1String(format));
        if (time.isValid()) {
            time.setTimeZone(QTimeZone::utc());
            return time;
        }
    }
    return {};
}

int dayNumber(const QString &name)
{
    static const QStringList days { QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                    QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                    QStringLiteral("sunday") };
    QString day = name.toLower();
    if (day.endsWith(QLatin1Char('s')))
        day.chop(1);
    return int(days.indexOf(day)) + 1; // 0 when unknown
}

} // namespace

std::optional<QDateTime> InfoRowValues::utcTime(const QString &text)
{
    static const QRegularExpression pattern(QLatin1Char('^') + kTime + QLatin1Char('$'));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime time = parseUtc(match.captured(1));
    return time.isValid() ? std::optional(time) : std::nullopt;
}

std::optional<QDateTime> InfoRowValues::rollbackEarliest(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^earliest from ") + kTime + QLatin1Char('$'),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime time = parseUtc(match.captured(1));
    return time.isValid() ? std::optional(time) : std::nullopt;
}

InfoRowValues::Maintenance InfoRowValues::maintenance(const QString &text)
{
    Maintenance result;
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("not required"), Qt::CaseInsensitive) == 0) {
        result.state = Maintenance::State::NotRequired;
        return result;
    }
    if (trimmed.compare(QLatin1String("in progress"), Qt::CaseInsensitive) == 0) {
        result.state = Maintenance::State::InProgress;
        return result;
    }
    static const QRegularExpression pattern(QStringLiteral("^(?:scheduled for %1, )?required by %1"
                                                           "(, replacement currently being prepared)?$")
                                                .arg(kTime),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return result;
    // With "scheduled for", the times are captures 1 and 2; without, the one time is capture 2.
    result.scheduledFor = match.captured(1).isEmpty() ? QDateTime() : parseUtc(match.captured(1));
    result.requiredBy = parseUtc(match.captured(2));
    result.preparing = !match.captured(3).isEmpty();
    if (result.requiredBy.isValid())
        result.state = Maintenance::State::Required;
    return result;
}

std::optional<InfoRowValues::Window> InfoRowValues::window(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([A-Za-z]+) (\d{1,2}:\d\d) to (?:([A-Za-z]+) )?(\d{1,2}:\d\d) UTC$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    Window window;
    window.dayOfWeek = dayNumber(match.captured(1));
    window.start = QTime::fromString(match.captured(2), QStringLiteral("H:mm"));
    const QTime end = QTime::fromString(match.captured(4), QStringLiteral("H:mm"));
    const int endDay = match.captured(3).isEmpty() ? window.dayOfWeek : dayNumber(match.captured(3));
    if (window.dayOfWeek == 0 || endDay == 0 || !window.start.isValid() || !end.isValid())
        return std::nullopt;
    const int days = (endDay - window.dayOfWeek + 7) % 7;
    window.durationSecs = days * 86400 + window.start.secsTo(end);
    if (window.durationSecs <= 0)
        return std::nullopt;
    return window;
}

} // namespace hpg
