#include "inforowtext.h"

#include "core/heroku/inforowvalues.h"
#include "core/settings/languagemanager.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace hpg {

QString InfoRowText::label(const QString &apiName)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("Plan"), QT_TR_NOOP("Plan") },
        { QStringLiteral("Status"), QT_TR_NOOP("Status") },
        { QStringLiteral("HA Status"), QT_TR_NOOP("HA status") },
        { QStringLiteral("Data Size"), QT_TR_NOOP("Data size") },
        { QStringLiteral("Tables"), QT_TR_NOOP("Tables") },
        { QStringLiteral("PG Version"), QT_TR_NOOP("PG version") },
        { QStringLiteral("Connections"), QT_TR_NOOP("Connections") },
        { QStringLiteral("Connection Pooling"), QT_TR_NOOP("Connection pooling") },
        { QStringLiteral("Credentials"), QT_TR_NOOP("Credentials") },
        { QStringLiteral("Restricted Credentials"), QT_TR_NOOP("Restricted credentials") },
        { QStringLiteral("Fork/Follow"), QT_TR_NOOP("Fork/Follow") },
        { QStringLiteral("Forked From"), QT_TR_NOOP("Forked from") },
        { QStringLiteral("Forks"), QT_TR_NOOP("Forks") },
        { QStringLiteral("Followers"), QT_TR_NOOP("Followers") },
        { QStringLiteral("Following"), QT_TR_NOOP("Following") },
        { QStringLiteral("Behind By"), QT_TR_NOOP("Behind by") },
        { QStringLiteral("Rollback"), QT_TR_NOOP("Rollback") },
        { QStringLiteral("Continuous Protection"), QT_TR_NOOP("Continuous protection") },
        { QStringLiteral("Created"), QT_TR_NOOP("Created") },
        { QStringLiteral("Region"), QT_TR_NOOP("Region") },
        { QStringLiteral("Data Encryption"), QT_TR_NOOP("Data encryption") },
        { QStringLiteral("Infrastructure"), QT_TR_NOOP("Infrastructure") },
        { QStringLiteral("Maintenance"), QT_TR_NOOP("Maintenance") },
        { QStringLiteral("Maintenance window"), QT_TR_NOOP("Maintenance window") },
        { QStringLiteral("Upgradable Extensions"), QT_TR_NOOP("Upgradable extensions") },
        { QStringLiteral("Warning"), QT_TR_NOOP("Warning") },
        { QStringLiteral("Add-on"), QT_TR_NOOP("Add-on") },
        { QStringLiteral("Billing App"), QT_TR_NOOP("Billing app") },
    };
    const char *source = labels.value(apiName);
    return source ? tr(source) : apiName;
}

QString InfoRowText::resolveDbName(const QString &url, const QHash<QString, QString> &configVars)
{
    const QUrl target(url);
    QString fallback;
    QStringList names = configVars.keys();
    names.sort();
    for (const auto &name : std::as_const(names)) {
        const QUrl candidate(configVars.value(name));
        if (!candidate.scheme().startsWith(QLatin1String("postgres")))
            continue;
        if (candidate.host() != target.host() || candidate.port(5432) != target.port(5432)
            || candidate.path() != target.path())
            continue;
        QString shortName = name;
        if (shortName.endsWith(QLatin1String("_URL")))
            shortName.chop(4);
        if (name != QLatin1String("DATABASE_URL"))
            return shortName;
        fallback = shortName;
    }
    if (!fallback.isEmpty())
        return fallback;
    return QStringLiteral("%1:%2%3").arg(target.host()).arg(target.port(5432)).arg(target.path());
}

QString InfoRowText::localTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    //: a date and time in the user's time zone, then the zone's name: "2026/11/07 7:00 (JST)"
    return tr("%1 (%2)").arg(LanguageManager::uiLocale().toString(local, QLocale::ShortFormat),
                             local.timeZoneAbbreviation());
}

