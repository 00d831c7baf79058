#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace hpg {

// The pg:info values Heroku writes as English phrases (Rollback, Created, Maintenance,
// Maintenance window), parsed into values, so that the UI can say them in its own language and
// time zone. Every parser returns nothing (or State::Unknown) for text it does not recognise;
// the UI then shows the text as Heroku sent it.
class InfoRowValues
{
public:
    // "2019-11-07 22:00 UTC" (Created), "earliest from 2019-11-07 22:00 UTC" (Rollback).
    static std::optional<QDateTime> utcTime(const QString &text);
    static std::optional<QDateTime> rollbackEarliest(const QString &text);

    struct Maintenance
    {
        enum class State { Unknown, NotRequired, InProgress, Required };
        State state = State::Unknown;
        QDateTime scheduledFor; // UTC; invalid when not scheduled
        QDateTime requiredBy; // UTC
        bool preparing = false; // "replacement currently being prepared"
    };
    // "not required", "in progress", "required by T",
    // "scheduled for S, required by T[, replacement currently being prepared]".
    static Maintenance maintenance(const QString &text);

    struct Window
    {
        int dayOfWeek = 0; // 1 = Monday … 7 = Sunday, in UTC
        QTime start; // UTC
        int durationSecs = 0;
    };
    // "Mondays 14:30 to 18:30 UTC", "Thursdays 22:00 to Fridays 02:00 UTC".
    static std::optional<Window> window(const QString &text);
};

} // namespace hpg
