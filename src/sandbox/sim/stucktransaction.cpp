#include "stucktransaction.h"

#include "sandbox/pg/pgconnection.h"
#include "sandbox/pg/pgerror.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hpg::sandbox {

StuckTransaction::StuckTransaction() = default;

StuckTransaction::~StuckTransaction()
{
    if (m_opening.isRunning())
        m_opening.waitForFinished(); // at most the connect timeout
}

void StuckTransaction::hold(const QString &url)
{
    if (m_opening.isRunning())
        return;
    if (m_opening.isValid() && m_opening.isFinished()) {
        try {
            m_connection = m_opening.result();
        } catch (const std::exception &) {
            m_connection.reset(); // tried again below
        }
        m_opening = {};
    }
    if (m_connection && m_url == url)
        return;
    m_connection.reset();
    m_url = url;
    PgConnectParams params;
    if (!params.setUrl(url))
        return;
    params.applicationName = QStringLiteral("worker.1");
    m_opening = QtConcurrent::run([params] {
        auto connection = std::make_shared<PgConnection>(params);
        // Reads a table under a snapshot it keeps, then waits for nothing, forever.
        connection->exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ; "
                                        "SELECT count(*) FROM pg_class; "
                                        "SELECT 'report job waiting for a lock it will never ask for'"));
        return connection;
    });
}

} // namespace hpg::sandbox
