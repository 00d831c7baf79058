#include "connectpauser.h"

#include "auditlog.h"
#include "core/heroku/apicall.h"
#include "core/heroku/connectclient.h"

namespace hpg {

namespace {

const QString kIdle = QStringLiteral("IDLE");
const QString kPaused = QStringLiteral("PAUSED");

} // namespace

ConnectPauser::ConnectPauser(ConnectClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectPauser::readAgain);
}

ConnectPauser::~ConnectPauser()
{
    cancel();
}

void ConnectPauser::pause(const ConnectConnection &connection)
{
    if (!m_pending.id.isEmpty() || m_sending)
        return;
    m_pending = connection;
    decide();
}

void ConnectPauser::decide()
{
    const ConnectConnection c = m_pending;
    if (c.state == kPaused) {
        m_pending = {};
        emit pausedMeanwhile(c);
    } else if (c.state == kIdle) {
        send(true, c);
    } else if (m_pollMs > 0) {
        m_timer.start(m_pollMs);
        emit waiting(c);
    } else {
        m_pending = {};
        emit waiting(c);
    }
}

void ConnectPauser::readAgain()
{
    if (m_pending.id.isEmpty())
        return;
    m_call = m_client->connection(m_pending.regionUrl, m_pending.id, this);
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_call.clear();
        if (!result.ok()) {
            m_timer.start(m_pollMs); // the connection is still there to pause: read again
            return;
        }
        const ConnectConnection read = ConnectConnection::fromJson(result.object());
        if (!read.state.isEmpty())
            m_pending.state = read.state;
        decide();
    });
}

void ConnectPauser::resume(const ConnectConnection &connection)
{
    if (m_sending)
        return;
    send(false, connection);
}

void ConnectPauser::send(bool pause, const ConnectConnection &connection)
{
    m_timer.stop();
    m_sending = true;
    m_call = pause ? m_client->pause(connection.regionUrl, connection.id, this)
                   : m_client->resume(connection.regionUrl, connection.id, this);
    connect(m_call, &ApiCall::finished, this, [this, pause, connection](const ApiResult &result) {
        m_call.clear();
        m_sending = false;
        if (pause) {
            if (!result.ok() && result.error.httpStatus == 409 && m_pollMs > 0)
                m_timer.start(m_pollMs); // busy: it left IDLE meanwhile; keep waiting
            else
                m_pending = {};
        }
        emit requestFinished(connection, pause, result);
    });
    emit requestSent(connection, pause);
}

bool ConnectPauser::stop()
{
    if (m_pending.id.isEmpty() || m_sending)
        return false;
    cancel();
    return true;
}

void ConnectPauser::cancel()
{
    m_timer.stop();
    if (m_call)
        m_call->cancel();
    m_call.clear();
    m_pending = {};
    m_sending = false;
}

QString ConnectPauser::pauseCommand(const QString &app)
{
    return QStringLiteral("heroku connect:pause -a %1").arg(app);
}

QString ConnectPauser::resumeCommand(const QString &app)
{
    return QStringLiteral("heroku connect:resume -a %1").arg(app);
}

QJsonObject ConnectPauser::actionRecord(const QString &app, const ConnectConnection &connection, const QString &cli,
                                        const ApiResult &result, const QString &message)
{
    QJsonObject fields;
    fields.insert(QStringLiteral("app"), app);
    fields.insert(QStringLiteral("connection"), connection.id);
    fields.insert(QStringLiteral("connection_name"), connection.name);
    fields.insert(QStringLiteral("cli"), cli);
    fields.insert(QStringLiteral("ok"), result.ok());
    fields.insert(QStringLiteral("result"), message);
    if (!result.ok() && !result.error.message.isEmpty())
        fields.insert(QStringLiteral("detail"), result.error.message);
    const QString requestId = result.requestId.isEmpty() ? result.error.requestId : result.requestId;
    if (!requestId.isEmpty())
        fields.insert(QStringLiteral("request_id"), requestId);
    return fields;
}

QJsonObject ConnectPauser::auditRecord(const QString &app, const ConnectConnection &connection, bool pause,
                                       const ApiResult &result, const QString &message)
{
    return actionRecord(app, connection, pause ? pauseCommand(app) : resumeCommand(app), result, message);
}

bool ConnectPauser::audit(const AuditLog &log, const QString &app, const ConnectConnection &connection, bool pause,
                          const ApiResult &result, const QString &message, QString *error)
{
    if (result.error.kind == HerokuError::Kind::Cancelled)
        return true;
    return log.append(pause ? QStringLiteral("connect.pause") : QStringLiteral("connect.resume"),
                      auditRecord(app, connection, pause, result, message), error);
}

} // namespace hpg
