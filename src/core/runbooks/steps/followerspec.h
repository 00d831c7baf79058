#pragma once

#include "core/runbooks/step.h"

#include <QJsonObject>
#include <QString>

namespace hpg {

// Which follower the follower, promote and attachment steps work on: the app that has (or
// gets) it, its plan, the database it follows, and the journal keys of its values:
//   follower_name        its add-on name (chosen before it is created)
//   follower_id          its add-on id
//   follower_attachment  its config var without _URL (HEROKU_POSTGRESQL_PURPLE)
struct FollowerSpec
{
    QString app; // the app that has (or gets) the follower
    QString plan; // heroku-postgresql:standard-2
    QString version; // a new database's PostgreSQL major version (addons:create --version); empty: Heroku's default
    QString confirm; // the app name to confirm the creation with (an app in a Private Space); may be empty
    // The add-on name of the database it follows, from the values. Empty: a new database of its
    // own, which follows nothing (the target of a pg:copy); the steps then say "new database".
    Step::Text leader;

    QString nameKey = QStringLiteral("follower_name");
    QString idKey = QStringLiteral("follower_id");
    QString attachmentKey = QStringLiteral("follower_attachment");

    QString name(const QJsonObject &values) const { return values.value(nameKey).toString(); }
    QString id(const QJsonObject &values) const { return values.value(idKey).toString(); }
    QString leaderName(const QJsonObject &values) const { return leader ? leader(values) : QString(); }
    bool follows() const { return bool(leader); }
    // The follower as the CLI would name it: its attachment name, else its add-on name.
    QString ref(const QJsonObject &values) const
    {
        const QString attachment = values.value(attachmentKey).toString();
        if (!attachment.isEmpty())
            return attachment;
        const QString added = name(values);
        return added.isEmpty() ? QStringLiteral("FOLLOWER") : added;
    }
};

} // namespace hpg
