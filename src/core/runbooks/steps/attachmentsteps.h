#pragma once

#include "core/runbooks/switchfindings.h"
#include "followerspec.h"

#include <QCoreApplication>

#include <functional>

namespace hpg {

// Attachments of a new primary: re-attach the connection pools and the other apps that were
// attached to the old primary (heroku addons:attach, heroku pg:connection-pooling:attach).
//
// Values in the journal:
//   follower_name   the new primary's add-on name (key from the FollowerSpec): read
//   reattached      [app/name/namespace of each link attached so far]: captured (key a parameter)
class AttachmentSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::AttachmentSteps)
public:
    // The attachments to restore, in order, from the values (e.g. the pre-flight's pools, then other apps).
    using Links = std::function<QList<SwitchFindings::Link>(const QJsonObject &values)>;

    // "reattach": one link per action, pools with another name than the default detached
    // from the old primary first.
    static Step reattach(const FollowerSpec &primary, const Links &links,
                         const QString &reattachedKey = QStringLiteral("reattached"));
};

} // namespace hpg
