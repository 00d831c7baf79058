#include "faults.h"

namespace hpg::sandbox {

Faults::Faults()
    : m_random(m_settings.seed)
{ }

void Faults::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_random.seed(settings.seed);
}

bool Faults::update(const QJsonObject &json, QString *error)
{
    Settings s = m_settings;
    auto rate = [&](const char *key, double &field) {
        if (!json.contains(QLatin1String(key)))
            return true;
        const double value = json.value(QLatin1String(key)).toDouble(-1);
        if (value < 0 || value > 1) {
            *error = QStringLiteral("%1 must be a number from 0 to 1.").arg(QLatin1String(key));
            return false;
        }
        field = value;
        return true;
    };
    if (!rate("error_rate", s.errorRate) || !rate("rate_limit_rate", s.rateLimitRate) || !rate("drop_rate", s.dropRate)
        || !rate("malformed_rate", s.malformedRate))
        return false;
    if (json.contains(QLatin1String("malformed_kind"))) {
        const auto kind = MalformedBody::kindFromName(json.value(QLatin1String("malformed_kind")).toString());
        if (!kind) {
            *error = QStringLiteral("malformed_kind must be truncated, wrong_types, huge_strings or missing_fields.");
            return false;
        }
        s.malformedKind = *kind;
    }
    if (json.contains(QLatin1String("latency_ms")))
        s.latencyMs = qMax(0, json.value(QLatin1String("latency_ms")).toInt());
    if (json.contains(QLatin1String("error_status"))) {
        s.errorStatus = json.value(QLatin1String("error_status")).toInt();
        if (s.errorStatus < 500 || s.errorStatus > 599) {
            *error = QStringLiteral("error_status must be a 5xx status.");
            return false;
        }
    }
    if (json.contains(QLatin1String("path_prefix")))
        s.pathPrefix = json.value(QLatin1String("path_prefix")).toString();
    if (json.contains(QLatin1String("slow_follower_ms")))
        s.slowFollowerMs = qMax(0, json.value(QLatin1String("slow_follower_ms")).toInt());
    if (json.contains(QLatin1String("slow_follower")))
        s.slowFollower = json.value(QLatin1String("slow_follower")).toString();
    const bool reseed = json.contains(QLatin1String("seed"));
    if (reseed)
        s.seed = quint32(json.value(QLatin1String("seed")).toInteger());
    m_settings = s;
    if (reseed)
        m_random.seed(s.seed);
    return true;
}

QJsonObject Faults::toJson() const
{
    return {
        { QStringLiteral("latency_ms"), m_settings.latencyMs },
        { QStringLiteral("error_rate"), m_settings.errorRate },
        { QStringLiteral("error_status"), m_settings.errorStatus },
        { QStringLiteral("rate_limit_rate"), m_settings.rateLimitRate },
        { QStringLiteral("drop_rate"), m_settings.dropRate },
        { QStringLiteral("malformed_rate"), m_settings.malformedRate },
        { QStringLiteral("malformed_kind"), MalformedBody::name(m_settings.malformedKind) },
        { QStringLiteral("path_prefix"), m_settings.pathPrefix },
        { QStringLiteral("slow_follower_ms"), m_settings.slowFollowerMs },
        { QStringLiteral("slow_follower"), m_settings.slowFollower },
        { QStringLiteral("seed"), qint64(m_settings.seed) },
    };
}

bool Faults::applies(const QString &path) const
{
    return m_settings.pathPrefix.isEmpty() || path.startsWith(m_settings.pathPrefix);
}

Faults::Action Faults::next(const QString &path)
{
    if (!applies(path))
        return Action::None;
    // One draw per kind, always in the same order, so that a seed replays the same sequence.
    const double drop = m_random.generateDouble();
    const double rateLimit = m_random.generateDouble();
    const double error = m_random.generateDouble();
    if (drop < m_settings.dropRate)
        return Action::Drop;
    if (rateLimit < m_settings.rateLimitRate)
        return Action::RateLimit;
    if (error < m_settings.errorRate)
        return Action::Error;
    // Drawn only when asked for: the sequences of the other kinds stay what they were for a seed.
    if (m_settings.malformedRate > 0 && m_random.generateDouble() < m_settings.malformedRate)
        return Action::Malformed;
    return Action::None;
}

int Faults::latencyFor(const QString &path) const
{
    return applies(path) ? m_settings.latencyMs : 0;
}

} // namespace hpg::sandbox