QString InfoRowText::windowText(int utcDayOfWeek, const QTime &utcStart, int durationSecs)
{
    // The next such window, so that the local day and the daylight saving time are this week's.
    QDate day = QDate::currentDate();
    while (day.dayOfWeek() != utcDayOfWeek)
        day = day.addDays(1);
    const QDateTime start = QDateTime(day, utcStart, QTimeZone::utc()).toLocalTime();
    const QDateTime end = start.addSecs(durationSecs);
    const QLocale locale = LanguageManager::uiLocale();
    const QString startTime = locale.toString(start.time(), QLocale::ShortFormat);
    const QString endTime = locale.toString(end.time(), QLocale::ShortFormat);
    if (start.date() == end.date()) {
        //: maintenance window: weekday, start and end time, time zone ("Thursdays, 7:00 to 11:00 (JST)")
        return tr("Every %1, %2 to %3 (%4)")
            .arg(locale.dayName(start.date().dayOfWeek()), startTime, endTime, start.timeZoneAbbreviation());
    }
    //: maintenance window that crosses midnight: weekday and time, to weekday and time, time zone
    return tr("Every %1 %2 to %3 %4 (%5)")
        .arg(locale.dayName(start.date().dayOfWeek()), startTime, locale.dayName(end.date().dayOfWeek()), endTime,
             start.timeZoneAbbreviation());
}

QString InfoRowText::phrase(const QString &rowName, const QString &raw)
{
    if (rowName == QLatin1String("Created")) {
        if (const auto time = InfoRowValues::utcTime(raw))
            return localTime(*time);
    } else if (rowName == QLatin1String("Rollback")) {
        if (const auto time = InfoRowValues::rollbackEarliest(raw))
            return tr("Earliest from %1").arg(localTime(*time));
    } else if (rowName == QLatin1String("Maintenance window")) {
        if (const auto window = InfoRowValues::window(raw))
            return windowText(window->dayOfWeek, window->start, window->durationSecs);
    } else if (rowName == QLatin1String("Maintenance")) {
        using State = InfoRowValues::Maintenance::State;
        const auto maintenance = InfoRowValues::maintenance(raw);
        switch (maintenance.state) {
        case State::NotRequired:
            return tr("Not required");
        case State::InProgress:
            return tr("In progress");
        case State::Required: {
            const QString required = localTime(maintenance.requiredBy);
            if (!maintenance.scheduledFor.isValid())
                return maintenance.preparing
                    ? tr("Required by %1; the replacement database is being prepared.").arg(required)
                    : tr("Required by %1").arg(required);
            const QString scheduled = localTime(maintenance.scheduledFor);
            return maintenance.preparing
                ? tr("Scheduled for %1, required by %2; the replacement database is being prepared.")
                      .arg(scheduled, required)
                : tr("Scheduled for %1, required by %2").arg(scheduled, required);
        }
        case State::Unknown:
            break;
        }
    }
    return {};
}

QString InfoRowText::value(const DatabaseInfo::Row &row, const QHash<QString, QString> &configVars)
{
    QStringList values;
    for (const auto &raw : row.values) {
        if (row.resolveDbName) {
            values.append(resolveDbName(raw, configVars));
            continue;
        }
        // Heroku's fixed vocabulary, in any row (Status, Fork/Follow, Connection Pooling, …).
        static const QHash<QString, const char *> words {
            { QStringLiteral("Available"), QT_TR_NOOP("Available") },
            { QStringLiteral("Preparing"), QT_TR_NOOP("Preparing") },
            { QStringLiteral("Starting"), QT_TR_NOOP("Starting") },
            { QStringLiteral("Unavailable"), QT_TR_NOOP("Unavailable") },
            { QStringLiteral("Read-only"), QT_TR_NOOP("Read-only") },
            { QStringLiteral("On"), QT_TR_NOOP("On") },
            { QStringLiteral("Off"), QT_TR_NOOP("Off") },
            { QStringLiteral("In Use"), QT_TR_NOOP("In use") },
            { QStringLiteral("None"), QT_TR_NOOP("None") },
            { QStringLiteral("Unsupported"), QT_TR_NOOP("Unsupported") },
        };
        if (const char *source = words.value(raw)) {
            values.append(tr(source));
            continue;
        }
        if (const QString text = phrase(row.name, raw); !text.isEmpty()) {
            values.append(text);
            continue;
        }
        if (row.name == QLatin1String("Behind By")) {
            static const QRegularExpression commits(QStringLiteral(R"(^(\d+)\s+commits?$)"));
            const auto match = commits.match(raw.trimmed());
            if (match.hasMatch()) {
                values.append(tr("%n commit(s) behind", nullptr, match.captured(1).toInt()));
                continue;
            }
        }
        values.append(raw);
    }
    return LanguageManager::joinList(values);
}

} // namespace hpg
