#pragma once

#include "lockinfo.h"
#include "sessioninfo.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace hpg {

// One refresh of the sessions view: every backend the credential can see,
// the locks (when asked for), and the connection count.
struct ActivitySnapshot
{
    QDateTime serverTime;
    QString database;
    int ownPid = 0;
    int maxConnections = 0; // the server's max_connections
    int clientConnections = 0; // client backends on the server, the watching one included
    QList<SessionInfo> sessions;
    QList<LockInfo> locks;
    bool hasLocks = false; // false when locks were not queried
    qint64 queryMs = 0; // the round trip to the server
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::ActivitySnapshot)
