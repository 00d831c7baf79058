#include "inforowtext.h"

#include <QRegularExpression>
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
    return values.join(QStringLiteral(", "));
}

} // namespace hpg
