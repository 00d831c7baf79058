#pragma once

#include "runbookregistry.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace hpg {

// What a one-database action (reset, promote, unfollow) is asked to do: which database of which app.
struct DatabaseActionOptions
{
    QString app;
    QString database; // an attachment, config var or add-on name: HEROKU_POSTGRESQL_ONYX, postgresql-acme-follower

    QJsonObject toJson() const { return { { QStringLiteral("app"), app }, { QStringLiteral("database"), database } }; }
    static DatabaseActionOptions fromJson(const QJsonObject &json)
    {
        return { json.value(QStringLiteral("app")).toString(), json.value(QStringLiteral("database")).toString() };
    }
    // What the run locks against other runs: "app/database".
    QStringList resources() const { return { app + QLatin1Char('/') + database }; }

    // The runbook kind `id` of a one-database action: title, steps and summary from these, the
    // options read from the run's parameters; it locks the database and `moreResources`.
    static RunbookKind kind(const char *id, const std::function<QString(const DatabaseActionOptions &)> &title,
                            const std::function<QList<Step>(const DatabaseActionOptions &)> &build,
                            const std::function<QStringList(const Journal &)> &summary,
                            const QStringList &moreResources = {})
    {
        RunbookKind k;
        k.id = QLatin1String(id);
        k.title = [title](const QJsonObject &parameters) {
            return title(fromJson(parameters));
        };
        k.steps = [build](const QJsonObject &parameters) {
            return build(fromJson(parameters));
        };
        k.summary = summary;
        k.resources = [moreResources](const QJsonObject &parameters) {
            const DatabaseActionOptions o = fromJson(parameters);
            QStringList list = o.resources();
            for (const QString &name : moreResources)
                list.append(o.app + QLatin1Char('/') + name);
            return list;
        };
        return k;
    }
};

} // namespace hpg
