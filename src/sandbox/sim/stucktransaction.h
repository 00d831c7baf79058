#pragma once

#include <QFuture>
#include <QString>

#include <memory>

namespace hpg::sandbox {

class PgConnection;

// A worker that opened a transaction, read a table and then forgot to commit: one session of
// the default credential left "idle in transaction" (holding its snapshot, so vacuum cannot
// remove dead rows behind it), as the demo world's problem database has for Diagnose. The
// connection is opened on a pool thread; the object is used from one thread.
class StuckTransaction
{
public:
    StuckTransaction();
    ~StuckTransaction();

    // Opens the session against `url` (postgres://…) unless it is already open there or
    // opening; after a failure, tries again on the next call.
    void hold(const QString &url);
    QString url() const { return m_url; }

private:
    QString m_url;
    QFuture<std::shared_ptr<PgConnection>> m_opening;
    std::shared_ptr<PgConnection> m_connection;
};

} // namespace hpg::sandbox
