#pragma once

#include "malformedbody.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace hpg::sandbox {

// Faults on demand, repeatable through a seed: latency, 5xx, 429, dropped connections,
// malformed bodies (MalformedBody), and the settings of a slow follower (applied by the
// database side).
class Faults
{
public:
    enum class Action { None, Error, RateLimit, Drop, Malformed };

    struct Settings
    {
        int latencyMs = 0;
        double errorRate = 0; // 0..1 of requests answer `errorStatus`
        int errorStatus = 503;
        double rateLimitRate = 0; // 0..1 of requests answer 429 with RateLimit-Remaining: 0
        double dropRate = 0; // 0..1 of requests get their connection closed without an answer
        double malformedRate = 0; // 0..1 of successful JSON answers get a malformed body
        MalformedBody::Kind malformedKind = MalformedBody::Kind::Truncated;
        QString pathPrefix; // only requests under this path ("" = all API paths)
        int slowFollowerMs = 0; // recovery_min_apply_delay for followers
        QString slowFollower; // add-on name or id ("" = every follower)
        quint32 seed = 1;
    };

    Faults();

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings);
    // Applies the fields present in `json`; false with `error` on a bad value.
    bool update(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    // Decides what happens to one request (consumes the seeded random sequence).
    Action next(const QString &path);
    int latencyFor(const QString &path) const;

private:
    bool applies(const QString &path) const;

    Settings m_settings;
    QRandomGenerator m_random;
};

} // namespace hpg::sandbox
