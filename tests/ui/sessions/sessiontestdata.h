#pragma once

// Synthetic sessions for the model tests and the model benchmark.

#include "core/pg/sessioninfo.h"

#include <QRandomGenerator>

namespace sessiontest {

inline hpg::SessionInfo session(int pid, const QString &state = QStringLiteral("active"), qint64 runningMs = 1000)
{
    hpg::SessionInfo s;
    s.pid = pid;
    s.user = QStringLiteral("u%1").arg(pid % 7);
    s.application = QStringLiteral("web.%1").arg(pid % 13);
    s.clientAddress = QStringLiteral("10.0.%1.%2").arg(pid / 256 % 256).arg(pid % 256);
    s.backendType = QStringLiteral("client backend");
    s.database = QStringLiteral("d1");
    s.state = state;
    if (state != QLatin1String("idle")) {
        s.transactionMs = runningMs;
        s.queryMs = runningMs;
        s.transactionStart = QDateTime::fromMSecsSinceEpoch(1700000000000 - runningMs, Qt::UTC);
        s.queryStart = s.transactionStart;
        s.query = QStringLiteral("SELECT * FROM orders WHERE customer_id = %1").arg(pid);
    } else {
        s.query = QStringLiteral("COMMIT");
    }
    return s;
}

// `count` sessions with pids from 1000; a third idle.
inline QList<hpg::SessionInfo> sessions(int count)
{
    QList<hpg::SessionInfo> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(session(1000 + i, i % 3 == 0 ? QStringLiteral("idle") : QStringLiteral("active"), i * 10));
    return list;
}

// A new snapshot from `previous` where about `percent` % of the rows change: of those, 80 %
// change in place (state, duration), 10 % end and 10 % are new connections.
inline QList<hpg::SessionInfo> churn(const QList<hpg::SessionInfo> &previous, int percent, int *nextPid,
                                     QRandomGenerator *random)
{
    QList<hpg::SessionInfo> next = previous;
    const int changes = int(previous.size()) * percent / 100;
    const int ended = changes / 10;
    const int added = changes / 10;
    for (int i = 0; i < changes - ended - added; ++i) {
        hpg::SessionInfo &s = next[random->bounded(int(next.size()))];
        s.state = s.state == QLatin1String("idle") ? QStringLiteral("active") : QStringLiteral("idle in transaction");
        s.transactionMs += 1000 + random->bounded(5000);
        s.queryMs = s.transactionMs;
    }
    for (int i = 0; i < ended && !next.isEmpty(); ++i)
        next.removeAt(random->bounded(int(next.size())));
    for (int i = 0; i < added; ++i)
        next.append(session((*nextPid)++, QStringLiteral("active"), random->bounded(100000)));
    return next;
}

} // namespace sessiontest
